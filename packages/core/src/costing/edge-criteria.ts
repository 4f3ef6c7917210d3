import type { RoutingEdge } from '../graph/routing-edge.js';
import type { VehicleClass } from '../model/network.js';
import type { Costing } from './costing-defaults.js';
import type { Shipment } from './shipment.js';

/** The criteria of one edge for one shipment. Waiting is kept apart so a timed search can replace it. */
export interface EdgeCriteria {
  /** Moving, dwelling and handling time, h (no waiting for a departure). */
  readonly hours: number;
  /** Average wait for a departure (half the headway), h; `board` edges only. */
  readonly waitHours: number;
  readonly usd: number;
  /**
   * The part of `usd` that is a surcharge on the carrier's rate rather than the rate itself, USD: today the cost
   * of a sea diversion round a closed passage (`seaDiversionUsdPerTeuKm`); 0 elsewhere.
   */
  readonly surchargeUsd: number;
  /**
   * The reefer surcharge in `usd`, USD (0 for dry boxes): per km on road hauls (part of their `surchargeUsd`), per
   * leg on a sea `board` edge (the itinerary moves it from the handling to the leg boarded).
   */
  readonly reeferUsd: number;
  /** Well-to-wheel emissions, kg CO2e: of the vehicle on a ride or road haul, of the terminal on a lift. */
  readonly co2eKg: number;
  /**
   * The tank-to-wheel part of a ride's or road haul's `co2eKg`, kg CO2e; 0 on a lift (board, alight, gauge
   * change), whose split is not modelled.
   */
  readonly ttwCo2eKg: number;
  readonly distanceKm: number;
}

/** Tonne-km × a class's WTW intensity, kg CO2e, with its TTW part. */
function vehicleEmissions(tonneKm: number, vehicle: VehicleClass, costing: Costing) {
  const co2eKg = (tonneKm * costing.emissionGPerTonneKm[vehicle]) / 1000;
  return { co2eKg, ttwCo2eKg: co2eKg * costing.ttwShareOfWtw[vehicle] };
}

/** A charge given per TEU and/or per tonne, for a shipment: per TEU when the dataset prices it so. */
function charge(usdPerTeu: number, usdPerTonne: number, shipment: Shipment): number {
  return usdPerTeu > 0 ? usdPerTeu * shipment.teu : usdPerTonne * shipment.tonnes;
}

/**
 * What a carrier's diversion round a closed passage costs a shipment: the extra km × the cost per TEU-km,
 * per TEU (a sea leg carries boxes; air shipments never ride one).
 */
function diversionUsd(diversionKm: number, shipment: Shipment, usdPerTeuKm: number): number {
  return diversionKm * usdPerTeuKm * shipment.teu;
}

/**
 * A reefer shipment's surcharge on an edge: by road per TEU-km, by sea once per leg (on its boarding), none by
 * rail or air (no published figure, X183).
 */
function reeferUsd(edge: RoutingEdge, shipment: Shipment, costing: Costing): number {
  if (shipment.container !== 'reefer') return 0;
  if (edge.kind === 'access' || edge.kind === 'egress' || edge.kind === 'road') {
    return edge.distanceKm * costing.reeferRoadUsdPerTeuKm * shipment.teu;
  }
  return edge.kind === 'board' && edge.mode === 'sea' ? costing.reeferSeaUsdPerTeu * shipment.teu : 0;
}

/**
 * Costs one edge of the routing graph for a shipment (docs/architecture.md, "The life of a route query"; ISO 14083 / GLEC style): rides and
 * road hauls emit tonne-km × the vehicle's well-to-wheel intensity, of which `ttwShareOfWtw` is tank-to-wheel; every lift of a box (board, alight,
 * gauge change) emits the hub figure per tonne and costs the terminal's handling charge. A sea leg re-routed
 * round a closed passage also costs its extra km at `seaDiversionUsdPerTeuKm` (the same model for a route
 * that avoids a passage and for a scenario that closes it); `fare` edges charge their part of a pair rate. A
 * reefer shipment pays the reefer surcharge by road per TEU-km and by sea per leg, on its boarding edge.
 *
 * @param edge - an edge of `buildRoutingGraph`
 * @param shipment - TEU and tonnes
 * @param costing - from `resolveCosting`
 * @returns hours, wait hours, USD, kg CO2e and km
 * @example
 * ```ts
 * import { DEFAULT_COSTING, edgeCriteria, resolveShipment } from '@corridor/core/costing';
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { prepareGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { edges } = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
 * const ride = edges.find((edge) => edge.kind === 'ride' && edge.serviceId === 'srm-emirates-wafa');
 * if (ride) {
 *   const criteria = edgeCriteria(ride, resolveShipment({ teu: 1 }, DEFAULT_COSTING), DEFAULT_COSTING);
 *   console.log(Math.round(criteria.distanceKm), Math.round(criteria.hours), Math.round(criteria.co2eKg)); // → 543 21 54
 * }
 * ```
 */
export function edgeCriteria(edge: RoutingEdge, shipment: Shipment, costing: Costing): EdgeCriteria {
  const hub = edge.handlesCargo ? costing.hubKgCo2ePerTonne * shipment.tonnes : 0;
  const handlingUsd = edge.handlesCargo ? charge(edge.usdPerTeu, edge.usdPerTonne, shipment) : 0;
  const reefer = reeferUsd(edge, shipment, costing);
  switch (edge.kind) {
    case 'access':
    case 'egress':
    case 'road':
      return {
        hours: edge.distanceKm / costing.roadSpeedKmh,
        waitHours: 0,
        usd: edge.distanceKm * costing.roadUsdPerTeuKm * shipment.teu + reefer,
        surchargeUsd: reefer,
        reeferUsd: reefer,
        ...vehicleEmissions(shipment.tonnes * edge.distanceKm, 'truck', costing),
        distanceKm: edge.distanceKm,
      };
    case 'ride': {
      const surchargeUsd = diversionUsd(edge.diversionKm ?? 0, shipment, costing.seaDiversionUsdPerTeuKm);
      return {
        hours: edge.hours,
        waitHours: 0,
        usd: charge(edge.usdPerTeu, edge.usdPerTonne, shipment) + surchargeUsd,
        surchargeUsd,
        reeferUsd: 0,
        ...(edge.vehicle === undefined
          ? { co2eKg: 0, ttwCo2eKg: 0 }
          : vehicleEmissions(shipment.tonnes * edge.distanceKm, edge.vehicle, costing)),
        distanceKm: edge.distanceKm,
      };
    }
    case 'board':
      return {
        hours: edge.hours,
        waitHours: edge.averageWaitHours,
        usd: handlingUsd + reefer,
        surchargeUsd: 0,
        reeferUsd: reefer,
        co2eKg: hub,
        ttwCo2eKg: 0,
        distanceKm: 0,
      };
    case 'fare':
      return {
        hours: 0,
        waitHours: 0,
        usd: charge(edge.usdPerTeu, edge.usdPerTonne, shipment),
        surchargeUsd: 0,
        reeferUsd: 0,
        co2eKg: 0,
        ttwCo2eKg: 0,
        distanceKm: 0,
      };
    case 'alight':
    case 'dwell':
      return {
        hours: edge.hours,
        waitHours: 0,
        usd: handlingUsd,
        surchargeUsd: 0,
        reeferUsd: 0,
        co2eKg: hub,
        ttwCo2eKg: 0,
        distanceKm: 0,
      };
  }
}
