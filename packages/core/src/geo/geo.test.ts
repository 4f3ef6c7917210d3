import fc from 'fast-check';
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import { greatCircleKm } from '../model/great-circle-km.js';
import type { LonLat } from '../model/network.js';
import { greatCirclePath, pathLengthKm } from './great-circle-path.js';
import { buildInfrastructureGraphs, type WayAttributes, type WayGraph } from './infrastructure-graphs.js';
import { infrastructurePath } from './infrastructure-path.js';
import { serviceLegs } from './service-legs.js';

const network = loadNetwork(tinyDataset);
const graphs = buildInfrastructureGraphs(network);

describe('great circles', () => {
  it('pathLengthKm() measures one degree of the equator as 111.2 km', () => {
    expect(
      pathLengthKm([
        [0, 0],
        [1, 0],
      ]),
    ).toBeCloseTo(111.195, 2);
  });

  it('pathLengthKm() agrees with the haversine greatCircleKm()', () => {
    const a: LonLat = [118.089, 24.48];
    const b: LonLat = [4.5, 51.92];
    expect(pathLengthKm([a, b])).toBeCloseTo(greatCircleKm(a, b), 6);
  });

  it('pathLengthKm() of fewer than two points is 0', () => {
    expect(pathLengthKm([])).toBe(0);
    expect(pathLengthKm([[10, 10]])).toBe(0);
  });

  it('greatCirclePath() crosses the Pacific as one continuous line with points at most 50 km apart', () => {
    const path = greatCirclePath([
      [118.03, 24.45],
      [-118.24, 33.74],
    ]);
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1] as LonLat, path[i] as LonLat];
      expect(Math.abs(b[0] - a[0])).toBeLessThan(5);
      expect(greatCircleKm(a, b)).toBeLessThanOrEqual(50.01);
    }
    expect(path.at(-1)?.[0]).toBeCloseTo(-118.24 + 360, 6);
    expect(pathLengthKm(path)).toBeCloseTo(greatCircleKm([118.03, 24.45], [-118.24, 33.74]), 0);
  });

  it('greatCirclePath() of an empty path is empty', () => {
    expect(greatCirclePath([])).toEqual([]);
  });
});

describe('infrastructure graphs', () => {
  it('derive each lane length from its geometry, through its shape points', () => {
    const lane = graphs.sea.getEdgeAttributes('lane_xmn_scs');
    expect(lane.lengthKm).toBeCloseTo(
      pathLengthKm([
        [118.03, 24.45],
        [117.5, 23.5],
        [114, 15],
      ]),
      9,
    );
  });

  it('derive road lengths as great circle × detour factor', () => {
    const road = graphs.road.getEdgeAttributes('rd_xmn_port');
    expect(road.lengthKm).toBeCloseTo(greatCircleKm([118.089, 24.48], [118.03, 24.45]) * 1.3, 9);
  });

  it('infrastructurePath() sums the lanes and lists the passages it uses', () => {
    const path = infrastructurePath(graphs.sea, 'xmn_port', 'sin_port');
    expect(path?.ways).toEqual(['lane_xmn_scs', 'lane_scs_sing', 'lane_sing_sin']);
    expect(path?.passages).toEqual(['singapore-strait']);
    const total = ['lane_xmn_scs', 'lane_scs_sing', 'lane_sing_sin'].reduce(
      (sum, id) => sum + graphs.sea.getEdgeAttribute(id, 'lengthKm'),
      0,
    );
    expect(path?.distanceKm).toBeCloseTo(total, 9);
    expect(path?.points[0]).toEqual([118.03, 24.45]);
    expect(path?.points.at(-1)).toEqual([103.84, 1.264]);
  });

  it('infrastructurePath() returns undefined when the only way uses an avoided passage', () => {
    expect(
      infrastructurePath(graphs.sea, 'xmn_port', 'sin_port', { avoidPassages: new Set(['singapore-strait']) }),
    ).toBeUndefined();
  });

  it('infrastructurePath() returns undefined for unknown nodes', () => {
    expect(infrastructurePath(graphs.sea, 'xmn_port', 'nowhere')).toBeUndefined();
  });

  it('infrastructurePath() walks reversed ways backwards', () => {
    const path = infrastructurePath(graphs.sea, 'sin_port', 'xmn_port');
    expect(path?.points[0]).toEqual([103.84, 1.264]);
    expect(path?.points.at(-1)).toEqual([118.03, 24.45]);
  });
});

