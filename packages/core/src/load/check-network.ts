import type { DemandFlow, GaugeMm, Network, Terminal, TerminalKind } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { distanceToCoastKm, isOnLand } from './coastline.js';
import type { IssueList } from './issue-list.js';
import type { Locator } from './locator.js';

/**
 * A seaport farther than this from the Natural Earth 1:110m coastline is reported. River ports sit far up
 * their estuaries (Hamburg ≈ 100 km up the Elbe), so this catches swapped or mistyped coordinates, not metres.
 */
export const MAX_PORT_DISTANCE_FROM_COAST_KM = 150;
/**
 * A place or land terminal farther than this out at sea is reported. 1:110m leaves out islands such as
 * Pingtan and Xiamen Island, so the margin is wide; the dataset's own tests check sea lanes against 1:50m.
 */
export const MAX_LAND_POINT_OFFSHORE_KM = 100;

const STOP_KINDS: Record<string, readonly TerminalKind[]> = {
  sea: ['seaport'],
  rail: ['rail-terminal', 'inland-port', 'border-crossing'],
  air: ['airport'],
  road: ['seaport', 'rail-terminal', 'airport', 'border-crossing', 'inland-port'],
};

/** The key a demand row is located by: origin, destination and cargo class. */
export function demandKey(flow: Pick<DemandFlow, 'fromPlaceId' | 'toPlaceId' | 'cargo'>): string {
  return `${flow.fromPlaceId}>${flow.toPlaceId}>${flow.cargo}`;
}

type Adjacency = Map<string, { to: string; gaugeMm?: GaugeMm }[]>;

function addEdge(adjacency: Adjacency, from: string, to: string, gaugeMm?: GaugeMm): void {
  for (const [a, b] of [
    [from, to],
    [to, from],
  ] as const) {
    const list = adjacency.get(a) ?? [];
    list.push(gaugeMm === undefined ? { to: b } : { to: b, gaugeMm });
    adjacency.set(a, list);
  }
}

/** Breadth-first search; `passable(node)` says whether a path may go *through* a node. Returns the path. */
function findPath(
  adjacency: Adjacency,
  from: string,
  to: string,
  passable: (node: string) => boolean,
): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    if (node === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0] as string) as string);
      return path;
    }
    if (node !== from && !passable(node)) continue;
    for (const { to: next } of adjacency.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}

/**
 * Cross-file checks of a network whose files each parsed: unique ids, references that resolve, stop
 * kinds per mode, gauges, connectivity of every service leg, sources, and plausible geography.
 * `rawIds` are ids written in rows that failed to parse: references to them are not reported again.
 */
