/**
 * The network definition: what a dataset is (docs/dataset-format.md). One canonical type per concept,
 * declared here and derived everywhere else. Distances are never stored: they are derived from
 * geometry (sea lanes, rail tracks, great circles, road detour factors) by `geo/`.
 */
import type { Scenario } from './scenario.js';
import type { Confidence, Source } from './source.js';

/** The format of a dataset this library reads; a dataset declaring another is refused at load. */
export const FORMAT_VERSION = 1;

/** Transport modes. */
export const MODES = ['sea', 'rail', 'road', 'air'] as const;
/** A transport mode: `sea`, `rail`, `road` or `air`. */
export type Mode = (typeof MODES)[number];

/** Kinds of terminal, where modes meet. */
export const TERMINAL_KINDS = ['seaport', 'rail-terminal', 'airport', 'border-crossing', 'inland-port'] as const;
/** What a terminal is: a seaport, rail terminal, airport, border crossing or inland port. */
export type TerminalKind = (typeof TERMINAL_KINDS)[number];

/** The named maritime passages a sea lane may go through; fixed ids that scenarios and queries use. */
export const PASSAGE_IDS = [
  'taiwan-strait',
  'luzon-strait',
  'singapore-strait',
  'malacca',
  'sunda',
  'hormuz',
  'bab-el-mandeb',
  'suez',
  'gibraltar',
  'dover',
  'cape-of-good-hope',
  'panama',
] as const;
/** A named sea passage a lane may go through (a strait, a canal, a cape). */
export type PassageId = (typeof PASSAGE_IDS)[number];

/** Track gauges in millimetres: standard (China, EU), Russian broad, metre. */
export const GAUGES_MM = [1435, 1520, 1000] as const;
/** A rail track gauge in mm: standard 1435, Russian 1520, metre 1000. */
export type GaugeMm = (typeof GAUGES_MM)[number];

/** Longitude and latitude in degrees, WGS 84, in GeoJSON order. */
export type LonLat = readonly [lon: number, lat: number];

/** Provenance carried by every data row: the source ids (from `sources.csv`) behind its figures. */
export interface Sourced {
  readonly sources: readonly string[];
}

/** A city or region freight starts or ends at: what planners and demand talk about. */
export interface Place extends Sourced {
  /** UN/LOCODE where one exists (`CNXMN`), otherwise a readable slug. */
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly position: LonLat;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Region ids for grouping (`fujian`, `eu`, `asean`, `central-asia`, …). */
  readonly regions: readonly string[];
}

/** A seaport, rail terminal, airport, border crossing or inland port. */
export interface Terminal extends Sourced {
  readonly id: string;
  readonly kind: TerminalKind;
  /** The place it serves; border crossings may have none. */
  readonly placeId?: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly position: LonLat;
  readonly country: string;
  /** For a border crossing: the country on the far side. */
  readonly farCountry?: string;
  readonly locode?: string;
  readonly iata?: string;
  /** Gauge of a rail terminal; for a border crossing, the gauge on its own side. */
  readonly gaugeMm?: GaugeMm;
  /** For a border crossing: the gauge on the far side (equal to `gaugeMm` when there is no break). */
  readonly farGaugeMm?: GaugeMm;
  /** Time to handle one box (load, unload, transship, or clear a border) in hours. */
  readonly handlingHours: number;
  readonly handlingUsdPerTeu?: number;
  readonly handlingUsdPerTonne?: number;
  readonly capacityTeuPerYear?: number;
  readonly capacityTonnesPerYear?: number;
  readonly capacityTrainsPerDay?: number;
  /** Dwell of a train at a border crossing in uncongested operation, hours. */
  readonly dwellHours?: number;
  /**
   * For a border crossing: other (non-Fujian) containers crossing per week, counted in its utilization and
   * its volume-delay volume but never assigned (docs/architecture.md, background traffic).
   */
  readonly backgroundTeuPerWeek?: number;
}

/** A point of the sea-lane network: a strait, cape, canal mouth or open-sea turning point. */
export interface SeaWaypoint extends Sourced {
  readonly id: string;
  readonly nameEn: string;
  readonly position: LonLat;
  /** The passage this waypoint marks, when it marks one. */
  readonly passage?: PassageId;
}

