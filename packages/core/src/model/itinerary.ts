/**
 * What a route query asks and what it answers (docs/architecture.md, "The life of a route query"): one canonical type per concept, shared by
 * the library, the CLI and the dashboard.
 */
import type { LineString } from 'geojson';
import type { HubOperationEmissions, LegEmissions, TransportChainEmissions } from './emissions.js';
import type { LonLat, Mode, PassageId } from './network.js';

/** What a search minimises. `balanced` is money + value of time + carbon price, all in USD. */
export const OBJECTIVES = ['time', 'cost', 'co2', 'balanced'] as const;
/** What a route minimises: `time`, `cost`, `co2` or `balanced` (time and CO2e priced in USD). */
export type Objective = (typeof OBJECTIVES)[number];

/** The four criteria every search accumulates, whatever it minimises. */
export interface Totals {
  readonly durationHours: number;
  readonly costUsd: number;
  readonly co2eKg: number;
  readonly distanceKm: number;
}

/** An end of a query: a place or terminal (id, UN/LOCODE, IATA, English or Chinese name) or a position. */
export type Endpoint = string | { readonly position: LonLat };

/**
 * What a shipment's boxes are: `dry` (general cargo, the default) or `reefer` (refrigerated, powered boxes), which
 * pays a sourced reefer surcharge by sea and road (`costing/reefer-surcharge.ts`) and is marked not costed by rail
 * and air, where no reefer figure is published.
 */
export const CONTAINER_TYPES = ['dry', 'reefer'] as const;
/** `dry` or `reefer`: see {@link CONTAINER_TYPES}. */
export type ContainerType = (typeof CONTAINER_TYPES)[number];

/** A route query. Every field but `from` and `to` has a default (see `routing/`). */
export interface RouteQuery {
  readonly from: Endpoint;
  readonly to: Endpoint;
  readonly objective?: Objective;
  /** Shipment size in TEU (default 1); or give `tonnes` for air cargo compared by mass. */
  readonly teu?: number;
  readonly tonnes?: number;
  /** What the boxes are (default `dry`); a `reefer` shipment pays the reefer surcharge where one is published. */
  readonly container?: ContainerType;
  /**
   * Modes the route may use (default all). Without `road`, trucks still carry the first and last mile between
   * a place and its own terminals, and between two terminals of one place; nothing longer.
   */
  readonly modes?: readonly Mode[];
  readonly avoidPassages?: readonly PassageId[];
  /** Terminal ids the route may not use. */
  readonly avoidTerminals?: readonly string[];
  /** ISO 3166-1 alpha-2 codes of countries the route may not call at or cross. */
  readonly avoidCountries?: readonly string[];
  /** Most changes of service (boardings of scheduled services less one). */
  readonly maxTransfers?: number;
  /** A place (or terminal) the route must pass through. */
  readonly via?: string;
  /** Departure date-time, ISO 8601 (`2026-12-01` or `2026-12-01T08:00:00Z`); timed search when given. */
  readonly depart?: string;
  /** How many materially different alternatives to return (default 1). */
  readonly alternatives?: number;
}

/** Where a leg or wait happens, with names a person reads. */
export interface ItineraryStop {
  /** Terminal or place id. */
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly kind: 'place' | 'terminal' | 'position';
  readonly position: LonLat;
}

/**
 * A leg's `costUsd` split by what it pays for; the three parts sum to `costUsd`. Handling (lifting boxes on and
 * off at terminals) is not in a leg: it is the `costUsd` of the itinerary's `handling` waits.
 */
export interface LegCostBreakdown {
  /** The carrier's rate: a service's tariff or pair rate, or a road haul at the cost per TEU-km, USD. */
  readonly freightUsd: number;
  /** Charged at border crossings passed on the ride (the lifts of a gauge change), USD. */
  readonly borderUsd: number;
  /**
   * Surcharges on the rate: a sea diversion round a closed passage (`seaDiversionUsdPerTeuKm`) and, for a reefer
   * shipment, the reefer surcharge (`reefer.usd`), USD.
   */
  readonly surchargeUsd: number;
  /** A reefer shipment's surcharge on this leg, or why it is not costed; absent for dry boxes. */
  readonly reefer?: LegReeferCharge;
}

/**
 * The reefer surcharge of one leg: costed (its USD, part of the leg's `surchargeUsd`, with its sources and their
 * date), or not costed for the leg's mode because no reefer figure is published (`code`, worded by a front end).
 */
