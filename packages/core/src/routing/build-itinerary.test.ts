import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Itinerary } from '../model/itinerary.js';
import { createRouter } from './create-router.js';

const router = createRouter(fujianNetwork);

function best(query: Parameters<typeof router.route>[0]): Itinerary {
  const result = router.route(query);
  if (!('itineraries' in result) || result.itineraries[0] === undefined) throw new Error('expected a route');
  return result.itineraries[0];
}

const splitSum = (leg: Itinerary['legs'][number]) =>
  leg.costBreakdown.freightUsd + leg.costBreakdown.borderUsd + leg.costBreakdown.surchargeUsd;

describe('buildItinerary() cost split', () => {
  it('splits every leg cost into freight, border fees and surcharges that sum to the leg cost', () => {
    for (const modes of [
      ['sea', 'road'],
      ['rail', 'road'],
      ['air', 'road'],
    ] as const) {
      const itinerary = best({ from: 'Xiamen', to: 'Duisburg', modes });
      for (const leg of itinerary.legs) expect(splitSum(leg)).toBeCloseTo(leg.costUsd, 6);
    }
  });

  it('charges a sea diversion round an avoided passage as a surcharge, apart from the freight', () => {
    const direct = best({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'] });
    const round = best({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], avoidPassages: ['suez'] });
    const surcharge = (itinerary: Itinerary) =>
      itinerary.legs.reduce((usd, leg) => usd + leg.costBreakdown.surchargeUsd, 0);
    expect(surcharge(direct)).toBe(0);
    expect(surcharge(round)).toBeGreaterThan(0);
  });

  it('leaves border fees at 0 where crossings charge nothing of their own (the through rate pays the gauge change)', () => {
    const rail = best({ from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'] });
    expect(rail.borderCrossings.some((crossing) => crossing.gaugeChange)).toBe(true);
    expect(rail.legs.every((leg) => leg.costBreakdown.borderUsd === 0)).toBe(true);
  });

  it('puts the handling charge of a gauge change at a border under border fees of the rail ride', () => {
    const network = {
      ...fujianNetwork,
      terminals: fujianNetwork.terminals.map((terminal) =>
        terminal.kind === 'border-crossing' ? { ...terminal, handlingUsdPerTeu: 100 } : terminal,
      ),
    };
    const result = createRouter(network).route({ from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'], teu: 2 });
    if (!('itineraries' in result) || result.itineraries[0] === undefined) throw new Error('expected a route');
    const rail = result.itineraries[0];
    const gaugeChanges = rail.borderCrossings.filter((crossing) => crossing.gaugeChange).length;
    const borderUsd = rail.legs.reduce((usd, leg) => usd + leg.costBreakdown.borderUsd, 0);
    expect(gaugeChanges).toBeGreaterThan(0);
    expect(borderUsd).toBeCloseTo(gaugeChanges * 100 * 2, 6);
  });

  it('leaves road hauls all freight', () => {
    const itinerary = best({ from: 'Xiamen', to: 'Fuzhou', modes: ['road'] });
    for (const leg of itinerary.legs) {
      expect(leg.costBreakdown).toEqual({ freightUsd: leg.costUsd, borderUsd: 0, surchargeUsd: 0 });
    }
  });
});
