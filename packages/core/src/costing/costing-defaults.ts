/**
 * Costing defaults: emission intensities, road haulage, value of time and carbon price. Each figure names
 * its source (an id of the bundled dataset's `sources.csv`) or says it is an assumption. Merged with
 * the caller's overrides in one place, `resolveCosting`.
 */
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import type { VehicleClass } from '../model/network.js';
import { DEFAULT_TONNES_PER_LOADED_TEU } from '../model/units.js';
import { DEFAULT_TTW_SHARE_OF_WTW } from './ttw-share.js';

/** A default with where it comes from. */
export interface SourcedValue {
  readonly value: number;
  /** Source ids, or `assumption` with the reason. */
  readonly source: string;
}

/** Well-to-wheel emission intensity per vehicle class, g CO2e per tonne-km (ISO 14083 / GLEC style). */
export const DEFAULT_EMISSION_G_PER_TONNE_KM: Readonly<Record<VehicleClass, SourcedValue>> = {
  'deep-sea-container': { value: 10, source: 'planner default (assumption) inside [C13][C16] 8–11' },
  'feeder-container': { value: 20, source: 'planner default (assumption); no source found' },
  'rail-china-europe': {
    value: 25,
    source: 'planner default (assumption) between [C15] 11 and [C16] 30',
  },
  'rail-domestic-china': {
    value: 25,
    source: 'assumption: the China–Europe rail planner default, for Chinese grid-electric and diesel traction',
  },
  truck: { value: 75, source: 'planner default (assumption) inside [C15] 90 and [C21] 62' },
  'air-freighter': { value: 850, source: 'planner default (assumption) near [C14] 789–890' },
  'air-belly': { value: 700, source: 'assumption: inside the belly range 600–830 of [C14]' },
};

/** Everything costing needs besides the network; every field overridable through `CostingOverrides`. */
export interface Costing {
  /** Cargo mass of one loaded TEU, t; converts between TEU and tonnes (air is compared per tonne). */
  readonly tonnesPerTeu: number;
  readonly emissionGPerTonneKm: Readonly<Record<VehicleClass, number>>;
  /**
   * Tank-to-wheel share of each class's well-to-wheel emissions, 0–1 (0 for electric traction); the rest is
   * well-to-tank. Splits the WTW figure for reporting; the searches see WTW only.
   */
  readonly ttwShareOfWtw: Readonly<Record<VehicleClass, number>>;
  /** Emission per tonne handled at a terminal (each load or unload), kg CO2e. */
  readonly hubKgCo2ePerTonne: number;
  /** Road haulage rate, USD per TEU-km (USD per tonne-km for air cargo is this ÷ `tonnesPerTeu`). */
  readonly roadUsdPerTeuKm: number;
  readonly roadSpeedKmh: number;
  /** Value of time of the cargo, USD per TEU-day, for the `balanced` objective. */
  readonly valueOfTimeUsdPerTeuDay: number;
  /** Carbon price, USD per tonne CO2e, for the `balanced` objective. */
  readonly carbonPriceUsdPerTonne: number;
  /**
   * What a sea carrier's diversion round a closed passage costs per TEU and extra km sailed (fuel and
   * vessel time), USD per TEU-km; charged on every re-routed leg, in route queries and scenarios alike.
   */
  readonly seaDiversionUsdPerTeuKm: number;
  /** Reefer surcharge by sea, USD per TEU and leg (boarding → alighting); charged on reefer shipments only. */
  readonly reeferSeaUsdPerTeu: number;
  /** Reefer surcharge by road, USD per TEU-km on top of `roadUsdPerTeuKm`; charged on reefer shipments only. */
  readonly reeferRoadUsdPerTeuKm: number;
}

/** Partial costing; what is left out takes the default. */
export type CostingOverrides = Partial<Omit<Costing, PerVehicleField>> & {
  readonly emissionGPerTonneKm?: Partial<Record<VehicleClass, number>>;
  readonly ttwShareOfWtw?: Partial<Record<VehicleClass, number>>;
};

/** The fields of `Costing` given per vehicle class. */
/** The costing fields set per vehicle class (a record by class), overridden apart from the scalar ones. */
export type PerVehicleField = 'emissionGPerTonneKm' | 'ttwShareOfWtw';

const valuesOf = (sourced: Readonly<Record<VehicleClass, SourcedValue>>) =>
  Object.fromEntries(Object.entries(sourced).map(([vehicle, { value }]) => [vehicle, value])) as Record<
    VehicleClass,
    number
  >;

/** The sources of the scalar defaults, for reports and the dashboard. */
export const COSTING_SOURCES: Readonly<Record<Exclude<keyof Costing, PerVehicleField>, SourcedValue>> = {
  tonnesPerTeu: { value: DEFAULT_TONNES_PER_LOADED_TEU, source: '[C17] IMO EEOI guidance, 10 t per loaded TEU' },
  hubKgCo2ePerTonne: {
    value: 0.5,
    source: 'assumption: no source gives a terminal emission intensity; 0.5 kg per tonne per handling',
  },
  roadUsdPerTeuKm: {
    value: 1,
    source: 'assumption: no source gives a trucking rate; USD 1 per TEU-km (a 40-foot truck at USD 2 per km)',
  },
  roadSpeedKmh: { value: 50, source: 'assumption: average container-truck speed including urban access, 50 km/h' },
  valueOfTimeUsdPerTeuDay: {
    value: 50,
    source: 'assumption: USD 50 per TEU-day of transit (inventory cost of general cargo); set your own',
  },
  carbonPriceUsdPerTonne: {
    value: 100,
    source: 'assumption: USD 100 per t CO2e, the order of EU ETS prices in 2023–2025 (no source in the dataset)',
  },
  seaDiversionUsdPerTeuKm: {
    value: 0.0337,
    source:
      '[X100] derived: Maersk’s transport disruption surcharge of USD 200 per TEU China → North Europe for the ' +
      'Cape diversion (Dec 2023) [V01] ÷ the 3,200 nm (5,926 km) the Cape adds to Shanghai–Rotterdam [M29]',
  },
  reeferSeaUsdPerTeu: {
    value: 246.5,
    source:
      '[X181] derived: Xeneta’s average reefer premium over dry boxes, Far East → North Europe spot, USD 493 per ' +
      'FEU (Jul 2022 – Mar 2023) [C28] ÷ 2; on other lanes the same premium per box is an assumption',
  },
  reeferRoadUsdPerTeuKm: {
    value: 0.1683,
    source:
      '[X182] derived: the road rate (USD 1 per TEU-km, an assumption) × the reefer premium over dry vans in ' +
      'DAT’s US spot average, week 38 of 2025: (2.36 − 2.02) ÷ 2.02 [C29]',
  },
};