/** A sea lane between two waypoints or seaports, drawn through optional shape points. */
export interface SeaLane extends Sourced {
  readonly id: string;
  /** A sea waypoint or seaport terminal id. */
  readonly from: string;
  readonly to: string;
  /** Shape points between the ends, in order from `from` to `to`. */
  readonly via: readonly LonLat[];
  /** The passages a ship on this lane goes through. */
  readonly passages: readonly PassageId[];
}

/** A junction of the rail network that is not a terminal (a city the line passes, a fork). */
export interface RailJunction extends Sourced {
  readonly id: string;
  readonly nameEn: string;
  readonly position: LonLat;
}

/** A rail track between two rail nodes (terminals, border crossings, junctions), along a polyline. */
export interface RailTrack extends Sourced {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly gaugeMm: GaugeMm;
  /** Shape points between the ends, in order from `from` to `to`. */
  readonly via: readonly LonLat[];
  /**
   * The segment's route length, km, as the railway counts it (a published tariff, operator or line length,
   * or the drawn length times a sourced circuity factor — the sources say which). When given it is the
   * distance every leg, cost and emission uses; the drawn `via` line stays for the map. When absent the
   * length is the drawn line's.
   */
  readonly routeKm?: number;
}

/** A road (drayage or trucking) link between a place or terminal and a terminal or place. */
export interface RoadLink extends Sourced {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Road distance ÷ great-circle distance, ≥ 1 (stated per link; the bundled dataset's rule is in docs/dataset-format.md). */
  readonly detourFactor: number;
}

/** Vehicle classes of services; each has an emission factor in `costing/` (docs/emissions.md). */
export const VEHICLE_CLASSES = [
  'deep-sea-container',
  'feeder-container',
  'rail-china-europe',
  'rail-domestic-china',
  'truck',
  'air-freighter',
  'air-belly',
] as const;
/** A class of vehicle, which sets the emission factor of a service. */
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];

/** A stop of a scheduled service. */
export interface ServiceStop {
  readonly terminalId: string;
  /** Time the vehicle stays at the stop, hours. */
  readonly dwellHours: number;
  /** Running time from the previous stop, hours; when absent it follows from distance and speed. */
  readonly runningHours?: number;
}

/** Day of week, ISO 8601 numbering: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A weekly departure from the first stop, in the service's time zone. */
export interface WeeklyDeparture {
  readonly weekday: Weekday;
  /** `HH:MM`, 24-hour clock. */
  readonly time: string;
}

/** Unit capacity of one vehicle of a service. */
export interface UnitCapacity {
  /** For sea and rail: TEU one vessel or train carries. */
  readonly teu?: number;
  /** For air: tonnes one flight carries. */
  readonly tonnes?: number;
}

/** What a service charges, per unit carried, first stop to last (prorated by distance on shorter rides). */
export interface Tariff extends Sourced {
  readonly usdPerTeu?: number;
  readonly usdPerTonne?: number;
  /** ISO date (`YYYY-MM-DD`) of the published rate the figure comes from, when it has one. */
  readonly asOf?: string;
}

/**
 * A rate of a service for the boxes it carries from some of its stops to others (a carrier's tariff per
 * origin–destination pair): charged once per boarding → alighting pair, whatever the distance between.
 * Pairs are matched in each direction the service runs: `to` the alighting stop, `from` the boarding stop
 * (empty = any stop before it); the first entry that matches a pair prices it.
 */
export interface PairTariff extends Sourced {
  /** Terminal ids of the boarding stops this rate applies from; empty for every stop before `to`. */
  readonly from: readonly string[];
  /** Terminal ids of the alighting stops it applies to. */
  readonly to: readonly string[];
  readonly usdPerTeu?: number;
  readonly usdPerTonne?: number;
  /** ISO date (`YYYY-MM-DD`) of the published index or rate the figure comes from. */
  readonly asOf: string;
  /** Trade lane (`asia-north-europe`, `intra-asia` …), so a scenario can move one lane's rates. */
  readonly lane: string;
}

