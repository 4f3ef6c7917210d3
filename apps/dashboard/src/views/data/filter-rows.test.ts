import { describe, expect, it } from 'vitest';
import { filterRows, serviceSearchTexts, terminalSearchTexts } from './filter-rows';

const terminals = [
  { id: 'xmn_port_haicang', nameEn: 'Xiamen Port – Haicang/Songyu container area', nameZh: '厦门港海沧/嵩屿港区' },
  { id: 'xmn_rail_haicang', nameEn: 'Xiamen Haicang station (CR Express origin)', nameZh: '厦门海沧站' },
  { id: 'alashankou_dostyk', nameEn: 'Alashankou / Dostyk', nameZh: '阿拉山口／多斯特克' },
  { id: 'DEHAM_port', nameEn: 'Hamburg port', nameZh: '汉堡港' },
] as const;
const ids = (rows: readonly { readonly id: string }[]): string[] => rows.map((row) => row.id);

describe('filterRows', () => {
  it('returns the whole table, by reference, for a blank query', () => {
    expect(filterRows(terminals, '', terminalSearchTexts)).toBe(terminals);
    expect(filterRows(terminals, ' \t ', terminalSearchTexts)).toBe(terminals);
  });

  it('matches the English name case-insensitively', () => {
    expect(ids(filterRows(terminals, 'Haicang', terminalSearchTexts))).toEqual([
      'xmn_port_haicang',
      'xmn_rail_haicang',
    ]);
    expect(ids(filterRows(terminals, 'HAMBURG', terminalSearchTexts))).toEqual(['DEHAM_port']);
  });

  it('matches the Chinese name', () => {
    expect(ids(filterRows(terminals, '海沧', terminalSearchTexts))).toEqual(['xmn_port_haicang', 'xmn_rail_haicang']);
    expect(ids(filterRows(terminals, '嵩屿', terminalSearchTexts))).toEqual(['xmn_port_haicang']);
  });

  it('matches the id, in any case', () => {
    expect(ids(filterRows(terminals, 'deham', terminalSearchTexts))).toEqual(['DEHAM_port']);
    expect(ids(filterRows(terminals, 'XMN_RAIL', terminalSearchTexts))).toEqual(['xmn_rail_haicang']);
  });

  it('requires every word, in any of the texts', () => {
    expect(ids(filterRows(terminals, 'haicang station', terminalSearchTexts))).toEqual(['xmn_rail_haicang']);
    expect(ids(filterRows(terminals, 'haicang 嵩屿', terminalSearchTexts))).toEqual(['xmn_port_haicang']);
    expect(filterRows(terminals, 'haicang hamburg', terminalSearchTexts)).toEqual([]);
  });

  it('folds full-width forms, so a full-width slash matches a plain one', () => {
    expect(ids(filterRows(terminals, '阿拉山口/多斯特克', terminalSearchTexts))).toEqual(['alashankou_dostyk']);
  });

  it('treats regular-expression characters literally', () => {
    expect(filterRows(terminals, '.*', terminalSearchTexts)).toEqual([]);
    expect(ids(filterRows(terminals, '(cr', terminalSearchTexts))).toEqual(['xmn_rail_haicang']);
  });

  it('returns nothing for an empty table', () => {
    expect(filterRows([], 'xiamen', terminalSearchTexts)).toEqual([]);
  });
});

describe('serviceSearchTexts', () => {
  const service = {
    id: 'rail_xmn_ham',
    nameEn: 'Xiamen–Hamburg CR Express',
    nameZh: '厦门—汉堡中欧班列',
    stops: [
      { nameEn: 'Xiamen Haicang station', nameZh: '厦门海沧站' },
      { nameEn: 'Hamburg Billwerder', nameZh: '汉堡比尔韦尔德' },
    ],
  };

  it('finds a service by its names, id and the names of its stops', () => {
    for (const query of ['rail_xmn', 'cr express', '中欧班列', 'billwerder', '比尔韦尔德']) {
      expect(filterRows([service], query, serviceSearchTexts), query).toHaveLength(1);
    }
  });

  it('searches a service without a Chinese name by its other texts', () => {
    const { nameZh: _, ...english } = service;
    expect(filterRows([english], 'hamburg', serviceSearchTexts)).toHaveLength(1);
  });
});
