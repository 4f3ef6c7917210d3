import type { LineString } from 'geojson';
import type { CriteriaArrays } from '../costing/criteria-arrays.js';
import {
  hubOperationEmissions,
  sumTransportOperations,
  transportOperationEmissions,
} from '../costing/operation-emissions.js';
import { legReeferCharge } from '../costing/reefer-surcharge.js';
import { greatCirclePath } from '../geo/great-circle-path.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { RoutingNode } from '../graph/routing-edge.js';
import type {
  BorderCrossing,
  Itinerary,
  ItineraryLeg,
  ItineraryStop,
  ItineraryWait,
  Totals,
} from '../model/itinerary.js';
import type { LonLat, Mode, Network, PassageId } from '../model/network.js';
import { roundTo } from '../model/round-to.js';
import { nextDeparture } from './next-departure.js';

const MS_PER_HOUR = 3_600_000;

/** Names of places and terminals, for itineraries. */
export interface StopDirectory {
  /** The stop a routing node stands for: its place or terminal, named in both languages. */
  stop(node: RoutingNode): ItineraryStop;
  /** A service's English name, if the network has the service. */
  serviceName(serviceId: string): string | undefined;
}

/** Builds the directory of a network's places and terminals. */
export function stopDirectory(network: Network): StopDirectory {
  const places = new Map(network.places.map((p) => [p.id, p]));
  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const services = new Map(network.services.map((s) => [s.id, s.nameEn]));
  return {
    serviceName: (serviceId) => services.get(serviceId),
    stop(node) {
      if ('placeId' in node) {
        const p = places.get(node.placeId);
        return {
          id: node.placeId,
          nameEn: p?.nameEn ?? node.placeId,
          nameZh: p?.nameZh ?? '',
          kind: 'place',
          position: node.position,
        };
      }
      const t = terminals.get(node.terminalId);
      return {
        id: node.terminalId,
        nameEn: t?.nameEn ?? node.terminalId,
        nameZh: t?.nameZh ?? '',
        kind: 'terminal',
        position: node.position,
      };
    },
  };
}

const round5 = (x: number) => roundTo(x, 5);

function lineOf(points: readonly LonLat[]): LineString {
  return { type: 'LineString', coordinates: greatCirclePath(points).map(([lon, lat]) => [round5(lon), round5(lat)]) };
}

/** A leg's geometry when the caller asked for no lines (`QueryOptions.lines: false`): a new empty line each time. */
const noLine = (): LineString => ({ type: 'LineString', coordinates: [] });

function appendUnique<T>(into: T[], items: readonly T[]): void {
  for (const item of items) if (into.at(-1) !== item) into.push(item);
}

const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Shifts each leg's line by whole turns of longitude so that it starts where the previous leg ended: a
 * delivery in Los Angeles after a Pacific crossing drawn at lon 241.8 is drawn at 241.8 too, not at −118.2.
 */
function joinAcrossAntimeridian(legs: ItineraryLeg[]): void {
  let previousEnd: number | undefined;
  for (let i = 0; i < legs.length; i++) {
    const leg = legs[i] as ItineraryLeg;
    const coordinates = leg.geometry.coordinates;
    const start = coordinates[0]?.[0];
    if (previousEnd !== undefined && start !== undefined) {
      const turns = Math.round((previousEnd - start) / 360);
      if (turns !== 0) {
        const shifted = coordinates.map(([lon = 0, lat = 0]) => [round5(lon + turns * 360), lat]);
        legs[i] = { ...leg, geometry: { type: 'LineString', coordinates: shifted } };
      }
    }
    previousEnd = legs[i]?.geometry.coordinates.at(-1)?.[0];
  }
}

/**
 * Turns a path of compiled edges into an itinerary (quantities are summed after the search,
 * from the edge path, here only). In a timed search the clock is replayed along the path with exact waits
 * for each departure; otherwise a boarding waits half the headway on average.
 *
 * @param prepared - the graph the path is on
 * @param criteria - the costed edges for the shipment
 * @param path - compiled edge ids, origin to destination
 * @param directory - names of places and terminals
 * @param objectiveValue - what the search minimised
 * @param departMs - the departure instant of a timed search
 * @param lines - whether each leg gets its line (false: an empty `LineString`, for a caller that reads only figures)
 */
