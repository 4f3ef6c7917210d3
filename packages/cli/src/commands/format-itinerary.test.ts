import { describe, expect, it } from 'vitest';
import { truncate, WIDTH, wrap } from './format-itinerary.js';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('Antwerp', 7)).toBe('Antwerp');
  });

  it('cuts longer text with an ellipsis, to exactly the width', () => {
    expect(truncate('Xiamen Gaoqi International Airport', 12)).toBe('Xiamen Gaoq…');
    expect(truncate('Xiamen Gaoqi International Airport', 12)).toHaveLength(12);
  });

  it('gives an ellipsis alone at width 1 and nothing at width 0', () => {
    expect(truncate('Xiamen', 1)).toBe('…');
    expect(truncate('Xiamen', 0)).toBe('');
  });
});

describe('wrap', () => {
  it('joins parts on one line when they fit', () => {
    expect(wrap('  waits ', ['a', 'b'], '; ', 8)).toBe('  waits a; b\n');
  });

  it('breaks between parts past the width, keeping the separator at the end of the line', () => {
    const parts = Array.from({ length: 30 }, (_, i) => `part-${i}`);
    const text = wrap('x ', parts, ', ', 2);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(WIDTH);
    expect(lines[0]).toMatch(/,$/);
    expect(lines[1]).toMatch(/^ {2}part-/);
  });

  it('prints the prefix alone when there are no parts', () => {
    expect(wrap('  none', [], ', ', 2)).toBe('  none\n');
  });
});
