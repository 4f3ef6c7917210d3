// Fujian route and Pareto query timings for section 3 of `pnpm bench`. Whole queries through the router
// (resolve, search, itinerary) beside the same search by graphology-shortest-path on the same expanded
// graph with the same edge weights, plus the Pareto front.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  combineWeights,
  criteriaArrays,
  DEFAULT_COSTING,
  objectiveWeights,
  resolveShipment,
} from '@corridor/core/costing';
import { buildInfrastructureGraphs } from '@corridor/core/geo';
import { prepareGraph, routingNodeKey } from '@corridor/core/graph';
import { loadNetwork } from '@corridor/core/load';
import type { PassageId } from '@corridor/core/model';
import { readDatasetDirectory } from '@corridor/core/node';
import { createRouter } from '@corridor/core/routing';
import { dijkstra } from 'graphology-shortest-path';
import type { NamedCase } from './named-cases.js';

const FUJIAN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'fujian');

/** The Fujian query cases: best routes by objective, a dated query, a closure, and the Pareto front. */
export function fujianCases(): NamedCase[] {
  const network = loadNetwork(readDatasetDirectory(FUJIAN_DIR));
  const router = createRouter(network);
  // The reference: the same expanded graph and weights, searched by graphology-shortest-path.
  const prepared = prepareGraph(network, buildInfrastructureGraphs(network), new Set());
  const shipment = resolveShipment({ teu: 2 }, DEFAULT_COSTING);
  const weights = combineWeights(
    criteriaArrays(prepared, shipment, DEFAULT_COSTING),
    objectiveWeights('balanced', shipment, DEFAULT_COSTING),
  );
  const weightOf = new Map(prepared.compiled.edgeKeys.map((key, e) => [key, weights[e] as number]));
  const graph = prepared.routing.graph;
  const reference = (from: string, to: string) => ({
    name: 'graphology-shortest-path dijkstra.bidirectional, same graph and weights (path only)',
    run: () =>
      dijkstra.bidirectional(
        graph,
        routingNodeKey.placeOut(from),
        routingNodeKey.placeIn(to),
        (edge) => weightOf.get(edge) ?? Number.POSITIVE_INFINITY,
      ),
  });
  const q = { from: 'CNXMN', to: 'DEDUI', teu: 2 } as const;
  // A user trying nine sets of closed passages in turn: each set's graph is built once, then the router's
  // LRU graph cache (graph/graph-cache.ts) serves it (before it, a Map of 8 evicting the oldest rebuilt each).
  const closureSets: PassageId[][] = [
    [],
    ['panama'],
    ['hormuz'],
    ['sunda'],
    ['gibraltar'],
    ['dover'],
    ['luzon-strait'],
    ['panama', 'hormuz'],
    ['sunda', 'panama'],
  ];
  let rotation = 0;
  const from = prepared.compiled.nodeIndex.get(routingNodeKey.placeOut('CNXMN')) as number;
  const to = prepared.compiled.nodeIndex.get(routingNodeKey.placeIn('DEDUI')) as number;
  return [
    {
      name: 'search only: Xiamen → Duisburg, balanced, expanded graph',
      run: () => {
        prepared.search.run([from], weights, { target: to });
        return prepared.search.pathEdges(to);
      },
      reference: reference('CNXMN', 'DEDUI'),
      runs: 500,
    },
    {
      name: 'best route Xiamen → Duisburg, balanced (whole query, itinerary)',
      run: () => router.route({ ...q, objective: 'balanced' }),
      runs: 200,
    },
    {
      name: 'best route Xiamen → Rotterdam, time, sea only',
      run: () => router.route({ from: 'CNXMN', to: 'NLRTM', modes: ['sea'] }),
      runs: 200,
    },
    {
      name: 'best route Xiamen → Duisburg, dated 2026-12-01',
      run: () => router.route({ ...q, depart: '2026-12-01' }),
      runs: 100,
    },
    {
      name: '3 alternatives Xiamen → Duisburg, balanced',
      run: () => router.route({ ...q, objective: 'balanced', alternatives: 3 }),
      runs: 100,
    },
    { name: 'Pareto front Xiamen → Duisburg (time, cost, CO2e)', run: () => router.pareto(q), runs: 100 },
    { name: 'Pareto front Chengdu → Singapore', run: () => router.pareto({ from: 'chengdu', to: 'SGSIN' }), runs: 100 },
    {
      name: 'best route Xiamen → Duisburg, nine closure sets in rotation',
      run: () => router.route({ ...q, avoidPassages: closureSets[rotation++ % closureSets.length] ?? [] }),
      runs: 90,
    },
  ];
}
