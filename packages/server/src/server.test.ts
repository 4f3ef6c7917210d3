/**
 * The HTTP API tested as a client sees it: the real server listening on 127.0.0.1 on a free port, called with a
 * real HTTP client (Node's fetch), every response checked against the OpenAPI document it serves.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './create-server.js';

let server: FastifyInstance;
let base = '';
let document: {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
};
const ajv = new Ajv2020({ strict: false, allErrors: true });

/** JSON pointer escaping (RFC 6901). */
const pointerToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** The pointer to the response schema the document declares for a path template, method, status and media type. */
function declared(template: string, method: string, status: number, media: string): string {
  const operation = document.paths[template]?.[method.toLowerCase()];
  if (operation?.responses[String(status)]?.content?.[media]?.schema === undefined) {
    throw new Error(`the document declares no ${status} ${media} for ${method} ${template}`);
  }
  return `openapi#/paths/${pointerToken(template)}/${method.toLowerCase()}/responses/${status}/content/${pointerToken(media)}/schema`;
}

/** Calls the server and checks the response against the document: the contract test. */
async function call(template: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${base}${path}`, init);
  const media = (response.headers.get('content-type') ?? '').split(';')[0] as string;
  const text = await response.text();
  const body = media.includes('json') ? (JSON.parse(text) as unknown) : text;
  const validate = ajv.getSchema(declared(template, init.method ?? 'GET', response.status, media));
  if (validate === undefined) throw new Error(`${path}: no schema`);
  if (!validate(body))
    throw new Error(`${path}: the response does not match the document: ${ajv.errorsText(validate.errors)}`);
  return { status: response.status, media, body: body as Record<string, unknown>, text, headers: response.headers };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

beforeAll(async () => {
  server = await createServer({ limits: { workMs: 60_000 } });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
  document = (await (await fetch(`${base}/openapi.json`)).json()) as typeof document;
  ajv.addSchema({ $id: 'openapi', ...document } as object);
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('corridor serve', { timeout: 60_000 }, () => {
  it('listens on loopback and says it is healthy', async () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    const { status, body } = await call('/healthz', '/healthz');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', dataset: 'Fujian corridors' });
  });

  it('serves an OpenAPI 3.1 document that describes every endpoint it answers', async () => {
    const { body } = await call('/openapi.json', '/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining([
        '/v1/route',
        '/v1/pareto',
        '/v1/assign',
        '/v1/maxflow',
        '/v1/distance',
        '/v1/scenarios/{id}/compare',
        '/v1/network.geojson',
        '/v1/places',
        '/v1/sources/{id}',
        '/healthz',
      ]),
    );
  });

  it('answers a route by GET and by POST alike, with the engine’s answer', async () => {
    const get = await call('/v1/route', '/v1/route?from=Xiamen&to=Duisburg&modes=sea,rail&teu=2&alternatives=2');
    const post = await call(
      '/v1/route',
      '/v1/route',
      json({ from: 'Xiamen', to: 'Duisburg', modes: ['sea', 'rail'], teu: 2, alternatives: 2 }),
    );
    expect(get.status).toBe(200);
    expect(get.text).toBe(post.text);
    expect((get.body.ends as { from: { id: string } }).from.id).toBe('CNXMN');
    expect((get.body.itineraries as unknown[]).length).toBeGreaterThanOrEqual(1);
  });

  it('answers no route as a 200 with the reason, not as an error', async () => {
    const { status, body } = await call('/v1/route', '/v1/route?from=Xiamen&to=Los%20Angeles&modes=rail');
    expect(status).toBe(200);
    expect((body.noRoute as { reason: string }).reason.length).toBeGreaterThan(0);
  });

  it('refuses a bad request with RFC 9457 problem details naming every field', async () => {
    const { status, media, body } = await call(
      '/v1/route',
      '/v1/route',
      json({ from: 'Xiamen', to: 'Hamburg', modes: ['rial'], teu: -2 }),
    );
    expect(status).toBe(404);
    expect(media).toBe('application/problem+json');
    expect(body).toMatchObject({ status: 404, code: 'unknown-reference' });
    const issues = body.issues as { field: string; fix?: string }[];
    expect(issues.map((i) => i.field)).toEqual(['teu', 'modes[0]']);
    expect(issues[1]?.fix).toMatch(/rail/);
  });

  it('refuses malformed JSON, an oversized body and an unknown endpoint in the same shape', async () => {
    const malformed = await call('/v1/route', '/v1/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"from":',
    });
    expect(malformed.status).toBe(400);
    const huge = await call('/v1/route', '/v1/route', json({ from: 'x'.repeat(2 << 20), to: 'y' }));
    expect(huge.status).toBe(413);
    // A body nested 8,000 levels deep (issue 15): refused by name, not a 500 from a stack overflow.
    const deep = `{"from":"Xiamen","to":"Hamburg","modes":${'['.repeat(8_000)}${']'.repeat(8_000)}}`;
    const nested = await call('/v1/route', '/v1/route', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: deep,
    });
    expect(nested.status).toBe(400);
    expect((nested.body.issues as { message: string }[])[0]?.message).toBe('nested deeper than 32 levels');
    const response = await fetch(`${base}/v2/route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('measures the sea distance round the Cape by GET and POST alike, and refuses rail passages by name', async () => {
    const get = await call('/v1/distance', '/v1/distance?from=Xiamen&to=Rotterdam&avoidPassages=suez,bab-el-mandeb');
    const post = await call(
      '/v1/distance',
      '/v1/distance',
      json({ from: 'Xiamen', to: 'Rotterdam', avoidPassages: ['suez', 'bab-el-mandeb'] }),
    );
    expect(get.status).toBe(200);
    expect(get.text).toBe(post.text);
    expect(get.body).toMatchObject({ from: 'CNXMN', to: 'NLRTM', mode: 'sea' });
    expect(get.body.passages).toContain('cape-of-good-hope');
    const rail = await call('/v1/distance', '/v1/distance?from=Xiamen&to=Duisburg&mode=rail&avoidPassages=suez');
    expect(rail.status).toBe(400);
    expect((rail.body.issues as { field: string }[])[0]?.field).toBe('avoidPassages');
  });

  it('measures corridor capacity', async () => {
    const { body } = await call('/v1/maxflow', '/v1/maxflow?from=region:fujian&to=region:eu&modes=rail');
    expect(body.maxFlowTeuPerWeek).toBeGreaterThan(0);
  });

  it('finds places in both languages and gives a source by id', async () => {
    const places = await call('/v1/places', `/v1/places?q=${encodeURIComponent('杜伊斯堡')}`);
    expect((places.body as unknown as { id: string }[])[0]?.id).toBe('DEDUI');
    const source = await call('/v1/sources/{id}', '/v1/sources/S01');
    expect(source.body.id).toBe('S01');
    const unknown = await call('/v1/sources/{id}', '/v1/sources/S9999');
    expect(unknown.status).toBe(404);
  });

  it('draws a route as GeoJSON, lines cut at the antimeridian', async () => {
    const { media, body } = await call('/v1/route.geojson', '/v1/route.geojson?from=Xiamen&to=Los%20Angeles&modes=sea');
    expect(media).toBe('application/geo+json');
    const features = body.features as { id: string; geometry: { type: string; coordinates: unknown } }[];
    expect(features.some((f) => f.geometry.type === 'MultiLineString')).toBe(true);
    const longitudes =
      JSON.stringify(features.map((f) => f.geometry.coordinates)).match(/-?\d+(\.\d+)?(?=,-?\d)/g) ?? [];
    expect(longitudes.every((lon) => Math.abs(Number(lon)) <= 180)).toBe(true);
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
  });

  it('draws the network as GeoJSON', async () => {
    const { media, body } = await call('/v1/network.geojson', '/v1/network.geojson?part=terminals');
    expect(media).toBe('application/geo+json');
    expect((body.features as unknown[]).length).toBeGreaterThan(50);
  });

  it('runs an assignment on a worker thread, streaming its progress as server-sent events', async () => {
    const response = await fetch(`${base}/v1/assign`, {
      ...json({ history: false }),
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const events = (await response.text()).split('\n\n').filter((e) => e !== '');
    const names = events.map((e) => /^event: (\w+)/.exec(e)?.[1]);
    expect(names.filter((n) => n === 'progress').length).toBeGreaterThan(0);
    expect(names.at(-1)).toBe('answer');
    const answer = JSON.parse((events.at(-1) as string).split('\ndata: ')[1] as string) as { calibration: unknown[] };
    expect(ajv.validate({ $ref: 'openapi#/components/schemas/AssignmentAnswer' }, answer)).toBe(true);
    // The event loop stayed free: a route is answered while an assignment runs.
    const [route] = await Promise.all([
      fetch(`${base}/v1/route?from=Xiamen&to=Hamburg`),
      fetch(`${base}/v1/assign?history=false`),
    ]);
    expect(route.status).toBe(200);
  }, 120_000);

  it('compares a preset scenario with the base', async () => {
    const { status, body } = await call(
      '/v1/scenarios/{id}/compare',
      '/v1/scenarios/suez-closure/compare?objective=cost',
      { method: 'GET' },
    );
    expect(status).toBe(200);
    expect((body.summary as string[]).length).toBeGreaterThan(0);
    const unknown = await call('/v1/scenarios/{id}/compare', '/v1/scenarios/suez-closur/compare');
    expect(unknown.status).toBe(404);
    expect((unknown.body.issues as { fix: string }[])[0]?.fix).toMatch(/suez-closure/);
  }, 60_000);
});

describe('the contract check itself', () => {
  it('refuses a body that breaks the document', () => {
    const validate = ajv.getSchema(declared('/v1/route', 'GET', 200, 'application/json'));
    expect(validate?.({ ends: {}, itineraries: 'none', snaps: [] })).toBe(false);
  });
});

describe('limits', () => {
  it('stops a long answer at the time limit with a 503 problem that says so', async () => {
    const strict = await createServer({ limits: { workMs: 1 } });
    await strict.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = strict.server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${address.port}/v1/assign`);
      expect(response.status).toBe(503);
      const problem = (await response.json()) as { detail: string };
      expect(problem.detail).toMatch(/longer than the server's limit of 0.001 s/);
    } finally {
      await strict.close();
    }
  }, 60_000);
});
