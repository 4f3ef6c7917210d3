import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { DATASET_FILES } from '../load/dataset-files.js';
import { loadNetwork } from '../load/load-network.js';
import { greatCircleKm } from '../model/great-circle-km.js';
import type { LonLat, PassageId } from '../model/network.js';
import { KM_PER_NAUTICAL_MILE } from '../model/units.js';
import { countAntimeridianJumps } from '../model/unwrap-ring.js';
import {
  type InfrastructureDistance,
  type InfrastructureDistanceOptions,
  infrastructureDistance,
  infrastructureDistanceFeature,
} from './infrastructure-distance.js';
import { buildInfrastructureGraphs } from './infrastructure-graphs.js';
import { gaugeChangeCrossings } from './service-legs.js';

/** The bundled dataset, read from its source folder (core cannot depend on @corridor/data, which builds on it). */
const FUJIAN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'data', 'fujian');
const fujian = loadNetwork(
  Object.fromEntries(Object.values(DATASET_FILES).map((file) => [file, readFileSync(join(FUJIAN_DIR, file), 'utf8')])),
);
const graphs = buildInfrastructureGraphs(fujian);

function distance(from: string, to: string, options: InfrastructureDistanceOptions): InfrastructureDistance {
  const result = infrastructureDistance(fujian, graphs, from, to, options);
  if ('noPath' in result) throw new Error(`expected a path from ${from} to ${to}: ${result.noPath.reason}`);
  return result;
}

const avoiding = (...passages: PassageId[]) => new Set<PassageId>(passages);

