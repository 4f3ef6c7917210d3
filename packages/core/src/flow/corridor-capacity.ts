import { MultiDirectedGraph } from 'graphology';
import { routingNodeKey } from '../graph/build-routing-graph.js';
import { compileGraph } from '../graph/compiled-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { NetworkLookup } from '../load/network-lookup.js';
import { CorridorError } from '../model/corridor-error.js';
import type { Mode, Network } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { HARD_CAPACITY_KINDS } from './assignment-problem.js';
import { type CapacityOptions, capacityElements, type ElementKind } from './capacity-elements.js';
import { maxFlow } from './max-flow.js';

/** An element of a minimum cut, with the capacity it contributes. */
export interface CutElement {
  readonly id: string;
  readonly kind: ElementKind;
  readonly nameEn: string;
  readonly nameZh: string;
  /** Spare capacity it contributes: its capacity less its background traffic (0 when that fills it). */
  readonly capacityTeuPerWeek: number;
  /** Background (non-Fujian) traffic on it per week; 0 for services and most terminals. */
  readonly backgroundTeuPerWeek: number;
}

/** A soft element (terminal, border crossing) the maximum flow passes: it queues, it does not bound. */
export interface QueueElement extends Omit<CutElement, 'capacityTeuPerWeek'> {
  /** Its whole capacity per week (background included), not a spare one: it bounds nothing. */
  readonly capacityTeuPerWeek: number;
}

/** How much two sets of places can exchange by container per week, and what limits it. */
export interface CorridorCapacity {
  /** `Infinity` when an uncapacitated chain joins the sets (road only, or services without capacity). */
  readonly maxFlowTeuPerWeek: number;
  /** The elements of the minimum cut; their capacities add up to the maximum flow. */
  readonly cut: readonly CutElement[];
  /**
   * Soft elements with a capacity that the maximum flow passes (e.g. Małaszewicze): the assignment queues
   * there (volume-delay) rather than stopping, so they do not bound the flow; listed with their capacity and
   * background so a reader sees where the queues will be.
   */
  readonly queues: readonly QueueElement[];
  /** The kinds of element whose capacity bounds the flow (the assignment's hard capacities). */
  readonly hardKinds: readonly ElementKind[];
  readonly fromPlaceIds: readonly string[];
  readonly toPlaceIds: readonly string[];
}

/**
 * Resolves a set of places: `region:<name>` (every place whose `regions` list it) or a comma list of
 * places (ids, codes, names).
 *
 * @throws CorridorError `unknown-reference` with a "did you mean" for an unknown region or place
 * @example
 * ```ts
 * import { placeSet } from '@corridor/core/flow';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const lookup = createNetworkLookup(fujianNetwork);
 * console.log(placeSet(fujianNetwork, lookup, 'region:fujian')); // → [ 'CNXMN', 'CNFOC', 'CNQZJ', 'pingtan', 'wuyishan' ]
 * console.log(placeSet(fujianNetwork, lookup, 'Xiamen,Duisburg')); // → [ 'CNXMN', 'DEDUI' ]
 * ```
 */
export function placeSet(network: Network, lookup: NetworkLookup, spec: string): string[] {
  const ids = new Set<string>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    if (part.startsWith('region:')) {
      const region = part.slice('region:'.length);
      const members = network.places.filter((p) => p.regions.includes(region)).map((p) => p.id);
      if (members.length === 0) {
        const regions = [...new Set(network.places.flatMap((p) => p.regions))].sort();
        const hint = didYouMean(suggest(region, regions));
        throw new CorridorError(
          'unknown-reference',
          `unknown region "${region}"${hint === '' ? `; regions: ${regions.join(', ')}` : hint}`,
        );
      }
      for (const id of members) ids.add(id);
    } else {
      ids.add(lookup.findPlace(part, 'place').id);
    }
  }
  if (ids.size === 0)
    throw new CorridorError('invalid-argument', `empty set of places "${spec}"; give places or region:<name>`);
  return [...ids];
}

