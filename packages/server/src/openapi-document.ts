/**
 * The OpenAPI 3.1 document of the HTTP API, built from the same schemas that check requests (the engine's zod
 * schemas, through `z.toJSONSchema`) and the JSON Schemas of the engine's answers that @corridor/core publishes
 * (`schema/answers.schema.json`, generated from its TypeScript declarations at build time).
 */
import { readFileSync } from 'node:fs';
import {
  AssignRequestSchema,
  DistanceRequestSchema,
  MaxFlowRequestSchema,
  PlacesRequestSchema,
  RouteRequestSchema,
  ScenarioCompareRequestSchema,
} from '@corridor/core/engine';
import { z } from 'zod';

type Json = Record<string, unknown>;

/** A request schema as JSON Schema 2020-12 (the dialect of OpenAPI 3.1). */
export function requestJsonSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json;
  return rest;
}

/** The request schemas by operation, shared by the document and the GET parameter conversion. */
export const REQUEST_SCHEMAS = {
  RouteRequest: requestJsonSchema(RouteRequestSchema),
  AssignRequest: requestJsonSchema(AssignRequestSchema),
  MaxFlowRequest: requestJsonSchema(MaxFlowRequestSchema),
  DistanceRequest: requestJsonSchema(DistanceRequestSchema),
  ScenarioCompareRequest: requestJsonSchema(ScenarioCompareRequestSchema),
  PlacesRequest: requestJsonSchema(PlacesRequestSchema),
} as const;

/** A published answer schema made OpenAPI 3.1: its `$defs` references point into `components/schemas`. */
function toComponents(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toComponents);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json).map(([key, value]) =>
      key === '$ref' && typeof value === 'string'
        ? [key, value.replace('#/$defs/', '#/components/schemas/')]
        : [key, toComponents(value)],
    ),
  );
}

/**
 * The answer schemas, as @corridor/core publishes them (`schema/answers.schema.json`: generated from the engine's
 * answer types, in the wire form where a figure that is not finite is null), read once.
 */
function answerSchemas(): Json {
  const file = new URL(import.meta.resolve('@corridor/core/schema/answers.schema.json'));
  const { $defs } = JSON.parse(readFileSync(file, 'utf8')) as { $defs: Json };
  return toComponents($defs) as Json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });

const PROBLEM = {
  description: 'An error, as RFC 9457 problem details with the engine’s code and every located issue',
  content: { 'application/problem+json': { schema: ref('ProblemDetails') } },
};

/** The error responses every operation may give. */
const ERRORS = {
  '400': PROBLEM,
  '404': PROBLEM,
  '413': PROBLEM,
  '422': PROBLEM,
  '500': PROBLEM,
  '503': PROBLEM,
};

/** A query parameter per request property (lists comma-separated). */
function parameters(request: Json): Json[] {
  const properties = (request.properties ?? {}) as Record<string, Json>;
  const required = new Set((request.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
    ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
  }));
}

/** GET (query parameters) and POST (JSON body) of one request type. */
function getAndPost(
  id: string,
  summary: string,
  request: keyof typeof REQUEST_SCHEMAS,
  answer: string,
  extra: Json[] = [],
) {
  // Each method its own objects: a caller may change one method's responses (see geoJson).
  const responses = () => ({ '200': { description: summary, content: json(ref(answer)) }, ...ERRORS });
  return {
    get: {
      operationId: `${id}Get`,
      summary,
      parameters: [...extra, ...parameters(REQUEST_SCHEMAS[request])],
      responses: responses(),
    },
    post: {
      operationId: `${id}Post`,
      summary,
      parameters: extra,
      requestBody: { required: false, content: json(ref(request)) },
      responses: responses(),
    },
  };
}

/** The same operations answering `application/geo+json`. */
function geoJson(operations: ReturnType<typeof getAndPost>) {
  for (const operation of [operations.get, operations.post]) {
    const ok = operation.responses['200'] as { content: Record<string, unknown> };
    ok.content = { 'application/geo+json': ok.content['application/json'] };
  }
  return operations;
}

/**
 * Builds the OpenAPI 3.1 document.
 *
 * @param datasetName - the dataset the server answers on, for the description
 * @returns the document (served at `/openapi.json`)
 * @example
 * ```ts
 * import { openApiDocument } from '@corridor/server';
 *
 * const document = openApiDocument('Fujian corridors');
 * console.log(document.openapi, Object.keys(document.paths ?? {}).slice(0, 3)); // → 3.1.0 [ '/v1/route', '/v1/route.geojson', '/v1/pareto' ]
 * ```
 */
