import type { LonLat, Mode, Network, PassageId, Service } from '../model/network.js';
import { pathLengthKm } from './great-circle-path.js';
import type { InfrastructureGraphs, WayGraph } from './infrastructure-graphs.js';
import { type InfrastructurePath, infrastructurePath } from './infrastructure-path.js';

/** The geometry of one leg of a service, between two consecutive stops. */
export interface ServiceLegGeometry {
  readonly serviceId: string;
  readonly mode: Mode;
  /** Index of the leg's first stop in `service.stops`. */
  readonly index: number;
  readonly fromTerminalId: string;
  readonly toTerminalId: string;
  /**
   * Along the infrastructure: sea lanes, road links or the great circle from geometry; rail tracks by their
   * route km where the dataset gives it (else their drawn line).
   */
  readonly distanceKm: number;
  readonly passages: readonly PassageId[];
  /** The way ids the leg runs along (empty for air). */
  readonly ways: readonly string[];
  /** Points from the first stop to the second (not densified; draw with `greatCirclePath`). */
  readonly points: readonly LonLat[];
}

/** Open-network legs precomputed for a network object (a bundled dataset's build), by service id. */
const registered = new WeakMap<Network, ReadonlyMap<string, readonly ServiceLegGeometry[]>>();

/**
 * Registers the legs of every service of a network with no passage avoided, as {@link serviceLegs} computed them
 * at build time: `@corridor/data` registers the bundled dataset's, so its first graph is built without searching
 * the infrastructure. Held for that network object only (a scenario's network is a new object, computed afresh).
 *
 * @param network - the network object the legs belong to (keep it unchanged)
 * @param legsByService - each service's `serviceLegs(network, graphs, service).legs`, by service id
 * @returns the network, for `const network = registerServiceLegs({ ... }, legs)`
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, registerServiceLegs, serviceLegs } from '@corridor/core/geo';
 * import { loadNetwork } from '@corridor/core/load';
 * import { readDatasetDirectory } from '@corridor/core/node';
 *
 * // At build time: compute each service's legs once, and ship them with the network.
 * const network = loadNetwork(readDatasetDirectory('data/fujian'));
 * const graphs = buildInfrastructureGraphs(network);
 * const legs = Object.fromEntries(network.services.map((s) => [s.id, serviceLegs(network, graphs, s).legs]));
 * // At run time: register them, and the first graph is built without searching the sea lanes.
 * const registered = registerServiceLegs(network, legs);
 * console.log(registered === network, Object.keys(legs).length); // → true 65
 * ```
 */
export function registerServiceLegs<N extends Network>(
  network: N,
  legsByService: Readonly<Record<string, readonly ServiceLegGeometry[]>>,
): N {
  registered.set(network, new Map(Object.entries(legsByService)));
  return network;
}

/**
 * The legs' infrastructure paths, by graph (built once and never changed: `buildInfrastructureGraphs`), ends and
 * closures. A scenario builds two or three graphs on the same infrastructure — its own network with the passages
 * closed, its open legs (the diversion's extra km, the backtracking check), the base with the same closures for the
 * re-routing cost — and each leg is searched once for all of them.
 */
const LEG_PATHS = new WeakMap<WayGraph, Map<string, InfrastructurePath | undefined>>();

function legPath(
  graph: WayGraph,
  from: string,
  to: string,
  avoidPassages: ReadonlySet<PassageId>,
  closedNodes: ReadonlySet<string>,
): InfrastructurePath | undefined {
  let paths = LEG_PATHS.get(graph);
  if (paths === undefined) {
    paths = new Map();
    LEG_PATHS.set(graph, paths);
  }
  const key = `${from}>${to}|${[...avoidPassages].sort().join(',')}|${[...closedNodes].sort().join(',')}`;
  if (paths.has(key)) return paths.get(key);
  const path = infrastructurePath(graph, from, to, { avoidPassages, closedNodes });
  paths.set(key, path);
  return path;
}

/**
 * Border crossings where the gauge changes: a train may only pass them as a stop.
 *
 * @example
 * ```ts
 * import { gaugeChangeCrossings } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const crossings = gaugeChangeCrossings(fujianNetwork);
 * console.log(crossings.size, crossings.has('brest_malaszewicze'), crossings.has('khorgos_altynkol')); // → 9 true true
 * ```
 */
export function gaugeChangeCrossings(network: Network): Set<string> {
  return new Set(
    network.terminals.filter((t) => t.kind === 'border-crossing' && t.gaugeMm !== t.farGaugeMm).map((t) => t.id),
  );
}

/**
 * The legs of a service along the infrastructure, with distances from the infrastructure graphs (rail:
 * route km where given, so the points drawn and the kilometres counted may differ). A leg with no
 * path (impossible in a validated network unless passages are avoided) is left out and its stop pair
 * is listed in `unroutable`. With no passage avoided, legs registered for the network
 * ({@link registerServiceLegs}) are returned without a search.
 *
 * @param network - the validated network
 * @param graphs - its infrastructure graphs
 * @param service - one of its services
 * @param avoidPassages - passages the sea legs may not use (for scenarios)
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, serviceLegs } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = buildInfrastructureGraphs(fujianNetwork);
 * const service = fujianNetwork.services.find((s) => s.id === 'srm-emirates-wafa');
 * if (service) {
 *   const { legs, unroutable } = serviceLegs(fujianNetwork, graphs, service);
 *   console.log(legs.map((leg) => `${leg.toTerminalId} ${Math.round(leg.distanceKm)} km`)); // → [ 'ytn_port 543 km', 'jea_port 9205 km', 'dmm_port 609 km' ]
 *   console.log(unroutable); // → []
 * }
 * ```
 */
export function serviceLegs(
  network: Network,
  graphs: InfrastructureGraphs,
  service: Service,
  avoidPassages: ReadonlySet<PassageId> = new Set(),
): { legs: ServiceLegGeometry[]; unroutable: [string, string][] } {
  const known = avoidPassages.size === 0 ? registered.get(network)?.get(service.id) : undefined;
  if (known !== undefined) return { legs: [...known], unroutable: [] };
  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const closedNodes = service.mode === 'rail' ? gaugeChangeCrossings(network) : new Set<string>();
  const legs: ServiceLegGeometry[] = [];
  const unroutable: [string, string][] = [];
  for (let index = 0; index + 1 < service.stops.length; index++) {
    const fromTerminalId = service.stops[index]?.terminalId as string;
    const toTerminalId = service.stops[index + 1]?.terminalId as string;
    const base = { serviceId: service.id, mode: service.mode, index, fromTerminalId, toTerminalId };
    if (service.mode === 'air') {
      const points = [terminals.get(fromTerminalId)?.position, terminals.get(toTerminalId)?.position] as LonLat[];
      legs.push({ ...base, distanceKm: pathLengthKm(points), passages: [], ways: [], points });
      continue;
    }
    const graph = graphs[service.mode];
    const path = legPath(graph, fromTerminalId, toTerminalId, avoidPassages, closedNodes);
    if (path === undefined) {
      unroutable.push([fromTerminalId, toTerminalId]);
      continue;
    }
    legs.push({ ...base, distanceKm: path.distanceKm, passages: path.passages, ways: path.ways, points: path.points });
  }
  return { legs, unroutable };
}