/**
 * Corridor capacity (docs/architecture.md, "The life of an assignment"): the maximum container flow per week from one set of places to another
 * over the services, and the minimum cut mapped back to named elements ("CR Express (Xiamen): Xiamen →
 * Alashankou, 100 TEU per week"). It runs on the same capacities as the default assignment: the hard ones
 * (`hardKinds`, default `HARD_CAPACITY_KINDS`: service legs) bound the flow, each net of its
 * background traffic by the same rule (capacity − background, floored at 0); soft elements (terminals,
 * border crossings) queue in the assignment, so here they are unlimited and listed in `queues`. So the
 * maximum flow is never below what the assignment sends between the sets. A hard terminal or crossing
 * (when `hardKinds` names it) becomes a capacity arc between an in-node and an out-node that every box
 * through it passes (so a box may change trains at a crossing, and a transshipment counts once); roads are
 * unlimited; air is left out (boxes do not fly). The maximum flow equals the cut's capacity.
 *
 * @param prepared - the compiled routing graph
 * @param network - its network
 * @param from - origin place ids (see {@link placeSet})
 * @param to - destination place ids
 * @param options - TEU per train at borders; `modes` to measure one mode's corridor (default sea, rail, road);
 *   `hardKinds`, the kinds that bound (default: as the assignment's)
 * @example
 * ```ts
 * import { corridorCapacity, placeSet } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const lookup = createNetworkLookup(fujianNetwork);
 * const from = placeSet(fujianNetwork, lookup, 'region:fujian');
 * const to = placeSet(fujianNetwork, lookup, 'region:eu');
 * const prepared = createGraphCache().prepared(fujianNetwork);
 * const rail = corridorCapacity(prepared, fujianNetwork, from, to, { modes: ['rail', 'road'] });
 * console.log(Math.round(rail.maxFlowTeuPerWeek), rail.cut.length); // → 300 4
 * console.log(rail.cut[0]?.id, rail.cut[0]?.capacityTeuPerWeek); // → service:crx-xmn-duisburg-tilburg:0 100
 * ```
 */
