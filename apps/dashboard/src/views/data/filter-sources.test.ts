import type { Source } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { filterSources } from './filter-sources';

const register: readonly Source[] = [
  {
    id: 'S13',
    category: 'Rail / CR Express',
    title: 'Małaszewicze-Brest border crossing main bottleneck',
    url: 'https://railtech.com/x',
  },
  {
    id: 'C17',
    category: 'Costs / emissions',
    title: 'IMO rules (EEOI guidelines): cargo mass',
    url: 'https://www.imorules.com/y',
  },
  { id: 'P01', category: 'Plan', title: 'Fujian Pilot Free Trade Zone plan text', note: 'no URL recorded' },
  { id: 'S40', category: 'Ports', title: 'Café Xiamen port notice' },
];
const ids = (sources: readonly Source[]): string[] => sources.map((source) => source.id);

describe('filterSources', () => {
  it('returns the whole register, by reference, for a blank query', () => {
    expect(filterSources(register, '')).toBe(register);
    expect(filterSources(register, '   \t')).toBe(register);
  });

  it('finds a title word with its diacritics', () => {
    expect(ids(filterSources(register, 'Małaszewicze'))).toEqual(['S13']);
  });

  it('matches case-insensitively and across id, category, title, URL and note', () => {
    expect(ids(filterSources(register, 'imo'))).toEqual(['C17']);
    expect(ids(filterSources(register, 'p01'))).toEqual(['P01']);
    expect(ids(filterSources(register, 'rail / cr'))).toEqual(['S13']);
    expect(ids(filterSources(register, 'railtech.com'))).toEqual(['S13']);
    expect(ids(filterSources(register, 'no url recorded'))).toEqual(['P01']);
  });

  it('ignores combining accents in the query and the text', () => {
    expect(ids(filterSources(register, 'cafe'))).toEqual(['S40']);
    expect(ids(filterSources(register, 'café'))).toEqual(['S40']);
  });

  it('requires every word of the query', () => {
    expect(ids(filterSources(register, 'imo eeoi'))).toEqual(['C17']);
    expect(ids(filterSources(register, 'imo brest'))).toEqual([]);
  });

  it('returns an empty list when nothing matches, and for an empty register', () => {
    expect(filterSources(register, 'zzz')).toEqual([]);
    expect(filterSources([], 'imo')).toEqual([]);
  });

  it('treats regular-expression characters literally', () => {
    expect(ids(filterSources(register, '(eeoi'))).toEqual(['C17']);
    expect(filterSources(register, '.*')).toEqual([]);
  });
});
