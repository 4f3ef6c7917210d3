import type { Shipment } from '../costing/shipment.js';
import type { CargoClass, DemandFlow, Mode } from '../model/network.js';
import type { FlowUnit } from './capacity-elements.js';

/** How one cargo class is assigned: its unit, the modes it may use, and the shipment its costs are per. */
export interface DemandClass {
  readonly cargo: CargoClass;
  readonly unit: FlowUnit;
  readonly modes: readonly Mode[];
  /** Costs are per unit of flow: one TEU (10 t) of containers, one tonne of air cargo. */
  readonly shipment: Shipment;
}

/**
 * The cargo classes: containers go by sea, rail and road (boxes do not fly); air cargo by air, with road
 * to and from the airports.
 *
 * @param tonnesPerTeu - cargo mass of a loaded TEU
 * @example
 * ```ts
 * import { demandClasses } from '@corridor/core/flow';
 *
 * const classes = demandClasses(10);
 * console.log(Object.keys(classes)); // → [ 'container', 'air-cargo' ]
 * console.log(classes.container.modes, classes.container.unit, classes.container.shipment); // → [ 'sea', 'rail', 'road' ] teu { teu: 1, tonnes: 10 }
 * ```
 */
export function demandClasses(tonnesPerTeu: number): Record<CargoClass, DemandClass> {
  return {
    container: {
      cargo: 'container',
      unit: 'teu',
      modes: ['sea', 'rail', 'road'],
      shipment: { teu: 1, tonnes: tonnesPerTeu },
    },
    'air-cargo': {
      cargo: 'air-cargo',
      unit: 'tonnes',
      modes: ['air', 'road'],
      shipment: { teu: 1 / tonnesPerTeu, tonnes: 1 },
    },
  };
}

/** One origin–destination pair of the demand, with its weekly amount in its class's unit. */
export interface OdDemand {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  readonly cargo: CargoClass;
  readonly unit: FlowUnit;
  readonly amountPerWeek: number;
}

/**
 * The demand matrix as OD pairs, in file order; rows for the same pair and cargo are added up.
 *
 * @param demand - rows of `demand.csv` (or a caller's matrix)
 * @returns OD pairs with amounts > 0
 * @example
 * ```ts
 * import { odDemands } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const ods = odDemands(fujianNetwork.demand);
 * console.log(fujianNetwork.demand.length, ods.length); // → 148 148
 * console.log(ods[0]); // → { fromPlaceId: 'CNXMN', toPlaceId: 'IDJKT', cargo: 'container', unit: 'teu', amountPerWeek: 1417.5 }
 * ```
 */
export function odDemands(demand: readonly DemandFlow[]): OdDemand[] {
  const byKey = new Map<string, OdDemand>();
  for (const row of demand) {
    const amount = row.cargo === 'container' ? (row.teuPerWeek ?? 0) : (row.tonnesPerWeek ?? 0);
    if (!(amount > 0)) continue;
    const key = `${row.fromPlaceId}>${row.toPlaceId}>${row.cargo}`;
    const previous = byKey.get(key);
    byKey.set(key, {
      fromPlaceId: row.fromPlaceId,
      toPlaceId: row.toPlaceId,
      cargo: row.cargo,
      unit: row.cargo === 'container' ? 'teu' : 'tonnes',
      amountPerWeek: (previous?.amountPerWeek ?? 0) + amount,
    });
  }
  return [...byKey.values()];
}
