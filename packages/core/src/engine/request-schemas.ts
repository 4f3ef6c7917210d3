/**
 * The requests the engine answers, as zod schemas: one definition that checks a request (from the library, the
 * CLI, the dashboard's worker or HTTP) and, through `z.toJSONSchema`, documents it in the server's OpenAPI
 * document. Ranges are physical and documented; what only the network can tell (an unknown place, a terminal id)
 * is checked after, against the network.
 */
import { z } from 'zod';
import { ASSIGNMENT_METHODS } from '../flow/index.js';
import { CONTAINER_TYPES, OBJECTIVES } from '../model/itinerary.js';
import { MODES, PASSAGE_IDS } from '../model/network.js';
import { MAX_ALTERNATIVES, MAX_SHIPMENT_TEU, MAX_SHIPMENT_TONNES, MAX_TRANSFERS } from '../model/query-limits.js';
import { parseDepart } from '../routing/index.js';

/** The longest text an id or a name may have. */
export const MAX_NAME_LENGTH = 200;

const name = z
  .string()
  .trim()
  .min(1, { error: 'is empty' })
  .max(MAX_NAME_LENGTH, { error: `is longer than ${MAX_NAME_LENGTH} characters` });

/** A place or terminal (id, UN/LOCODE, IATA code, English or Chinese name, or `lon,lat`), or a position. */
export const EndpointSchema = z
  .union([name, z.object({ position: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]) }).strict()])
  .meta({
    description:
      'A place or terminal: id, UN/LOCODE, IATA code, English or Chinese name, or "lon,lat"; or {"position":[lon,lat]}',
    examples: ['Xiamen', 'DEDUI', '118.07,24.48'],
  });

/** The fields of a route query: the library's `RouteQuery`, field for field. */
const routeFields = {
  from: EndpointSchema,
  to: EndpointSchema,
  objective: z.enum(OBJECTIVES).optional().meta({ description: 'what to minimise (default time)' }),
  teu: z.number().positive().max(MAX_SHIPMENT_TEU).optional().meta({ description: 'shipment size in TEU (default 1)' }),
  tonnes: z
    .number()
    .positive()
    .max(MAX_SHIPMENT_TONNES)
    .optional()
    .meta({ description: 'shipment mass in tonnes, instead of teu' }),
  container: z
    .enum(CONTAINER_TYPES)
    .optional()
    .meta({ description: 'what the boxes are: dry (default) or reefer (costed with the sourced reefer surcharge)' }),
  modes: z.array(z.enum(MODES)).min(1).optional().meta({ description: 'modes the route may use (default all)' }),
  avoidPassages: z.array(z.enum(PASSAGE_IDS)).optional().meta({ description: 'passages the route may not use' }),
  avoidTerminals: z.array(name).optional().meta({ description: 'terminal ids the route may not use' }),
  avoidCountries: z
    .array(
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/, { error: 'not an ISO 3166-1 alpha-2 code; e.g. RU, BY, EG' }),
    )
    .optional()
    .meta({ description: 'ISO 3166-1 alpha-2 codes of countries not to cross or call at' }),
  maxTransfers: z.number().int().min(0).max(MAX_TRANSFERS).optional().meta({ description: 'most changes of vehicle' }),
  via: name.optional().meta({ description: 'a place or terminal the route must pass through' }),
  depart: z
    .string()
    .max(40)
    .refine((text) => parseDepart(text) !== undefined, {
      error: 'not a date; use YYYY-MM-DD or an ISO 8601 date-time such as 2026-12-01T08:00Z',
      params: { code: 'invalid-format', expected: 'date' },
    })
    .optional()
    .meta({ description: 'departure, YYYY-MM-DD (UTC) or ISO 8601: timed search on the timetables' }),
  alternatives: z
    .number()
    .int()
    .min(1)
    .max(MAX_ALTERNATIVES)
    .optional()
    .meta({ description: `how many materially different routes (1 to ${MAX_ALTERNATIVES}, default 1)` }),
  geometry: z.boolean().optional().meta({ description: 'include each leg’s line (default false)' }),
};

/** A shipment is given in TEU or in tonnes, not both. */
const oneShipment = (q: { teu?: number | undefined; tonnes?: number | undefined }) =>
  q.teu === undefined || q.tonnes === undefined;

/** A route query: the library's `RouteQuery`, field for field, and whether to return the legs' lines. */
export const RouteRequestSchema = z
  .object(routeFields)
  .strict()
  .refine(oneShipment, {
    error: 'give teu or tonnes, not both',
    path: ['tonnes'],
    params: { code: 'inconsistent', rule: 'teu-or-tonnes' },
  });
/** A route or Pareto request, as callers write it (see {@link RouteRequestSchema}). */
export type RouteRequest = z.input<typeof RouteRequestSchema>;

