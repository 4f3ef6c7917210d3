import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { legRate, ratesAsOf } from './leg-rate.js';

const leg = (service: string | undefined, from: string, to: string) => ({
  ...(service === undefined ? {} : { service }),
  from: { id: from },
  to: { id: to },
});

describe('legRate()', () => {
  it('finds the pair rate of a sea leg with its date and lane (WCI Shanghai → Los Angeles, 2025-04-10 [C04])', () => {
    expect(legRate(fujianNetwork, leg('cosco-sea3', 'xmn_port_haicang', 'lax_port'))).toEqual({
      asOf: '2025-04-10',
      lane: 'transpacific-eastbound',
      sources: ['C04'],
    });
  });

  it('gives a whole-run tariff its date when the dataset has one, and nothing for a road haul', () => {
    expect(legRate(fujianNetwork, leg('air-xmn-cdg-freighter', 'apt_xmn', 'apt_cdg'))?.asOf).toBe('2024-12-08');
    expect(legRate(fujianNetwork, leg(undefined, 'CNXMN', 'xmn_port_haicang'))).toBeUndefined();
  });

  it('ratesAsOf() lists each date once, oldest first', () => {
    const legs = [
      leg('cosco-sea3', 'xmn_port_haicang', 'lax_port'),
      leg('air-xmn-cdg-freighter', 'apt_xmn', 'apt_cdg'),
      leg('cosco-sea3', 'xmn_port_haicang', 'lax_port'),
    ];
    expect(ratesAsOf(fujianNetwork, legs)).toEqual(['2024-12-08', '2025-04-10']);
  });
});
