import { describe, expect, it } from 'vitest';
import { feuToTeu, kmToNauticalMiles, TEU_PER_FEU } from './units.js';

describe('units', () => {
  it('feuToTeu() counts one FEU as two TEU', () => {
    expect(feuToTeu(41)).toBe(82);
    expect(TEU_PER_FEU).toBe(2);
  });

  it('kmToNauticalMiles() uses 1 nm = 1.852 km', () => {
    expect(kmToNauticalMiles(1852)).toBeCloseTo(1000, 9);
  });
});
