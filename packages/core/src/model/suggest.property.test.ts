import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';

const word = fc.string({ minLength: 1, maxLength: 12 });

describe('suggest (properties)', () => {
  it('an exact match, in any case, is always the first suggestion', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 20 }), fc.nat(), (candidates, pick) => {
        const target = candidates[pick % candidates.length] as string;
        const lowerTwins = candidates.filter((c) => c.toLowerCase() === target.toLowerCase());
        expect(lowerTwins).toContain(suggest(target.toUpperCase(), candidates)[0]);
      }),
    );
  });

  it('returns at most `limit` distinct candidates, and the same answer every time', () => {
    fc.assert(
      fc.property(
        word,
        fc.array(word, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (value, candidates, limit) => {
          const first = suggest(value, candidates, limit);
          expect(first.length).toBeLessThanOrEqual(limit);
          for (const s of first) expect(candidates).toContain(s);
          expect(suggest(value, candidates, limit)).toEqual(first);
        },
      ),
    );
  });
});
