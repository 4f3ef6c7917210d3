/**
 * Corridor utilization in the engine worker: assignment runs, the detail of an element of the last run (flows by
 * service, mode and corridor; select-link), and corridor capacity (the engine's `maxflow`). Refusals cross to the
 * page as `errorBody`. The library's result stays here; the page gets plain summaries (see `utilization-api.ts`).
 *
 * The assignment runs `assign` of `@corridor/core/flow` on the engine's own compiled graph (its graph cache, the
 * graph `engine.assign` uses), not `engine.assign`: the flow map and the element detail need the full
 * `AssignmentResult` (compiled edges, edge flows, OD paths), which the engine's plain `AssignmentAnswer` drops.
 * The summary the page gets is the engine's `AssignmentAnswer` shape plus the dashboard's views of the result.
 */
import { errorBody } from '@corridor/core/engine';
import { type AssignmentMethod, type AssignmentResult, selectEdges } from '@corridor/core/flow';
import { CorridorError, type Mode, type Network } from '@corridor/core/model';
import { flowMapData } from './flow-map-data';
import { lonLatBounds } from './lon-lat-bounds';
import type { OpenDataset } from './open-dataset';
import { withPlaceNames } from './place-names';
import type {
  AssignmentAnswer,
  AssignmentProgress,
  BottleneckAnswer,
  BottleneckQuery,
  CorridorRef,
  ElementDetail,
  ElementDetailAnswer,
  ThroughputPart,
} from './utilization-api';

/** The engine's utilization methods, over whichever dataset is current. */
export interface UtilizationEngine {
  assign(
    dataset: OpenDataset,
    method: AssignmentMethod,
    onProgress?: (progress: AssignmentProgress) => void,
  ): AssignmentAnswer;
  /** Runs the assignment ahead of the click; the dataset's engine keeps it (see `UtilizationApi.prepareAssignment`). */
  prepareAssignment(dataset: OpenDataset, method: AssignmentMethod): void;
  elementDetail(dataset: OpenDataset, id: string): ElementDetailAnswer;
  bottleneck(dataset: OpenDataset, query: BottleneckQuery): BottleneckAnswer;
  regions(dataset: OpenDataset): readonly string[];
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
 * Creates the utilization engine. It keeps the last assignment of each network (whatever its method: the detail
 * of an element is of the run the page shows); the compiled graph is the dataset engine's, from its graph cache.
 * @returns the engine
 * @example
 * const engine = createUtilizationEngine();
 * const answer = engine.assign(openDataset(fujianNetwork, 'bundled'), 'equilibrium');
 * if (answer.ok) answer.summary.totals.servedTeuPerWeek; // 13471
 */
export function createUtilizationEngine(): UtilizationEngine {
  const results = new WeakMap<Network, AssignmentResult>();

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
    assign({ network, engine }, method, onProgress) {
      const started = performance.now();
      try {
        let result: AssignmentResult | undefined;
        const answer = engine.assign(
          { method },
          {
            ...(onProgress === undefined
              ? {}
              : {
                  onProgress: (record) =>
                    onProgress({ iteration: record.iteration, relativeGap: record.relativeGap, phase: record.phase }),
                }),
            // The full result stays in the worker, for the flow map, the element detail and select-link.
            onResult: (full) => {
              result = full;
            },
          },
        );
        if (result === undefined) throw new CorridorError('invalid-argument', 'the assignment did not run');
        results.set(network, result);
        const summary = {
          ...answer,
          history: answer.history.map(({ iteration, relativeGap, phase }) => ({ iteration, relativeGap, phase })),
          services: result.services,
          unserved: withPlaceNames(answer.unserved, network),
          flowMap: flowMapData(result, network),
          elapsedMs: performance.now() - started,
        };
        return { ok: true, summary };
      } catch (error) {
        return { ok: false, error: errorBody(error) };
      }
    },
    prepareAssignment({ engine }, method) {
      try {
        engine.assign({ method, history: false });
      } catch {
        // The run the user then asks for reports the problem.
      }
    },
    elementDetail({ network }, id) {
      try {
        const result = results.get(network);
        if (result === undefined) throw new CorridorError('invalid-argument', 'run an assignment first');
        return { ok: true, detail: detailOf(network, result, id) };
      } catch (error) {
        return { ok: false, error: errorBody(error) };
      }
    },
    bottleneck({ engine }, query) {
      const started = performance.now();
      try {
        const capacity = engine.maxflow({
          from: query.from,
          to: query.to,
          ...(query.modes === undefined ? {} : { modes: [...query.modes] }),
        });
        return { ok: true, bottleneck: { ...capacity, elapsedMs: performance.now() - started } };
      } catch (error) {
        return { ok: false, error: errorBody(error) };
      }
    },
    regions: ({ network }) => [...new Set(network.places.flatMap((place) => place.regions))].sort(),
  };
}
