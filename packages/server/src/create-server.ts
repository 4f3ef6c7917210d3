import { MessageChannel } from 'node:worker_threads';
import type { Network } from '@corridor/core';
import { answerJson, createEngine, type ErrorBody, errorBody } from '@corridor/core/engine';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Piscina } from 'piscina';
import type { WorkerResult, WorkerTask } from './assign-worker.js';
import { loadServerNetwork } from './load-network.js';
import { openApiDocument, REQUEST_SCHEMAS } from './openapi-document.js';
import { problemDetails } from './problem-details.js';
import { queryRequest } from './query-request.js';

/** Limits of one server; every one has a default fit for a public replica. */
export interface ServerLimits {
  /** Largest request body, bytes (default 1 MiB: a scenario with routes is a few KB). */
  readonly bodyBytes?: number;
  /** Longest an assignment or a scenario comparison may run on a worker thread, ms (default 120 s). */
  readonly workMs?: number;
  /** Longest a client may take to send its request, ms (default 10 s). */
  readonly receiveMs?: number;
  /** Worker threads for long answers (default 1: one core left for the event loop on a 2-core machine). */
  readonly workers?: number;
}

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** A dataset folder; the bundled Fujian dataset when absent. */
  readonly dataDir?: string;
  readonly limits?: ServerLimits;
  /** Log requests (pino, as Fastify does); default off. */
  readonly logger?: boolean;
}

const DEFAULT_BODY_BYTES = 1 << 20;
const DEFAULT_WORK_MS = 120_000;
const DEFAULT_RECEIVE_MS = 10_000;

/** The worker module: from `dist` whether this file runs from `src` (tests) or `dist`. */
const WORKER = new URL('../dist/assign-worker.js', import.meta.url).href;

function sendProblem(reply: FastifyReply, body: ErrorBody, status?: number): FastifyReply {
  const problem = problemDetails(body, status);
  return reply.code(problem.status).type('application/problem+json').send(answerJson(problem));
}

/** The request of a GET (query string) or POST (JSON body). */
function requestOf(request: FastifyRequest, schema: keyof typeof REQUEST_SCHEMAS): unknown {
  if (request.method === 'POST') return request.body ?? {};
  const properties = (REQUEST_SCHEMAS[schema].properties ?? {}) as Parameters<typeof queryRequest>[1];
  return queryRequest(request.query as Record<string, string>, properties);
}

