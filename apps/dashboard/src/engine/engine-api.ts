/**
 * The API of the engine worker, shared by the worker (which implements it) and the page (which calls it through
 * comlink, where every method returns a Promise of the same value).
 *
 * The worker owns the network: the bundled Fujian dataset, and at most one dataset the user loaded from their own
 * files, each behind one core `Engine` (`createEngine` of `@corridor/core/engine`). Every method answers about the
 * *current* one; the bundled dataset stays in memory while another is shown. Answers are the engine's types,
 * imported here type-only; what is declared below is the dashboard's own views of them (tables, map layers).
 */
import type { CostingOverrides } from '@corridor/core/costing';
import type { ErrorBody, RouteAnswer, RouteRequest } from '@corridor/core/engine';
import type {
  Confidence,
  EndpointOption,
  InputIssue,
  LonLat,
  Mode,
  RegisteredSource,
  Source,
  TerminalKind,
} from '@corridor/core/model';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { ScenarioApi } from './scenario-api';
import type { ChosenFile } from './upload/read-dataset-files';
import type { ReadProblem } from './upload/read-problem';
import type { UploadProgress } from './upload/upload-progress';
import type { UtilizationApi } from './utilization-api';

export type { EndpointOption, ErrorBody, InputIssue, RegisteredSource, RouteAnswer, RouteRequest, Source };

/** Where the current dataset comes from: the one built into the dashboard, or files the user loaded. */
export type DatasetOrigin = 'bundled' | 'loaded';

/**
 * A longitude–latitude box `[west, south, east, north]` in degrees, as MapLibre's `fitBounds` takes it. `east` may
 * exceed 180 when the box crosses the antimeridian (then `east − west` is its width).
 */
export type LonLatBounds = readonly [west: number, south: number, east: number, north: number];

/** Rows in each table of a dataset. */
export interface DatasetCounts {
  readonly places: number;
  readonly terminals: number;
  readonly seaWaypoints: number;
  readonly seaLanes: number;
  readonly railJunctions: number;
  readonly railTracks: number;
  readonly roadLinks: number;
  readonly services: number;
  readonly corridors: number;
  readonly demandFlows: number;
  readonly sources: number;
}

/** A dataset at a glance: its name, where it comes from, and how much of everything it has. */
export interface DatasetSummary {
  /** From `dataset.json`, e.g. `Fujian corridors`. */
  readonly name: string;
  /** From `dataset.json`'s optional `nameZh`, e.g. `福建多式联运通道`. */
  readonly nameZh?: string;
  /** From `dataset.json`. */
  readonly description: string;
  readonly origin: DatasetOrigin;
  readonly counts: DatasetCounts;
  /** Terminals of each kind (every kind present, zero when there is none). */
  readonly terminalsByKind: Readonly<Record<TerminalKind, number>>;
  /** Services of each mode (every mode present, zero when there is none). */
  readonly servicesByMode: Readonly<Record<Mode, number>>;
  /** The box around every place and terminal; `null` for a dataset with neither. */
  readonly bounds: LonLatBounds | null;
  /** The figures of each `per plan` source (a plan's own targets and claims), in register order. */
  readonly planFigures: readonly PlanFigures[];
}

/** A plan the register cites `per plan`, with the figures its note lists (one per `;`-separated item). */
export interface PlanFigures {
  readonly sourceId: string;
  readonly title: string;
  readonly figures: readonly string[];
}

/** A source id cited by a row, resolved against the dataset's register. */
export interface SourceRef {
  readonly id: string;
  /** Absent only when the register has no such id (a validated dataset always has). */
  readonly title?: string;
  readonly url?: string;
  readonly confidence?: Confidence;
}

