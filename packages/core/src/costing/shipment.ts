import { CorridorError } from '../model/corridor-error.js';
import { CONTAINER_TYPES, type ContainerType } from '../model/itinerary.js';
import type { Costing } from './costing-defaults.js';

/**
 * What is shipped: a count of TEU and its cargo mass. Air is charged and compared by mass. `container` is
 * present only for reefer boxes (absent = dry), so a dry shipment reads as before.
 */
export interface Shipment {
  readonly teu: number;
  readonly tonnes: number;
  readonly container?: 'reefer';
}

/**
 * Completes a shipment from what the caller gave: TEU only (mass = TEU × tonnes per TEU), tonnes only
 * (TEU = tonnes ÷ tonnes per TEU), both, or neither (1 TEU); and the container type (`dry` by default).
 *
 * @param given - `teu` and/or `tonnes`, and `container`
 * @param costing - for `tonnesPerTeu`
 * @returns both figures
 * @throws CorridorError `invalid-argument` for a figure that is not a finite number > 0, or an unknown container
 * @example
 * ```ts
 * import { DEFAULT_COSTING, resolveShipment } from '@corridor/core/costing';
 *
 * console.log(resolveShipment({ teu: 2 }, DEFAULT_COSTING)); // → { teu: 2, tonnes: 20 }
 * console.log(resolveShipment({ tonnes: 5 }, DEFAULT_COSTING)); // → { teu: 0.5, tonnes: 5 }
 * console.log(resolveShipment({ teu: 2, container: 'reefer' }, DEFAULT_COSTING)); // → { teu: 2, tonnes: 20, container: 'reefer' }
 * ```
 */
export function resolveShipment(
  given: { teu?: number; tonnes?: number; container?: ContainerType },
  costing: Costing,
): Shipment {
  if (given.container !== undefined && !CONTAINER_TYPES.includes(given.container)) {
    throw new CorridorError('invalid-argument', `shipment: unknown container "${String(given.container)}"`, [
      {
        file: 'shipment',
        field: 'container',
        value: String(given.container),
        code: 'not-allowed',
        params: { allowed: CONTAINER_TYPES.join(', ') },
        message: 'unknown container type',
        fix: `use ${CONTAINER_TYPES.join(' or ')}`,
      },
    ]);
  }
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
  return given.container === 'reefer' ? { teu, tonnes, container: 'reefer' } : { teu, tonnes };
}
