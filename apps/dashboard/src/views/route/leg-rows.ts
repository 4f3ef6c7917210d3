/**
 * The rows of the planner's leg table: each ride or road haul, and each handling at a terminal, in travel order,
 * with what it costs split as the library splits it (freight, handling, border fees, surcharges), the rate's date
 * and sources, and — in a dated itinerary — when it departs and arrives.
 */
import type { ItineraryAnswer, LegAnswer } from '@corridor/core/engine';
import type { ItineraryStop, ItineraryWait } from '@corridor/core/model';

/** What a row costs, USD; the parts sum to `totalUsd`. */
export interface RowCost {
  readonly freightUsd: number;
  readonly handlingUsd: number;
  readonly borderUsd: number;
  readonly surchargeUsd: number;
  readonly totalUsd: number;
}

/** One row of the leg table. */
export type LegRow =
  | {
      readonly kind: 'leg';
      readonly leg: LegAnswer;
      readonly from: ItineraryStop;
      readonly to: ItineraryStop;
      /** ISO 8601 UTC, in a dated itinerary only. */
      readonly departure?: string;
      readonly arrival?: string;
      readonly cost: RowCost;
      readonly rateAsOf: string | null;
      readonly rateSources: readonly string[];
    }
  | {
      readonly kind: 'handling';
      readonly wait: ItineraryWait;
      readonly from: ItineraryStop;
      readonly to: ItineraryStop;
      readonly departure?: string;
      readonly cost: RowCost;
    };

const legCost = (leg: LegAnswer): RowCost => ({
  freightUsd: leg.costBreakdown.freightUsd,
  handlingUsd: 0,
  borderUsd: leg.costBreakdown.borderUsd,
  surchargeUsd: leg.costBreakdown.surchargeUsd,
  totalUsd: leg.costUsd,
});

const handlingCost = (wait: ItineraryWait): RowCost => ({
  freightUsd: 0,
  handlingUsd: wait.costUsd,
  borderUsd: 0,
  surchargeUsd: 0,
  totalUsd: wait.costUsd,
});

/**
 * The leg table of an itinerary: rides, road hauls and handlings (waits for a departure cost nothing and are left
 * out) in the order they start.
 * @param itinerary - as the engine answered it
 * @returns the rows; their `cost.totalUsd` sum to the itinerary's cost
 * @example
 * legRows(answer.itineraries[0]).map((row) => row.kind); // ['leg', 'handling', 'leg', 'handling', 'leg']
 */
export function legRows(itinerary: Pick<ItineraryAnswer, 'legs' | 'waits'>): LegRow[] {
  const rows: { row: LegRow; startHours: number; order: number }[] = [
    ...itinerary.legs.map((leg, order) => ({
      row: {
        kind: 'leg' as const,
        leg,
        from: leg.from,
        to: leg.to,
        ...(leg.departure === undefined ? {} : { departure: leg.departure }),
        ...(leg.arrival === undefined ? {} : { arrival: leg.arrival }),
        cost: legCost(leg),
        rateAsOf: leg.rateAsOf,
        rateSources: leg.rateSources,
      },
      startHours: leg.startHours,
      order,
    })),
    ...itinerary.waits
      .filter((wait) => wait.kind === 'handling')
      .map((wait, order) => ({
        row: {
          kind: 'handling' as const,
          wait,
          from: wait.at,
          to: wait.at,
          ...(wait.start === undefined ? {} : { departure: wait.start }),
          cost: handlingCost(wait),
        },
        startHours: wait.startHours,
        order: itinerary.legs.length + order,
      })),
  ];
  // A handling starts where the ride before it ends: by start, then a leg of no time before a handling.
  return rows.sort((a, b) => a.startHours - b.startHours || a.order - b.order).map(({ row }) => row);
}

/**
 * The sum of the rows' costs, by part.
 * @param rows - from {@link legRows}
 * @returns freight, handling, border fees, surcharges and total, USD
 * @example
 * costTotals(legRows(itinerary)).totalUsd; // ≈ itinerary.totals.costUsd
 */
export function costTotals(rows: readonly LegRow[]): RowCost {
  return rows.reduce<RowCost>(
    (sum, { cost }) => ({
      freightUsd: sum.freightUsd + cost.freightUsd,
      handlingUsd: sum.handlingUsd + cost.handlingUsd,
      borderUsd: sum.borderUsd + cost.borderUsd,
      surchargeUsd: sum.surchargeUsd + cost.surchargeUsd,
      totalUsd: sum.totalUsd + cost.totalUsd,
    }),
    { freightUsd: 0, handlingUsd: 0, borderUsd: 0, surchargeUsd: 0, totalUsd: 0 },
  );
}