/** A place named by a row (the place a terminal serves). */
export interface PlaceRef {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

/** One row of the Terminals table. */
export interface TerminalRow {
  readonly id: string;
  readonly kind: TerminalKind;
  readonly nameEn: string;
  readonly nameZh: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** For a border crossing: the country on the far side. */
  readonly farCountry?: string;
  /** The place the terminal serves; absent for most border crossings. */
  readonly place?: PlaceRef;
  /** Where it is, for "show on map". */
  readonly position: LonLat;
  /**
   * Capacity per week as the assignment counts it (a crossing's trains per day × 7 × 100 TEU; a port's or
   * terminal's yearly TEU ÷ 52; an airport's yearly tonnes ÷ 52), with the trains a day it comes from.
   */
  readonly capacity?: { readonly perWeek: number; readonly unit: 'teu' | 'tonnes'; readonly trainsPerDay?: number };
  /** Other traffic sharing the capacity, never assigned (TEU per week). */
  readonly backgroundTeuPerWeek?: number;
  readonly sources: readonly SourceRef[];
}

/** One stop of a service, named. */
export interface StopRef {
  readonly terminalId: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

/** One row of the Services table. */
export interface ServiceRow {
  readonly id: string;
  readonly mode: Mode;
  readonly nameEn: string;
  /** Absent when the dataset gives no Chinese name (show the English one). */
  readonly nameZh?: string;
  readonly operator?: string;
  /** Countries of its stops, in stop order, each once. */
  readonly countries: readonly string[];
  readonly stops: readonly StopRef[];
  readonly sources: readonly SourceRef[];
  /** The box around its legs as drawn, for "show on map"; `null` when it has no leg. */
  readonly bounds: LonLatBounds | null;
  /** Departures a week (both directions counted once) × unit capacity: TEU, or tonnes for air. */
  readonly capacity: {
    readonly departuresPerWeek: number;
    readonly unitCapacity: number;
    readonly unit: 'teu' | 'tonnes';
  };
  /** How its running times are set: a published schedule per stop, or one speed. */
  readonly timing: { readonly kind: 'schedule' } | { readonly kind: 'speed'; readonly speedKmh: number };
  /** Its legs' length, first stop to last, one direction: rail by route km, sea along the lanes, air great circles. */
  readonly lengthKm: number;
  /** The dates of the published rates it charges, oldest first (none when undated). */
  readonly ratesAsOf: readonly string[];
}

/** Properties of a terminal feature on the map. */
export interface TerminalFeatureProperties {
  readonly kind: 'terminal';
  readonly terminalKind: TerminalKind;
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
}

/** Properties of a service-leg feature on the map. */
export interface ServiceLegFeatureProperties {
  readonly kind: 'service-leg';
  readonly mode: Mode;
  /** `serviceId#legIndex` */
  readonly id: string;
  readonly service: string;
  readonly from: string;
  readonly to: string;
  readonly distanceKm: number;
}

/** Properties of a road-link feature on the map (the road network trucks take: drayage and road legs). */
export interface RoadLinkFeatureProperties {
  readonly kind: 'road-link';
  readonly mode: 'road';
  readonly id: string;
}

/**
 * The network as the map draws it: GeoJSON from `networkGeoJson` of `@corridor/core/geo`, split by layer. Lines
 * are densified great circles with continuous longitudes (sea legs along the lanes, rail legs along the tracks,
 * air legs as great-circle arcs).
 */
export interface NetworkMapData {
  readonly terminals: FeatureCollection<Point, TerminalFeatureProperties>;
  readonly serviceLegs: FeatureCollection<LineString, ServiceLegFeatureProperties>;
  /** The road links, straight or along their geometry: road has no scheduled services, trucks run on these. */
  readonly roadLinks: FeatureCollection<LineString, RoadLinkFeatureProperties>;
}

/** The answer to {@link EngineApi.loadFiles}. */
export type LoadFilesResult =
  | { readonly ok: true; readonly summary: DatasetSummary; readonly fileCount: number }
  /** The files could not be read as a dataset (too many, too large, not UTF-8…); nothing was parsed. */
  | { readonly ok: false; readonly problems: readonly ReadProblem[] }
  /** The loader found problems in the files; the current dataset is unchanged. */
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** The weights of the `balanced` objective, set by the planner's sliders (see `@corridor/core/costing`). */
export type PlannerCosting = Required<Pick<CostingOverrides, 'valueOfTimeUsdPerTeuDay' | 'carbonPriceUsdPerTonne'>>;

/**
 * A worker answer that can be refused: the engine's answer and the worker's time, or the engine's one error
 * shape (`errorBody` of `@corridor/core/engine`). Never thrown across comlink, so the page always gets the issues.
 */
export type Answered<T> =
  | { readonly ok: true; readonly answer: T; readonly elapsedMs: number }
  | { readonly ok: false; readonly error: ErrorBody };

/**
 * Everything the page may ask the engine. Every answer is about the current dataset. The Corridor utilization
 * view's methods are in {@link UtilizationApi}.
 */
export interface EngineApi extends UtilizationApi, ScenarioApi {
  /** Summarises what the engine has loaded (kept for the first release's callers; see {@link EngineApi.summary}). */
  /** Returns the dataset's source register, in register order. */
  sources(): readonly RegisteredSource[];
  /** Counts by table, terminal kind and service mode, the dataset's name and origin. */
  summary(): DatasetSummary;
  /** The network for the map; computed once per dataset and kept. */
  networkGeoJson(): NetworkMapData;
  /** The Terminals table, in file order. */
  terminals(): readonly TerminalRow[];
  /** The Services table, in file order. */
  services(): readonly ServiceRow[];
  /**
   * Reads the files the user chose, validates them as a dataset and, when it is valid, makes it the current one
   * with its map data and tables built. All of it runs in the worker (the page hands over its `File`s, which cross
   * without their bytes), telling its progress. The bundled dataset is kept and comes back with
   * {@link EngineApi.useBundledDataset}.
   * @param chosen - the files, with their paths as chosen
   * @param onProgress - told the bytes read, each file parsed, the checks across files, then the opening
   * @returns the new summary and the count of files loaded, or every problem found (the current dataset is then
   *   left as it was)
   */
  loadFiles(chosen: readonly ChosenFile[], onProgress?: (progress: UploadProgress) => void): Promise<LoadFilesResult>;
  /** Makes the bundled dataset the current one again, and returns its summary. */
  useBundledDataset(): DatasetSummary;
  /**
   * The places and terminals (not border crossings) a route may start or end at that match what the user typed:
   * the engine's `places` (an exact code first, then names; places before terminals), at most a dozen. The page
   * never holds the whole list: a dataset may have hundreds of thousands of places.
   * @param query - what the user typed; blank gives the first options
   */
  searchEndpoints(query: string): readonly EndpointOption[];
  /** The endpoint with this id, or `null` when the current dataset has none (a picker names its value with it). */
  endpoint(id: string): EndpointOption | null;
  /**
   * Best route and alternatives: the engine's `route`, each leg with its line; never throws.
   * @param query - the route request
   * @param costing - value of time and carbon price for the `balanced` objective (default: the library's)
   */
  route(query: RouteRequest, costing?: PlannerCosting): Answered<RouteAnswer>;
  /** The Pareto front over time, cost and CO2e: the engine's `pareto` (the whole front); never throws. */
  pareto(query: RouteRequest, costing?: PlannerCosting): Answered<RouteAnswer>;
}

/** The engine API as the page sees it through comlink: every method answers with a Promise. */
export type AsyncEngineApi = {
  readonly [K in keyof EngineApi]: (...args: Parameters<EngineApi[K]>) => Promise<Awaited<ReturnType<EngineApi[K]>>>;
};
