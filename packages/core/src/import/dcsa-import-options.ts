/**
 * The options of a DCSA import — the figures DCSA schedules do not carry — and their checks: a bad option fails
 * the import, a missing figure becomes a note.
 */
import { describeRange, inRange, type PlausibleRange, PLAUSIBLE_RANGES as R } from '../load/plausible-ranges.js';
import { isRealIsoDate } from '../load/read-json-parts.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { VEHICLE_CLASSES, type VehicleClass } from '../model/network.js';

/**
 * What DCSA schedules do not carry, and how to name what they do. Every figure here is the caller's: the
 * importer never makes one up; a service lacking one is written without it and a note says what to add.
 */
export interface DcsaImportOptions {
  /** Source ids of the dataset's `sources.csv` the services cite (the schedule you imported), at least one. */
  readonly sources: readonly string[];
  /** Departures per week of each service (DCSA lists sailings, not a frequency; a weekly loop is 1). */
  readonly frequencyPerWeek?: number;
  /** TEU one vessel of each service carries (the vessel class's size; DCSA gives no capacity). */
  readonly unitCapacityTeu?: number;
  /** One rate for the whole run, USD per TEU (DCSA carries no rates). */
  readonly usdPerTeu?: number;
  /** `YYYY-MM-DD` date of the published rate `usdPerTeu` comes from. */
  readonly rateAsOf?: string;
  /** Source ids the rate cites; default `sources`. */
  readonly rateSources?: readonly string[];
  /** Service speed, km/h, for legs whose published times are missing or inconsistent. */
  readonly speedKmh?: number;
  /** Dwell, hours, at calls whose arrival or departure time is missing or inconsistent. */
  readonly dwellHours?: number;
  /** Vehicle class (emission factor); default `deep-sea-container`. */
  readonly vehicle?: VehicleClass;
  /** Whether each service also runs its stops in reverse; default `false` (a schedule is one rotation). */
  readonly bidirectional?: boolean;
  /** Prefix of the service ids (`dcsa-` + the carrier's service code, lower case); default `dcsa-`. */
  readonly idPrefix?: string;
  /** `"CNXMN/HCT"` (UN/LOCODE/SMDG facility code) or `"CNXMN"` → a seaport id; wins over the locode. */
  readonly terminals?: Readonly<Record<string, string>>;
  /** Leave calls at ports the dataset lacks out of the services (a note lists them) instead of failing. */
  readonly skipUnknownPorts?: boolean;
  /** The payload's name in problems and notes; default `dcsa.json`. */
  readonly file?: string;
}

/** Throws one `invalid-argument` error listing every out-of-range or malformed option. */
export function checkOptions(options: DcsaImportOptions): void {
  const problems: InputIssue[] = [];
  const ranged = (field: string, value: number | undefined, range: PlausibleRange) => {
    if (value !== undefined && !inRange(value, range))
      problems.push({
        file: 'options',
        field,
        value: String(value),
        code: 'out-of-range',
        params: { min: range.min, max: range.max, ...(range.exclusiveMin === true ? { exclusiveMin: true } : {}) },
        message: 'out of range',
        fix: `give ${describeRange(range)}`,
      });
  };
  if (options.sources.length === 0)
    problems.push({
      file: 'options',
      field: 'sources',
      code: 'missing-source',
      message: 'no source id',
      fix: 'name the sources.csv row the schedule comes from',
    });
  ranged('frequencyPerWeek', options.frequencyPerWeek, R.frequencyPerWeek);
  ranged('unitCapacityTeu', options.unitCapacityTeu, R.unitTeu);
  ranged('usdPerTeu', options.usdPerTeu, R.usdPerUnit);
  ranged('speedKmh', options.speedKmh, R.speedKmh);
  ranged('dwellHours', options.dwellHours, R.hours);
  if (options.rateAsOf !== undefined && !isRealIsoDate(options.rateAsOf))
    problems.push({
      file: 'options',
      field: 'rateAsOf',
      value: options.rateAsOf,
      code: 'invalid-format',
      params: { expected: 'date' },
      message: 'not a date',
      fix: 'write YYYY-MM-DD',
    });
  if (options.vehicle !== undefined && !VEHICLE_CLASSES.includes(options.vehicle))
    problems.push({
      file: 'options',
      field: 'vehicle',
      value: options.vehicle,
      code: 'not-allowed',
      params: { allowed: VEHICLE_CLASSES.join(', ') },
      message: 'not a vehicle class',
      fix: `use one of ${VEHICLE_CLASSES.join(', ')}`,
    });
  if (options.idPrefix !== undefined && !/^[A-Za-z0-9_-]*$/.test(options.idPrefix))
    problems.push({
      file: 'options',
      field: 'idPrefix',
      value: options.idPrefix,
      code: 'invalid-format',
      params: { expected: 'id' },
      message: 'not an id prefix',
      fix: 'use letters, digits, _ and -',
    });
  if (problems.length > 0) throw new CorridorError('invalid-argument', 'DCSA import: bad options', problems);
}

/** The figures DCSA does not carry, each with what a service lacks without it and how to give it. */
const FIGURES_DCSA_LACKS = [
  {
    field: 'frequencyPerWeek',
    message: 'DCSA lists sailings, not a frequency: the services have none',
    fix: 'give frequencyPerWeek (CLI --frequency; a weekly loop is 1) or add it to each service',
  },
  {
    field: 'unitCapacityTeu',
    message: 'DCSA carries no vessel capacity: the services have none',
    fix: 'give unitCapacityTeu (CLI --teu, the TEU of the vessel class) or fill unitCapacity.teu of each service',
  },
  {
    field: 'usdPerTeu',
    message: 'DCSA carries no rates: the services have no tariff',
    fix: 'give usdPerTeu and rateAsOf (CLI --usd-per-teu, --rate-as-of) or add a tariff or tariffs to each service',
  },
] as const satisfies readonly { field: keyof DcsaImportOptions; message: string; fix: string }[];

/** One note per figure DCSA does not carry and the caller did not give: the loader will ask for each. */
export function missingFigures(options: DcsaImportOptions): InputIssue[] {
  return FIGURES_DCSA_LACKS.filter(({ field }) => options[field] === undefined).map(({ field, message, fix }) => ({
    file: 'options',
    field,
    code: 'missing-value',
    params: { needs: field },
    message,
    fix,
  }));
}
