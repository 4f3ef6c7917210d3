import { z } from 'zod';
import { jsonDepth } from '../model/json-depth.js';
import {
  CALIBRATION_PERIODS,
  type CalibrationTarget,
  type Corridor,
  FORMAT_VERSION,
  MODES,
  type Service,
  VEHICLE_CLASSES,
} from '../model/network.js';
import { once } from '../model/once.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { checkFileSize } from './check-file-size.js';
import { textProblem } from './check-text.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import type { IssueList } from './issue-list.js';
import { PLAUSIBLE_RANGES as R, rangedNumber } from './plausible-ranges.js';
import { zodIssueCode } from './zod-issue-code.js';

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isRealIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  // Date rolls 2025-02-30 over to March: a real date reads back unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The zod schemas of the dataset's JSON files, built on first use: building them at import cost a few ms that a
 * program which never reads a dataset file (routing the bundled one) should not pay.
 */
export const datasetPartSchemas = once(() => {
  const id = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be an id of letters, digits, _ and -');
  const sourceIds = z.array(z.string().min(1)).min(1, 'needs at least one source id');

  /**
   * A JSON file of the dataset may name its JSON Schema (`"$schema": "…/services.schema.json"`), so that an editor
   * checks and completes it; the loader reads past it.
   */
  const schemaReference = { $schema: z.string().optional() };

  const manifestSchema = z.strictObject({
    ...schemaReference,
    formatVersion: z.number(),
    name: z.string().min(1),
    /** The name in Simplified Chinese, for a front end showing Chinese; optional. */
    nameZh: z.string().min(1).optional(),
    description: z.string().min(1),
  });

  /**
   * A real calendar date written `YYYY-MM-DD` (the date of a published rate): `2025-02-30` is refused, as is
   * any other way of writing a date.
   */
  const isoDate = z.string().refine(isRealIsoDate, {
    message: 'must be a real calendar date written YYYY-MM-DD (e.g. 2025-04-10)',
    params: { code: 'invalid-format', expected: 'date' },
  });

  const stopSchema = z.strictObject({
    terminal: id,
    dwellHours: rangedNumber(R.hours),
    runningHours: rangedNumber(R.runningHours).optional(),
  });

  const departureSchema = z.strictObject({
    weekday: z.union(
      [z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6), z.literal(7)],
      {
        error: 'must be a weekday number, 1 = Monday … 7 = Sunday',
      },
    ),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM'),
  });

  const serviceSchema = z.strictObject({
    id,
    mode: z.enum(MODES),
    nameEn: z.string().min(1),
    nameZh: z.string().min(1).optional(),
    operator: z.string().min(1).optional(),
    vehicle: z.enum(VEHICLE_CLASSES),
    stops: z.array(stopSchema).min(2, 'needs at least two stops'),
    frequencyPerWeek: rangedNumber(R.frequencyPerWeek).optional(),
    departures: z.array(departureSchema).min(1).max(1_000, 'at most 1,000 departures a week').optional(),
    timeZone: z.string().min(1).optional(),
    unitCapacity: z.strictObject({
      teu: rangedNumber(R.unitTeu).optional(),
      tonnes: rangedNumber(R.unitTonnes).optional(),
    }),
    speedKmh: rangedNumber(R.speedKmh).optional(),
    tariff: z
      .strictObject({
        usdPerTeu: rangedNumber(R.usdPerUnit).optional(),
        usdPerTonne: rangedNumber(R.usdPerUnit).optional(),
        asOf: isoDate.optional(),
        sources: sourceIds,
      })
      .optional(),
    tariffs: z
      .array(
        z.strictObject({
          from: z.array(id).default([]),
          to: z.array(id).min(1, 'needs at least one alighting stop'),
          usdPerTeu: rangedNumber(R.usdPerUnit).optional(),
          usdPerTonne: rangedNumber(R.usdPerUnit).optional(),
          asOf: isoDate,
          lane: id,
          sources: sourceIds,
        }),
      )
      .min(1, 'needs at least one rate')
      .optional(),
    bidirectional: z.boolean(),
    sources: sourceIds,
  });

  const corridorSchema = z.strictObject({
    id,
    nameEn: z.string().min(1),
    nameZh: z.string().min(1),
    services: z.array(id).min(1, 'needs at least one service'),
    sources: sourceIds,
  });

  const calibrationSchema = z.strictObject({
    id,
    nameEn: z.string().min(1),
    nameZh: z.string().min(1),
    observed: rangedNumber(R.observed),
    period: z.enum(CALIBRATION_PERIODS),
    unit: z.enum(['teu', 'tonnes']),
    measure: z.enum(['carried', 'handled']),
    services: z.array(id).default([]),
    terminals: z.array(id).default([]),
    basis: z.string().min(1),
    sources: sourceIds,
  });

  return {
    id,
    sourceIds,
    schemaReference,
    isoDate,
    service: serviceSchema,
    /** `dataset.json`, as a whole file. */
    manifestFile: manifestSchema,
    /** `services.json`, as a whole file. */
    servicesFile: z.strictObject({ ...schemaReference, services: z.array(serviceSchema) }),
    /** `corridors.json`, as a whole file. */
    corridorsFile: z.strictObject({ ...schemaReference, corridors: z.array(corridorSchema) }),
    /** `calibration.json`, as a whole file. */
    calibrationFile: z.strictObject({ ...schemaReference, targets: z.array(calibrationSchema) }),
  };
});

