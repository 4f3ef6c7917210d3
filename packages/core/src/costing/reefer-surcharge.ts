/**
 * Where the reefer surcharge of each mode comes from (the bundled dataset's `sources.csv`): sea and road are
 * costed from published figures (X181, X182); rail and air have none, so a reefer leg by rail or air says so
 * (X183) rather than carrying a number nobody published.
 */
import type { LegReeferCharge } from '../model/itinerary.js';
import type { Mode } from '../model/network.js';

/** The published basis of a mode's reefer surcharge, or the absence of one. */
export type ReeferSurchargeSource =
  | { readonly costed: true; readonly sources: readonly string[]; readonly asOf: string }
  | { readonly costed: false; readonly sources: readonly string[] };

/**
 * Per mode: sea by the leg at `reeferSeaUsdPerTeu` (Xeneta's reefer premium, 2023-03-09 [C28], X181); road per km
 * at `reeferRoadUsdPerTeuKm` (DAT's reefer-over-dry-van ratio, week 38 of 2025 [C29], X182); rail and air not
 * costed (X183).
 */
export const REEFER_SURCHARGE_SOURCES: Readonly<Record<Mode, ReeferSurchargeSource>> = {
  sea: { costed: true, sources: ['C28', 'X181'], asOf: '2023-03-09' },
  road: { costed: true, sources: ['C29', 'X182'], asOf: '2025-09-20' },
  rail: { costed: false, sources: ['X183'] },
  air: { costed: false, sources: ['X183'] },
};

/**
 * The reefer line of a leg's cost breakdown: the surcharge with its sources and date where the mode has a
 * published figure, else "not costed" with the code `reefer-rate-unpublished`.
 *
 * @param mode - the leg's mode
 * @param usd - the reefer surcharge the costing charged on the leg (USD; 0 where the mode has none)
 * @returns the leg's `costBreakdown.reefer`
 * @example
 * ```ts
 * import { legReeferCharge } from '@corridor/core/costing';
 *
 * console.log(legReeferCharge('sea', 246.5)); // → { costed: true, usd: 246.5, sources: [ 'C28', 'X181' ], asOf: '2023-03-09' }
 * const rail = legReeferCharge('rail', 0);
 * if (!rail.costed) console.log(rail.code, rail.reason); // → reefer-rate-unpublished reefer not costed for rail: no published figure
 * ```
 */
export function legReeferCharge(mode: Mode, usd: number): LegReeferCharge {
  const source = REEFER_SURCHARGE_SOURCES[mode];
  if (source.costed) return { costed: true, usd, sources: source.sources, asOf: source.asOf };
  return {
    costed: false,
    code: 'reefer-rate-unpublished',
    mode,
    reason: `reefer not costed for ${mode}: no published figure`,
    sources: source.sources,
  };
}