export function checkNetwork(
  network: Network,
  locate: Locator,
  issues: IssueList,
  rawIds: ReadonlySet<string> = new Set(),
): void {
  const report = (kind: string, key: string, detail: Omit<Parameters<IssueList['add']>[0], 'file'>) =>
    issues.add({ ...locate.get(kind, key), ...detail });

  // Ids: places, terminals, sea waypoints and rail junctions share one namespace.
  const nodes = new Map<string, string>();
  const claim = (kind: string, id: string) => {
    const first = nodes.get(id);
    if (first === undefined) nodes.set(id, kind);
    else {
      const where = locate.get(first, id);
      report(kind, id, {
        field: 'id',
        value: id,
        message: `duplicate id: also used in ${where.file}${where.row === undefined ? '' : ` row ${where.row}`}`,
        fix: 'give each place, terminal, waypoint and junction its own id',
      });
    }
  };
  for (const place of network.places) claim('place', place.id);
  for (const terminal of network.terminals) claim('terminal', terminal.id);
  for (const waypoint of network.seaWaypoints) claim('waypoint', waypoint.id);
  for (const junction of network.railJunctions) claim('junction', junction.id);
  for (const [kind, list] of [
    ['lane', network.seaLanes],
    ['track', network.railTracks],
    ['road', network.roadLinks],
    ['service', network.services],
    ['corridor', network.corridors],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) report(kind, id, { field: 'id', value: id, message: 'duplicate id', fix: 'make ids unique' });
      seen.add(id);
    }
  }

  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const places = new Map(network.places.map((p) => [p.id, p]));
  const waypoints = new Map(network.seaWaypoints.map((w) => [w.id, w]));
  const junctions = new Map(network.railJunctions.map((j) => [j.id, j]));
  // An id whose own row failed to parse was reported there; reporting its uses again would only add noise.
  const unknown = (kind: string, key: string, field: string, value: string, what: string, candidates: string[]) =>
    rawIds.has(value) ||
    report(kind, key, {
      field,
      value,
      message: `unknown ${what}${didYouMean(suggest(value, candidates))}`,
      fix: `use the id of a ${what}`,
    });

  // Sources.
  const sourceIds = new Set(network.sources.map((s) => s.id));
  const checkSources = (kind: string, key: string, ids: readonly string[], field = 'sources') => {
    if (ids.length === 0) {
      report(kind, key, { field, message: 'no source given', fix: 'cite at least one id from sources.csv' });
    }
    for (const id of ids) {
      if (!sourceIds.has(id)) unknown(kind, key, field, id, 'source in sources.csv', [...sourceIds]);
    }
  };
  for (const p of network.places) checkSources('place', p.id, p.sources);
  for (const t of network.terminals) checkSources('terminal', t.id, t.sources);
  for (const w of network.seaWaypoints) checkSources('waypoint', w.id, w.sources);
  for (const l of network.seaLanes) checkSources('lane', l.id, l.sources);
  for (const j of network.railJunctions) checkSources('junction', j.id, j.sources);
  for (const t of network.railTracks) checkSources('track', t.id, t.sources);
  for (const r of network.roadLinks) checkSources('road', r.id, r.sources);
  for (const s of network.services) {
    checkSources('service', s.id, s.sources);
    checkSources('service', s.id, s.tariff.sources, 'tariff.sources');
  }
  for (const c of network.corridors) checkSources('corridor', c.id, c.sources);
  for (const d of network.demand) checkSources('demand', demandKey(d), d.sources);

  // Terminals: their place.
  for (const t of network.terminals) {
    if (t.placeId !== undefined && !places.has(t.placeId)) {
      unknown('terminal', t.id, 'place', t.placeId, 'place', [...places.keys()]);
    }
  }

  // Sea lanes join sea waypoints and seaports.
  const sea: Adjacency = new Map();
  for (const lane of network.seaLanes) {
    let ok = true;
    for (const field of ['from', 'to'] as const) {
      const end = lane[field];
      if (!waypoints.has(end) && terminals.get(end)?.kind !== 'seaport') {
        ok = false;
        const candidates = [
          ...waypoints.keys(),
          ...network.terminals.filter((t) => t.kind === 'seaport').map((t) => t.id),
        ];
        unknown('lane', lane.id, field, end, 'sea waypoint or seaport', candidates);
      }
    }
    if (ok) addEdge(sea, lane.from, lane.to);
  }

  // Rail tracks join rail nodes with matching gauges.
  const rail: Adjacency = new Map();
  const railKinds: readonly TerminalKind[] = ['rail-terminal', 'inland-port', 'border-crossing'];
  const trackGauges = new Map<string, Set<GaugeMm>>();
  for (const track of network.railTracks) {
    let ok = true;
    for (const field of ['from', 'to'] as const) {
      const end = track[field];
      const terminal = terminals.get(end);
      if (!junctions.has(end) && (terminal === undefined || !railKinds.includes(terminal.kind))) {
        ok = false;
        const candidates = [
          ...junctions.keys(),
          ...network.terminals.filter((t) => railKinds.includes(t.kind)).map((t) => t.id),
        ];
        unknown(
          'track',
          track.id,
          field,
          end,
          'rail junction, rail terminal, inland port or border crossing',
          candidates,
        );
        continue;
      }
      const gauges = trackGauges.get(end) ?? new Set();
      gauges.add(track.gaugeMm);
      trackGauges.set(end, gauges);
      const allowed = terminal === undefined ? undefined : [terminal.gaugeMm, terminal.farGaugeMm];
      if (allowed !== undefined && !allowed.includes(track.gaugeMm)) {
        ok = false;
        report('track', track.id, {
          field: 'gauge_mm',
          value: String(track.gaugeMm),
          message: `ends at ${end}, whose gauge is ${allowed.filter((g) => g !== undefined).join(' / ')} mm`,
          fix: 'give the track the gauge of the terminal it reaches, or end it at a border crossing that changes gauge',
        });
      }
    }
    if (ok) addEdge(rail, track.from, track.to, track.gaugeMm);
  }
  for (const [node, gauges] of trackGauges) {
    if (junctions.has(node) && gauges.size > 1) {
      report('junction', node, {
        field: 'id',
        value: node,
        message: `tracks of different gauges (${[...gauges].join(', ')} mm) meet at this junction`,
        fix: 'gauges may only change at a border-crossing terminal; split the junction or fix the track gauges',
      });
    }
  }
  for (const t of network.terminals) {
    if (t.kind !== 'border-crossing' || t.gaugeMm === undefined || t.farGaugeMm === undefined) continue;
    const gauges = trackGauges.get(t.id);
    if (gauges === undefined) continue; // an unused crossing is allowed
    for (const side of new Set([t.gaugeMm, t.farGaugeMm])) {
      if (!gauges.has(side)) {
        report('terminal', t.id, {
          field: t.gaugeMm === side ? 'gauge_mm' : 'far_gauge_mm',
          value: String(side),
          message: `no ${side} mm track reaches this border crossing`,
          fix: 'add a rail track of that gauge to it, or correct the gauge',
        });
      }
    }
  }

  // Road links join places and terminals.
  const road: Adjacency = new Map();
  for (const link of network.roadLinks) {
    let ok = true;
    for (const field of ['from', 'to'] as const) {
      const end = link[field];
      if (!places.has(end) && !terminals.has(end)) {
        ok = false;
        unknown('road', link.id, field, end, 'place or terminal', [...places.keys(), ...terminals.keys()]);
      }
    }
    if (ok) addEdge(road, link.from, link.to);
  }

  // Services.
  const changesGauge = (id: string) => {
    const t = terminals.get(id);
    return t?.kind === 'border-crossing' && t.gaugeMm !== t.farGaugeMm;
  };
  network.services.forEach((service, serviceIndex) => {
    const at = (pointer: string, detail: Omit<Parameters<IssueList['add']>[0], 'file' | 'pointer'>) =>
      issues.add({ file: 'services.json', pointer: `/services/${serviceIndex}${pointer}`, ...detail });
    const kinds = STOP_KINDS[service.mode] ?? [];
    let stopsOk = true;
    service.stops.forEach((stop, stopIndex) => {
      const terminal = terminals.get(stop.terminalId);
      if (terminal === undefined) {
        stopsOk = false;
        if (rawIds.has(stop.terminalId)) return; // its own row is reported
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          message: `unknown terminal${didYouMean(suggest(stop.terminalId, [...terminals.keys()]))}`,
          fix: 'use the id of a terminal in terminals.csv',
        });
      } else if (!kinds.includes(terminal.kind)) {
        stopsOk = false;
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          message: `is a ${terminal.kind}, not a terminal a ${service.mode} service can stop at`,
          fix: `stop at a ${kinds.join(', ')}`,
        });
      }
      if (stopIndex > 0 && stop.terminalId === service.stops[stopIndex - 1]?.terminalId) {
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          message: 'the same terminal twice in a row',
          fix: 'remove the repeated stop',
        });
      }
    });
    const unit = service.mode === 'air' ? 'tonnes' : 'teu';
    if (service.unitCapacity[unit] === undefined) {
      at('/unitCapacity', {
        field: unit,
        message: `a ${service.mode} service needs its capacity in ${unit === 'teu' ? 'TEU' : 'tonnes'} per vehicle`,
        fix: `give unitCapacity.${unit}`,
      });
    }
    const tariffUnit = service.mode === 'air' ? 'usdPerTonne' : 'usdPerTeu';
    if (service.tariff[tariffUnit] === undefined) {
      at('/tariff', {
        field: tariffUnit,
        message: `a ${service.mode} service is charged by ${tariffUnit}`,
        fix: `give tariff.${tariffUnit}`,
      });
    }
    if (service.frequencyPerWeek === undefined && service.departures === undefined) {
      at('', {
        field: 'frequencyPerWeek',
        message: 'no frequency and no departures',
        fix: 'give frequencyPerWeek or departures',
      });
    }
    if (service.departures !== undefined) {
      if (service.timeZone === undefined) {
        at('', {
          field: 'timeZone',
          message: 'departures need a time zone',
          fix: 'give an IANA time zone like Asia/Shanghai',
        });
      } else {
        try {
          new Intl.DateTimeFormat('en', { timeZone: service.timeZone });
        } catch {
          at('/timeZone', {
            field: 'timeZone',
            value: service.timeZone,
            message: 'is not an IANA time zone',
            fix: 'use a name like Asia/Shanghai or Europe/Warsaw',
          });
        }
      }
      if (service.frequencyPerWeek !== undefined && service.frequencyPerWeek !== service.departures.length) {
        at('/frequencyPerWeek', {
          field: 'frequencyPerWeek',
          value: String(service.frequencyPerWeek),
          message: `disagrees with the ${service.departures.length} departures listed`,
          fix: 'give one of them, or make them agree',
        });
      }
    }
    if (service.speedKmh === undefined) {
      service.stops.forEach((stop, stopIndex) => {
        if (stopIndex > 0 && stop.runningHours === undefined) {
          at(`/stops/${stopIndex}`, {
            field: 'runningHours',
            message: 'no running time from the previous stop and no speedKmh for the service',
            fix: 'give runningHours on every stop after the first, or speedKmh for the service',
          });
        }
      });
    }
    if (!stopsOk) return;
    const adjacency =
      service.mode === 'sea' ? sea : service.mode === 'rail' ? rail : service.mode === 'road' ? road : undefined;
    if (adjacency === undefined) return; // air legs are great circles
    for (let i = 1; i < service.stops.length; i++) {
      const from = service.stops[i - 1]?.terminalId as string;
      const to = service.stops[i]?.terminalId as string;
      const passable = service.mode === 'rail' ? (node: string) => !changesGauge(node) : () => true;
      if (findPath(adjacency, from, to, passable) !== undefined) continue;
      const anyPath = service.mode === 'rail' ? findPath(adjacency, from, to, () => true) : undefined;
      const crossing = anyPath?.find((node, k) => k > 0 && k < anyPath.length - 1 && changesGauge(node));
      at(`/stops/${i}`, {
        field: 'terminal',
        value: to,
        ...(crossing === undefined
          ? {
              message: `no ${service.mode === 'sea' ? 'sea lane' : service.mode === 'rail' ? 'rail track' : 'road link'} path from ${from} to ${to}`,
              fix: `connect them in ${service.mode === 'sea' ? 'sea-lanes.csv' : service.mode === 'rail' ? 'rail-tracks.csv' : 'road-links.csv'}`,
            }
          : {
              message: `the train changes gauge between ${from} and ${to} without stopping at a border crossing`,
              fix: `add the border crossing ${crossing} as a stop between them`,
            }),
      });
    }
  });

  // Corridors and demand.
  const serviceIds = new Set(network.services.map((s) => s.id));
  for (const corridor of network.corridors) {
    for (const id of corridor.serviceIds) {
      if (!serviceIds.has(id)) unknown('corridor', corridor.id, 'services', id, 'service', [...serviceIds]);
    }
  }
  const flows = new Set<string>();
  for (const flow of network.demand) {
    const key = demandKey(flow);
    if (flows.has(key)) {
      report('demand', key, {
        field: 'to',
        value: flow.toPlaceId,
        message: 'the same origin, destination and cargo twice',
        fix: 'merge the two rows',
      });
    }
    flows.add(key);
    for (const [field, id] of [
      ['from', flow.fromPlaceId],
      ['to', flow.toPlaceId],
    ] as const) {
      if (!places.has(id)) unknown('demand', key, field, id, 'place', [...places.keys()]);
    }
  }

  // Geography: ports on the coast; places and land terminals not out at sea.
  const offshore = (kind: string, key: string, position: readonly [number, number], what: string) => {
    if (isOnLand(position)) return;
    const km = distanceToCoastKm(position);
    if (km > MAX_LAND_POINT_OFFSHORE_KM) {
      report(kind, key, {
        field: 'lon',
        value: position.join(', '),
        message: `this ${what} lies ${Math.round(km)} km out at sea`,
        fix: 'check the coordinates (lon before lat, signs of west and south)',
      });
    }
  };
  for (const t of network.terminals) {
    if (t.kind === 'seaport') {
      const km = distanceToCoastKm(t.position);
      if (km > MAX_PORT_DISTANCE_FROM_COAST_KM) {
        report('terminal', t.id, {
          field: 'lon',
          value: t.position.join(', '),
          message: `this seaport lies ${Math.round(km)} km from the coast (more than ${MAX_PORT_DISTANCE_FROM_COAST_KM} km)`,
          fix: 'put the port on its harbour (lon before lat; check the signs)',
        });
      }
    } else offshore('terminal', t.id, t.position, (t as Terminal).kind);
  }
  for (const p of network.places) offshore('place', p.id, p.position, 'place');
}
