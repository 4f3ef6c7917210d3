import { describe, expect, it } from 'vitest';
import { tabStep } from './tab-step';

describe('tabStep', () => {
  it('moves to the next and previous tab, wrapping around at both ends', () => {
    expect(tabStep('ArrowRight', 0, 3)).toBe(1);
    expect(tabStep('ArrowRight', 2, 3)).toBe(0);
    expect(tabStep('ArrowLeft', 0, 3)).toBe(2);
    expect(tabStep('ArrowLeft', 2, 3)).toBe(1);
  });

  it('jumps to the first and last tab', () => {
    expect(tabStep('Home', 2, 3)).toBe(0);
    expect(tabStep('End', 0, 3)).toBe(2);
  });

  it('ignores other keys, and has nowhere to go without tabs', () => {
    expect(tabStep('Enter', 1, 3)).toBeNull();
    expect(tabStep('ArrowDown', 1, 3)).toBeNull();
    expect(tabStep('ArrowRight', 0, 0)).toBeNull();
  });
});