/**
 * Creates the HTTP API on one engine (see the OpenAPI document at `/openapi.json`). It keeps no state between
 * requests beyond the engine's caches, so identical replicas behind any load balancer serve alike.
 *
 * @param options - dataset folder, limits, logging
 * @returns the Fastify instance (call `listen`; `close` also stops the worker threads)
 * @example
 * ```ts
 * import { createServer } from '@corridor/server';
 *
 * const server = await createServer(); // the bundled Fujian dataset; dataDir: 'my-dataset' serves your own
 * const reply = await server.inject({ url: '/v1/route?from=Xiamen&to=Duisburg&modes=sea,rail' });
 * console.log(reply.statusCode, reply.json().ends.to.nameEn); // → 200 Duisburg
 * await server.close(); // or: await server.listen({ host: '127.0.0.1', port: 8080 })
 * ```
 */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const limits = options.limits ?? {};
  const network: Network = loadServerNetwork(options.dataDir);
  const engine = createEngine(network);
  const document = openApiDocument(network.name);
  const pool = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: limits.workers ?? 1,
    idleTimeout: 60_000,
  });
  const app = Fastify({
    logger: options.logger === true,
    bodyLimit: limits.bodyBytes ?? DEFAULT_BODY_BYTES,
    requestTimeout: limits.receiveMs ?? DEFAULT_RECEIVE_MS,
  });
  app.addHook('onClose', async () => {
    await pool.destroy();
  });

  // Fastify's own refusals (malformed JSON, a body too large, another media type) in the same shape.
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) return sendProblem(reply, errorBody(error));
    return sendProblem(reply, { code: 'invalid-argument', message: error.message, issues: [] }, status);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      {
        code: 'invalid-argument',
        message: `no endpoint ${request.method} ${request.url.split('?')[0]}; see /openapi.json`,
        issues: [],
      },
      404,
    ),
  );

  /** Answers in-process: the engine's answer as JSON, or its error as problem details. */
  const answer = (reply: FastifyReply, run: () => unknown, media = 'application/json') => {
    let value: unknown;
    try {
      value = run();
    } catch (error) {
      return sendProblem(reply, errorBody(error));
    }
    return reply.type(media).send(answerJson(value));
  };

  /** Runs a long task on a worker thread within the time limit; with SSE, streams its progress. */
  const work = async (request: FastifyRequest, reply: FastifyReply, task: WorkerTask) => {
    const controller = new AbortController();
    const timeLimitMs = limits.workMs ?? DEFAULT_WORK_MS;
    const timer = setTimeout(() => controller.abort(), timeLimitMs);
    const stream = task.kind === 'assign' && (request.headers.accept ?? '').includes('text/event-stream');
    const channel = stream ? new MessageChannel() : undefined;
    const run = async (): Promise<{ result?: WorkerResult; problem?: [ErrorBody, number] }> => {
      try {
        const progress = channel?.port2;
        const result = (await pool.run(progress === undefined ? task : { ...task, progress }, {
          signal: controller.signal,
          ...(progress === undefined ? {} : { transferList: [progress] }),
        })) as WorkerResult;
        return { result };
      } catch (error) {
        if (controller.signal.aborted) {
          const message = `the ${task.kind === 'assign' ? 'assignment' : 'comparison'} took longer than the server's limit of ${timeLimitMs / 1000} s`;
          return { problem: [{ code: 'internal', message, issues: [] }, 503] };
        }
        return { problem: [errorBody(error), 500] };
      } finally {
        clearTimeout(timer);
      }
    };
    if (!stream || channel === undefined) {
      const { result, problem } = await run();
      if (problem !== undefined) return sendProblem(reply, problem[0], problem[1]);
      if (result?.ok !== true) return sendProblem(reply, (result as { error: ErrorBody }).error);
      return reply.type('application/json').send(answerJson(result.answer));
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    const event = (name: string, data: unknown) => raw.write(`event: ${name}\ndata: ${answerJson(data).trimEnd()}\n\n`);
    // A client that goes away stops the work it asked for.
    raw.on('close', () => controller.abort());
    channel.port1.on('message', (progress: unknown) => event('progress', progress));
    const { result, problem } = await run();
    channel.port1.close();
    if (problem !== undefined) event('problem', problemDetails(problem[0], problem[1]));
    else if (result?.ok === true) event('answer', result.answer);
    else event('problem', problemDetails((result as { error: ErrorBody }).error));
    raw.end();
  };

  for (const method of ['GET', 'POST'] as const) {
    app.route({
      method,
      url: '/v1/route',
      handler: (req, reply) => answer(reply, () => engine.route(requestOf(req, 'RouteRequest') as never)),
    });
    app.route({
      method,
      url: '/v1/pareto',
      handler: (req, reply) => answer(reply, () => engine.pareto(requestOf(req, 'RouteRequest') as never)),
    });
    app.route({
      method,
      url: '/v1/route.geojson',
      handler: (req, reply) =>
        answer(reply, () => engine.routeGeoJson(requestOf(req, 'RouteRequest') as never), 'application/geo+json'),
    });
    app.route({
      method,
      url: '/v1/distance',
      handler: (req, reply) => answer(reply, () => engine.distance(requestOf(req, 'DistanceRequest') as never)),
    });
    app.route({
      method,
      url: '/v1/maxflow',
      handler: (req, reply) => answer(reply, () => engine.maxflow(requestOf(req, 'MaxFlowRequest') as never)),
    });
    app.route({
      method,
      url: '/v1/assign',
      handler: (req, reply) =>
        work(req, reply, {
          kind: 'assign',
          ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
          request: requestOf(req, 'AssignRequest') as never,
        }),
    });
    app.route({
      method,
      url: '/v1/scenarios/:id/compare',
      handler: (req, reply) =>
        work(req, reply, {
          kind: 'compare',
          ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
          scenario: (req.params as { id: string }).id,
          request: requestOf(req, 'ScenarioCompareRequest') as never,
        }),
    });
  }
  app.get('/v1/network.geojson', (req, reply) => {
    const { part = 'network' } = req.query as { part?: string };
    const parts = ['network', 'terminals', 'infrastructure', 'services'];
    if (!parts.includes(part)) {
      return sendProblem(reply, {
        code: 'invalid-argument',
        message: 'network request: invalid',
        issues: [
          {
            file: 'network request',
            field: 'part',
            value: part,
            code: 'not-allowed',
            params: { allowed: parts.join(', ') },
            message: 'unknown part',
            fix: `use one of ${parts.join(', ')}`,
          },
        ],
      });
    }
    return answer(reply, () => engine.networkGeoJson({ part: part as 'network' }), 'application/geo+json');
  });
  app.get('/v1/places', (req, reply) => answer(reply, () => engine.places(requestOf(req, 'PlacesRequest') as never)));
  app.get('/v1/sources/:id', (req, reply) => answer(reply, () => engine.source((req.params as { id: string }).id)));
  app.get('/healthz', (_req, reply) =>
    answer(reply, () => ({ status: 'ok', dataset: network.name, places: network.places.length })),
  );
  app.get('/openapi.json', (_req, reply) => reply.type('application/json').send(`${JSON.stringify(document)}\n`));
  return app;
}
