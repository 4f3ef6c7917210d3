import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

const tiny = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'test', 'fixtures', 'tiny-dataset');

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface DistanceJson {
  from: string;
  to: string;
  mode: string;
  distanceKm: number;
  distanceNm: number;
  passages: string[];
  fromTerminalId: string;
  toTerminalId: string;
  geometry: { type: string; coordinates: [number, number][] };
}

async function json(...argv: string[]): Promise<DistanceJson> {
  const { code, out, err } = await run('distance', ...argv, '--json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as DistanceJson;
}

describe('corridor distance', () => {
  it('prints from and to, the mode, km and nm, the passages in order and the terminals used, in 100 columns', async () => {
    const { code, out, err } = await run('distance', 'Xiamen', 'Rotterdam');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Xiamen \(CNXMN\) → Rotterdam \(NLRTM\)\n/);
    expect(out).toMatch(/mode\s+sea\n/);
    expect(out).toMatch(/distance\s+18,\d{3}\.\d km\s+10,\d{3}\.\d nm\n/);
    expect(out).toMatch(/passages\s+singapore-strait → malacca → bab-el-mandeb → suez → gibraltar → dover\n/);
    expect(out).toMatch(/from\s+Xiamen Port – Haicang\/Songyu container area \(xmn_port_haicang\)\n/);
    expect(out).toMatch(/to\s+Rotterdam \(Maasvlakte\) \(rtm_port\)\n/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--avoid suez,bab-el-mandeb --json goes round the Cape, several thousand km longer, and says what it avoided', async () => {
    const viaSuez = await json('Xiamen', 'Rotterdam');
    const viaCape = await json('Xiamen', 'Rotterdam', '--avoid', 'suez,bab-el-mandeb');
    expect(viaCape.passages).toContain('cape-of-good-hope');
    expect(viaCape.passages).not.toContain('suez');
    expect(viaCape.distanceKm - viaSuez.distanceKm).toBeGreaterThan(5_000);
    const { out } = await run('distance', 'Xiamen', 'Rotterdam', '--avoid', 'suez,bab-el-mandeb');
    expect(out).toMatch(/avoiding\s+suez, bab-el-mandeb\n/);
  });

  it('--json prints distanceKm, distanceNm (km / 1.852), passages and a GeoJSON LineString, rounded', async () => {
    const result = await json('CNXMN', 'NLRTM');
    expect(result).toMatchObject({
      from: 'CNXMN',
      to: 'NLRTM',
      mode: 'sea',
      fromTerminalId: 'xmn_port_haicang',
      toTerminalId: 'rtm_port',
    });
    expect(result.distanceNm).toBeCloseTo(result.distanceKm / 1.852, 0);
    expect(Math.round(result.distanceKm * 10) / 10).toBe(result.distanceKm);
    expect(result.geometry.type).toBe('LineString');
    expect(result.geometry.coordinates[0]).toEqual([118.03, 24.45]);
    expect(JSON.stringify(result.geometry)).not.toMatch(/\d\.\d{6,}/);
  });

  it('--json is byte-identical across runs', async () => {
    const first = await run('distance', 'CNXMN', 'NLRTM', '--json');
    const second = await run('distance', 'CNXMN', 'NLRTM', '--json');
    expect(first.out).toBe(second.out);
  });

  it('Xiamen → Los Angeles by sea crosses the Pacific as one continuous line', async () => {
    const { geometry } = await json('Xiamen', 'USLAX');
    for (let i = 1; i < geometry.coordinates.length; i++) {
      const [a, b] = [geometry.coordinates[i - 1], geometry.coordinates[i]];
      expect(Math.abs((b?.[0] ?? 0) - (a?.[0] ?? 0))).toBeLessThan(5);
    }
  });

  it('厦门 LAX --mode air measures the great circle between the airports', async () => {
    const { code, out } = await run('distance', '厦门', 'LAX', '--mode', 'air');
    expect(code).toBe(0);
    expect(out).toMatch(/mode\s+air \(great circle between the airports\)/);
    expect(out).toMatch(/distance\s+11,1\d\d\.\d km/);
    expect(out).toMatch(/from\s+Xiamen Gaoqi International Airport \(apt_xmn\)/);
    expect(out).not.toMatch(/passages/);
  });

  it('--mode rail lists the border crossings passed and marks the gauge breaks', async () => {
    const { code, out } = await run('distance', 'Urumqi', 'Almaty', '--mode', 'rail', '--data', tiny);
    expect(code).toBe(0);
    expect(out).toMatch(/crossings\s+Alashankou \/ Dostyk \(gauge break\)\n/);
  });

  it('--mode road starts and ends at the places themselves', async () => {
    const { code, out } = await run('distance', 'Xiamen', 'Fuzhou', '--mode', 'road');
    expect(code).toBe(0);
    expect(out).toMatch(/from\s+Xiamen \(CNXMN, the place itself\)/);
  });

  it('--data DIR measures on that dataset', async () => {
    const result = await json('CNXMN', 'SGSIN', '--data', tiny);
    expect(result).toMatchObject({
      fromTerminalId: 'xmn_port',
      toTerminalId: 'sin_port',
      passages: ['singapore-strait'],
    });
  });
});

describe('corridor distance, when something is wrong', () => {
  it('exits 1 with the reason on stderr when every path uses an avoided passage', async () => {
    const { code, out, err } = await run('distance', 'Xiamen', 'Rotterdam', '--avoid', 'suez,cape-of-good-hope,panama');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'corridor: distance: no sea path from Xiamen to Rotterdam avoiding suez, cape-of-good-hope and panama\n',
    );
  });

  it('with --json, also prints the reason as noPath on stdout', async () => {
    const { code, out } = await run(
      'distance',
      'Xiamen',
      'Rotterdam',
      '--avoid',
      'suez,cape-of-good-hope,panama',
      '--json',
    );
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      from: 'CNXMN',
      to: 'NLRTM',
      mode: 'sea',
      noPath: { reason: 'no sea path from Xiamen to Rotterdam avoiding suez, cape-of-good-hope and panama' },
    });
  });

  it('exits 1 when a place has no terminal of the mode', async () => {
    const { code, err } = await run('distance', 'Chengdu', 'Rotterdam');
    expect(code).toBe(1);
    expect(err).toMatch(/Chengdu has no seaport/);
  });

  it('exits 2 on an unknown place, with a did-you-mean on stderr', async () => {
    const { code, out, err } = await run('distance', 'Xiamen', 'Rotterdm');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/<to>: "Rotterdm" — unknown place or terminal; did you mean "Rotterdam"\?/);
  });

  it('exits 2 on an unknown mode, naming the modes', async () => {
    const { code, err } = await run('distance', 'Xiamen', 'Rotterdam', '--mode', 'boat');
    expect(code).toBe(2);
    expect(err).toMatch(/--mode: "boat" — unknown value; use one of sea, rail, road, air/);
  });

  it('exits 2 on an unknown passage, with a did-you-mean', async () => {
    const { code, err } = await run('distance', 'Xiamen', 'Rotterdam', '--avoid', 'suez,sues');
    expect(code).toBe(2);
    expect(err).toMatch(/--avoid: "sues" — unknown value; did you mean "suez"\?/);
  });

  it('exits 2 listing every problem at once', async () => {
    const { code, err } = await run('distance', 'Rotterdm', 'Xiamen', '--mode', 'ari', '--avoid', 'sues');
    expect(code).toBe(2);
    expect(err).toMatch(/3 problems with the arguments\n {2}- --mode: .*\n {2}- --avoid: .*\n {2}- <from>: /);
  });

  it('exits 2 when --avoid is given for a mode that passes no passages', async () => {
    const { code, err } = await run('distance', 'Xiamen', 'Duisburg', '--mode', 'rail', '--avoid', 'suez');
    expect(code).toBe(2);
    expect(err).toMatch(/passages are on sea lanes only/);
  });

  it('exits 2 without a destination', async () => {
    expect((await run('distance', 'Xiamen')).code).toBe(2);
  });
});
