import type { LonLat, Mode, PassageId, VehicleClass } from '../model/network.js';

/**
 * Kinds of edge of the expanded routing graph (docs/architecture.md, "The life of a route query"):
 * - `access` place → terminal and `egress` terminal → place: road pre- and on-carriage;
 * - `road` terminal → terminal: drayage between terminals (a transfer by truck);
 * - `board` terminal → service stop: handling, then waiting for the departure;
 * - `ride` stop → next stop of the same service run: running time;
 * - `dwell` at an intermediate stop (a port call, a border crossing with its gauge change);
 * - `alight` service stop → terminal: handling;
 * - `fare` between a boarding (alighting) node and the service's chain, on services priced per
 *   origin–destination pair: the boarding (alighting) part of the pair's rate (`model/pair-fares.ts`),
 *   no time, no distance — part of the ride it starts or ends.
 */
export type RoutingEdgeKind = 'access' | 'egress' | 'road' | 'board' | 'ride' | 'dwell' | 'alight' | 'fare';

/** Nodes of the expanded graph. Places are split so that no path passes *through* a place. */
export type RoutingNode =
  | { readonly kind: 'place-out' | 'place-in'; readonly placeId: string; readonly position: LonLat }
  | { readonly kind: 'terminal'; readonly terminalId: string; readonly position: LonLat }
  | {
      readonly kind: 'stop-departure' | 'stop-arrival';
      readonly serviceId: string;
      readonly reverse: boolean;
      /** Index in the service's stops as run in this direction. */
      readonly stopIndex: number;
      readonly terminalId: string;
      readonly position: LonLat;
    };

/**
 * What an edge is, in physical quantities independent of the shipment; `costing/` turns these into
 * hours, USD and kg CO2e for a given shipment.
 */
export interface RoutingEdge {
  readonly kind: RoutingEdgeKind;
  readonly mode: Mode;
  /** Service of `board`, `ride`, `dwell`, `alight`; its running direction. */
  readonly serviceId?: string;
  readonly reverse?: boolean;
  /** Index in the directed stop list: of the first stop for `ride`, of the stop for the others. */
  readonly stopIndex?: number;
  /** The terminal where a `board`, `alight` or `dwell` happens; the terminal end of `access`/`egress`. */
  readonly terminalId?: string;
  readonly placeId?: string;
  /** The road link of `access`, `egress` and `road` edges. */
  readonly roadLinkId?: string;
  /** A `road` edge between two terminals of the same place: a transfer, allowed whatever the modes. */
  readonly withinPlace?: boolean;
  /**
   * An `access` or `egress` edge between a place and one of its own terminals: first- or last-mile drayage,
   * allowed whatever the modes (a longer truck haul to another place's terminal needs `road`).
   */
  readonly ownTerminal?: boolean;
  /** Derived from geometry (rides along the infrastructure, roads with their detour factor). */
  readonly distanceKm: number;
  /** Running time (`ride`), dwell (`dwell`) or handling time (`board`, `alight`); road time is costed. */
  readonly hours: number;
  /** `board` only: the average wait for a departure, half the headway, h. */
  readonly averageWaitHours: number;
  /** Emission class of the vehicle (`truck` on road edges). */
  readonly vehicle?: VehicleClass;
  /**
   * `ride`: the service's tariff prorated by distance, or on a service priced per pair its per-leg part
   * (`model/pair-fares.ts`); `fare`: the boarding or alighting part of a pair's rate;
   * `board`/`alight`/`dwell`: handling charges.
   */
  readonly usdPerTeu: number;
  readonly usdPerTonne: number;
  /** True where a box is lifted: `board`, `alight`, and `dwell` at a gauge-change crossing. */
  readonly handlesCargo: boolean;
  /**
   * `ride` on a sea leg re-routed round a closed passage: the km it sails beyond its open-network length,
   * which costing charges as the carrier's cost of the diversion (fuel and vessel time per TEU-km).
   */
  readonly diversionKm?: number;
  readonly passages: readonly PassageId[];
  /** ISO 3166-1 alpha-2, in order along the edge. */
  readonly countries: readonly string[];
  /** Geometry of `ride` and road edges (not densified), else empty. */
  readonly points: readonly LonLat[];
}
