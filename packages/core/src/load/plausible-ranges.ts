import { z } from 'zod';
import {
  MAX_DEMAND_TEU_PER_WEEK,
  MAX_SCENARIO_DELAY_HOURS,
  MAX_SCENARIO_FACTOR,
  MAX_SCENARIO_G_PER_TONNE_KM,
  MIN_SCENARIO_FACTOR,
} from '../model/flow-limits.js';

/** A documented range for one kind of quantity: the values a real freight network can have, with room to spare. */
export interface PlausibleRange {
  readonly min: number;
  readonly max: number;
  /** The lower bound itself is refused (a capacity or a frequency of 0 means nothing to route on). */
  readonly exclusiveMin?: boolean;
  readonly unit: string;
}

/**
 * Every number a dataset (and a scenario) may hold, by quantity, in one table (docs/dataset-format.md
 * "Limits"). The bounds are wide — a factor of ten or more beyond the largest real value — so that no
 * honest dataset meets them, but tight enough that totals of a whole network stay far from overflow and a
 * mistyped exponent (`1e30`) or a unit slip (metres for km) is caught at load time. The bounds of demand and of
 * scenario edits are those of `model/flow-limits.ts`, which the CLI and the engine apply too; this table
 * lists them with the rest (scenario edits are checked by the schemas of `read-scenarios.ts`).
 */
export const PLAUSIBLE_RANGES = {
  // Hours at a terminal or a crossing: a month is already a port strike; longer is a typo.
  hours: { min: 0, max: 720, unit: 'hours' },
  // A leg's running time: the longest liner leg (Asia → South America round the Cape) is about 40 days.
  runningHours: { min: 0, max: 2_000, exclusiveMin: true, unit: 'hours' },
  // A scenario delay: up to a year of closure.
  delayHours: { min: 0, max: MAX_SCENARIO_DELAY_HOURS, unit: 'hours' },
  // A vehicle: from a barge to an airliner.
  speedKmh: { min: 1, max: 1_000, unit: 'km/h' },
  // Departures a week: one every ten minutes round the clock is 1,008.
  frequencyPerWeek: { min: 0, max: 1_000, exclusiveMin: true, unit: 'departures per week' },
  // One vehicle: the largest container ship carries about 24,000 TEU.
  unitTeu: { min: 0, max: 30_000, exclusiveMin: true, unit: 'TEU per vehicle' },
  // One vehicle: the largest ships carry about 400,000 t; a freighter aircraft about 250 t.
  unitTonnes: { min: 0, max: 500_000, exclusiveMin: true, unit: 'tonnes per vehicle' },
  // A yearly capacity: the world's ports together handle under 1e9 TEU (Shanghai ≈ 5e7).
  capacityPerYear: { min: 0, max: 1e9, exclusiveMin: true, unit: 'per year' },
  // Trains a day through one terminal or crossing: the busiest yards pass a few hundred.
  trainsPerDay: { min: 0, max: 1_000, exclusiveMin: true, unit: 'trains per day' },
  // Other traffic a week: a tenth of 1e9 TEU a year is ≈ 2e6 a week, so 1e7 is more than any terminal.
  backgroundTeuPerWeek: { min: 0, max: 1e7, unit: 'TEU per week' },
  // One origin–destination flow a week: about the boxes of the world's largest port (model/flow-limits.ts).
  demandPerWeek: { min: 0, max: MAX_DEMAND_TEU_PER_WEEK, exclusiveMin: true, unit: 'per week' },
  // A price: the dearest air or rail rate is a few tens of thousands of USD per TEU or tonne.
  usdPerUnit: { min: 0, max: 1e6, unit: 'USD' },
  // A rail track between two nodes: the Trans-Siberian is 9,289 km end to end.
  routeKm: { min: 0, max: 20_000, exclusiveMin: true, unit: 'route km' },
  // Road km per great-circle km: mountain roads reach about 2.5.
  detourFactor: { min: 1, max: 5, unit: 'road km per great-circle km' },
  // A published volume to calibrate against: world port throughput is under 1e9 TEU a year.
  observed: { min: 0, max: 1e10, exclusiveMin: true, unit: 'TEU or tonnes' },
  // A scenario's multiplier: a thousandfold up or down is beyond any what-if; smaller or larger only
  // drives totals towards 0 or overflow (1e-320 × a rate gives Infinity %, 1e308 gives NaN).
  factor: { min: MIN_SCENARIO_FACTOR, max: MAX_SCENARIO_FACTOR, unit: 'times' },
  // scale-demand may also remove a flow entirely.
  demandFactor: { min: 0, max: MAX_SCENARIO_FACTOR, unit: 'times' },
  // Emissions: a freighter aircraft emits ≈ 600 g CO2e per tonne-km; ten times that is not a vehicle.
  gPerTonneKm: { min: 0, max: MAX_SCENARIO_G_PER_TONNE_KM, unit: 'g CO2e per tonne-km' },
  longitude: { min: -180, max: 180, unit: 'degrees east' },
  latitude: { min: -90, max: 90, unit: 'degrees north' },
} as const satisfies Record<string, PlausibleRange>;

/**
 * How a range reads in a message: `between 1 and 1000 km/h`, `greater than 0 and at most 30000 TEU per vehicle`.
 *
 * @example
 * ```ts
 * import { describeRange, PLAUSIBLE_RANGES } from '@corridor/core/load';
 *
 * console.log(describeRange(PLAUSIBLE_RANGES.speedKmh)); // → between 1 and 1000 km/h
 * console.log(describeRange(PLAUSIBLE_RANGES.unitTeu)); // → greater than 0 and at most 30000 TEU per vehicle
 * ```
 */
export function describeRange(range: PlausibleRange): string {
  const low = range.exclusiveMin === true ? `greater than ${range.min} and at most` : `between ${range.min} and`;
  return `${low} ${range.max} ${range.unit}`;
}

/**
 * Whether `value` is a finite number inside `range`.
 *
 * @example
 * ```ts
 * import { inRange, PLAUSIBLE_RANGES } from '@corridor/core/load';
 *
 * console.log(inRange(24, PLAUSIBLE_RANGES.hours)); // → true
 * console.log(inRange(0, PLAUSIBLE_RANGES.runningHours)); // → false
 * console.log(inRange(Number.NaN, PLAUSIBLE_RANGES.hours)); // → false
 * ```
 */
export function inRange(value: number, range: PlausibleRange): boolean {
  if (!Number.isFinite(value) || value > range.max) return false;
  return range.exclusiveMin === true ? value > range.min : value >= range.min;
}

/**
 * A zod number inside `range`, with one message naming the whole range (for the JSON parts and scenarios). Built
 * from zod's own bounds, not a refinement, so that the published JSON Schemas carry the range too.
 */
export function rangedNumber(range: PlausibleRange) {
  const message = `must be ${describeRange(range)}`;
  const low = range.exclusiveMin === true ? z.number().gt(range.min, message) : z.number().gte(range.min, message);
  return low.lte(range.max, message);
}
