import { DirectedGraph } from 'graphology';
import { countriesAlong } from '../geo/countries-along.js';
import type { InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { type ServiceLegGeometry, serviceLegs } from '../geo/service-legs.js';
import type { Network, PassageId, Service, Terminal, WeeklyDeparture } from '../model/network.js';
import { dearestFares, type RunFares, runFares } from '../model/pair-fares.js';
import { HOURS_PER_WEEK } from '../model/units.js';
import { backtrackingLegs } from './backtracking-legs.js';
import type { RoutingEdge, RoutingNode } from './routing-edge.js';

/** One direction of a service as the graph runs it, with the timetable offsets of its stops. */
export interface ServiceRun {
  readonly serviceId: string;
  readonly reverse: boolean;
  readonly terminalIds: readonly string[];
  /** Hours from the departure at the first stop to the arrival at / departure from each stop. */
  readonly arrivalOffsetHours: readonly number[];
  readonly departureOffsetHours: readonly number[];
  /** Hours between departures (168 ÷ departures per week). */
  readonly headwayHours: number;
  /** Published weekly departures from the first stop, when the dataset gives them. */
  readonly departures?: readonly WeeklyDeparture[];
  readonly timeZone?: string;
}

/** The expanded graph of a network, and what was left out of it. */
export interface RoutingGraph {
  readonly graph: DirectedGraph<RoutingNode, RoutingEdge>;
  /** Directed service runs by `serviceId` + (`:reverse`). */
  readonly runs: ReadonlyMap<string, ServiceRun>;
  /** Services with a leg that has no path once passages are avoided: left out, not half-built. */
  readonly suspendedServices: readonly string[];
  readonly avoidedPassages: readonly PassageId[];
}

/** Node keys, in one place. */
export const routingNodeKey = {
  /** Where a shipment leaves a place (its first leg starts here). */
  placeOut: (placeId: string) => `place-out:${placeId}`,
  /** Where a shipment reaches a place (its last leg ends here). */
  placeIn: (placeId: string) => `place-in:${placeId}`,
  /** A terminal, where boxes wait, are handled and change vehicles. */
  terminal: (terminalId: string) => `terminal:${terminalId}`,
  /** `board` / `alight`: where a box pays its pair rate's part, on services priced per pair. */
  stop: (runKey: string, index: number, side: 'departure' | 'arrival' | 'board' | 'alight') =>
    `stop:${runKey}:${index}:${side}`,
};

/**
 * Key of a directed service run.
 *
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { buildRoutingGraph, runKey } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { runs } = buildRoutingGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork));
 * const homeward = runs.get(runKey('srm-emirates-wafa', true));
 * console.log(runKey('srm-emirates-wafa', true), homeward?.terminalIds); // → srm-emirates-wafa:reverse [ 'dmm_port', 'jea_port', 'ytn_port', 'xmn_port_haicang' ]
 * ```
 */
export function runKey(serviceId: string, reverse: boolean): string {
  return reverse ? `${serviceId}:reverse` : serviceId;
}

/** Countries a leg passes: along the line on land, the canals at sea (their banks' country). */
const PASSAGE_COUNTRY: Partial<Record<PassageId, string>> = { suez: 'EG', panama: 'PA' };

function legCountries(leg: ServiceLegGeometry, from: Terminal, to: Terminal): string[] {
  const country = (t: Terminal) => (t.kind === 'border-crossing' ? undefined : t.country);
  if (leg.mode === 'sea') {
    const canals = leg.passages.flatMap((p) => PASSAGE_COUNTRY[p] ?? []);
    return [from.country, ...canals, to.country].filter((c, i, all) => c !== all[i - 1]);
  }
  if (leg.mode === 'air') return from.country === to.country ? [from.country] : [from.country, to.country];
  return countriesAlong(leg.points, [country(from), country(to)]);
}

interface Context {
  readonly network: Network;
  readonly graph: DirectedGraph<RoutingNode, RoutingEdge>;
  readonly terminals: ReadonlyMap<string, Terminal>;
}

const noCharge = { usdPerTeu: 0, usdPerTonne: 0, averageWaitHours: 0, passages: [], countries: [], points: [] };

/**
 * Per-stop charges of a service priced per pair, in both units. The loader (and the scenario check) refuse
 * tables that cannot be charged exactly; should one reach here anyway, boxes pay the dearest rate into their
 * stop rather than nothing.
 */
function faresOf(service: Service, reverse: boolean, terminals: ReadonlyMap<string, Terminal>) {
  const isCrossing = (id: string) => terminals.get(id)?.kind === 'border-crossing';
  const of = (unit: 'usdPerTeu' | 'usdPerTonne'): RunFares => {
    const fares = runFares(service, reverse, unit, isCrossing);
    return 'problems' in fares ? dearestFares(service, reverse, unit, isCrossing) : fares;
  };
  return { teu: of('usdPerTeu'), tonne: of('usdPerTonne') };
}

function addRun(
  context: Context,
  service: Service,
  legs: ServiceLegGeometry[],
  reverse: boolean,
  base?: readonly number[],
) {
  const { graph, terminals } = context;
  const stops = reverse ? [...service.stops].reverse() : service.stops;
  const directed = reverse
    ? [...legs].reverse().map((leg) => ({ ...leg, points: [...leg.points].reverse(), passages: leg.passages }))
    : legs;
  const key = runKey(service.id, reverse);
  const totalKm = legs.reduce((sum, leg) => sum + leg.distanceKm, 0);
  const headwayHours = HOURS_PER_WEEK / (service.departures?.length ?? service.frequencyPerWeek ?? 1);
  const arrivalOffsetHours: number[] = [0];
  const departureOffsetHours: number[] = [0];
  const terminalIds = stops.map((s) => s.terminalId);
  const common = { mode: service.mode, serviceId: service.id, reverse, vehicle: service.vehicle };
  // Priced per pair: each box pays its boarding part on a fare edge from a boarding node, its alighting
  // part on one to an alighting node, and the legs' parts on the rides (model/pair-fares.ts) — exact, and
  // the service stays one chain, so each leg is one edge for capacity and flow.
  const fares = service.tariffs === undefined ? undefined : faresOf(service, reverse, terminals);
  for (let i = 0; i < stops.length; i++) {
    const terminal = terminals.get(terminalIds[i] as string) as Terminal;
    const node = { kind: 'stop-departure', serviceId: service.id, reverse, stopIndex: i } as const;
    const at = { terminalId: terminal.id, position: terminal.position };
    graph.addNode(routingNodeKey.stop(key, i, 'arrival'), { ...node, ...at, kind: 'stop-arrival' });
    graph.addNode(routingNodeKey.stop(key, i, 'departure'), { ...node, ...at });
    if (fares === undefined || terminal.kind === 'border-crossing') continue;
    if (i < stops.length - 1) graph.addNode(routingNodeKey.stop(key, i, 'board'), { ...node, ...at });
    if (i > 0) graph.addNode(routingNodeKey.stop(key, i, 'alight'), { ...node, ...at, kind: 'stop-arrival' });
  }
  for (let i = 0; i < stops.length; i++) {
    const terminal = terminals.get(terminalIds[i] as string) as Terminal;
    const stop = stops[i] as (typeof stops)[number];
    const arrival = routingNodeKey.stop(key, i, 'arrival');
    const departure = routingNodeKey.stop(key, i, 'departure');
    const handling = {
      ...noCharge,
      ...common,
      stopIndex: i,
      terminalId: terminal.id,
      distanceKm: 0,
      hours: terminal.handlingHours,
      usdPerTeu: terminal.handlingUsdPerTeu ?? 0,
      usdPerTonne: terminal.handlingUsdPerTonne ?? 0,
      handlesCargo: true,
    };
    const isCrossing = terminal.kind === 'border-crossing';
    if (i > 0 && i < stops.length - 1) {
      const gaugeChange = isCrossing && terminal.gaugeMm !== terminal.farGaugeMm;
      graph.addDirectedEdgeWithKey(`dwell:${key}:${i}`, arrival, departure, {
        ...(gaugeChange ? handling : { ...noCharge, ...common, stopIndex: i, terminalId: terminal.id }),
        kind: 'dwell',
        distanceKm: 0,
        hours: stop.dwellHours,
        handlesCargo: gaugeChange,
        countries: isCrossing ? [terminal.country, terminal.farCountry ?? terminal.country] : [terminal.country],
      });
    }
    if (isCrossing) {
      // Boxes are not booked on or off a train at a border; the dwell above is its whole cost.
    } else {
      const terminalNode = routingNodeKey.terminal(terminal.id);
      const fare = (side: 'board' | 'alight') => ({
        ...noCharge,
        ...common,
        kind: 'fare' as const,
        stopIndex: i,
        distanceKm: 0,
        hours: 0,
        usdPerTeu: fares?.teu[side][i] ?? 0,
        usdPerTonne: fares?.tonne[side][i] ?? 0,
        handlesCargo: false,
        countries: [terminal.country],
      });
      if (i < stops.length - 1) {
        const boarded = fares === undefined ? departure : routingNodeKey.stop(key, i, 'board');
        graph.addDirectedEdgeWithKey(`board:${key}:${i}`, terminalNode, boarded, {
          ...handling,
          kind: 'board',
          averageWaitHours: headwayHours / 2,
          countries: [terminal.country],
        });
        if (fares !== undefined)
          graph.addDirectedEdgeWithKey(`fare:${key}:${i}:board`, boarded, departure, fare('board'));
      }
      if (i > 0) {
        const alighting = fares === undefined ? arrival : routingNodeKey.stop(key, i, 'alight');
        if (fares !== undefined)
          graph.addDirectedEdgeWithKey(`fare:${key}:${i}:alight`, arrival, alighting, fare('alight'));
        graph.addDirectedEdgeWithKey(`alight:${key}:${i}`, alighting, terminalNode, {
          ...handling,
          kind: 'alight',
          countries: [terminal.country],
        });
      }
    }
    const leg = directed[i];
    if (leg === undefined) continue;
    const next = reverse ? stops[i] : stops[i + 1];
    const from = terminal;
    const to = terminals.get(terminalIds[i + 1] as string) as Terminal;
    // Running time as published, scaled by distance when a closure lengthens the leg; else distance ÷ speed.
    const baseKm = base?.[reverse ? legs.length - 1 - i : i] ?? leg.distanceKm;
    const hours =
      next?.runningHours === undefined
        ? leg.distanceKm / (service.speedKmh as number)
        : (next.runningHours * leg.distanceKm) / baseKm;
    const share = totalKm === 0 ? 0 : leg.distanceKm / totalKm;
    // A sea leg sent round a closed passage: the carrier's extra fuel and vessel time, costed per TEU-km.
    const diversionKm = service.mode === 'sea' && base !== undefined ? Math.max(0, leg.distanceKm - baseKm) : 0;
    graph.addDirectedEdgeWithKey(`ride:${key}:${i}`, departure, routingNodeKey.stop(key, i + 1, 'arrival'), {
      ...common,
      kind: 'ride',
      stopIndex: i,
      distanceKm: leg.distanceKm,
      hours,
      averageWaitHours: 0,
      usdPerTeu: fares === undefined ? (service.tariff?.usdPerTeu ?? 0) * share : (fares.teu.ride[i] ?? 0),
      usdPerTonne: fares === undefined ? (service.tariff?.usdPerTonne ?? 0) * share : (fares.tonne.ride[i] ?? 0),
      ...(diversionKm > 0 ? { diversionKm } : {}),
      handlesCargo: false,
      passages: leg.passages,
      countries: legCountries(leg, from, to),
      points: leg.points,
    });
    const dwellNext = i + 1 < stops.length - 1 ? (stops[i + 1]?.dwellHours ?? 0) : 0;
    arrivalOffsetHours.push((departureOffsetHours[i] as number) + hours);
    departureOffsetHours.push((arrivalOffsetHours[i + 1] as number) + dwellNext);
  }
  return {
    serviceId: service.id,
    reverse,
    terminalIds,
    arrivalOffsetHours,
    departureOffsetHours,
    headwayHours,
    ...(service.departures === undefined ? {} : { departures: service.departures }),
    ...(service.timeZone === undefined ? {} : { timeZone: service.timeZone }),
  } satisfies ServiceRun;
}

/** Open-network leg lengths per service, computed once per set of infrastructure graphs (every closure set needs them). */
const OPEN_LEG_KM = new WeakMap<InfrastructureGraphs, Map<Service, readonly number[]>>();

function openLegKm(network: Network, graphs: InfrastructureGraphs, service: Service): readonly number[] {
  let byService = OPEN_LEG_KM.get(graphs);
  if (byService === undefined) {
    byService = new Map();
    OPEN_LEG_KM.set(graphs, byService);
  }
  let km = byService.get(service);
  if (km === undefined) {
    km = serviceLegs(network, graphs, service).legs.map((l) => l.distanceKm);
    byService.set(service, km);
  }
  return km;
}

/**
 * Builds the expanded routing graph of a network (docs/architecture.md, "The life of a route query") on graphology: each service direction a
 * chain of stop nodes (arrival → dwell → departure → ride → next arrival), boarded and left at terminal
 * nodes with handling, places joined to terminals by road. Sea legs follow the lanes that remain open once
 * `avoidPassages` are closed — longer, with running times growing with distance, as carriers re-routed in
 * 2024; a service left with no way through is suspended and listed. Deterministic: file order throughout.
 *
 * @param network - a validated network
 * @param graphs - its infrastructure graphs (`buildInfrastructureGraphs`)
 * @param avoidPassages - passages closed to every sea leg
 * @returns the graph, its service runs with timetable offsets, and the suspended services
 * @example
 * ```ts
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { buildRoutingGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = buildInfrastructureGraphs(fujianNetwork);
 * const open = buildRoutingGraph(fujianNetwork, graphs);
 * console.log(open.graph.order, open.graph.size, open.runs.size); // → 1237 2032 114
 * const redSea = buildRoutingGraph(fujianNetwork, graphs, new Set(['bab-el-mandeb', 'suez'] as const));
 * console.log(redSea.avoidedPassages, redSea.suspendedServices.length); // → [ 'bab-el-mandeb', 'suez' ] 0
 * ```
 */
export function buildRoutingGraph(
  network: Network,
  graphs: InfrastructureGraphs,
  avoidPassages: ReadonlySet<PassageId> = new Set(),
): RoutingGraph {
  const graph = new DirectedGraph<RoutingNode, RoutingEdge>();
  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const places = new Map(network.places.map((p) => [p.id, p]));
  const context: Context = { network, graph, terminals };
  for (const place of network.places) {
    graph.addNode(routingNodeKey.placeOut(place.id), {
      kind: 'place-out',
      placeId: place.id,
      position: place.position,
    });
    graph.addNode(routingNodeKey.placeIn(place.id), { kind: 'place-in', placeId: place.id, position: place.position });
  }
  for (const terminal of network.terminals) {
    if (terminal.kind === 'border-crossing') continue;
    graph.addNode(routingNodeKey.terminal(terminal.id), {
      kind: 'terminal',
      terminalId: terminal.id,
      position: terminal.position,
    });
  }
  for (const link of network.roadLinks) {
    const way = graphs.road.hasEdge(link.id) ? graphs.road.getEdgeAttributes(link.id) : undefined;
    if (way === undefined) continue; // a longer duplicate of another link between the same ends
    const ends = [link.from, link.to] as const;
    for (const [a, b] of [ends, [ends[1], ends[0]] as const]) {
      const fromPlace = places.get(a);
      const toPlace = places.get(b);
      const kind = fromPlace !== undefined ? 'access' : toPlace !== undefined ? 'egress' : 'road';
      const source = fromPlace !== undefined ? routingNodeKey.placeOut(a) : routingNodeKey.terminal(a);
      const target = toPlace !== undefined ? routingNodeKey.placeIn(b) : routingNodeKey.terminal(b);
      if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
      const country = (id: string) => places.get(id)?.country ?? terminals.get(id)?.country ?? '';
      const terminalEnd = kind === 'access' ? b : kind === 'egress' ? a : undefined;
      const points = way.ends[0] === a ? way.points : [...way.points].reverse();
      const placeOf = (id: string) => terminals.get(id)?.placeId;
      const withinPlace = kind === 'road' && placeOf(a) !== undefined && placeOf(a) === placeOf(b);
      // First- and last-mile drayage between a place and one of its own terminals: what reaches the terminals
      // when the query leaves road unchecked (longer trucking is a road leg like any other).
      const placeEnd = fromPlace ?? toPlace;
      const ownTerminal = placeEnd !== undefined && terminalEnd !== undefined && placeOf(terminalEnd) === placeEnd.id;
      graph.addDirectedEdgeWithKey(`${kind}:${link.id}:${a}`, source, target, {
        ...noCharge,
        kind,
        mode: 'road',
        vehicle: 'truck',
        roadLinkId: link.id,
        ...(withinPlace ? { withinPlace } : {}),
        ...(ownTerminal ? { ownTerminal } : {}),
        ...(terminalEnd === undefined ? {} : { terminalId: terminalEnd }),
        ...((fromPlace ?? toPlace) ? { placeId: (fromPlace ?? toPlace)?.id as string } : {}),
        distanceKm: way.lengthKm,
        hours: 0,
        handlesCargo: false,
        countries: [country(a), country(b)].filter((c, i, all) => c !== all[i - 1]),
        points,
      });
    }
  }
  const runs = new Map<string, ServiceRun>();
  const suspendedServices: string[] = [];
  for (const service of network.services) {
    const { legs, unroutable } = serviceLegs(network, graphs, service, avoidPassages);
    // A closure that re-routes a ship back past its own other calls suspends the service (backtracking-legs.ts).
    const backtracks =
      avoidPassages.size > 0 && service.mode === 'sea' && unroutable.length === 0
        ? backtrackingLegs(
            service,
            legs,
            serviceLegs(network, graphs, service).legs,
            (id) => terminals.get(id)?.position,
          )
        : [];
    if (unroutable.length > 0 || backtracks.length > 0) {
      suspendedServices.push(service.id);
      continue;
    }
    // The open-network lengths: published running times scale from them, and a diverted sea leg pays for
    // the km beyond them.
    const needsBase =
      avoidPassages.size > 0 && (service.mode === 'sea' || service.stops.some((s) => s.runningHours !== undefined));
    const base = needsBase ? openLegKm(network, graphs, service) : undefined;
    for (const reverse of service.bidirectional ? [false, true] : [false]) {
      const run = addRun(context, service, legs, reverse, base);
      runs.set(runKey(service.id, reverse), run);
    }
  }
  return { graph, runs, suspendedServices, avoidedPassages: [...avoidPassages].sort() };
}
