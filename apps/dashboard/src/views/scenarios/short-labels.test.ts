import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortLabels } from './short-labels';

const length = (text: string) => Array.from(text).length;

describe('shortLabels', () => {
  it('keeps names that fit as they are', () => {
    expect(shortLabels(['Europe air cargo', 'Trans-Pacific air cargo'], 24)).toEqual([
      'Europe air cargo',
      'Trans-Pacific air cargo',
    ]);
  });

  it('cuts a long name at its end when the cut is unique', () => {
    expect(shortLabels(['Sea – Taiwan (cross-strait container shuttles)', 'Europe air cargo'], 24)).toEqual([
      'Sea – Taiwan (cross-str…',
      'Europe air cargo',
    ]);
  });

  it('tells apart the Silk Road corridors that a cut at the end made alike (issue 17)', () => {
    const names = [
      'Silk Road Maritime – South-East Asia',
      'Silk Road Maritime – South Asia',
      'Silk Road Maritime – Gulf (Middle East)',
      'China–Europe Railway Express via Alashankou / Dostyk',
      'China–Europe Railway Express Central corridor via Erenhot / Zamyn-Üüd',
    ];
    const labels = shortLabels(names, 24);
    expect(new Set(labels).size).toBe(names.length);
    expect(labels[0]).toBe('Silk … South-East Asia');
    expect(labels[1]).toBe('Silk … South Asia');
    for (const label of labels) expect(length(label)).toBeLessThanOrEqual(24);
  });

  it('numbers equal names apart', () => {
    const labels = shortLabels(['Same corridor', 'Same corridor'], 24);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels.every((label) => label.startsWith('Same corridor'))).toBe(true);
  });

  it('gives labels no longer than the limit, none alike, for any names', () => {
    const word = fc.constantFrom('Silk', 'Road', 'Sea', '–', 'Asia', 'South', 'South-East', '厦门', 'via', 'X');
    const name = fc.array(word, { minLength: 1, maxLength: 9 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), fc.integer({ min: 6, max: 30 }), (names, max) => {
        const labels = shortLabels(names, max);
        expect(labels).toHaveLength(names.length);
        expect(new Set(labels).size).toBe(labels.length);
        for (const label of labels) expect(length(label)).toBeLessThanOrEqual(max);
        names.forEach((n, k) => {
          if (
            length(n) <= max &&
            names.filter((m) => m === n).length === 1 &&
            !labels.some((l, j) => j !== k && l === n)
          )
            expect(labels[k]).toBe(n);
        });
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it('refuses a limit too small to hold a word and an ellipsis', () => {
    expect(() => shortLabels(['a'], 3)).toThrow(RangeError);
  });
});
