import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'dcsa');
const FAL = join(FIXTURES, 'vessel-schedules-fal.json');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const work = mkdtempSync(join(tmpdir(), 'corridor-dcsa-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of data/fujian with the test rows of test/fixtures/dcsa/fujian-additions (Ningbo, Le Havre, Dunkirk). */
function fujianWithPorts(): string {
  const dir = join(work, 'fujian-plus');
  if (existsSync(dir)) return dir;
  cpSync(join(ROOT, 'data', 'fujian'), dir, { recursive: true });
  for (const name of ['places.csv', 'terminals.csv', 'sea-lanes.csv', 'road-links.csv', 'sources.csv']) {
    const rows = readFileSync(join(FIXTURES, 'fujian-additions', name), 'utf8')
      .split('\n')
      .slice(1)
      .join('\n');
    appendFileSync(join(dir, name), rows);
  }
  return dir;
}

/** Test inputs for what DCSA does not carry (not facts); the speed is the dataset's sourced 13.8 kn (V02). */
const FIGURES = ['--frequency', '1', '--teu', '8000', '--usd-per-teu', '1500', '--rate-as-of', '2024-08-01'];
const TIMES = ['--dwell-hours', '24', '--speed-kmh', '25.558'];

describe('corridor import dcsa', () => {
  it('prints the services of the published FAL schedule, the ports the bundled dataset lacks left out and noted', async () => {
    const { code, out, err } = await run('import', 'dcsa', FAL, '--source', 'S38', '--skip-unknown-ports', ...TIMES);
    expect(code).toBe(0);
    const { services } = JSON.parse(out) as { services: { id: string; stops: { terminal: string }[] }[] };
    expect(services.map((s) => s.id)).toEqual(['dcsa-fal']);
    expect(services[0]?.stops.map((s) => s.terminal)).toEqual(['ytn_port', 'anr_port']);
    expect(err).toMatch(/note: .*"FRLEH" — left out/);
    // No figure made up: each one DCSA lacks is named with the option that gives it.
    expect(err).toMatch(/note: --frequency:/);
    expect(err).toMatch(/note: --teu:/);
    expect(err).toMatch(/note: --usd-per-teu:/);
  });

  it('writes a copy of the dataset with the services (--into) that routes Ningbo → Le Havre along them', async () => {
    const into = join(work, 'with-fal');
    const data = fujianWithPorts();
    const imported = await run(
      'import',
      'dcsa',
      FAL,
      '--source',
      'DCSA1',
      '--data',
      data,
      '--into',
      into,
      ...FIGURES,
      ...TIMES,
    );
    expect(imported.err).not.toMatch(/note: --(frequency|teu|usd-per-teu)/);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/it loads/);
    const routed = await run('route', 'Ningbo', 'Le Havre', '--modes', 'sea', '--data', into, '--json');
    expect(routed.code).toBe(0);
    const answer = JSON.parse(routed.out) as { itineraries: { legs: { service?: string }[] }[] };
    expect(answer.itineraries[0]?.legs.map((leg) => leg.service)).toContain('dcsa-fal');
  });

  it('writes nothing when the copy would not load (a source id the dataset lacks), listing the problem', async () => {
    const into = join(work, 'never');
    const { code, err } = await run(
      'import',
      'dcsa',
      FAL,
      '--source',
      'NOPE',
      '--skip-unknown-ports',
      '--into',
      into,
      ...FIGURES,
      ...TIMES,
    );
    expect(code).toBe(1);
    expect(err).toMatch(/services\.json \/services\/\d+, field sources: "NOPE" — unknown source/);
    expect(existsSync(into)).toBe(false);
  });

  it('fails on ports the dataset lacks, naming each call by its JSON pointer (exit 1)', async () => {
    const { code, err } = await run('import', 'dcsa', FAL, '--source', 'S38');
    expect(code).toBe(1);
    expect(err).toMatch(/\/0\/vesselSchedules\/0\/transportCalls\/2\/location, field UNLocationCode: "FRLEH"/);
  });

  it('names the option of a bad figure or mapping (exit 2)', async () => {
    expect((await run('import', 'dcsa', FAL, '--source', 'S38', '--teu', '-5')).err).toMatch(
      /--teu: "-5" — out of range/,
    );
    const mapping = await run('import', 'dcsa', FAL, '--source', 'S38', '--terminal', 'FRLEH');
    expect(mapping.code).toBe(2);
    expect(mapping.err).toMatch(/--terminal: "FRLEH" is not CODE=TERMINAL_ID/);
    expect((await run('import', 'dcsa', FAL)).code).toBe(2);
  });
});