/**
 * The value at a path of parsed JSON, as an issue quotes it: a string as written, anything else as JSON.
 * @param root - the parsed document
 * @param path - keys and indices, as zod reports an issue's path
 * @returns the value's text, or `undefined` where the path leads nowhere
 * @example
 * jsonValueAt({ services: [{ id: 'x' }] }, ['services', 0, 'id']); // 'x'
 */
export function jsonValueAt(root: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  if (node === undefined) return undefined;
  // A string is shown as written (the message quotes it); anything else as JSON.
  return typeof node === 'string' ? node : JSON.stringify(node);
}

function fixFor(issue: z.core.$ZodIssue, value: string | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      return `write a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `give at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}`
        : `give a value ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `give a value ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'remove it or correct its spelling (see docs/dataset-format.md)';
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const close = value === undefined ? '' : didYouMean(suggest(value, allowed)).replace(/^ — /, '');
      return close === '' ? `use one of ${allowed.join(', ')}` : close;
    }
    case 'custom':
      if (issue.path.at(-1) === 'asOf') return 'write the date the rate was published, as YYYY-MM-DD';
      return issue.message.startsWith('must be between') || issue.message.startsWith('must be greater than')
        ? `give a value ${issue.message.replace(/^must be /, '')} (docs/dataset-format.md, Limits)`
        : 'see docs/dataset-format.md';
    default:
      return 'see docs/dataset-format.md';
  }
}

/** Reports every string in a parsed JSON value that is too long or holds a control character; true when none. */
function checkStrings(file: string, node: unknown, path: string, issues: IssueList): boolean {
  if (typeof node === 'string') {
    const problem = textProblem(node);
    if (problem === undefined) return true;
    const field = path.slice(path.lastIndexOf('/') + 1);
    issues.add({ file, pointer: path === '' ? '/' : path, field, value: node, ...problem });
    return false;
  }
  if (node === null || typeof node !== 'object') return true;
  let ok = true;
  for (const [key, value] of Object.entries(node)) {
    // A property name is text too: a control character in a key is reported at that key.
    const keyProblem = textProblem(key);
    if (keyProblem !== undefined) {
      issues.add({ file, pointer: path === '' ? '/' : path, field: key, ...keyProblem });
      ok = false;
    }
    if (!checkStrings(file, value, `${path}/${key}`, issues)) ok = false;
  }
  return ok;
}

/**
 * Parses a JSON file and checks it against a schema, reporting each problem with its JSON pointer. The file's
 * size, nesting depth and strings are checked first (DATASET_LIMITS, textProblem), each with its own message.
 */
export function parseJson<T>(file: string, text: string, schema: z.ZodType<T>, issues: IssueList): T | undefined {
  if (!checkFileSize(file, text, issues)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text); // iterative in V8: any depth parses; it is what walks the value next that recurses
  } catch (error) {
    issues.add({
      file,
      code: 'not-json',
      params: { detail: (error as Error).message },
      message: `is not valid JSON: ${(error as Error).message}`,
      fix: 'fix the syntax (a JSON linter shows where)',
    });
    return undefined;
  }
  // Measured without recursion, before the schema or the quoting of a bad value walks it.
  if (jsonDepth(raw, DATASET_LIMITS.maxJsonDepth) > DATASET_LIMITS.maxJsonDepth) {
    issues.add({
      file,
      code: 'too-deep',
      params: { limit: DATASET_LIMITS.maxJsonDepth },
      message: `is nested more than ${DATASET_LIMITS.maxJsonDepth} levels deep (the limit)`,
      fix: 'the format needs at most 7 levels: check the brackets (docs/dataset-format.md)',
    });
    return undefined;
  }
  if (!checkStrings(file, raw, '', issues)) return undefined;
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const field = path.at(-1);
    const value = jsonValueAt(raw, path);
    issues.add({
      file,
      pointer: `/${path.map(String).join('/')}`,
      ...(field === undefined ? {} : { field: String(field) }),
      ...(value === undefined ? {} : { value }),
      ...zodIssueCode(issue, value),
      message:
        issue.code === 'unrecognized_keys'
          ? `unknown property "${issue.keys.join('", "')}"`
          : issue.code === 'invalid_value'
            ? 'not one of the allowed values'
            : issue.message,
      fix: fixFor(issue, value),
    });
  }
  return undefined;
}

/** Reads `dataset.json` and checks its `formatVersion`. */
export function readManifest(file: string, text: string, issues: IssueList) {
  const manifest = parseJson(file, text, datasetPartSchemas().manifestFile, issues);
  if (manifest !== undefined && manifest.formatVersion !== FORMAT_VERSION) {
    issues.add({
      file,
      pointer: '/formatVersion',
      field: 'formatVersion',
      value: String(manifest.formatVersion),
      code: 'unsupported-format',
      params: { version: manifest.formatVersion, supported: FORMAT_VERSION },
      message: `this library reads formatVersion ${FORMAT_VERSION}`,
      fix: `convert the dataset to formatVersion ${FORMAT_VERSION} (docs/dataset-format.md) or use a matching Corridor version`,
    });
    return undefined;
  }
  return manifest;
}

/** Reads `services.json`: `{ "services": [ … ] }`. Per-mode rules are checked in `checkServices`. */
export function readServices(file: string, text: string, issues: IssueList): Service[] | undefined {
  const parsed = parseJson(file, text, datasetPartSchemas().servicesFile, issues);
  return parsed?.services.map(({ stops, ...service }) => ({
    ...service,
    stops: stops.map(({ terminal, ...stop }) => ({ terminalId: terminal, ...stop })),
  }));
}

/** Reads `corridors.json`: `{ "corridors": [ … ] }`. */
export function readCorridors(file: string, text: string, issues: IssueList): Corridor[] | undefined {
  const parsed = parseJson(file, text, datasetPartSchemas().corridorsFile, issues);
  return parsed?.corridors.map(({ services, ...corridor }) => ({ ...corridor, serviceIds: services }));
}

/** Reads `calibration.json`: `{ "targets": [ … ] }`; references are checked in `checkIdsAndSources`. */
export function readCalibration(file: string, text: string, issues: IssueList): CalibrationTarget[] | undefined {
  const parsed = parseJson(file, text, datasetPartSchemas().calibrationFile, issues);
  return parsed?.targets.map(({ services, terminals, ...target }) => ({
    ...target,
    serviceIds: services,
    terminalIds: terminals,
  }));
}
