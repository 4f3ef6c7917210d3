/**
 * The Route planner's query as the form edits it and the URL keeps it, and its translation into the library's
 * `RouteRequest` and costing. Pure functions only.
 */
import {
  CONTAINER_TYPES,
  type ContainerType,
  feuToTeu,
  MAX_ALTERNATIVES,
  MAX_SHIPMENT_TEU,
  MODES,
  type Mode,
  OBJECTIVES,
  type Objective,
  PASSAGE_IDS,
  type PassageId,
} from '@corridor/core/model';
import type { PlannerCosting, RouteRequest } from '../../engine/engine-api';

/**
 * How the shipment is measured: 20-foot boxes (TEU), 40-foot boxes (FEU, costed as two TEU: the sea and rail rates
 * are per-FEU indexes halved, so an FEU pays the index; source row X180), or tonnes (air cargo is compared by mass).
 */
export type SizeUnit = 'teu' | 'feu' | 'tonnes';

/** The size units in the order of the unit menu. */
export const SIZE_UNITS: readonly SizeUnit[] = ['teu', 'feu', 'tonnes'];

/** The container types in the order of the container menu: dry first, the default. */
export const PLANNER_CONTAINERS: readonly ContainerType[] = CONTAINER_TYPES;

/** Everything the planner form asks. */
export interface PlannerQuery {
  /** Place or terminal id, code or name (the pickers put an id here). */
  readonly from: string;
  readonly to: string;
  /** A place or terminal the route must pass through; `''` for none. */
  readonly via: string;
  readonly objective: Objective;
  readonly sizeUnit: SizeUnit;
  /** TEU, FEU or tonnes, per `sizeUnit`; > 0. */
  readonly size: number;
  /** Dry boxes (default) or reefers, which the library costs with its sourced reefer surcharges. */
  readonly container: ContainerType;
  /** Allowed modes; all four by default. */
  readonly modes: readonly Mode[];
  readonly avoidPassages: readonly PassageId[];
  /** `YYYY-MM-DD`, or `null` for an untimed search. */
  readonly depart: string | null;
  /** How many alternatives to ask for, 1 to `MAX_ALTERNATIVES`. */
  readonly alternatives: number;
  /** Value of time for the balanced objective, USD per TEU-day. */
  readonly valueOfTime: number;
  /** Carbon price for the balanced objective, USD per t CO2e. */
  readonly carbonPrice: number;
}

/** Ranges of the numbers the planner accepts (the URL parser and the form's inputs use the same). */
export const PLANNER_LIMITS = {
  size: { min: 0.01, max: MAX_SHIPMENT_TEU },
  /** FEU are costed as two TEU each, so at most half the TEU limit. */
  feu: { min: 0.01, max: MAX_SHIPMENT_TEU / 2 },
  alternatives: { min: 1, max: MAX_ALTERNATIVES },
  valueOfTime: { min: 0, max: 2000, step: 10 },
  carbonPrice: { min: 0, max: 500, step: 5 },
} as const;

/** The form before the user has chosen anything: balanced, 1 TEU, every mode, 3 alternatives, default costing. */
export const DEFAULT_PLANNER_QUERY: PlannerQuery = {
  from: '',
  to: '',
  via: '',
  objective: 'balanced',
  sizeUnit: 'teu',
  size: 1,
  container: 'dry',
  modes: MODES,
  avoidPassages: [],
  depart: null,
  alternatives: 3,
  // The library's defaults (COSTING_SOURCES of @corridor/core/costing): USD 50 per TEU-day, USD 100 per t.
  valueOfTime: 50,
  carbonPrice: 100,
};

/** Objectives in the order of the preset buttons. */
export const PLANNER_OBJECTIVES: readonly Objective[] = OBJECTIVES;

/**
 * The library query for a planner query.
 * @param query - the form's query
 * @returns the `RouteRequest` (a plain object, safe to send to the worker)
 * @example
 * toRouteQuery({ ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 2 }).teu; // 2
 * toRouteQuery({ ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', sizeUnit: 'feu', size: 2 }).teu; // 4
 * toRouteQuery({ ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', container: 'reefer' }).container; // 'reefer'
 */
export function toRouteQuery(query: PlannerQuery): RouteRequest {
  return {
    from: query.from,
    to: query.to,
    ...(query.via === '' ? {} : { via: query.via }),
    objective: query.objective,
    ...shipmentOf(query),
    // Dry is the library's default: left out, so a dry query is the request it always was.
    ...(query.container === 'reefer' ? { container: query.container } : {}),
    modes: [...query.modes],
    avoidPassages: [...query.avoidPassages],
    ...(query.depart === null ? {} : { depart: query.depart }),
    alternatives: query.alternatives,
  };
}

/** The shipment a query asks for: FEU as two TEU each (`feuToTeu`), TEU as they are, or tonnes. */
function shipmentOf(query: PlannerQuery): { teu: number } | { tonnes: number } {
  if (query.sizeUnit === 'tonnes') return { tonnes: query.size };
  return { teu: query.sizeUnit === 'feu' ? feuToTeu(query.size) : query.size };
}

/**
 * The costing a query runs under: its weights for the balanced objective, nothing for the others (whose result
 * the weights do not change, so they run under the library's default costing).
 */
export function costingOf(query: PlannerQuery): PlannerCosting | undefined {
  if (query.objective !== 'balanced') return undefined;
  return { valueOfTimeUsdPerTeuDay: query.valueOfTime, carbonPriceUsdPerTonne: query.carbonPrice };
}

/**
 * Applies the library's relaxation to a query, by the id of the constraint it lifts (`noRoute.relaxation.id`:
 * `passage:suez`, `mode:air`, `country:RU`, `terminal:…`, `max-transfers`, `via`); the form sets only passages
 * and modes.
 * @param query - the query that had no route
 * @param blocker - the constraint id (`relaxation.id`)
 * @returns the relaxed query, or `null` for a constraint the planner form does not set
 * @example
 * relaxQuery({ ...DEFAULT_PLANNER_QUERY, avoidPassages: ['suez'] }, 'passage:suez')?.avoidPassages; // []
 */
export function relaxQuery(query: PlannerQuery, blocker: string): PlannerQuery | null {
  const [kind, value] = blocker.split(':', 2);
  if (kind === 'passage' && query.avoidPassages.some((passage) => passage === value)) {
    return { ...query, avoidPassages: query.avoidPassages.filter((passage) => passage !== value) };
  }
  if (kind === 'mode' && isMode(value) && !query.modes.includes(value)) {
    return { ...query, modes: MODES.filter((mode) => mode === value || query.modes.includes(mode)) };
  }
  return null;
}

/** Tells whether a string is a transport mode. */
export function isMode(value: string | undefined): value is Mode {
  return (MODES as readonly (string | undefined)[]).includes(value);
}

/** Tells whether a string is a passage id. */
export function isPassageId(value: string | undefined): value is PassageId {
  return (PASSAGE_IDS as readonly (string | undefined)[]).includes(value);
}

/** Tells whether a string is a container type. */
export function isContainerType(value: string | undefined): value is ContainerType {
  return (CONTAINER_TYPES as readonly (string | undefined)[]).includes(value);
}

/** Tells whether a string is an objective. */
export function isObjective(value: string | undefined): value is Objective {
  return (OBJECTIVES as readonly (string | undefined)[]).includes(value);
}
