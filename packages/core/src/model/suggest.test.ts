import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from './suggest.js';

describe('suggest', () => {
  it('suggest() finds a UN/LOCODE one keystroke away', () => {
    expect(suggest('DEHAMM', ['DEDUI', 'DEHAM', 'NLRTM'])).toEqual(['DEHAM']);
  });

  it('suggest() ignores case and ranks prefixes first', () => {
    expect(suggest('xia', ['Fuzhou', 'Xiamen', 'Xiangtan'])).toEqual(['Xiamen', 'Xiangtan']);
  });

  it('suggest() returns nothing for a value far from every candidate', () => {
    expect(suggest('Timbuktu', ['Xiamen', 'Fuzhou'])).toEqual([]);
  });

  it('suggest() returns nothing for an empty value or no candidates', () => {
    expect(suggest('', ['Xiamen'])).toEqual([]);
    expect(suggest('Xiamen', [])).toEqual([]);
  });

  it('suggest() keeps the candidates order among equal scores and honours the limit', () => {
    expect(suggest('S3', ['S03', 'S13', 'S23'], 2)).toEqual(['S03', 'S13']);
  });

  it('didYouMean() joins one, two or more suggestions in English', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['suez'])).toBe(' — did you mean "suez"?');
    expect(didYouMean(['a', 'b', 'c'])).toBe(' — did you mean "a", "b" or "c"?');
  });
});