export type LegReeferCharge =
  | {
      readonly costed: true;
      readonly usd: number;
      /** Ids in the dataset's `sources.csv`. */
      readonly sources: readonly string[];
      /** ISO date of the published figure. */
      readonly asOf: string;
    }
  | {
      readonly costed: false;
      /** Stable code: no published reefer figure for the leg's mode. */
      readonly code: 'reefer-rate-unpublished';
      readonly mode: Mode;
      /** In words: "reefer not costed for rail: no published figure". */
      readonly reason: string;
      readonly sources: readonly string[];
    };

/** One ride on one service (or one road haul), from boarding to alighting. */
export interface ItineraryLeg extends Totals {
  readonly mode: Mode;
  /**
   * A road leg that is first- or last-mile drayage between a place and its own terminal, or a transfer between
   * two terminals of one place: trucked whatever the query's modes, and not counted in the itinerary's `modes`.
   */
  readonly drayage?: boolean;
  /** Service id; `undefined` for a road haul (pre- or on-carriage, drayage). */
  readonly service?: string;
  readonly serviceName?: string;
  readonly from: ItineraryStop;
  readonly to: ItineraryStop;
  /** Hours from the start of the route to this leg's departure (average waits in an untimed search). */
  readonly startHours: number;
  /** ISO 8601 UTC, only in a timed (departure-date) search. */
  readonly departure?: string;
  readonly arrival?: string;
  readonly passages: readonly PassageId[];
  /** ISO 3166-1 alpha-2 codes of the countries the leg calls at or crosses, in order. */
  readonly countries: readonly string[];
  /** Border crossings passed on this ride (terminal ids), whose dwell is in `durationHours`. */
  readonly borderCrossings: readonly string[];
  /** The leg's line (densified great circle for air; unwrapped across the antimeridian). */
  readonly geometry: LineString;
  /** `co2eKg` split as ISO 14083 reports it: WTW, TTW and WTT of the transport operation, with intensities. */
  readonly emissions: LegEmissions;
  /** `costUsd` split into freight, border fees and surcharges. */
  readonly costBreakdown: LegCostBreakdown;
}

/** Time spent at a terminal off a vehicle: handling, waiting for a departure. */
export interface ItineraryWait {
  readonly at: ItineraryStop;
  readonly kind: 'handling' | 'departure';
  /** Hours from the start of the route to the start of the wait. */
  readonly startHours: number;
  readonly durationHours: number;
  readonly costUsd: number;
  readonly co2eKg: number;
  /** ISO 8601 UTC start, only in a timed search. */
  readonly start?: string;
  /** 2 for a transshipment's handling (discharge and loading at one terminal, listed once); else absent. */
  readonly lifts?: 2;
  /** A handling's `co2eKg` as an ISO 14083 hub operation (WTW only); absent on a wait for a departure. */
  readonly emissions?: HubOperationEmissions;
}

/** A crossing passed on a ride, with the dwell it cost. */
export interface BorderCrossing {
  readonly terminal: ItineraryStop;
  readonly service: string;
  /** Hours from the start of the route to the start of the dwell. */
  readonly startHours: number;
  readonly dwellHours: number;
  readonly gaugeChange: boolean;
}

/**
 * Why an option is offered (X132): the best by the objective; the best of another main mode; another route of the
 * same main mode within the stretch bound of that mode's best; or a backup that is worse on time, cost and CO2e
 * than another option but crosses another border or passage.
 */
export interface OptionReason {
  readonly kind: 'best' | 'best-of-mode' | 'alternative' | 'backup';
  /** The option's main modes, the ride modes in the order sea, rail, air joined by `+` (`road` for trucks only). */
  readonly mainMode: string;
  /** In words: "best by rail", "within 1.13 × the best rail option", "backup: another border crossing (Khorgos)". */
  readonly reason: string;
  /**
   * `reason` as a stable code, for a front end to word in its own language with {@link OptionReason.params}:
   * `best`, `best-of-mode`, `alternative`, or a backup that crosses another border (`backup-crossing`) or takes
   * another passage (`backup-passage`).
   */
  readonly code: OptionReasonCode;
  /** The figures and names `reason` is worded from. */
  readonly params: OptionReasonParams;
}

/** The stable codes of {@link OptionReason.code}. */
export type OptionReasonCode = 'best' | 'best-of-mode' | 'alternative' | 'backup-crossing' | 'backup-passage';

