import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { Costing } from './costing-defaults.js';
import { edgeCriteria } from './edge-criteria.js';
import type { Shipment } from './shipment.js';

/** The criteria of every compiled edge for one shipment, each indexed by compiled edge id. */
export interface CriteriaArrays {
  /** Moving and handling time (hours). */
  readonly hours: Float64Array;
  /** Average wait for the next departure at a boarding edge (hours); 0 elsewhere. */
  readonly waitHours: Float64Array;
  /** Cost of the shipment (USD). */
  readonly usd: Float64Array;
  /**
   * The surcharge part of `usd` (a sea diversion round a closed passage), USD; 0 on most edges. Optional, so
   * criteria built by hand need not give it: absent, no edge has a surcharge and a leg's cost is all freight.
   */
  readonly surchargeUsd?: Float64Array;
  /**
   * The reefer surcharge part of `usd` (`EdgeCriteria.reeferUsd`), USD; optional like `surchargeUsd`: absent, the
   * shipment is costed as dry boxes.
   */
  readonly reeferUsd?: Float64Array;
  /** Well-to-wheel emissions of the shipment (kg CO2e). */
  readonly co2eKg: Float64Array;
  /** Their tank-to-wheel part on rides and road hauls (kg CO2e); 0 on lifts, whose split is not modelled. */
  readonly ttwCo2eKg: Float64Array;
  /** Distance travelled (km). */
  readonly distanceKm: Float64Array;
  /** The shipment costed, for the emission intensities per tonne-km and TEU-km. */
  readonly shipment: Shipment;
}

/**
 * Costs every edge for a shipment, once per query (costing apart from search).
 *
 * @param prepared - the prepared graph whose edges are costed
 * @param shipment - TEU and tonnes
 * @param costing - resolved costing
 * @returns one array per criterion, indexed by compiled edge id
 * @example
 * ```ts
 * import { criteriaArrays, DEFAULT_COSTING, resolveShipment } from '@corridor/core/costing';
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { prepareGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
 * const criteria = criteriaArrays(prepared, resolveShipment({ teu: 2 }, DEFAULT_COSTING), DEFAULT_COSTING);
 * console.log(criteria.hours.length === prepared.compiled.edgeCount, criteria.shipment); // → true { teu: 2, tonnes: 20 }
 * ```
 */
export function criteriaArrays(prepared: PreparedGraph, shipment: Shipment, costing: Costing): CriteriaArrays {
  const n = prepared.edges.length;
  const out = {
    hours: new Float64Array(n),
    waitHours: new Float64Array(n),
    usd: new Float64Array(n),
    surchargeUsd: new Float64Array(n),
    reeferUsd: new Float64Array(n),
    co2eKg: new Float64Array(n),
    ttwCo2eKg: new Float64Array(n),
    distanceKm: new Float64Array(n),
    shipment,
  } satisfies CriteriaArrays;
  prepared.edges.forEach((edge, e) => {
    const c = edgeCriteria(edge, shipment, costing);
    out.hours[e] = c.hours;
    out.waitHours[e] = c.waitHours;
    out.usd[e] = c.usd;
    out.surchargeUsd[e] = c.surchargeUsd;
    out.reeferUsd[e] = c.reeferUsd;
    out.co2eKg[e] = c.co2eKg;
    out.ttwCo2eKg[e] = c.ttwCo2eKg;
    out.distanceKm[e] = c.distanceKm;
  });
  return out;
}
