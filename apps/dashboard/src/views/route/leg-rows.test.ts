import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import { type DrawnItinerary, drawnItineraries } from './drawn-itinerary';
import { costTotals, legRows } from './leg-rows';

const engine = createEngine();

function itineraries(request: Parameters<typeof engine.route>[0]): DrawnItinerary[] {
  const answer = engine.route({ ...request, geometry: true });
  if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
  return drawnItineraries(answer.answer);
}

describe('legRows()', () => {
  const [rail] = itineraries({ from: 'Xiamen', to: 'Duisburg', teu: 2, modes: ['rail', 'road'] });

  it('lists rides and handlings in travel order, costs summing to the itinerary cost', () => {
    if (rail === undefined) throw new Error('expected a rail route');
    const rows = legRows(rail);
    expect(rows.map((row) => row.kind)).toContain('handling');
    expect(rows.filter((row) => row.kind === 'leg')).toHaveLength(rail.legs.length);
    expect(costTotals(rows).totalUsd).toBeCloseTo(rail.totals.costUsd, 6);
    const starts = rows.map((row) => (row.kind === 'leg' ? row.leg.startHours : row.wait.startHours));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('carries each service leg its rate date and source ids, and a road haul none', () => {
    if (rail === undefined) throw new Error('expected a rail route');
    const legs = legRows(rail).filter((row) => row.kind === 'leg');
    const service = legs.find((row) => row.leg.service !== undefined);
    const road = legs.find((row) => row.leg.service === undefined);
    expect(service?.rateSources.length).toBeGreaterThan(0);
    expect(road?.rateSources).toEqual([]);
    expect(road?.rateAsOf).toBeNull();
  });

  it('puts handling charges under handling and a sea diversion under surcharges', () => {
    const [round] = itineraries({ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], avoidPassages: ['suez'] });
    if (round === undefined) throw new Error('expected a sea route');
    const totals = costTotals(legRows(round));
    expect(totals.surchargeUsd).toBeGreaterThan(0);
    expect(totals.handlingUsd).toBeCloseTo(
      round.waits.reduce((usd, wait) => usd + wait.costUsd, 0),
      6,
    );
  });

  it('gives departures and arrivals only in a dated itinerary', () => {
    const [dated] = itineraries({ from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'], depart: '2026-12-01' });
    const datedLegs = legRows(dated as DrawnItinerary).filter((row) => row.kind === 'leg');
    expect(datedLegs.every((row) => row.departure !== undefined && row.arrival !== undefined)).toBe(true);
    const undatedLegs = legRows(rail as DrawnItinerary).filter((row) => row.kind === 'leg');
    expect(undatedLegs.some((row) => row.departure !== undefined)).toBe(false);
  });
});