/** The defaults as one `Costing`. */
export const DEFAULT_COSTING: Costing = {
  tonnesPerTeu: COSTING_SOURCES.tonnesPerTeu.value,
  emissionGPerTonneKm: valuesOf(DEFAULT_EMISSION_G_PER_TONNE_KM),
  ttwShareOfWtw: valuesOf(DEFAULT_TTW_SHARE_OF_WTW),
  hubKgCo2ePerTonne: COSTING_SOURCES.hubKgCo2ePerTonne.value,
  roadUsdPerTeuKm: COSTING_SOURCES.roadUsdPerTeuKm.value,
  roadSpeedKmh: COSTING_SOURCES.roadSpeedKmh.value,
  valueOfTimeUsdPerTeuDay: COSTING_SOURCES.valueOfTimeUsdPerTeuDay.value,
  carbonPriceUsdPerTonne: COSTING_SOURCES.carbonPriceUsdPerTonne.value,
  seaDiversionUsdPerTeuKm: COSTING_SOURCES.seaDiversionUsdPerTeuKm.value,
  reeferSeaUsdPerTeu: COSTING_SOURCES.reeferSeaUsdPerTeu.value,
  reeferRoadUsdPerTeuKm: COSTING_SOURCES.reeferRoadUsdPerTeuKm.value,
};

const MUST_BE_POSITIVE = new Set(['tonnesPerTeu', 'roadSpeedKmh']);

function defaultOf(name: string): number | undefined {
  const [head, vehicle] = name.split('.');
  if (head === 'emissionGPerTonneKm') return DEFAULT_COSTING.emissionGPerTonneKm[vehicle as VehicleClass];
  if (head === 'ttwShareOfWtw') return DEFAULT_COSTING.ttwShareOfWtw[vehicle as VehicleClass];
  return (DEFAULT_COSTING as unknown as Record<string, number>)[head as string];
}

/**
 * Merges overrides into the defaults — the one place defaults are applied. Throws on a negative or
 * non-finite figure, naming it.
 *
 * @param overrides - figures to replace
 * @returns a complete `Costing`
 * @example
 * ```ts
 * import { DEFAULT_COSTING, resolveCosting } from '@corridor/core/costing';
 *
 * const costing = resolveCosting({ carbonPriceUsdPerTonne: 80, emissionGPerTonneKm: { 'deep-sea-container': 10 } });
 * console.log(costing.carbonPriceUsdPerTonne, costing.emissionGPerTonneKm['deep-sea-container']); // → 80 10
 * console.log(costing.tonnesPerTeu === DEFAULT_COSTING.tonnesPerTeu, costing.tonnesPerTeu); // → true 10
 * ```
 */
export function resolveCosting(overrides: CostingOverrides = {}): Costing {
  const { emissionGPerTonneKm, ttwShareOfWtw, ...scalars } = overrides;
  const costing: Costing = {
    ...DEFAULT_COSTING,
    ...Object.fromEntries(Object.entries(scalars).filter(([, value]) => value !== undefined)),
    emissionGPerTonneKm: { ...DEFAULT_COSTING.emissionGPerTonneKm, ...emissionGPerTonneKm },
    ttwShareOfWtw: { ...DEFAULT_COSTING.ttwShareOfWtw, ...ttwShareOfWtw },
  };
  const figures: [string, number][] = [
    ...Object.entries(costing).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    ...Object.entries(costing.emissionGPerTonneKm).map(([k, v]): [string, number] => [`emissionGPerTonneKm.${k}`, v]),
    ...Object.entries(costing.ttwShareOfWtw).map(([k, v]): [string, number] => [`ttwShareOfWtw.${k}`, v]),
  ];
  const isShare = (name: string) => name.startsWith('ttwShareOfWtw.');
  const issues: InputIssue[] = figures
    .filter(
      ([name, value]) =>
        !Number.isFinite(value) ||
        value < 0 ||
        (value === 0 && MUST_BE_POSITIVE.has(name)) ||
        (value > 1 && isShare(name)),
    )
    .map(([name, value]) => ({
      file: 'costing',
      field: name,
      value: String(value),
      code: 'out-of-range' as const,
      message: isShare(name)
        ? 'must be a share from 0 to 1'
        : MUST_BE_POSITIVE.has(name)
          ? 'must be a finite number > 0'
          : 'must be a finite number ≥ 0',
      fix: `leave it out for the default (${String(defaultOf(name))})`,
    }));
  if (issues.length > 0) throw new CorridorError('invalid-argument', 'costing: invalid figures', issues);
  return costing;
}