describe('service legs', () => {
  it('a train may not pass a gauge-changing crossing without stopping, so its legs end there', () => {
    const rail = network.services.find((s) => s.id === 'rail_urumqi_almaty');
    const { legs, unroutable } = serviceLegs(network, graphs, rail as (typeof network.services)[number]);
    expect(unroutable).toEqual([]);
    expect(legs.map((leg) => [leg.fromTerminalId, leg.toTerminalId])).toEqual([
      ['urumqi_rail', 'alashankou_dostyk'],
      ['alashankou_dostyk', 'almaty_rail'],
    ]);
  });

  it('air legs are great circles between the airports', () => {
    const air = network.services.find((s) => s.id === 'air_xmn_sin') as (typeof network.services)[number];
    const [leg] = serviceLegs(network, graphs, air).legs;
    expect(leg?.distanceKm).toBeCloseTo(greatCircleKm([118.128, 24.544], [103.994, 1.35]), 9);
  });

  it('a sea leg whose only way is avoided is reported unroutable', () => {
    const sea = network.services.find((s) => s.id === 'sea_xmn_sin') as (typeof network.services)[number];
    expect(serviceLegs(network, graphs, sea, new Set(['singapore-strait'])).unroutable).toEqual([
      ['xmn_port', 'sin_port'],
    ]);
  });
});

describe('infrastructurePath (property: equals brute force on small random graphs)', () => {
  it('finds the same shortest length as Floyd–Warshall, and no path exactly when none exists', () => {
    const edges = fc.array(fc.tuple(fc.nat(7), fc.nat(7), fc.integer({ min: 1, max: 100 }), fc.boolean()), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(edges, fc.nat(7), fc.nat(7), (list, from, to) => {
        const graph: WayGraph = new UndirectedGraph();
        for (let i = 0; i < 8; i++) graph.addNode(String(i), { position: [i, 0] });
        list.forEach(([a, b, lengthKm, strait], index) => {
          if (a === b || graph.hasEdge(String(a), String(b))) return;
          const way: WayAttributes = {
            id: `w${index}`,
            ends: [String(a), String(b)],
            lengthKm,
            points: [
              [a, 0],
              [b, 0],
            ],
            passages: strait ? ['suez'] : [],
          };
          graph.addUndirectedEdgeWithKey(way.id, String(a), String(b), way);
        });
        // Floyd–Warshall without the avoided passage.
        const d = Array.from({ length: 8 }, (_, i) => Array.from({ length: 8 }, (_, j) => (i === j ? 0 : Infinity)));
        graph.forEachEdge((_e, way) => {
          if (way.passages.length > 0) return;
          const [a, b] = way.ends.map(Number) as [number, number];
          const row = d[a] as number[];
          row[b] = Math.min(row[b] as number, way.lengthKm);
          (d[b] as number[])[a] = row[b] as number;
        });
        for (let k = 0; k < 8; k++)
          for (let i = 0; i < 8; i++)
            for (let j = 0; j < 8; j++) {
              const via = (d[i]?.[k] as number) + (d[k]?.[j] as number);
              if (via < (d[i]?.[j] as number)) (d[i] as number[])[j] = via;
            }
        const path = infrastructurePath(graph, String(from), String(to), { avoidPassages: new Set(['suez']) });
        const expected = d[from]?.[to] as number;
        if (expected === Infinity) expect(path).toBeUndefined();
        else expect(path?.distanceKm).toBe(expected);
      }),
    );
  });
});