/** What an option's reason is worded from; each field is present only for the codes named. */
export interface OptionReasonParams {
  /** `best`: the query's objective. */
  readonly objective?: Objective;
  /** `alternative`: the option's objective value ÷ the best of its main mode's (≤ 1.25). */
  readonly stretch?: number;
  /** A backup that is also the best of its main mode. */
  readonly bestOfMode?: boolean;
  /** A backup: the 1-based number of the offered option that beats it on time, cost and CO2e. */
  readonly worseThanOption?: number;
  /** A backup beaten by a route not offered: that route's main modes. */
  readonly worseThanMainMode?: string;
  /** `backup-crossing`: the border crossings it uses that the route beating it does not. */
  readonly crossings?: readonly Pick<ItineraryStop, 'id' | 'nameEn' | 'nameZh'>[];
  /** `backup-passage`: the passages it takes that the route beating it does not. */
  readonly viaPassages?: readonly PassageId[];
  /** `backup-passage`: the passages the route beating it takes and it does not. */
  readonly notViaPassages?: readonly PassageId[];
}

/** A whole route: legs and waits in travel order; totals are their sums. */
export interface Itinerary {
  readonly totals: Totals;
  /** Distinct modes of the legs in order of first use (drayage legs aside: see `ItineraryLeg.drayage`). */
  readonly modes: readonly Mode[];
  /** Changes of service: boardings of scheduled services less one (road hauls are not counted). */
  readonly transfers: number;
  readonly legs: readonly ItineraryLeg[];
  readonly waits: readonly ItineraryWait[];
  readonly borderCrossings: readonly BorderCrossing[];
  readonly passages: readonly PassageId[];
  readonly countries: readonly string[];
  /** The totals' `co2eKg` as an ISO 14083 transport chain: transport and hub operations, WTW and TTW. */
  readonly emissions: TransportChainEmissions;
  /** The value the search minimised (hours, USD or kg, per objective). */
  readonly objectiveValue: number;
  /** Why `route()` offers it (absent on Pareto-front results). */
  readonly option?: OptionReason;
}

/** An end that was not a place or terminal, snapped to the nearest one. */
export interface Snap {
  readonly end: 'from' | 'to';
  readonly position: LonLat;
  readonly snappedTo: ItineraryStop;
  readonly distanceKm: number;
}

/**
 * The stable codes of {@link NoRoute.code}: `unconnected` (no chain of services and roads joins the ends at all),
 * `unrelaxable` (the query has constraints, but lifting any one alone restores no route), `blocked` (lifting one
 * of `blockedBy` does).
 */
export type NoRouteCode = 'unconnected' | 'unrelaxable' | 'blocked';

/** A remark added to a no-route's reason, as a code and its parameters. */
export type NoRouteNote =
  | {
      /** The closures suspended these services: no way through, or a detour back past their own calls. */
      readonly code: 'services-suspended';
      readonly params: { readonly services: readonly string[] };
    }
  | {
      /** Paths are left, but each breaks an itinerary rule: leaving a country and coming back, visiting a stop twice, two truck hauls in a row. */
      readonly code: 'rules-cut';
      readonly params: {
        readonly reentered: readonly string[];
        readonly revisited: readonly string[];
        readonly chainedTrucks: boolean;
      };
    };

/** Why no route exists, and the one relaxation that would give one. */
export interface NoRoute {
  /** A sentence a planner reads: "every sea path uses suez or cape-of-good-hope; …". */
  readonly reason: string;
  /** `reason` as a stable code; a front end words it with `params`, `blockedBy`, `relaxation` and `notes`. */
  readonly code: NoRouteCode;
  /** The ends as resolved and the modes the query allowed. */
  readonly params: {
    readonly from: Pick<ItineraryStop, 'id' | 'nameEn' | 'nameZh'>;
    readonly to: Pick<ItineraryStop, 'id' | 'nameEn' | 'nameZh'>;
    readonly modes: readonly Mode[];
  };
  /** What closures and itinerary rules add to the reason, in the order `reason` words them. */
  readonly notes: readonly NoRouteNote[];
  /** The constraints or closures that cut every path (`passage:suez`, `mode:air`, `max-transfers`, …). */
  readonly blockedBy: readonly string[];
  /** The single change that restores a route, with that route's totals; absent when none does. */
  readonly relaxation?: {
    /** The constraint relaxed, one of `blockedBy` (`passage:cape-of-good-hope`). */
    readonly id: string;
    readonly change: string;
    readonly totals: Totals;
  };
}

/** A route answer: itineraries (best first), or no route with its reason. */
export type RouteResult =
  | { readonly itineraries: readonly Itinerary[]; readonly snaps: readonly Snap[] }
  | { readonly noRoute: NoRoute; readonly snaps: readonly Snap[] };
