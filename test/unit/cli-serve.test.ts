// `corridor serve` run as a user runs it: the built binary in its own process, on a free loopback port, called
// with a real HTTP client, then stopped with SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'cli', 'dist', 'bin.js');

describe('corridor serve', () => {
  it('prints its loopback address, answers the README’s route request, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const address = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const match = /serving the HTTP API on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match !== null) resolve(match[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code} before listening: ${out}`)));
      });
      const response = await fetch(`${address}/v1/route?from=Xiamen&to=Duisburg&modes=rail`);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { itineraries: { modes: string[] }[] };
      expect(answer.itineraries[0]?.modes).toContain('rail');
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
      expect(out).toMatch(/corridor: stopped/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('refuses a port out of range as a usage error (exit 2)', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '70000'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(err).toMatch(/--port: "70000"/);
  }, 30_000);
});
