// The HTTP API's load test (`pnpm bench:http`): `corridor serve` in its own process, driven by autocannon with a
// mix of Fujian route requests, side by side with the same requests answered in-process by the engine. Reports
// throughput and p50 / p99 latency. Never part of `npm test` (timings on a shared machine are not pass/fail).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type RouteRequest } from '@corridor/core/engine';
import { fujianNetwork } from '@corridor/data';
import autocannon from 'autocannon';
import { timeEach } from './timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');

/** The request mix: the corridors' main pairs, by objective and mode, 2 TEU (as the route benchmarks). */
const REQUESTS: readonly RouteRequest[] = [
  { from: 'Xiamen', to: 'Duisburg', teu: 2 },
  { from: 'Xiamen', to: 'Rotterdam', teu: 2, objective: 'cost' },
  { from: 'Xiamen', to: 'Hamburg', teu: 2, modes: ['rail'] },
  { from: 'Fuzhou', to: 'Moscow', teu: 2, objective: 'balanced' },
  { from: 'Xiamen', to: 'Los Angeles', teu: 2, objective: 'cost' },
  { from: 'Chengdu', to: 'Singapore', teu: 2 },
  { from: 'Nanchang', to: 'Kaohsiung', teu: 2, objective: 'cost' },
  { from: 'Xiamen', to: 'Piraeus', teu: 2, objective: 'co2' },
];

/** A request as a query string. */
function path(request: RouteRequest): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(request))
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  return `/v1/route?${params}`;
}

/** Starts `corridor serve --port 0` and resolves to its address once it listens. */
async function startServer(): Promise<{ address: string; stop: () => void }> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const address = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match !== null) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`corridor serve exited ${code}: ${out}`)));
  });
  return { address, stop: () => child.kill('SIGTERM') };
}

const connections = Number(process.env.CONNECTIONS ?? 8);
const durationS = Number(process.env.DURATION_S ?? 20);

const engine = createEngine(fujianNetwork);
const inProcess = timeEach(REQUESTS, (request) => engine.route(request), 200, 5);
console.log(
  `in-process engine.route: p50 ${inProcess.p50Ms.toFixed(2)} ms, p99 ${inProcess.p99Ms.toFixed(2)} ms, ` +
    `${(1000 / inProcess.meanMs).toFixed(0)} requests/s on one core`,
);

const server = await startServer();
try {
  // Warm the server's caches and JIT as the in-process run was warmed.
  for (let round = 0; round < 5; round++)
    for (const r of REQUESTS) await (await fetch(`${server.address}${path(r)}`)).text();
  const result = await autocannon({
    url: server.address,
    connections,
    duration: durationS,
    requests: REQUESTS.map((r) => ({ method: 'GET', path: path(r) })),
  });
  const http = {
    connections,
    durationS,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    total: result.requests.total,
  };
  console.log(
    `HTTP GET /v1/route (${connections} connections, ${durationS} s): ${http.requestsPerSecond.toFixed(0)} requests/s, ` +
      `p50 ${http.p50Ms} ms, p99 ${http.p99Ms} ms, ${http.total} requests, ${http.non2xx} non-2xx, ${http.errors} errors`,
  );
  writeFileSync(
    join(root, '.reports', 'bench-http.json'),
    `${JSON.stringify({ inProcess, http, requests: REQUESTS }, null, 2)}\n`,
  );
} finally {
  server.stop();
}