describe('infrastructureDistance() by sea', () => {
  it('Xiamen → Rotterdam goes via Suez, from the Haicang terminal, about 18,700 km', () => {
    const result = distance('CNXMN', 'NLRTM', { mode: 'sea' });
    expect(result.passages).toContain('suez');
    expect(result.passages).toContain('bab-el-mandeb');
    expect(result.passages).not.toContain('cape-of-good-hope');
    expect(result.fromTerminalId).toBe('xmn_port_haicang');
    expect(result.toTerminalId).toBe('rtm_port');
    expect(result.distanceKm).toBeGreaterThan(17_500);
    expect(result.distanceKm).toBeLessThan(20_000);
  });

  it('Xiamen → Rotterdam avoiding Suez and Bab-el-Mandeb goes via the Cape of Good Hope, several thousand km longer', () => {
    const viaSuez = distance('CNXMN', 'NLRTM', { mode: 'sea' });
    const viaCape = distance('CNXMN', 'NLRTM', { mode: 'sea', avoidPassages: avoiding('suez', 'bab-el-mandeb') });
    expect(viaCape.passages).toContain('cape-of-good-hope');
    expect(viaCape.passages).not.toContain('suez');
    expect(viaCape.passages).not.toContain('bab-el-mandeb');
    expect(viaCape.distanceKm - viaSuez.distanceKm).toBeGreaterThan(5_000);
    expect(viaCape.distanceKm - viaSuez.distanceKm).toBeLessThan(9_000);
  });

  it('Xiamen → Rotterdam avoiding Suez and the Cape goes via Panama', () => {
    const result = distance('CNXMN', 'NLRTM', { mode: 'sea', avoidPassages: avoiding('suez', 'cape-of-good-hope') });
    expect(result.passages).toContain('panama');
  });

  it('returns noPath naming the avoided passages when Suez, the Cape and Panama are all avoided', () => {
    const result = infrastructureDistance(fujian, graphs, 'CNXMN', 'NLRTM', {
      mode: 'sea',
      avoidPassages: avoiding('panama', 'suez', 'cape-of-good-hope'),
    });
    expect(result).toEqual({
      noPath: { reason: 'no sea path from Xiamen to Rotterdam avoiding suez, cape-of-good-hope and panama' },
    });
  });

  it('Xiamen → Los Angeles crosses the Pacific as one continuous line', () => {
    const result = distance('CNXMN', 'USLAX', { mode: 'sea' });
    expect(result.distanceKm).toBeGreaterThan(10_500);
    expect(result.distanceKm).toBeLessThan(13_000);
    const line = infrastructureDistanceFeature(result).geometry.coordinates;
    expect(countAntimeridianJumps(line)).toBe(0);
    for (let i = 1; i < line.length; i++) {
      expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThan(5);
    }
    expect(line.at(-1)?.[0]).toBeCloseTo(-118.24 + 360, 5);
  });

  it('returns noPath with the reason when a place has no seaport', () => {
    expect(infrastructureDistance(fujian, graphs, 'chengdu', 'NLRTM', { mode: 'sea' })).toEqual({
      noPath: { reason: 'Chengdu has no seaport' },
    });
    expect(infrastructureDistance(fujian, graphs, 'CNXMN', 'chengdu', { mode: 'sea' })).toEqual({
      noPath: { reason: 'Chengdu has no seaport' },
    });
  });

  it('returns noPath, naming the place to give instead, when a terminal is not on the sea-lane network', () => {
    const result = infrastructureDistance(fujian, graphs, 'apt_xmn', 'NLRTM', { mode: 'sea' });
    expect(result).toEqual({
      noPath: {
        reason:
          'Xiamen Gaoqi International Airport (apt_xmn) is not on the sea-lane network; give the place CNXMN to use any seaport of Xiamen',
      },
    });
  });

  it('measures from a given terminal only, not from the other terminals of its place', () => {
    const fromDongdu = distance('xmn_port_dongdu', 'NLRTM', { mode: 'sea' });
    expect(fromDongdu.fromTerminalId).toBe('xmn_port_dongdu');
    expect(fromDongdu.distanceKm).toBeGreaterThan(distance('CNXMN', 'NLRTM', { mode: 'sea' }).distanceKm);
  });

  it('from a place to itself is 0 km at its first seaport in file order', () => {
    const result = distance('CNXMN', 'CNXMN', { mode: 'sea' });
    expect(result).toMatchObject({
      distanceKm: 0,
      fromTerminalId: 'xmn_port_haicang',
      toTerminalId: 'xmn_port_haicang',
    });
    expect(infrastructureDistanceFeature(result).geometry.coordinates).toHaveLength(2);
  });

  it('is symmetric in distance', () => {
    expect(distance('NLRTM', 'CNXMN', { mode: 'sea' }).distanceKm).toBeCloseTo(
      distance('CNXMN', 'NLRTM', { mode: 'sea' }).distanceKm,
      6,
    );
  });
});

