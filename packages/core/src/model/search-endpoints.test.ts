import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { type EndpointOption, endpointOptions } from './endpoint-options.js';
import { foldText, queryWords } from './fold-text.js';
import { createEndpointSearch, searchEndpoints } from './search-endpoints.js';

const options = endpointOptions(fujianNetwork);

/** Every option scored, all sorted, then cut: the rule the prepared search must keep while it stops early. */
function reference(all: readonly EndpointOption[], query: string, limit: number): EndpointOption[] {
  const words = queryWords(query);
  if (words.length === 0) return all.slice(0, limit);
  const whole = foldText(query.trim());
  return all
    .map((option, order) => {
      const codes = option.codes.map(foldText);
      const names = [foldText(option.nameEn), foldText(option.nameZh)];
      const haystack = [...codes, ...names].join('\n');
      if (!words.every((word) => haystack.includes(word))) return null;
      const exact = codes.includes(whole) || codes.some((code) => code.endsWith(whole) && whole.length === 3);
      const score = exact ? 0 : names.includes(whole) ? 1 : names.some((name) => name.startsWith(whole)) ? 2 : 3;
      return { option, score, order };
    })
    .filter((entry) => entry !== null)
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.option);
}

describe('endpoint search', () => {
  it('finds by code, then names, places before terminals', () => {
    expect(searchEndpoints(options, 'xmn').map((option) => option.id)[0]).toBe('CNXMN');
    expect(searchEndpoints(options, '厦门')[0]?.id).toBe('CNXMN');
    expect(searchEndpoints(options, 'no such place')).toEqual([]);
    expect(searchEndpoints(options, ' ', 2)).toEqual(options.slice(0, 2));
  });

  it('answers as scoring every option would, for any piece of any code or name and any limit', () => {
    const search = createEndpointSearch(options);
    const texts = options.flatMap((option) => [...option.codes, option.nameEn, option.nameZh]);
    const query = fc.oneof(
      fc
        .tuple(fc.constantFrom(...texts), fc.nat(), fc.nat())
        .map(([text, a, b]) => text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1))),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(query, fc.integer({ min: 1, max: 20 }), (q, limit) => {
        expect(search(q, limit)).toEqual(reference(options, q, limit));
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });

  it('stops at the limit once that many codes match exactly, keeping file order', () => {
    const many = Array.from({ length: 50 }, (_, k) => ({ ...options[0], id: `P${k}`, codes: [`P${k}`, 'SAME'] }));
    const search = createEndpointSearch(many as EndpointOption[]);
    expect(search('same', 3).map((option) => option.id)).toEqual(['P0', 'P1', 'P2']);
  });
});