export function corridorCapacity(
  prepared: PreparedGraph,
  network: Network,
  from: readonly string[],
  to: readonly string[],
  options: CapacityOptions & { readonly modes?: readonly Mode[]; readonly hardKinds?: readonly ElementKind[] } = {},
): CorridorCapacity {
  const modes = new Set<Mode>(options.modes ?? ['sea', 'rail', 'road']);
  const hardKinds = options.hardKinds ?? HARD_CAPACITY_KINDS;
  const hard = new Set(hardKinds);
  const elements = capacityElements(prepared, network, options).filter((e) => e.unit === 'teu');
  // Spare capacity: what background traffic (border crossings) leaves for the corridor's own flow.
  const spare = (k: number) => {
    const element = elements[k];
    if (element === undefined) return 0;
    if (!hard.has(element.kind)) return Number.POSITIVE_INFINITY;
    return Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
  };
  const routing = prepared.routing.graph;
  const graph = new MultiDirectedGraph<Record<string, never>, { capacity: number; element?: number; soft?: number }>();
  // Hard terminals and crossings with a finite capacity get an in-node and an out-node.
  const split = new Map<string, number>();
  // Soft ones are unlimited; the edges that load them are marked, to list the queues the flow passes.
  const softOf = new Map<string, number>();
  elements.forEach((element, k) => {
    if (element.kind === 'service-leg' || element.terminalId === undefined) return;
    if (!Number.isFinite(element.capacityPerWeek)) return;
    if (hard.has(element.kind)) split.set(element.terminalId, k);
    else for (const e of element.edges) softOf.set(prepared.compiled.edgeKeys[e] as string, k);
  });
  const legOf = new Map<string, number>();
  elements.forEach((element, k) => {
    if (element.kind === 'service-leg')
      for (const e of element.edges) legOf.set(prepared.compiled.edgeKeys[e] as string, k);
  });
  const node = (key: string) => {
    if (!graph.hasNode(key)) graph.addNode(key);
    return key;
  };
  routing.forEachNode((key) => node(key));
  for (const [terminalId, k] of split) {
    graph.addDirectedEdge(node(`cap-in:${terminalId}`), node(`cap-out:${terminalId}`), {
      capacity: spare(k),
      element: k,
    });
  }
  routing.forEachEdge((key, edge, source, target) => {
    // Boxes do not fly; road stays open for access and transfers whatever the modes.
    if (edge.mode === 'air' || (edge.mode !== 'road' && !modes.has(edge.mode))) return;
    let tail = source;
    let head = target;
    if (edge.kind === 'dwell' && edge.terminalId !== undefined && split.has(edge.terminalId)) {
      graph.addDirectedEdge(source, `cap-in:${edge.terminalId}`, { capacity: Number.POSITIVE_INFINITY });
      graph.addDirectedEdge(`cap-out:${edge.terminalId}`, target, { capacity: Number.POSITIVE_INFINITY });
      return;
    }
    const terminalNode = (id: string | undefined) => (id !== undefined && split.has(id) ? id : undefined);
    const sourceTerminal = routing.getNodeAttributes(source);
    const targetTerminal = routing.getNodeAttributes(target);
    if (sourceTerminal.kind === 'terminal' && terminalNode(sourceTerminal.terminalId))
      tail = `cap-out:${sourceTerminal.terminalId}`;
    if (targetTerminal.kind === 'terminal' && terminalNode(targetTerminal.terminalId))
      head = `cap-in:${targetTerminal.terminalId}`;
    const k = legOf.get(key);
    const soft = softOf.get(key);
    graph.addDirectedEdge(tail, head, {
      capacity: k === undefined ? Number.POSITIVE_INFINITY : spare(k),
      ...(k === undefined ? {} : { element: k }),
      ...(soft === undefined ? {} : { soft }),
    });
  });
  const compiled = compileGraph(graph);
  const attributes = compiled.edgeKeys.map((key) => graph.getEdgeAttributes(key));
  const capacity = Float64Array.from(attributes, (a) => a.capacity);
  const nodes = (ids: readonly string[], side: 'out' | 'in') =>
    ids
      .map((id) => compiled.nodeIndex.get(side === 'out' ? routingNodeKey.placeOut(id) : routingNodeKey.placeIn(id)))
      .filter((n): n is number => n !== undefined);
  const result = maxFlow(compiled, capacity, nodes(from, 'out'), nodes(to, 'in'));
  const cut = new Map<number, number>();
  for (const e of result.cut) {
    const k = attributes[e]?.element;
    if (k !== undefined) cut.set(k, (cut.get(k) ?? 0) + (capacity[e] as number));
  }
  // Arcs left with no spare capacity by background traffic also separate the sets: name them (at 0).
  for (let e = 0; e < capacity.length; e++) {
    const k = attributes[e]?.element;
    if (k === undefined || (capacity[e] as number) > 0 || (elements[k]?.backgroundPerWeek ?? 0) <= 0) continue;
    const tail = compiled.sources[e] as number;
    const head = compiled.targets[e] as number;
    if (result.sourceSide[tail] === 1 && result.sourceSide[head] === 0 && !cut.has(k)) cut.set(k, 0);
  }
  const queued = new Set<number>();
  attributes.forEach((a, e) => {
    if (a.soft !== undefined && (result.flow[e] as number) > 0) queued.add(a.soft);
  });
  return {
    maxFlowTeuPerWeek: result.value,
    queues: [...queued]
      .sort((a, b) => a - b)
      .map((k) => {
        const element = elements[k];
        return {
          id: element?.id ?? '',
          kind: element?.kind ?? 'terminal',
          nameEn: element?.nameEn ?? '',
          nameZh: element?.nameZh ?? '',
          capacityTeuPerWeek: element?.capacityPerWeek ?? 0,
          backgroundTeuPerWeek: element?.backgroundPerWeek ?? 0,
        };
      }),
    hardKinds,
    cut: [...cut]
      .map(([k, capacityTeuPerWeek]) => {
        const element = elements[k];
        return {
          id: element?.id ?? '',
          kind: element?.kind ?? 'service-leg',
          nameEn: element?.nameEn ?? '',
          nameZh: element?.nameZh ?? '',
          capacityTeuPerWeek,
          backgroundTeuPerWeek: element?.backgroundPerWeek ?? 0,
        };
      })
      .sort((a, b) => b.capacityTeuPerWeek - a.capacityTeuPerWeek || a.id.localeCompare(b.id)),
    fromPlaceIds: from,
    toPlaceIds: to,
  };
}
