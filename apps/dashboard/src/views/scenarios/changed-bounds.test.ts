import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { DeltaLegProperties, ScenarioRun } from '../../engine/scenario-api';
import { changedBounds } from './changed-bounds';

const leg = (id: string, delta: number, coordinates: [number, number][]): Feature<LineString, DeltaLegProperties> => ({
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

const run = (
  legs: Feature<LineString, DeltaLegProperties>[],
  utilization: { id: string; before: number; after: number }[] = [],
) =>
  ({
    scenarioId: 'x',
    routes: [],
    suspended: [],
    summary: [],
    summaryZh: [],
    elapsedMs: 1,
    assignment: {
      utilization: utilization.map((s) => ({ ...s, nameEn: s.id, nameZh: s.id })),
      deltaLegs: { type: 'FeatureCollection', features: legs },
    },
  }) as unknown as ScenarioRun;

describe('changedBounds', () => {
  it('frames the legs that gained or lost much flow, the Cape included', () => {
    const bounds = changedBounds(
      run([
        leg('suez', -500, [
          [32.5, 30],
          [43, 12.5],
        ]),
        leg('cape', 480, [
          [18.5, -34.4],
          [-5, 36],
        ]),
        leg('ripple', 2, [
          [121, 31],
          [140, 35],
        ]),
      ]),
    );
    expect(bounds).toEqual([-5, -34.4, 43, 36]);
  });

  it('adds a leg with little flow whose use moved by ten points or more', () => {
    const bounds = changedBounds(
      run(
        [
          leg('big', 100, [
            [0, 0],
            [1, 1],
          ]),
          leg('full', 1, [
            [10, 10],
            [11, 11],
          ]),
        ],
        [{ id: 'full', before: 0.85, after: 1 }],
      ),
    );
    expect(bounds).toEqual([0, 0, 11, 11]);
  });

  it('is null when the run assigned no flows or moved none', () => {
    expect(changedBounds({ ...run([]), assignment: null })).toBeNull();
    expect(changedBounds(run([]))).toBeNull();
  });
});
