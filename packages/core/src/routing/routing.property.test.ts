import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { type Itinerary, OBJECTIVES } from '../model/itinerary.js';
import { PASSAGE_IDS } from '../model/network.js';
import { createRouter } from './create-router.js';

const router = createRouter(fujianNetwork);
const placeIds = fujianNetwork.places.map((p) => p.id);
const od = fc.tuple(fc.constantFrom(...placeIds), fc.constantFrom(...placeIds)).filter(([from, to]) => from !== to);
const RUNS = { numRuns: 40, seed: 20261128 };

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function found(result: ReturnType<typeof router.route>): readonly Itinerary[] {
  return 'itineraries' in result ? result.itineraries : [];
}

describe('routing invariants on the Fujian network (fast-check)', () => {
  it('a route costs the sum of its legs and waits, in hours, USD and kg; its distance is the legs’', () => {
    fc.assert(
      fc.property(od, fc.constantFrom(...OBJECTIVES), ([from, to], objective) => {
        for (const it of found(router.route({ from, to, objective, teu: 2 }))) {
          const parts = [...it.legs, ...it.waits];
          expect(it.totals.durationHours).toBeCloseTo(sum(parts.map((p) => p.durationHours)), 6);
          expect(it.totals.costUsd).toBeCloseTo(sum(parts.map((p) => p.costUsd)), 6);
          expect(it.totals.co2eKg).toBeCloseTo(sum(parts.map((p) => p.co2eKg)), 6);
          expect(it.totals.distanceKm).toBeCloseTo(sum(it.legs.map((l) => l.distanceKm)), 6);
        }
      }),
      RUNS,
    );
  });

  it('no point of a Pareto front dominates another', () => {
    fc.assert(
      fc.property(od, ([from, to]) => {
        const front = found(router.pareto({ from, to }));
        for (const a of front) {
          for (const b of front) {
            if (a === b) continue;
            const dominates =
              a.totals.durationHours <= b.totals.durationHours &&
              a.totals.costUsd <= b.totals.costUsd &&
              a.totals.co2eKg <= b.totals.co2eKg &&
              (a.totals.durationHours < b.totals.durationHours ||
                a.totals.costUsd < b.totals.costUsd ||
                a.totals.co2eKg < b.totals.co2eKg);
            expect(dominates).toBe(false);
          }
        }
      }),
      { ...RUNS, numRuns: 25 },
    );
  });

  it('avoiding a passage never yields a route through it', () => {
    fc.assert(
      fc.property(od, fc.subarray([...PASSAGE_IDS], { minLength: 1, maxLength: 3 }), ([from, to], avoid) => {
        for (const it of found(router.route({ from, to, avoidPassages: avoid, alternatives: 2 }))) {
          expect(it.passages.filter((p) => avoid.includes(p))).toEqual([]);
        }
      }),
      { ...RUNS, numRuns: 25 },
    );
    // Each set of closed passages compiles its own graph (~0.2 s), and a no-route relaxes each passage in turn.
  }, 30_000);

  it('the label search with a loose transfer cap finds the same optimum as the plain kernel', () => {
    fc.assert(
      fc.property(od, fc.constantFrom(...OBJECTIVES), ([from, to], objective) => {
        const free = found(router.route({ from, to, objective }))[0];
        const capped = found(router.route({ from, to, objective, maxTransfers: 20 }))[0];
        expect(capped === undefined).toBe(free === undefined);
        if (capped !== undefined && free !== undefined)
          expect(capped.objectiveValue).toBeCloseTo(free.objectiveValue, 6);
      }),
      RUNS,
    );
  });

  it('timetables are FIFO: leaving later never arrives earlier', () => {
    fc.assert(
      fc.property(od, fc.integer({ min: 0, max: 13 }), ([from, to], laterDays) => {
        const early = found(router.route({ from, to, depart: '2026-12-01' }))[0];
        const late = found(router.route({ from, to, depart: `2026-12-${String(1 + laterDays).padStart(2, '0')}` }))[0];
        if (early === undefined || late === undefined) return;
        const arrival = (it: Itinerary) => Date.parse(it.legs.at(-1)?.arrival ?? '');
        expect(arrival(late)).toBeGreaterThanOrEqual(arrival(early));
      }),
      RUNS,
    );
  });
});
