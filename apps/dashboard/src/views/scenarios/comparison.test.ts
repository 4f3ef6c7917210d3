import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DeltaLegProperties, ScenarioRun } from '../../engine/scenario-api';
import { comparableRuns, comparisonColumns, MAX_COMPARED, modeShareIds } from './comparison-columns';
import { MINI_LEG_WIDTH, miniMapLand, miniMapLegs, miniMapProjection } from './mini-map';
import type { SessionRun } from './session-runs.svelte';

const totals = (served: number) => ({
  servedTeuPerWeek: served,
  servedTonnesPerWeek: 0,
  unservedTeuPerWeek: 0,
  unservedTonnesPerWeek: 0,
  costUsdPerWeek: 0,
  co2eKgPerWeek: 0,
  teuHoursPerWeek: 0,
  tonneHoursPerWeek: 0,
  teuKmPerWeek: 0,
  tonneKmPerWeek: 0,
});

const sessionRun = (key: string, served: number | null, railAfter = 0.2): SessionRun => ({
  key,
  nameEn: key,
  nameZh: key,
  run: {
    assignment:
      served === null
        ? null
        : {
            before: totals(100),
            after: totals(served),
            modeShares: [
              { id: 'container:sea', nameEn: 'sea', nameZh: '海', before: 0.7, after: 1 - railAfter },
              { id: 'container:rail', nameEn: 'rail', nameZh: '铁', before: 0.3, after: railAfter },
              { id: 'container:air', nameEn: 'air', nameZh: '空', before: 0, after: 0 },
            ],
            utilization: ['a', 'b', 'c', 'd'].map((id) => ({ id, nameEn: id, nameZh: id, before: 0, after: 1 })),
          },
  } as unknown as ScenarioRun,
});

describe('comparisonColumns', () => {
  it('puts the base first, then each run that assigned flows, three at most', () => {
    const columns = comparisonColumns([
      sessionRun('one', 90),
      sessionRun('routes-only', null),
      sessionRun('two', 80),
      sessionRun('three', 70),
      sessionRun('four', 60),
    ]);
    expect(columns.map((c) => [c.key, c.totals.servedTeuPerWeek])).toEqual([
      ['base', 100],
      ['one', 90],
      ['two', 80],
      ['three', 70],
    ]);
    expect(columns.length).toBe(MAX_COMPARED + 1);
  });

  it('lists each scenario’s mode shares after and its three most changed elements', () => {
    const [base, one] = comparisonColumns([sessionRun('one', 90, 0.5)]);
    expect(base?.modeShares.get('container:rail')).toBe(0.3);
    expect(one?.modeShares.get('container:rail')).toBe(0.5);
    expect(base?.topChanged).toEqual([]);
    expect(one?.topChanged.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('has no column when no run assigned flows', () => {
    expect(comparisonColumns([sessionRun('x', null)])).toEqual([]);
    expect(comparableRuns([sessionRun('x', null), sessionRun('y', 1)]).map((r) => r.key)).toEqual(['y']);
  });
});

describe('modeShareIds', () => {
  it('lists the modes any column uses, the base’s largest first, and leaves out unused ones', () => {
    expect(modeShareIds(comparisonColumns([sessionRun('one', 90)]))).toEqual(['container:sea', 'container:rail']);
  });
});

describe('small maps', () => {
  const leg = (
    id: string,
    delta: number,
    coordinates: [number, number][],
  ): Feature<LineString, DeltaLegProperties> => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: {
      id,
      mode: 'sea',
      nameEn: id,
      nameZh: id,
      before: 0,
      after: delta,
      delta,
      change: delta > 0 ? 'grew' : 'shrank',
    },
  });

  it('fits the box, the Cape inside the map', () => {
    const projection = miniMapProjection([-20, -40, 125, 50], 160, 110);
    const [x = -1, y = -1] = projection([18.5, -34.4]) ?? [];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(160);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(110);
  });

  it('draws only the land inside the map, every point of its path within the box', () => {
    const africa = {
      type: 'FeatureCollection' as const,
      features: [
        {
          type: 'Feature' as const,
          properties: {},
          geometry: {
            type: 'Polygon' as const,
            coordinates: [
              [
                [-17, 15],
                [10, 37],
                [32, 31],
                [51, 12],
                [20, -35],
                [-17, 15],
              ],
            ],
          },
        },
      ],
    };
    const path = miniMapLand(africa, [0, -40, 60, 0], 160, 110);
    const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(6);
    for (const value of numbers) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(160);
    }
    expect(miniMapLand(null, [0, -40, 60, 0], 160, 110)).toBe('');
  });

  it('keeps a box across the antimeridian whole (Shanghai to Los Angeles)', () => {
    const projection = miniMapProjection([121.5, 31.2, 241.8, 33.7], 160, 110);
    const [xShanghai = 0] = projection([121.5, 31.2]) ?? [];
    const [xLosAngeles = 0] = projection([-118.2, 33.7]) ?? [];
    expect(xShanghai).toBeLessThan(xLosAngeles);
  });

  it('draws the largest change widest, and each leg in its change’s class', () => {
    const projection = miniMapProjection([0, 0, 20, 20], 100, 100);
    const legs = miniMapLegs(
      [
        leg('small', -10, [
          [1, 1],
          [5, 5],
        ]),
        leg('big', 40, [
          [10, 10],
          [19, 19],
        ]),
      ],
      projection,
      40,
    );
    expect(legs.map((l) => [l.id, l.change, l.widthPx])).toEqual([
      ['small', 'shrank', MINI_LEG_WIDTH.min + 0.5 * (MINI_LEG_WIDTH.max - MINI_LEG_WIDTH.min)],
      ['big', 'grew', MINI_LEG_WIDTH.max],
    ]);
    expect(legs[0]?.d).toMatch(/^M/);
  });
});
