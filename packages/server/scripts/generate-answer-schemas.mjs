// Writes dist/answer-schemas.json: JSON Schemas (draft 2020-12 compatible) of the engine's answer types, generated
// from @corridor/core's TypeScript declarations, so the OpenAPI document describes responses from the same types
// the engine returns (the request schemas come from the engine's zod schemas at run time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const here = dirname(fileURLToPath(import.meta.url));
const core = join(here, '..', '..', 'core');
/** The answer types the API returns, by the name the OpenAPI document uses. */
const TYPES = [
  'RouteAnswer',
  'AssignmentAnswer',
  'MaxFlowAnswer',
  'ScenarioAnswer',
  'EndpointOption',
  'Source',
  'ErrorBody',
];

const generator = createGenerator({
  path: join(core, 'src', 'engine', 'answer-types.ts'),
  tsconfig: join(core, 'tsconfig.json'),
  type: '*',
  expose: 'export',
  topRef: true,
  jsDoc: 'basic',
  skipTypeCheck: true,
  additionalProperties: true,
});
const definitions = {};
for (const type of TYPES) {
  const schema = generator.createSchema(type);
  Object.assign(definitions, schema.definitions ?? {});
}
const out = join(here, '..', 'dist', 'answer-schemas.json');
mkdirSync(dirname(out), { recursive: true });
// Sorted keys: the same types always give the same bytes.
const sorted = Object.fromEntries(
  Object.keys(definitions)
    .sort()
    .map((key) => [key, definitions[key]]),
);
writeFileSync(out, `${JSON.stringify({ definitions: sorted }, null, 1)}\n`);
console.log(`answer-schemas.json: ${Object.keys(sorted).length} definitions`);
