// Runs the built `corridor` binary as a user would, through Node, to prove the bin, its shebang
// and its exit codes work outside vitest's module graph.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'cli', 'dist', 'bin.js');

function corridor(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
}

// Each case spawns the binary (once or twice): ~1–2 s a run alone, several times that on a loaded machine.
describe('the corridor binary', { timeout: 60_000 }, () => {
  it('prints help and exits 0', () => {
    const result = corridor('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Usage: corridor/);
  });

  it('exits 2 on an unknown command, with the suggestion on stderr', () => {
    const result = corridor('sorces');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Did you mean sources\?/);
    expect(result.stdout).toBe('');
  });

  // Regression (issue 15): on main an internal error was rethrown, printed a stack trace and exited 1, like failed
  // work. Here stdout fails with a plain Error on every write (preloaded), a real way for the binary to break.
  it('exits 70 on an internal error, with a line asking the user to report it and no stack trace', () => {
    const preload = join(
      dirname(fileURLToPath(import.meta.url)),
      '..',
      'fixtures',
      'malformed',
      'output',
      'stdout-write-throws.mjs',
    );
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(preload).href, bin, 'sources'], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(70);
    expect(result.stderr).toMatch(/^corridor: internal error: Error: EIO: i\/o error, write\n/);
    expect(result.stderr).toMatch(/please report it/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives byte-identical JSON on two runs', () => {
    const first = corridor('sources', '--json');
    const second = corridor('sources', '--json');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(second.stdout);
  });

  it('distance CNXMN NLRTM --json prints the sea distance via Suez, byte-identical on two runs', () => {
    const first = corridor('distance', 'CNXMN', 'NLRTM', '--json');
    const second = corridor('distance', 'CNXMN', 'NLRTM', '--json');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(second.stdout);
    const result = JSON.parse(first.stdout) as { distanceKm: number; distanceNm: number; passages: string[] };
    expect(result.passages).toContain('suez');
    expect(result.distanceKm).toBeGreaterThan(17_500);
    expect(result.distanceNm).toBeCloseTo(result.distanceKm / 1.852, 0);
  });

  it('route Xiamen Duisburg --json prints valid JSON, byte-identical on two runs', () => {
    const first = corridor('route', 'Xiamen', 'Duisburg', '--json');
    const second = corridor('route', 'Xiamen', 'Duisburg', '--json');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(second.stdout);
    const result = JSON.parse(first.stdout) as { itineraries: { totals: object; legs: object[] }[] };
    expect(result.itineraries).toHaveLength(1);
    expect(Object.keys(result.itineraries[0]?.totals ?? {})).toEqual([
      'durationHours',
      'costUsd',
      'co2eKg',
      'distanceKm',
    ]);
    expect(result.itineraries[0]?.legs.length).toBeGreaterThan(0);
  });

  it('scenario red-sea-closure --route CNXMN:NLRTM --json is byte-identical on two runs and goes round the Cape', () => {
    const first = corridor('scenario', 'red-sea-closure', '--route', 'CNXMN:NLRTM', '--json');
    const second = corridor('scenario', 'red-sea-closure', '--route', 'CNXMN:NLRTM', '--json');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(second.stdout);
    const result = JSON.parse(first.stdout) as {
      routes: { from: string; to: string; after: { passages: string[] } }[];
    };
    expect(result.routes[0]).toMatchObject({ from: 'CNXMN', to: 'NLRTM' });
    expect(result.routes[0]?.after.passages).toContain('cape-of-good-hope');
  });

  it('assign --json prints the assignment, byte-identical on two runs', () => {
    const first = corridor('assign', '--json');
    const second = corridor('assign', '--json');
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(second.stdout);
    const result = JSON.parse(first.stdout) as { method: string; relativeGap: number; elements: object[] };
    expect(result.method).toBe('equilibrium');
    expect(result.relativeGap).toBeLessThanOrEqual(1e-4);
    expect(result.elements.length).toBeGreaterThan(0);
  });
});
