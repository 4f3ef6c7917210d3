import type { GaugeMm, TerminalKind } from '../model/network.js';
import { type Adjacency, addEdge } from './adjacency.js';
import type { CheckContext } from './check-context.js';

/** The infrastructure as adjacency lists, for the service checks. */
export interface InfrastructureAdjacency {
  readonly sea: Adjacency;
  readonly rail: Adjacency;
  readonly road: Adjacency;
}

/**
 * Sea lanes join sea waypoints and seaports; rail tracks join rail nodes with matching gauges (changing
 * only at border crossings, which need track of both gauges); road links join places and terminals.
 */
export function checkInfrastructure(context: CheckContext): InfrastructureAdjacency {
  const { network } = context;
  // Sea lanes join sea waypoints and seaports.
  const sea: Adjacency = new Map();
  for (const lane of network.seaLanes) {
    let ok = true;
    for (const field of ['from', 'to'] as const) {
      const end = lane[field];
      if (!context.waypoints.has(end) && context.terminals.get(end)?.kind !== 'seaport') {
        ok = false;
        const candidates = [
          ...context.waypoints.keys(),
          ...network.terminals.filter((t) => t.kind === 'seaport').map((t) => t.id),
        ];
        context.unknown('lane', lane.id, field, end, 'sea waypoint or seaport', candidates);
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
      const terminal = context.terminals.get(end);
      if (!context.junctions.has(end) && (terminal === undefined || !railKinds.includes(terminal.kind))) {
        ok = false;
        const candidates = [
          ...context.junctions.keys(),
          ...network.terminals.filter((t) => railKinds.includes(t.kind)).map((t) => t.id),
        ];
        context.unknown(
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
        context.report('track', track.id, {
          field: 'gauge_mm',
          value: String(track.gaugeMm),
          code: 'inconsistent',
          params: { rule: 'gauge', end, gauges: allowed.filter((g) => g !== undefined).join(' / ') },
          message: `ends at ${end}, whose gauge is ${allowed.filter((g) => g !== undefined).join(' / ')} mm`,
          fix: 'give the track the gauge of the terminal it reaches, or end it at a border crossing that changes gauge',
        });
      }
    }
    if (ok) addEdge(rail, track.from, track.to, track.gaugeMm);
  }
  for (const [node, gauges] of trackGauges) {
    if (context.junctions.has(node) && gauges.size > 1) {
      context.report('junction', node, {
        field: 'id',
        value: node,
        code: 'inconsistent',
        params: { rule: 'gauge', gauges: [...gauges].join(', ') },
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
        context.report('terminal', t.id, {
          field: t.gaugeMm === side ? 'gauge_mm' : 'far_gauge_mm',
          value: String(side),
          code: 'no-path',
          params: { mode: 'rail', gauge: side },
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
      if (!context.places.has(end) && !context.terminals.has(end)) {
        ok = false;
        context.unknown('road', link.id, field, end, 'place or terminal', [
          ...context.places.keys(),
          ...context.terminals.keys(),
        ]);
      }
    }
    if (ok) addEdge(road, link.from, link.to);
  }

  return { sea, rail, road };
}
