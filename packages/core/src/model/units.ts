/**
 * Unit conversions and shipment constants. Each is a named default with its source id from
 * `data/fujian/sources.csv`; callers override them through options, never by editing these.
 */

/** One forty-foot container is two twenty-foot equivalent units (standard; sources.csv C17). */
export const TEU_PER_FEU = 2;

/** One nautical mile in kilometres (standard; sources.csv C17). */
export const KM_PER_NAUTICAL_MILE = 1.852;

/**
 * Cargo mass of one loaded TEU, used for tonne-km emissions and for comparing air against surface
 * modes. Source [C17] IMO EEOI guidance (MEPC.1/Circ.684), confidence high.
 */
export const DEFAULT_TONNES_PER_LOADED_TEU = 10;

/** Mass of an empty TEU moved as a repositioning box. Source [C17], confidence high. */
export const DEFAULT_TONNES_PER_EMPTY_TEU = 2;

/** Hours in a day and in a week, named so that conversions read as units. */
export const HOURS_PER_DAY = 24;
/** Hours in a week: frequencies per week become headways in hours with it. */
export const HOURS_PER_WEEK = 168;

/**
 * Converts kilometres to nautical miles.
 *
 * @example
 * ```ts
 * import { kmToNauticalMiles } from '@corridor/core/model';
 *
 * console.log(kmToNauticalMiles(1852)); // → 1000
 * console.log(Math.round(kmToNauticalMiles(18_520))); // → 10000
 * ```
 */
export function kmToNauticalMiles(distanceKm: number): number {
  return distanceKm / KM_PER_NAUTICAL_MILE;
}

/**
 * Converts a count of forty-foot containers to TEU.
 *
 * @example
 * ```ts
 * import { feuToTeu } from '@corridor/core/model';
 *
 * console.log(feuToTeu(40)); // → 80
 * ```
 */
export function feuToTeu(feu: number): number {
  return feu * TEU_PER_FEU;
}
