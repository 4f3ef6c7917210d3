import type { DemandFlow } from '../model/network.js';
import type { CheckContext } from './check-context.js';

/** The key a demand row is located by: origin, destination and cargo class. */
export function demandKey(flow: Pick<DemandFlow, 'fromPlaceId' | 'toPlaceId' | 'cargo'>): string {
  return `${flow.fromPlaceId}>${flow.toPlaceId}>${flow.cargo}`;
}

/**
 * Ids unique (places, terminals, sea waypoints and rail junctions share one namespace), every source id
 * resolving to sources.csv, and the references of terminals, corridors and demand.
 */
export function checkIdsAndSources(context: CheckContext): void {
  const { network } = context;
  // Ids: places, terminals, sea waypoints and rail junctions share one namespace.
  const nodes = new Map<string, string>();
  const claim = (kind: string, id: string) => {
    const first = nodes.get(id);
    if (first === undefined) nodes.set(id, kind);
    else {
      const where = context.locate.get(first, id);
      context.report(kind, id, {
        field: 'id',
        value: id,
        code: 'duplicate-id',
        params: { otherFile: where.file, ...(where.row === undefined ? {} : { otherRow: where.row }) },
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
    ['calibration', network.calibration],
  ] as const) {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id))
        context.report(kind, id, {
          field: 'id',
          value: id,
          code: 'duplicate-id',
          message: 'duplicate id',
          fix: 'make ids unique',
        });
      seen.add(id);
    }
  }

  // Sources.
  const sourceIds = new Set(network.sources.map((s) => s.id));
  const checkSources = (kind: string, key: string, ids: readonly string[], field = 'sources') => {
    if (ids.length === 0) {
      const fix = 'cite at least one id from sources.csv';
      context.report(kind, key, { field, code: 'missing-source', message: 'no source given', fix });
    }
    for (const id of ids) {
      if (!sourceIds.has(id)) context.unknown(kind, key, field, id, 'source in sources.csv', [...sourceIds]);
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
    if (s.tariff !== undefined) checkSources('service', s.id, s.tariff.sources, 'tariff.sources');
    for (const [k, t] of (s.tariffs ?? []).entries()) checkSources('service', s.id, t.sources, `tariffs.${k}.sources`);
  }
  for (const c of network.corridors) checkSources('corridor', c.id, c.sources);
  for (const d of network.demand) checkSources('demand', demandKey(d), d.sources);
  for (const c of network.calibration) checkSources('calibration', c.id, c.sources);

  // Terminals: their place.
  for (const t of network.terminals) {
    if (t.placeId !== undefined && !context.places.has(t.placeId)) {
      context.unknown('terminal', t.id, 'place', t.placeId, 'place', [...context.places.keys()]);
    }
  }

  // Corridors, calibration targets and demand.
  const serviceIds = new Set(network.services.map((s) => s.id));
  for (const corridor of network.corridors) {
    for (const id of corridor.serviceIds) {
      if (!serviceIds.has(id)) context.unknown('corridor', corridor.id, 'services', id, 'service', [...serviceIds]);
    }
  }
  const terminalIds = new Set(network.terminals.map((t) => t.id));
  for (const target of network.calibration) {
    for (const id of target.serviceIds) {
      if (!serviceIds.has(id)) context.unknown('calibration', target.id, 'services', id, 'service', [...serviceIds]);
    }
    for (const id of target.terminalIds) {
      if (!terminalIds.has(id))
        context.unknown('calibration', target.id, 'terminals', id, 'terminal', [...terminalIds]);
    }
    const [field, list] =
      target.measure === 'carried' ? ['services', target.serviceIds] : ['terminals', target.terminalIds];
    if (list.length === 0) {
      context.report('calibration', target.id, {
        field,
        code: 'missing-value',
        params: { measure: target.measure },
        message: `a "${target.measure}" target needs at least one of its ${field}`,
        fix: `list the ${field} whose flow the published figure counts`,
      });
    }
  }
  const flows = new Set<string>();
  for (const flow of network.demand) {
    const key = demandKey(flow);
    if (flows.has(key)) {
      context.report('demand', key, {
        field: 'to',
        value: flow.toPlaceId,
        code: 'duplicate-entry',
        params: { what: 'flow' },
        message: 'the same origin, destination and cargo twice',
        fix: 'merge the two rows',
      });
    }
    flows.add(key);
    for (const [field, id] of [
      ['from', flow.fromPlaceId],
      ['to', flow.toPlaceId],
    ] as const) {
      if (!context.places.has(id)) context.unknown('demand', key, field, id, 'place', [...context.places.keys()]);
    }
  }
}
