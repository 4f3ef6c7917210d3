// Writes the published JSON Schemas (draft 2020-12) of @corridor/core into schema/:
// - schema/dataset/<file>.schema.json: every dataset file, from the loader's own schemas (`datasetJsonSchemas`);
// - schema/requests.schema.json: the engine's requests (route, assign, maxflow, scenario comparison, places),
//   from its zod schemas, as the CLI, the dashboard and the HTTP API take them;
// - schema/answers.schema.json: the engine's answers as they go on the wire (`answerJson`: a figure that is not
//   finite is null), generated from its TypeScript answer types.
// Run by `pnpm build` after tsc (it reads dist/). The files are checked in; a test fails when they drift
// (`dataset-json-schemas.test.ts`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';
import { z } from 'zod';
import {
  AssignRequestSchema,
  DistanceRequestSchema,
  MaxFlowRequestSchema,
  PlacesRequestSchema,
  RouteRequestSchema,
  ScenarioCompareRequestSchema,
} from '../dist/engine/index.js';
import { datasetJsonSchemas } from '../dist/load/index.js';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` writes elsewhere (the drift test compares a fresh copy with the checked-in one).
const outFlag = process.argv.indexOf('--out');
const out = outFlag === -1 ? join(root, 'schema') : process.argv[outFlag + 1];

/** JSON with sorted keys inside `$defs`, two-space indented: the same schemas always give the same bytes. */
function write(path, schema) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
}

const sortedKeys = (record) =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );

// The dataset files.
const dataset = datasetJsonSchemas();
for (const [file, schema] of Object.entries(dataset)) {
  write(join(out, 'dataset', `${file.replace(/\.(csv|json)$/, '')}.schema.json`), schema);
}

// The requests.
const REQUESTS = {
  RouteRequest: RouteRequestSchema,
  AssignRequest: AssignRequestSchema,
  MaxFlowRequest: MaxFlowRequestSchema,
  ScenarioCompareRequest: ScenarioCompareRequestSchema,
  PlacesRequest: PlacesRequestSchema,
  DistanceRequest: DistanceRequestSchema,
};
const requestDefs = Object.fromEntries(
  Object.entries(REQUESTS).map(([name, schema]) => {
    const { $schema: _dialect, ...body } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
    return [name, body];
  }),
);
write(join(out, 'requests.schema.json'), {
  $schema: DIALECT,
  title: 'Corridor engine requests',
  description:
    'The requests of the engine of @corridor/core (createEngine), as the library, the CLI and the HTTP API take them.',
  $defs: sortedKeys(requestDefs),
});

// The answers, from the TypeScript declarations.
const ANSWERS = [
  'RouteAnswer',
  'DistanceAnswer',
  'AssignmentAnswer',
  'MaxFlowAnswer',
  'ScenarioAnswer',
  'EndpointOption',
  'Source',
  'ErrorBody',
];
const generator = createGenerator({
  path: join(root, 'src', 'engine', 'answer-types.ts'),
  tsconfig: join(root, 'tsconfig.json'),
  type: '*',
  expose: 'export',
  topRef: true,
  jsDoc: 'basic',
  skipTypeCheck: true,
  additionalProperties: true,
});
const definitions = {};
for (const type of ANSWERS) Object.assign(definitions, generator.createSchema(type).definitions ?? {});

/**
 * The generator's draft-07 output made draft 2020-12 and made the wire format: `$defs` references, tuples as
 * `prefixItems`, and every number nullable (answerJson writes a figure that is not finite as null).
 */
function toWire(node) {
  if (Array.isArray(node)) return node.map(toWire);
  if (node === null || typeof node !== 'object') return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') result[key] = value.replace('#/definitions/', '#/$defs/');
    else if (key === 'items' && Array.isArray(value)) {
      result.prefixItems = value.map(toWire);
      result.items = false;
    } else if (key === 'maxItems' && Array.isArray(node.items)) continue;
    else if (key === 'type' && value === 'number') result[key] = ['number', 'null'];
    else if (key === 'type' && Array.isArray(value) && value.includes('number') && !value.includes('null'))
      result[key] = [...value, 'null'];
    else result[key] = toWire(value);
  }
  return result;
}
write(join(out, 'answers.schema.json'), {
  $schema: DIALECT,
  title: 'Corridor engine answers',
  description:
    'The answers of the engine of @corridor/core as JSON (answerJson): the CLI’s --json and the HTTP API’s bodies. ' +
    'Figures are rounded by the unit in their name; a figure that is not finite is null.',
  $defs: sortedKeys(toWire(definitions)),
});
console.log(
  `schema/: ${Object.keys(dataset).length} dataset files, ${Object.keys(requestDefs).length} requests, ${Object.keys(definitions).length} answer definitions`,
);
