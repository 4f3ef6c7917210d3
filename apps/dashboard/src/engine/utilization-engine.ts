/**
 * Corridor utilization in the engine worker: assignment runs (`assign` of `@corridor/core/flow`), the detail of an
 * element of the last run (flows by service, mode and corridor; select-link), and corridor capacity by max-flow /
 * min-cut. The library's result stays here; the page gets plain summaries (see `utilization-api.ts`).
 */
import {
  type AssignmentMethod,
  type AssignmentResult,
  assign,
  calibrationReport,
  corridorCapacity,
  placeSet,
  selectEdges,
} from '@corridor/core/flow';
import { buildInfrastructureGraphs } from '@corridor/core/geo';
import { type PreparedGraph, prepareGraph } from '@corridor/core/graph';
import { createNetworkLookup } from '@corridor/core/load';
import { CorridorError, type Mode, type Network } from '@corridor/core/model';
import { flowMapData } from './flow-map-data';
import { lonLatBounds } from './lon-lat-bounds';
import { withPlaceNames } from './place-names';
import type {
  AssignmentAnswer,
  AssignmentProgress,
  BottleneckAnswer,
  BottleneckQuery,
  CorridorRef,
  ElementDetail,
  ElementDetailAnswer,
  EngineFailure,
  ThroughputPart,
} from './utilization-api';

/** The engine's utilization methods, over whichever network is current. */
export interface UtilizationEngine {
  assign(
    network: Network,
    method: AssignmentMethod,
    onProgress?: (progress: AssignmentProgress) => void,
  ): AssignmentAnswer;
  elementDetail(network: Network, id: string): ElementDetailAnswer;
  bottleneck(network: Network, query: BottleneckQuery): BottleneckAnswer;
  regions(network: Network): readonly string[];
}

function failure(error: unknown): EngineFailure {
  if (error instanceof CorridorError) return { code: error.code, message: error.message };
  return { code: 'internal', message: String(error) };
}

/** Prefix of a corridor's id in {@link UtilizationEngine.elementDetail}. */
export const CORRIDOR_PREFIX = 'corridor:';

/**
 * Flow through a set of compiled edges, by the service of each edge (board, alight, dwell and ride edges carry
 * one), in the element's unit.
 */
function partsOf(
  result: AssignmentResult,
  network: Network,
  edgeIds: readonly number[],
  unit: 'teu' | 'tonnes',
  corridorsOf: ReadonlyMap<string, readonly string[]>,
): ThroughputPart[] {
  const flow = unit === 'teu' ? result.edgeFlowTeu : result.edgeFlowTonnes;
  const services = new Map(network.services.map((service) => [service.id, service]));
  const byService = new Map<string, number>();
  for (const e of edgeIds) {
    const serviceId = result.problem.prepared.edges[e]?.serviceId;
    const amount = flow[e] ?? 0;
    if (serviceId === undefined || !(amount > 0)) continue;
    byService.set(serviceId, (byService.get(serviceId) ?? 0) + amount);
  }
  return [...byService]
    .flatMap(([serviceId, flowPerWeek]) => {
      const service = services.get(serviceId);
      if (service === undefined) return [];
      return [
        {
          serviceId,
          serviceNameEn: service.nameEn,
          serviceNameZh: service.nameZh ?? service.nameEn,
          mode: service.mode as Mode,
          corridorIds: corridorsOf.get(serviceId) ?? [],
          flowPerWeek,
        },
      ];
    })
    .sort((a, b) => b.flowPerWeek - a.flowPerWeek || a.serviceId.localeCompare(b.serviceId));
}

/**
 * Creates the utilization engine. It keeps the last assignment of each network (for the detail of its elements)
 * and one compiled routing graph per network, reused by every run and by corridor capacity.
 * @returns the engine
 * @example
 * const engine = createUtilizationEngine();
 * const answer = engine.assign(fujianNetwork, 'equilibrium');
 * if (answer.ok) answer.summary.totals.servedTeuPerWeek; // 13471
 */
