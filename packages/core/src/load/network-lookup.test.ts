import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { CorridorError } from '../model/corridor-error.js';
import { loadNetwork } from './load-network.js';
import { createNetworkLookup, normalizeName } from './network-lookup.js';

const lookup = createNetworkLookup(loadNetwork(tinyDataset));

function idOf(query: string): string {
  const location = lookup.find(query);
  return location.kind === 'place' ? location.place.id : location.terminal.id;
}

describe('createNetworkLookup', () => {
  it('find() resolves an exact id of a place or a terminal', () => {
    expect(idOf('CNXMN')).toBe('CNXMN');
    expect(idOf('xmn_port')).toBe('xmn_port');
  });

  it('find() resolves an IATA code to its airport, in any case', () => {
    expect(idOf('XMN')).toBe('apt_xmn');
    expect(idOf('sin')).toBe('apt_sin');
  });

  it('find() resolves a UN/LOCODE to the place, in any case', () => {
    expect(idOf('cnxmn')).toBe('CNXMN');
    expect(idOf('KZALA')).toBe('KZALA');
  });

  it('find() resolves English and Chinese names, ignoring case and diacritics', () => {
    expect(idOf('xiamen')).toBe('CNXMN');
    expect(idOf('厦门')).toBe('CNXMN');
    expect(idOf('  ALMATY ')).toBe('KZALA');
    expect(idOf('Changi')).toBe('apt_sin');
    expect(idOf('阿拉山口／多斯特克')).toBe('alashankou_dostyk');
  });

  it('find() resolves a part of one name on word boundaries, and refuses one that fits several', () => {
    expect(idOf('Dostyk')).toBe('alashankou_dostyk');
    expect(() => lookup.find('port')).toThrow(
      /ambiguous: it is part of xmn_port \(Xiamen port\), sin_port \(Singapore port\)/,
    );
  });

  it('find() throws unknown-reference with a did-you-mean on a miss', () => {
    expect(() => lookup.find('Xiamn', 'origin')).toThrow(
      /origin: unknown place or terminal "Xiamn" — did you mean "Xiamen"\?/,
    );
    try {
      lookup.find('Timbuktu');
    } catch (error) {
      expect(error).toBeInstanceOf(CorridorError);
      expect((error as CorridorError).code).toBe('unknown-reference');
    }
  });

  it('findPlace() maps a terminal to the place it serves, and refuses a border crossing', () => {
    expect(lookup.findPlace('XMN').id).toBe('CNXMN');
    expect(() => lookup.findPlace('alashankou_dostyk')).toThrow(/serves no place/);
  });

  it('normalizeName() folds Polish and other diacritics', () => {
    expect(normalizeName('Łódź')).toBe('lodz');
    expect(normalizeName("Xi'an")).toBe('xi an');
  });
});
