import { describe, expect, it } from 'vitest';
import { unwrapLongitudes } from './unwrap-longitudes.js';

describe('unwrapLongitudes', () => {
  it('leaves a line that does not cross the antimeridian as it is', () => {
    expect(
      unwrapLongitudes([
        [118, 24],
        [120, 25],
        [121, 26],
      ]),
    ).toEqual([
      [118, 24],
      [120, 25],
      [121, 26],
    ]);
  });

  it('continues eastwards across the antimeridian (Xiamen → Los Angeles)', () => {
    expect(
      unwrapLongitudes([
        [118, 24],
        [170, 40],
        [-170, 40],
        [-118, 34],
      ]),
    ).toEqual([
      [118, 24],
      [170, 40],
      [190, 40],
      [242, 34],
    ]);
  });

  it('continues westwards and back', () => {
    expect(
      unwrapLongitudes([
        [-170, 0],
        [170, 0],
        [-175, 0],
      ]),
    ).toEqual([
      [-170, 0],
      [-190, 0],
      [-175, 0],
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(unwrapLongitudes([])).toEqual([]);
  });
});
