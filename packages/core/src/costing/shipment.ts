import { CorridorError } from '../model/corridor-error.js';
import type { Costing } from './costing-defaults.js';

/** What is shipped: a count of TEU and its cargo mass. Air is charged and compared by mass. */
export interface Shipment {
  readonly teu: number;
  readonly tonnes: number;
}

/**
 * Completes a shipment from what the caller gave: TEU only (mass = TEU × tonnes per TEU), tonnes only
 * (TEU = tonnes ÷ tonnes per TEU), both, or neither (1 TEU).
 *
 * @param given - `teu` and/or `tonnes`
 * @param costing - for `tonnesPerTeu`
 * @returns both figures
 * @throws CorridorError `invalid-argument` for a figure that is not a finite number > 0
 * @example
 * ```ts
 * import { DEFAULT_COSTING, resolveShipment } from '@corridor/core/costing';
 *
 * console.log(resolveShipment({ teu: 2 }, DEFAULT_COSTING)); // → { teu: 2, tonnes: 20 }
 * console.log(resolveShipment({ tonnes: 5 }, DEFAULT_COSTING)); // → { teu: 0.5, tonnes: 5 }
 * ```
 */
export function resolveShipment(given: { teu?: number; tonnes?: number }, costing: Costing): Shipment {
  for (const field of ['teu', 'tonnes'] as const) {
    const value = given[field];
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) {
      throw new CorridorError('invalid-argument', `shipment: ${field} must be a number > 0`, [
        {
          file: 'shipment',
          field,
          value: String(value),
          code: 'out-of-range',
          message: 'must be a finite number > 0',
          fix: 'e.g. 2',
        },
      ]);
    }
  }
  const teu = given.teu ?? (given.tonnes === undefined ? 1 : given.tonnes / costing.tonnesPerTeu);
  const tonnes = given.tonnes ?? teu * costing.tonnesPerTeu;
  return { teu, tonnes };
}