export function openApiDocument(datasetName: string): Json {
  const assign = getAndPost(
    'assign',
    'The dataset’s demand assigned: utilization, bottlenecks, calibration',
    'AssignRequest',
    'AssignmentAnswer',
  );
  const progress = {
    description:
      'With Accept: text/event-stream: `progress` events ({ iteration, relativeGap }) while the assignment runs, then one `answer` event (the AssignmentAnswer) or one `problem` event (ProblemDetails)',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  };
  for (const method of [assign.get, assign.post])
    (method.responses as Json)['200'] = {
      ...(method.responses['200'] as Json),
      content: { ...json(ref('AssignmentAnswer')), ...progress.content },
    };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Corridor HTTP API',
      version: '1',
      description: `Routes, corridor capacity, assignments and scenarios on the ${datasetName} dataset. Figures carry their units in their names; hours, km, TEU and tonnes are rounded to 0.1, USD and kg to 1; a figure that is not finite is null.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/route': getAndPost(
        'route',
        'The best route and its alternatives, or noRoute with the reason',
        'RouteRequest',
        'RouteAnswer',
      ),
      '/v1/route.geojson': geoJson(
        getAndPost(
          'routeGeoJson',
          'The route’s itineraries as GeoJSON: a line per leg, a point per stop',
          'RouteRequest',
          'FeatureCollection',
        ),
      ),
      '/v1/pareto': getAndPost('pareto', 'The Pareto front over time, cost and CO2e', 'RouteRequest', 'RouteAnswer'),
      '/v1/assign': assign,
      '/v1/distance': getAndPost(
        'distance',
        'The shortest sea, rail, road or great-circle distance between two places or terminals, whatever services run',
        'DistanceRequest',
        'DistanceAnswer',
      ),
      '/v1/maxflow': getAndPost(
        'maxflow',
        'Corridor capacity between two sets of places and its minimum cut',
        'MaxFlowRequest',
        'MaxFlowAnswer',
      ),
      '/v1/scenarios/{id}/compare': getAndPost(
        'compareScenario',
        'A preset scenario against the base network: routes and, asked, flows',
        'ScenarioCompareRequest',
        'ScenarioAnswer',
        [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
            description: 'a preset id of the dataset',
          },
        ],
      ),
      '/v1/network.geojson': {
        get: {
          operationId: 'networkGeoJson',
          summary: 'The network as GeoJSON (RFC 7946)',
          parameters: [
            { name: 'part', in: 'query', schema: { enum: ['network', 'terminals', 'infrastructure', 'services'] } },
          ],
          responses: {
            '200': {
              description: 'A FeatureCollection',
              content: { 'application/geo+json': { schema: ref('FeatureCollection') } },
            },
            ...ERRORS,
          },
        },
      },
      '/v1/places': {
        get: {
          operationId: 'places',
          summary: 'Places and terminals by code or name, in English or Chinese',
          parameters: parameters(REQUEST_SCHEMAS.PlacesRequest),
          responses: {
            '200': {
              description: 'Matches, best first',
              content: json({ type: 'array', items: ref('EndpointOption') }),
            },
            ...ERRORS,
          },
        },
      },
      '/v1/sources/{id}': {
        get: {
          operationId: 'source',
          summary: 'One source of the dataset’s register',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The source', content: json(ref('Source')) }, ...ERRORS },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness: the dataset is loaded and the engine answers',
          responses: { '200': { description: 'Healthy', content: json(ref('Health')) } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
        },
      },
    },
    components: {
      schemas: {
        ...REQUEST_SCHEMAS,
        ...answerSchemas(),
        ProblemDetails: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            message: { type: 'string' },
            issues: { type: 'array', items: ref('InputIssue') },
          },
          required: ['type', 'title', 'status', 'detail', 'code', 'issues'],
        },
        Health: {
          type: 'object',
          properties: { status: { const: 'ok' }, dataset: { type: 'string' }, places: { type: 'integer' } },
          required: ['status', 'dataset'],
        },
        FeatureCollection: {
          type: 'object',
          properties: { type: { const: 'FeatureCollection' }, features: { type: 'array', items: { type: 'object' } } },
          required: ['type', 'features'],
        },
      },
    },
  };
}