export function createUtilizationEngine(): UtilizationEngine {
  const prepared = new WeakMap<Network, PreparedGraph>();
  const results = new WeakMap<Network, AssignmentResult>();

  function graphOf(network: Network): PreparedGraph {
    let graph = prepared.get(network);
    if (graph === undefined) {
      graph = prepareGraph(network, buildInfrastructureGraphs(network), new Set());
      prepared.set(network, graph);
    }
    return graph;
  }

  function corridorIndex(network: Network): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const corridor of network.corridors)
      for (const id of corridor.serviceIds) index.set(id, [...(index.get(id) ?? []), corridor.id]);
    return index;
  }

  function detailOf(network: Network, result: AssignmentResult, id: string): ElementDetail {
    const corridorsOf = corridorIndex(network);
    const { problem } = result;
    const edgePoints = (edgeIds: Iterable<number>) =>
      [...edgeIds].flatMap((e) => problem.prepared.edges[e]?.points ?? []) as [number, number][];
    let detail: Omit<ElementDetail, 'corridors'>;
    if (id.startsWith(CORRIDOR_PREFIX)) {
      const corridorId = id.slice(CORRIDOR_PREFIX.length);
      const corridor = network.corridors.find((c) => c.id === corridorId);
      const flow = result.corridors.find((c) => c.id === corridorId);
      if (corridor === undefined || flow === undefined)
        throw new CorridorError('unknown-reference', `unknown corridor "${corridorId}"`);
      const services = new Set(corridor.serviceIds);
      const legs = problem.elements.filter(
        (element) =>
          element.kind === 'service-leg' && element.serviceId !== undefined && services.has(element.serviceId),
      );
      const rideEdges = legs.flatMap((leg) => leg.edges);
      const boardEdges: number[] = [];
      problem.prepared.edges.forEach((edge, e) => {
        if (edge.kind === 'board' && edge.serviceId !== undefined && services.has(edge.serviceId)) boardEdges.push(e);
      });
      detail = {
        id,
        kind: 'corridor',
        nameEn: flow.nameEn,
        nameZh: flow.nameZh,
        unit: flow.unit,
        flowPerWeek: flow.carriedPerWeek,
        backgroundPerWeek: 0,
        capacityPerWeek: flow.capacityPerWeek,
        utilization: flow.utilization,
        // Boardings per service: what each carried (a box on two legs counts once), as the corridor's own total.
        parts: partsOf(result, network, boardEdges, flow.unit, corridorsOf),
        ods: withPlaceNames(selectEdges(result, new Set(rideEdges)), network),
        bounds: lonLatBounds(edgePoints(rideEdges)),
      };
    } else {
      const element = problem.elements.find((e) => e.id === id);
      const flow = result.elements.find((e) => e.id === id);
      if (element === undefined || flow === undefined)
        throw new CorridorError('unknown-reference', `unknown element "${id}"`);
      const terminal =
        element.terminalId === undefined ? undefined : network.terminals.find((t) => t.id === element.terminalId);
      detail = {
        id,
        kind: flow.kind,
        nameEn: flow.nameEn,
        nameZh: flow.nameZh,
        unit: flow.unit,
        flowPerWeek: flow.flowPerWeek,
        backgroundPerWeek: flow.backgroundPerWeek,
        capacityPerWeek: flow.capacityPerWeek,
        utilization: flow.utilization,
        parts: partsOf(result, network, element.edges, flow.unit, corridorsOf),
        ods: withPlaceNames(selectEdges(result, new Set(element.edges)), network),
        bounds:
          terminal === undefined
            ? lonLatBounds(edgePoints(element.edges))
            : lonLatBounds([terminal.position as [number, number]]),
      };
    }
    const named = new Set(detail.parts.flatMap((part) => part.corridorIds));
    const corridors: CorridorRef[] = network.corridors
      .filter((c) => named.has(c.id))
      .map((c) => ({ id: c.id, nameEn: c.nameEn, nameZh: c.nameZh }));
    return { ...detail, corridors };
  }

  return {
    assign(network, method, onProgress) {
      const started = performance.now();
      try {
        const result = assign(network, {
          method,
          prepared: graphOf(network),
          ...(onProgress === undefined
            ? {}
            : {
                onIteration: (record) =>
                  onProgress({ iteration: record.iteration, relativeGap: record.relativeGap, phase: record.phase }),
              }),
        });
        results.set(network, result);
        const summary = {
          method: result.method,
          relativeGap: result.relativeGap,
          iterations: result.iterations,
          history: result.history.map(({ iteration, relativeGap, phase }) => ({ iteration, relativeGap, phase })),
          totals: result.totals,
          elements: result.elements,
          services: result.services,
          corridors: result.corridors,
          modeSplit: result.modeSplit,
          unserved: withPlaceNames(result.unserved, network),
          calibration: calibrationReport(result, network),
          flowMap: flowMapData(result, network),
          elapsedMs: 0,
        };
        return { ok: true, summary: { ...summary, elapsedMs: performance.now() - started } };
      } catch (error) {
        return { ok: false, error: failure(error) };
      }
    },
    elementDetail(network, id) {
      const result = results.get(network);
      if (result === undefined)
        return { ok: false, error: { code: 'no-assignment', message: 'run an assignment first' } };
      try {
        return { ok: true, detail: detailOf(network, result, id) };
      } catch (error) {
        return { ok: false, error: failure(error) };
      }
    },
    bottleneck(network, query) {
      const started = performance.now();
      try {
        const lookup = createNetworkLookup(network);
        const from = placeSet(network, lookup, query.from);
        const to = placeSet(network, lookup, query.to);
        const capacity = corridorCapacity(graphOf(network), network, from, to, {
          ...(query.modes === undefined ? {} : { modes: [...query.modes] }),
        });
        return {
          ok: true,
          bottleneck: {
            maxFlowTeuPerWeek: capacity.maxFlowTeuPerWeek,
            cut: capacity.cut.map((c) => ({ ...c })),
            fromPlaceIds: capacity.fromPlaceIds,
            toPlaceIds: capacity.toPlaceIds,
            elapsedMs: performance.now() - started,
          },
        };
      } catch (error) {
        return { ok: false, error: failure(error) };
      }
    },
    regions: (network) => [...new Set(network.places.flatMap((place) => place.regions))].sort(),
  };
}
