import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const tiny = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'test', 'fixtures', 'tiny-dataset');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let scratch = '';
afterEach(() => {
  if (scratch !== '') rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

/** A copy of the tiny dataset with one file edited. */
function brokenCopy(file: string, from: string, to: string): string {
  scratch = mkdtempSync(join(tmpdir(), 'corridor-cli-'));
  cpSync(tiny, scratch, { recursive: true });
  const path = join(scratch, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  writeFileSync(path, text.replace(from, to));
  return scratch;
}

describe('corridor validate', () => {
  it('exits 0 and counts what a valid dataset holds', async () => {
    const { code, out } = await run('validate', tiny);
    expect(code).toBe(0);
    expect(out).toMatch(/is valid: 4 places, 7 terminals, 3 sea lanes, 3 rail tracks, 6 road links, 3 services/);
  });

  it('exits 1 and lists every problem with file, row and field', async () => {
    const dir = brokenCopy('places.csv', '76.890,43.240', '196.890,43.240');
    writeFileSync(
      join(dir, 'road-links.csv'),
      readFileSync(join(dir, 'road-links.csv'), 'utf8').replace('1.3,X1', '0.5,X1'),
    );
    const { code, err, out } = await run('validate', dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/is invalid \(2 problems\)/);
    expect(err).toMatch(/places\.csv row 5, field lon: "196\.890" — must be at most 180/);
    expect(err).toMatch(/road-links\.csv row 2, field detour_factor: "0\.5" — must be at least 1/);
  });

  it('exits 2 when the folder does not exist', async () => {
    const { code, err } = await run('validate', join(tiny, 'nope'));
    expect(code).toBe(2);
    expect(err).toMatch(/does not exist or is not a folder/);
  });
});

describe('corridor export', () => {
  it('--format geojson prints an RFC 7946 FeatureCollection with kind, mode, id, name, distance and passages', async () => {
    const { code, out } = await run('export', '--format', 'geojson', '--data', tiny);
    expect(code).toBe(0);
    const collection = JSON.parse(out) as { type: string; features: { properties: Record<string, unknown> }[] };
    expect(collection.type).toBe('FeatureCollection');
    const leg = collection.features.find((f) => f.properties.kind === 'service-leg' && f.properties.mode === 'sea');
    expect(leg?.properties).toMatchObject({ id: 'sea_xmn_sin#0', passages: ['singapore-strait'] });
    expect(leg?.properties.distanceKm).toBeGreaterThan(2500);
  });

  it('--format geojson gives every feature an id, and cuts lines at ±180° unless --no-split-antimeridian', async () => {
    type Out = { features: { id: string; geometry: { type: string; coordinates: unknown } }[] };
    const longitudes = (c: unknown): number[] =>
      !Array.isArray(c) ? [] : typeof c[0] === 'number' ? [c[0]] : c.flatMap(longitudes);
    const split = JSON.parse((await run('export', '--format', 'geojson', '--what', 'services')).out) as Out;
    const whole = JSON.parse(
      (await run('export', '--format', 'geojson', '--what', 'services', '--no-split-antimeridian')).out,
    ) as Out;
    expect(split.features.map((f) => f.id)).toEqual(whole.features.map((f) => f.id));
    expect(new Set(split.features.map((f) => f.id)).size).toBe(split.features.length);
    expect(Math.max(...split.features.flatMap((f) => longitudes(f.geometry.coordinates)).map(Math.abs))).toBe(180);
    expect(split.features.filter((f) => f.geometry.type === 'MultiLineString').length).toBeGreaterThan(0);
    expect(Math.max(...whole.features.flatMap((f) => longitudes(f.geometry.coordinates)))).toBeGreaterThan(180);
  });

  it('--format csv --what terminals prints one row per terminal', async () => {
    const { code, out } = await run('export', '--format', 'csv', '--what', 'terminals', '--data', tiny);
    expect(code).toBe(0);
    const lines = out.trim().split(/\r?\n/);
    expect(lines[0]).toBe('id,kind,place,name_en,name_zh,lon,lat,country,sources');
    expect(lines).toHaveLength(8);
  });

  it('--format csv (network) prints the service legs with derived distances', async () => {
    const { out } = await run('export', '--format', 'csv', '--data', tiny);
    expect(out.split(/\r?\n/)[0]).toBe('service,mode,from,to,distance_km,passages');
  });

  it('exits 2 without --format, and on an unknown part', async () => {
    expect((await run('export', '--data', tiny)).code).toBe(2);
    const { code, err } = await run('export', '--format', 'geojson', '--what', 'lanes');
    expect(code).toBe(2);
    expect(err).toMatch(/Allowed choices are network, terminals, services/);
  });
});
