import { CorridorError } from '@corridor/core';
import { createServer } from '@corridor/server';
import { Command } from 'commander';
import type { CliOutput } from '../run-cli.js';

interface ServeOptions {
  host: string;
  port: string;
  data?: string;
  workers?: string;
  log?: boolean;
}

/** A whole number in a range, or a usage error naming the option. */
function whole(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    throw new CorridorError(
      'invalid-argument',
      `serve: ${option}: "${text}" — must be a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * `corridor serve [--host H] [--port P] [--data DIR] [--workers N] [--log]`: the HTTP API on the engine (routes,
 * Pareto, assignment, max-flow, scenarios, network GeoJSON, places, sources; OpenAPI at `/openapi.json`). Listens
 * on 127.0.0.1 unless `--host` says otherwise; `--port 0` takes a free port. Prints the address on one line, then
 * serves until SIGINT or SIGTERM, and closes cleanly (exit 0).
 *
 * @param io - where to write
 * @param signals - the process to watch for SIGINT and SIGTERM (tests pass their own)
 * @returns the commander command
 */
export function serveCommand(io: CliOutput, signals: NodeJS.EventEmitter = process): Command {
  return new Command('serve')
    .description('serve the HTTP API (OpenAPI document at /openapi.json) until interrupted')
    .option('--host <host>', 'address to listen on (default 127.0.0.1: this machine only)', '127.0.0.1')
    .option('--port <port>', 'port to listen on; 0 for any free port', '8080')
    .option('--data <dir>', 'a dataset folder instead of the bundled one')
    .option('--workers <n>', 'worker threads for assignments and scenario comparisons (default 1)')
    .option('--log', 'log each request as JSON lines on stdout')
    .action(async (options: ServeOptions) => {
      const port = whole(options.port, '--port', 0, 65_535);
      const workers = options.workers === undefined ? undefined : whole(options.workers, '--workers', 1, 64);
      const server = await createServer({
        ...(options.data === undefined ? {} : { dataDir: options.data }),
        ...(workers === undefined ? {} : { limits: { workers } }),
        logger: options.log === true,
      });
      const address = await server.listen({ host: options.host, port });
      io.out(`corridor: serving the HTTP API on ${address} (OpenAPI document: ${address}/openapi.json)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          signals.off('SIGINT', stop);
          signals.off('SIGTERM', stop);
          void server.close().then(() => resolve());
        };
        signals.on('SIGINT', stop);
        signals.on('SIGTERM', stop);
      });
      io.out('corridor: stopped\n');
    });
}