describe('infrastructureDistance() by air, rail and road', () => {
  it('by air equals the great circle between the airports', () => {
    const result = distance('CNXMN', 'USLAX', { mode: 'air' });
    expect(result).toMatchObject({ fromTerminalId: 'apt_xmn', toTerminalId: 'apt_lax', ways: [], passages: [] });
    const [xmn, lax] = ['apt_xmn', 'apt_lax'].map((id) => fujian.terminals.find((t) => t.id === id)?.position);
    expect(result.distanceKm).toBeCloseTo(greatCircleKm(xmn as LonLat, lax as LonLat), 6);
  });

  it('by air, the feature is densified to points at most 50 km apart', () => {
    const line = infrastructureDistanceFeature(distance('CNXMN', 'USLAX', { mode: 'air' })).geometry.coordinates.map(
      ([lon = 0, lat = 0]): LonLat => [lon, lat],
    );
    expect(line.length).toBeGreaterThan(200);
    for (let i = 1; i < line.length; i++) {
      expect(greatCircleKm(line[i - 1] as LonLat, line[i] as LonLat)).toBeLessThanOrEqual(50.01);
    }
  });

  it('by air returns noPath with the reason when a place has no airport', () => {
    expect(infrastructureDistance(fujian, graphs, 'CNXMN', 'NLRTM', { mode: 'air' })).toEqual({
      noPath: { reason: 'Rotterdam has no airport' },
    });
  });

  it('by rail Xiamen → Duisburg is about 11,000 km (±15 %)', () => {
    const result = distance('CNXMN', 'DEDUI', { mode: 'rail' });
    expect(result.distanceKm).toBeGreaterThan(11_000 * 0.85);
    expect(result.distanceKm).toBeLessThan(11_000 * 1.15);
    expect(result.toTerminalId).toBe('duisburg_logport');
  });

  it('by rail passes gauge-changing border crossings, where a box is transshipped', () => {
    const result = distance('CNXMN', 'DEDUI', { mode: 'rail' });
    const breaks = gaugeChangeCrossings(fujian);
    expect(result.nodes.slice(1, -1).filter((node) => breaks.has(node)).length).toBe(2);
  });

  it('by road Xiamen → Fuzhou starts and ends at the places themselves', () => {
    const result = distance('CNXMN', 'CNFOC', { mode: 'road' });
    expect(result).toMatchObject({ fromTerminalId: 'CNXMN', toTerminalId: 'CNFOC', passages: [] });
    expect(result.distanceKm).toBeGreaterThan(200);
    expect(result.distanceKm).toBeLessThan(400);
  });

  it('ignores avoided passages off the sea', () => {
    const plain = distance('CNXMN', 'DEDUI', { mode: 'rail' });
    expect(distance('CNXMN', 'DEDUI', { mode: 'rail', avoidPassages: avoiding('suez') })).toEqual(plain);
  });
});

describe('infrastructureDistanceFeature()', () => {
  it('gives a LineString with distances in km and nm (nm = km / 1.852), rounded to 0.1, and the passages', () => {
    const result = distance('CNXMN', 'NLRTM', { mode: 'sea' });
    const feature = infrastructureDistanceFeature(result);
    expect(feature.geometry.type).toBe('LineString');
    expect(feature.properties).toEqual({
      kind: 'infrastructure-distance',
      mode: 'sea',
      from: 'xmn_port_haicang',
      to: 'rtm_port',
      distanceKm: Math.round(result.distanceKm * 10) / 10,
      distanceNm: Math.round((result.distanceKm / KM_PER_NAUTICAL_MILE) * 10) / 10,
      passages: [...result.passages],
    });
    expect(KM_PER_NAUTICAL_MILE).toBe(1.852);
  });

  it('rounds coordinates to 5 decimals and is byte-identical on every run', () => {
    const feature = () => JSON.stringify(infrastructureDistanceFeature(distance('CNXMN', 'NLRTM', { mode: 'sea' })));
    const once = feature();
    expect(feature()).toBe(once);
    expect(once).not.toMatch(/\d\.\d{6,}/);
  });
});

describe('infrastructureDistance() misuse', () => {
  const tiny = loadNetwork(tinyDataset);
  const tinyGraphs = buildInfrastructureGraphs(tiny);

  it('throws unknown-reference with a did-you-mean for an id that is no place or terminal', () => {
    expect(() => infrastructureDistance(tiny, tinyGraphs, 'CNXMM', 'xmn_port', { mode: 'sea' })).toThrow(
      /unknown place or terminal "CNXMM" — did you mean "CNXMN"/,
    );
    expect(() => infrastructureDistance(tiny, tinyGraphs, 'xmn_port', 'nowhere', { mode: 'sea' })).toThrow(
      expect.objectContaining({ name: 'CorridorError', code: 'unknown-reference' }),
    );
  });

  it('throws invalid-argument for an unknown mode', () => {
    expect(() =>
      infrastructureDistance(tiny, tinyGraphs, 'CNXMN', 'xmn_port', {
        mode: 'boat' as InfrastructureDistanceOptions['mode'],
      }),
    ).toThrow(/unknown mode "boat"/);
  });
});
