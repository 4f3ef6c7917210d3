import { describe, expect, it } from 'vitest';
import { TINY_NETWORK } from '../test-support/tiny-network';
import { terminalRows } from './terminal-rows';

describe('terminalRows', () => {
  const rows = terminalRows(TINY_NETWORK);

  it('has one row per terminal, in file order', () => {
    expect(rows.map((row) => row.id)).toEqual(TINY_NETWORK.terminals.map((terminal) => terminal.id));
  });

  it('names the place a terminal serves in both languages, and carries its position', () => {
    expect(rows[0]).toMatchObject({
      id: 'xmn_port',
      kind: 'seaport',
      nameEn: 'Xiamen port',
      nameZh: '厦门港',
      country: 'CN',
      place: { id: 'CNXMN', nameEn: 'Xiamen', nameZh: '厦门' },
      position: [118.03, 24.45],
    });
  });

  it('gives a border crossing its far country and no place', () => {
    const crossing = rows.find((row) => row.id === 'alashankou_dostyk');
    expect(crossing).toMatchObject({ kind: 'border-crossing', country: 'CN', farCountry: 'KZ' });
    expect(crossing?.place).toBeUndefined();
  });

  it('resolves every source id cited to its title, URL and confidence, in the order cited', () => {
    expect(rows[0]?.sources).toEqual([
      { id: 'S1', title: 'A sourced document', url: 'https://example.org/s1', confidence: 'high' },
      { id: 'X1', title: 'A planner assumption', confidence: 'assumption' },
    ]);
  });

  it('gives a terminal its weekly capacity as the assignment counts it, and a crossing its trains a day', () => {
    const crossing = TINY_NETWORK.terminals.find((t) => t.id === 'alashankou_dostyk');
    expect(rows.find((row) => row.id === 'alashankou_dostyk')?.capacity).toEqual({
      perWeek: (crossing?.capacityTrainsPerDay ?? Number.NaN) * 7 * 100,
      unit: 'teu',
      trainsPerDay: crossing?.capacityTrainsPerDay,
    });
    expect(rows[0]?.capacity).toEqual({ perWeek: 9_000_000 / 52, unit: 'teu' });
  });

  it('returns no rows for a network without terminals', () => {
    expect(terminalRows({ ...TINY_NETWORK, terminals: [] })).toEqual([]);
  });
});
