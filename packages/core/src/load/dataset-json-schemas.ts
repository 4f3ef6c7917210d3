import { z } from 'zod';
import { DATASET_FILES } from './dataset-files.js';
import { DATASET_LIMITS } from './dataset-limits.js';
import { datasetPartSchemas } from './read-json-parts.js';
import { scenarioSchemas } from './read-scenarios.js';
import { type CellSpec, type ColumnSpec, TABLE_COLUMNS } from './table-columns.js';

/** A JSON Schema (draft 2020-12) as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const ID = '[A-Za-z0-9_-]+';
const NUMBER = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?';
/** No C0 or C1 control character and no bidirectional override (docs/dataset-format.md, Limits: Text). */
const NO_CONTROL = '^[^\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]*$';

/** The JSON Schema of one cell as a validator sees it: numbers as numbers, everything else as text. */
function cellSchema(spec: CellSpec): JsonSchema {
  switch (spec.kind) {
    case 'id':
      return { type: 'string', pattern: `^${ID}$` };
    case 'text':
      return { type: 'string', minLength: 1, maxLength: DATASET_LIMITS.maxTextChars, pattern: NO_CONTROL };
    case 'number': {
      const { min, max, exclusiveMin, unit } = spec.range;
      return {
        type: 'number',
        ...(exclusiveMin === true ? { exclusiveMinimum: min } : { minimum: min }),
        maximum: max,
        $comment: unit,
      };
    }
    case 'one-of':
      return spec.values.every((value) => typeof value === 'number')
        ? { type: 'number', enum: spec.values }
        : { type: 'string', enum: spec.values };
    case 'pattern':
      return { type: 'string', pattern: spec.pattern, examples: [spec.example] };
    case 'list': {
      const item = spec.values === undefined ? ID : `(?:${spec.values.join('|')})`;
      return { type: 'string', pattern: `^\\s*${item}(?:\\s*;\\s*${item})*\\s*;?\\s*$` };
    }
    case 'points': {
      const point = `${NUMBER}\\s+${NUMBER}`;
      return { type: 'string', pattern: `^\\s*${point}(?:\\s*;\\s*${point})*\\s*;?\\s*$` };
    }
    case 'url':
      return { type: 'string', pattern: '^https?://\\S+$' };
  }
}

function tableSchema(file: string, columns: readonly ColumnSpec[]): JsonSchema {
  return {
    $schema: DIALECT,
    title: `${file}: one data row`,
    description:
      `One data row of ${file} (docs/dataset-format.md). Validate each row as an object of its NON-EMPTY cells ` +
      'keyed by the header, with number cells read as numbers (ajv: `coerceTypes: true`). Required columns the ' +
      `header must have: ${columns
        .filter((column) => column.column === 'required')
        .map((column) => column.name)
        .join(', ')}. Rules across cells and files (a border crossing needs far_country, every reference resolves, ` +
      'ways join two different nodes…) are the loader’s.',
    type: 'object',
    properties: Object.fromEntries(
      columns.map((column) => [column.name, { ...cellSchema(column.spec), description: column.description }]),
    ),
    required: columns.filter((column) => column.cell === 'required').map((column) => column.name),
    additionalProperties: false,
  };
}

function jsonFileSchema(file: string, schema: z.ZodType, description: string): JsonSchema {
  const { $schema: _dialect, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return { $schema: DIALECT, title: file, description, ...body };
}

/** The JSON files of the format with the schemas the loader reads them with, and what each holds. */
function jsonFiles(): readonly (readonly [file: string, schema: z.ZodType, description: string])[] {
  const parts = datasetPartSchemas();
  const scenarios = scenarioSchemas();
  return [
    [DATASET_FILES.manifest, parts.manifestFile, 'The dataset manifest: format version, name and description.'],
    [
      DATASET_FILES.services,
      parts.servicesFile,
      'Timetabled services: their stops, capacity, frequency or departures, and rates.',
    ],
    [DATASET_FILES.corridors, parts.corridorsFile, 'Named corridors: groups of services reported together.'],
    [DATASET_FILES.calibration, parts.calibrationFile, 'Published volumes the assignment is checked against.'],
    [
      DATASET_FILES.scenarios,
      scenarios.scenariosFile,
      'Preset scenarios: named, sourced sets of edits to the network.',
    ],
    [
      'scenario.json',
      scenarios.userScenario,
      'One scenario of your own (`corridor scenario my.json`, the dashboard’s import): edits to the network.',
    ],
  ];
}

/**
 * The published JSON Schemas (draft 2020-12) of every file of a dataset, generated from the schemas the loader
 * checks with: the zod schemas of the JSON files and the column table of the CSV files (`TABLE_COLUMNS`). Keyed
 * by file name, plus `scenario.json` for a file of one user scenario (`corridor scenario my.json`). Written to
 * `@corridor/core/schema/dataset/<name>.schema.json` by the build.
 * @returns the schemas, in a fixed order
 * @example
 * ```ts
 * import { datasetJsonSchemas } from '@corridor/core/load';
 *
 * const schemas = datasetJsonSchemas();
 * console.log(Object.keys(schemas).length); // → 15
 * console.log(schemas['road-links.csv']?.required); // → [ 'id', 'from', 'to', 'detour_factor', 'sources' ]
 * ```
 */
export function datasetJsonSchemas(): Readonly<Record<string, JsonSchema>> {
  const json = Object.fromEntries(
    jsonFiles().map(([file, schema, description]) => [file, jsonFileSchema(file, schema, description)]),
  );
  const tables = Object.fromEntries(
    Object.entries(TABLE_COLUMNS).map(([file, columns]) => [file, tableSchema(file, columns)]),
  );
  return { ...json, ...tables };
}