export function buildItinerary(
  prepared: PreparedGraph,
  criteria: CriteriaArrays,
  path: readonly number[],
  directory: StopDirectory,
  objectiveValue: number,
  departMs?: number,
  lines = true,
): Itinerary {
  const nodeOf = (compiledNode: number) => prepared.nodes[compiledNode] as RoutingNode;
  const legs: ItineraryLeg[] = [];
  const waits: ItineraryWait[] = [];
  const crossings: BorderCrossing[] = [];
  const originMs = departMs ?? 0;
  let clockMs = originMs;
  const sinceStart = (ms: number) => (ms - originMs) / MS_PER_HOUR;
  const edgeStartMs = new Map<number, number>();
  const timed = departMs !== undefined;
  const { shipment } = criteria;
  // `boardReeferUsd`: a sea leg's reefer surcharge, costed on its boarding edge but paid on the leg.
  let ride: { edges: number[]; startMs: number; from: ItineraryStop; boardReeferUsd?: number } | undefined;
  let boardings = 0;
  const closeRide = (to: ItineraryStop) => {
    if (ride === undefined) return;
    const first = prepared.edges[ride.edges[0] as number];
    const passages: PassageId[] = [];
    const countries: string[] = [];
    const points: LonLat[] = [];
    const legCrossings: string[] = [];
    const sum = { durationHours: 0, costUsd: 0, co2eKg: 0, distanceKm: 0 };
    let ttwCo2eKg = 0;
    let gaugeChangeWtwCo2eKg = 0;
    const split = { freightUsd: 0, borderUsd: 0, surchargeUsd: 0 };
    let reeferUsd = ride.boardReeferUsd ?? 0;
    sum.costUsd += reeferUsd;
    split.surchargeUsd += reeferUsd;
    for (const e of ride.edges) {
      const edge = prepared.edges[e];
      if (edge === undefined) continue;
      sum.durationHours += criteria.hours[e] as number;
      sum.costUsd += criteria.usd[e] as number;
      sum.co2eKg += criteria.co2eKg[e] as number;
      sum.distanceKm += criteria.distanceKm[e] as number;
      ttwCo2eKg += criteria.ttwCo2eKg[e] as number;
      // A dwell's emissions are a gauge change's lifts: a hub operation inside the ride, not transport.
      if (edge.kind === 'dwell') gaugeChangeWtwCo2eKg += criteria.co2eKg[e] as number;
      // A dwell's charge is paid at the border; a ride's surcharge apart from its rate; the rest is freight.
      const surchargeUsd = criteria.surchargeUsd?.[e] ?? 0;
      if (edge.kind === 'dwell') split.borderUsd += criteria.usd[e] as number;
      else split.freightUsd += (criteria.usd[e] as number) - surchargeUsd;
      split.surchargeUsd += surchargeUsd;
      reeferUsd += criteria.reeferUsd?.[e] ?? 0;
      appendUnique(
        passages,
        edge.passages.filter((p) => !passages.includes(p)),
      );
      appendUnique(countries, edge.countries);
      if (edge.kind === 'dwell' && edge.countries.length > 1) {
        legCrossings.push(edge.terminalId as string);
        crossings.push({
          terminal: directory.stop(nodeOf(prepared.compiled.sources[e] as number)),
          service: edge.serviceId as string,
          startHours: sinceStart(edgeStartMs.get(e) ?? clockMs),
          dwellHours: criteria.hours[e] as number,
          gaugeChange: edge.handlesCargo,
        });
      }
      if (edge.points.length > 0) points.push(...(points.length === 0 ? edge.points : edge.points.slice(1)));
    }
    const service = first?.serviceId;
    const serviceName = service === undefined ? undefined : directory.serviceName(service);
    const drayage = first?.ownTerminal === true || first?.withinPlace === true;
    const mode = first?.mode as Mode;
    legs.push({
      ...sum,
      mode,
      ...(drayage ? { drayage } : {}),
      ...(service === undefined ? {} : { service }),
      ...(serviceName === undefined ? {} : { serviceName }),
      from: ride.from,
      to,
      startHours: sinceStart(ride.startMs),
      ...(timed ? { departure: iso(ride.startMs), arrival: iso(clockMs) } : {}),
      passages,
      countries,
      borderCrossings: legCrossings,
      geometry: lines ? lineOf(points.length > 0 ? points : [ride.from.position, to.position]) : noLine(),
      emissions: {
        ...transportOperationEmissions(sum.co2eKg - gaugeChangeWtwCo2eKg, ttwCo2eKg, sum.distanceKm, shipment),
        gaugeChangeWtwCo2eKg,
      },
      costBreakdown: shipment.container === 'reefer' ? { ...split, reefer: legReeferCharge(mode, reeferUsd) } : split,
    });
    ride = undefined;
  };
  let lastWasAlight = false;
  for (const e of path) {
    const edge = prepared.edges[e];
    if (edge === undefined) continue;
    const afterAlight = lastWasAlight;
    lastWasAlight = edge.kind === 'alight';
    const from = directory.stop(nodeOf(prepared.compiled.sources[e] as number));
    const to = directory.stop(nodeOf(prepared.compiled.targets[e] as number));
    const hours = criteria.hours[e] as number;
    if (edge.kind === 'access' || edge.kind === 'egress' || edge.kind === 'road') {
      ride = { edges: [e], startMs: clockMs, from };
      clockMs += hours * MS_PER_HOUR;
      closeRide(to);
    } else if (edge.kind === 'board') {
      boardings++;
      const boardReeferUsd = criteria.reeferUsd?.[e] ?? 0;
      const cost = { costUsd: (criteria.usd[e] as number) - boardReeferUsd, co2eKg: criteria.co2eKg[e] as number };
      const previous = waits.at(-1);
      // A transshipment's discharge and loading at one terminal are one handling, listed once.
      if (previous?.kind === 'handling' && previous.at.id === from.id && afterAlight) {
        waits[waits.length - 1] = {
          ...previous,
          durationHours: previous.durationHours + hours,
          costUsd: previous.costUsd + cost.costUsd,
          co2eKg: previous.co2eKg + cost.co2eKg,
          lifts: 2,
          emissions: hubOperationEmissions(previous.co2eKg + cost.co2eKg, shipment),
        };
      } else {
        waits.push({
          at: from,
          kind: 'handling',
          startHours: sinceStart(clockMs),
          durationHours: hours,
          ...cost,
          ...(timed ? { start: iso(clockMs) } : {}),
          emissions: hubOperationEmissions(cost.co2eKg, shipment),
        });
      }
      clockMs += hours * MS_PER_HOUR;
      const run = prepared.boardRun[e];
      const departure =
        timed && run !== undefined
          ? nextDeparture(run, edge.stopIndex as number, clockMs)
          : clockMs + (criteria.waitHours[e] as number) * MS_PER_HOUR;
      const waitHours = (departure - clockMs) / MS_PER_HOUR;
      waits.push({
        at: from,
        kind: 'departure',
        startHours: sinceStart(clockMs),
        durationHours: waitHours,
        costUsd: 0,
        co2eKg: 0,
        ...(timed ? { start: iso(clockMs) } : {}),
      });
      clockMs = departure;
      ride = { edges: [], startMs: clockMs, from, ...(boardReeferUsd === 0 ? {} : { boardReeferUsd }) };
    } else if (edge.kind === 'alight') {
      closeRide(to);
      waits.push({
        at: to,
        kind: 'handling',
        startHours: sinceStart(clockMs),
        durationHours: hours,
        costUsd: criteria.usd[e] as number,
        co2eKg: criteria.co2eKg[e] as number,
        ...(timed ? { start: iso(clockMs) } : {}),
        emissions: hubOperationEmissions(criteria.co2eKg[e] as number, shipment),
      });
      clockMs += hours * MS_PER_HOUR;
    } else {
      ride?.edges.push(e);
      edgeStartMs.set(e, clockMs);
      clockMs += hours * MS_PER_HOUR;
    }
  }
  joinAcrossAntimeridian(legs);
  const totals: Totals = [...legs, ...waits].reduce<Totals>(
    (t, x) => ({
      durationHours: t.durationHours + x.durationHours,
      costUsd: t.costUsd + x.costUsd,
      co2eKg: t.co2eKg + x.co2eKg,
      distanceKm: t.distanceKm + ('distanceKm' in x ? x.distanceKm : 0),
    }),
    { durationHours: 0, costUsd: 0, co2eKg: 0, distanceKm: 0 },
  );
  const modes: Mode[] = [];
  const passages: PassageId[] = [];
  const countries: string[] = [];
  for (const leg of legs) {
    if (leg.drayage !== true && !modes.includes(leg.mode)) modes.push(leg.mode);
    for (const p of leg.passages) if (!passages.includes(p)) passages.push(p);
    appendUnique(countries, leg.countries);
  }
  const hubWtwCo2eKg =
    waits.reduce((kg, w) => kg + (w.emissions?.wtwCo2eKg ?? 0), 0) +
    legs.reduce((kg, leg) => kg + leg.emissions.gaugeChangeWtwCo2eKg, 0);
  return {
    totals,
    modes,
    transfers: Math.max(0, boardings - 1),
    legs,
    waits,
    borderCrossings: crossings,
    passages,
    countries,
    emissions: {
      wtwCo2eKg: totals.co2eKg,
      transportOperations: sumTransportOperations(
        legs.map((leg) => leg.emissions),
        shipment,
      ),
      hubOperations: hubOperationEmissions(hubWtwCo2eKg, shipment),
    },
    objectiveValue,
  };
}