/** An assignment of the dataset's demand (or a given one) on the network. */
export const AssignRequestSchema = z
  .object({
    method: z.enum(ASSIGNMENT_METHODS).optional().meta({ description: 'assignment method (default equilibrium)' }),
    gap: z
      .number()
      .gt(0, { error: 'must be between 0 and 1; e.g. 1e-4' })
      .lt(1, { error: 'must be between 0 and 1; e.g. 1e-4' })
      .optional()
      .meta({ description: 'equilibrium: stop at this relative gap (default 1e-4)' }),
    maxIterations: z
      .number()
      .int({ error: 'must be a whole number from 1 to 100000; e.g. 200' })
      .min(1, { error: 'must be a whole number from 1 to 100000; e.g. 200' })
      .max(100_000, { error: 'must be a whole number from 1 to 100000; e.g. 200' })
      .optional()
      .meta({ description: 'equilibrium: most iterations (default 200)' }),
    select: name.optional().meta({ description: 'an element id: the OD pairs whose flow passes it' }),
    history: z.boolean().optional().meta({ description: 'include the iteration history (default true)' }),
  })
  .strict()
  .superRefine((request, context) => {
    // Gap and iterations steer the equilibrium only; elsewhere they would be silently ignored.
    if (request.method === undefined || request.method.startsWith('equilibrium')) return;
    for (const field of ['gap', 'maxIterations'] as const) {
      if (request[field] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: 'applies to the equilibrium methods only; drop it or use method equilibrium',
          params: { code: 'not-applicable', rule: 'equilibrium-only' },
        });
      }
    }
  });
/** An assignment request, as callers write it (see {@link AssignRequestSchema}). */
export type AssignRequest = z.input<typeof AssignRequestSchema>;

/** Corridor capacity between two sets of places. */
export const MaxFlowRequestSchema = z
  .object({
    from: name.meta({ description: 'origin places, comma-separated, or region:<name> (region:fujian)' }),
    to: name.meta({ description: 'destination places, likewise (region:eu)' }),
    modes: z
      .array(z.enum(['sea', 'rail', 'road']))
      .min(1)
      .optional()
      .meta({ description: 'modes the corridor may use (default sea, rail, road; boxes do not fly)' }),
  })
  .strict();
/** A corridor capacity request, as callers write it (see {@link MaxFlowRequestSchema}). */
export type MaxFlowRequest = z.input<typeof MaxFlowRequestSchema>;

/** One route of a scenario comparison: any field of a route query but the answer's options. */
const { geometry: _geometry, alternatives: _alternatives, ...scenarioRouteFields } = routeFields;
const ScenarioRouteSchema = z
  .object(scenarioRouteFields)
  .strict()
  .refine(oneShipment, {
    error: 'give teu or tonnes, not both',
    path: ['tonnes'],
    params: { code: 'inconsistent', rule: 'teu-or-tonnes' },
  });

/** A scenario compared with the base network. */
export const ScenarioCompareRequestSchema = z
  .object({
    routes: z
      .array(ScenarioRouteSchema)
      .max(100)
      .optional()
      .meta({ description: 'OD pairs to compare (default: a set of the dataset’s main pairs by sea and rail)' }),
    objective: z.enum(OBJECTIVES).optional().meta({ description: 'objective of the compared routes (default cost)' }),
    assign: z.boolean().optional().meta({ description: 'also compare the assignments (slow: seconds)' }),
    modes: z.array(z.enum(MODES)).min(1).optional().meta({
      description: 'modes of the routes that name none, and of the default pairs (default: by sea, rail, any)',
    }),
    locale: z.enum(['en', 'zh']).optional().meta({ description: 'language of the summary (default en)' }),
    perMode: z
      .boolean()
      .optional()
      .meta({ description: 'compare each route held to no mode by sea, by rail and by any mode (default true)' }),
  })
  .strict();
/** A scenario comparison request, as callers write it (see {@link ScenarioCompareRequestSchema}). */
export type ScenarioCompareRequest = z.input<typeof ScenarioCompareRequestSchema>;

/** The shortest infrastructure distance between two places or terminals, whatever services run. */
export const DistanceRequestSchema = z
  .object({
    from: name.meta({ description: 'a place or terminal: id, UN/LOCODE, IATA code, English or Chinese name' }),
    to: name.meta({ description: 'a place or terminal, likewise' }),
    mode: z
      .enum(MODES)
      .optional()
      .meta({ description: 'what to measure on: sea lanes, rail, road or air (default sea)' }),
    avoidPassages: z
      .array(z.enum(PASSAGE_IDS))
      .optional()
      .meta({ description: 'passages a sea path may not use (sea only)' }),
  })
  .strict()
  .superRefine((request, context) => {
    const mode = request.mode ?? 'sea';
    // Passages are on sea lanes: on another mode they would be silently ignored.
    if ((request.avoidPassages?.length ?? 0) > 0 && mode !== 'sea') {
      context.addIssue({
        code: 'custom',
        path: ['avoidPassages'],
        message: `passages are on sea lanes only, so they change no ${mode} distance; drop them`,
        params: { code: 'not-applicable', rule: 'passages-sea-only', mode },
      });
    }
  });
/** A distance request, as callers write it (see {@link DistanceRequestSchema}). */
export type DistanceRequest = z.input<typeof DistanceRequestSchema>;

/** A search of places and terminals by code or name. */
export const PlacesRequestSchema = z
  .object({
    q: z
      .string()
      .max(MAX_NAME_LENGTH)
      .optional()
      .meta({ description: 'what to search: code, English or Chinese name' }),
    limit: z.number().int().min(1).max(100).optional().meta({ description: 'most matches (default 12)' }),
  })
  .strict();
/** A places search, as callers write it (see {@link PlacesRequestSchema}). */
export type PlacesRequest = z.input<typeof PlacesRequestSchema>;