/** A scheduled line: a liner service, a block train, a freighter rotation, a trucking shuttle. */
export interface Service extends Sourced {
  readonly id: string;
  readonly mode: Mode;
  readonly nameEn: string;
  readonly nameZh?: string;
  readonly operator?: string;
  /** Vehicle class, which selects the emission factor. */
  readonly vehicle: VehicleClass;
  readonly stops: readonly ServiceStop[];
  /** Departures per week from the first stop; or give `departures`. */
  readonly frequencyPerWeek?: number;
  readonly departures?: readonly WeeklyDeparture[];
  /** IANA time zone of `departures` (`Asia/Shanghai`). */
  readonly timeZone?: string;
  readonly unitCapacity: UnitCapacity;
  /** Commercial speed in km/h when stops carry no running times. */
  readonly speedKmh?: number;
  /** One rate for the whole run, prorated by distance on shorter rides; or give `tariffs`. */
  readonly tariff?: Tariff;
  /** Rates per origin–destination pair (every pair the service can carry must be priced); or give `tariff`. */
  readonly tariffs?: readonly PairTariff[];
  /** True when the service also runs in reverse (a shuttle, a port rotation sailed both ways). */
  readonly bidirectional: boolean;
}

/** A named group of services and infrastructure that users report on. */
export interface Corridor extends Sourced {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly serviceIds: readonly string[];
}

/** Cargo classes of demand. */
export const CARGO_CLASSES = ['container', 'air-cargo'] as const;
/** What a demand flow carries: containers (TEU) or air cargo (tonnes). */
export type CargoClass = (typeof CARGO_CLASSES)[number];

/** One origin–destination flow of the demand matrix. Illustrative unless its basis says otherwise. */
export interface DemandFlow extends Sourced {
  readonly fromPlaceId: string;
  readonly toPlaceId: string;
  readonly cargo: CargoClass;
  /** Containers, TEU per week (cargo `container`). */
  readonly teuPerWeek?: number;
  /** Air cargo, tonnes per week (cargo `air-cargo`). */
  readonly tonnesPerWeek?: number;
  /** How the figure was set, in words (which published volume it is tied to). */
  readonly basis: string;
}

/** Periods a published volume may be given per. */
export const CALIBRATION_PERIODS = ['week', 'quarter', 'year'] as const;
/** The period a published calibration volume covers. */
export type CalibrationPeriod = (typeof CALIBRATION_PERIODS)[number];

/**
 * A published volume the model's flows can be checked against (docs/architecture.md, "The life of an assignment": calibration): what a set of
 * services carried, or what a set of terminals handled, in a period.
 */
export interface CalibrationTarget extends Sourced {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** The published figure, in `unit` per `period`. */
  readonly observed: number;
  readonly period: CalibrationPeriod;
  /** `teu` for containers, `tonnes` for air cargo. */
  readonly unit: 'teu' | 'tonnes';
  /**
   * `carried`: boarded on `serviceIds`; `handled`: lifted on or off at `terminalIds` (transshipment twice), on
   * any service, or only on `serviceIds` when the target lists some.
   */
  readonly measure: 'carried' | 'handled';
  readonly serviceIds: readonly string[];
  readonly terminalIds: readonly string[];
  /** What the figure is and how it relates to the model, in words. */
  readonly basis: string;
}

/** A source as the dataset registers it, with the confidence of what it supports. */
export interface RegisteredSource extends Source {
  readonly confidence: Confidence;
}

/** A whole, validated network definition. Produced by the loader; never mutated by the library. */
export interface Network {
  readonly formatVersion: typeof FORMAT_VERSION;
  readonly name: string;
  /** The name in Simplified Chinese (`dataset.json`'s optional `nameZh`). */
  readonly nameZh?: string;
  readonly description: string;
  readonly places: readonly Place[];
  readonly terminals: readonly Terminal[];
  readonly seaWaypoints: readonly SeaWaypoint[];
  readonly seaLanes: readonly SeaLane[];
  readonly railJunctions: readonly RailJunction[];
  readonly railTracks: readonly RailTrack[];
  readonly roadLinks: readonly RoadLink[];
  readonly services: readonly Service[];
  readonly corridors: readonly Corridor[];
  readonly demand: readonly DemandFlow[];
  /** Published volumes to compare assigned flows with (empty when the dataset has no `calibration.json`). */
  readonly calibration: readonly CalibrationTarget[];
  /** Preset scenarios shipped with the dataset (`scenarios.json`; empty when it has none). */
  readonly scenarios: readonly Scenario[];
  readonly sources: readonly RegisteredSource[];
}
