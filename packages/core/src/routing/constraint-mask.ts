import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { Mode } from '../model/network.js';

/** The edge-level constraints of a query (passages are closed when the graph is prepared). */
export interface EdgeConstraints {
  readonly modes: ReadonlySet<Mode>;
  readonly avoidTerminals: ReadonlySet<string>;
  readonly avoidCountries: ReadonlySet<string>;
}

/**
 * Marks the edges a query may not use: services of modes not allowed, anything calling at or passing an
 * avoided terminal, anything in or through an avoided country. With `road` unchecked, the only trucking left is
 * first- and last-mile drayage between a place and its own terminals and the transfer between two terminals of
 * one place (each labelled as such on the edge); a truck to another place's terminal is a road leg and blocked.
 *
 * @returns 1 per blocked compiled edge
 */
export function constraintMask(prepared: PreparedGraph, constraints: EdgeConstraints): Uint8Array {
  const { edges } = prepared;
  const blocked = new Uint8Array(edges.length);
  // Most queries avoid no country: then no edge's countries are read (a graph has tens of thousands of edges).
  const avoidsCountries = constraints.avoidCountries.size > 0;
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e];
    if (edge === undefined) continue;
    const roadAlwaysAllowed = edge.ownTerminal === true || edge.withinPlace === true;
    const modeBlocked = !roadAlwaysAllowed && !constraints.modes.has(edge.mode);
    if (modeBlocked || (avoidsCountries && edge.countries.some((c) => constraints.avoidCountries.has(c))))
      blocked[e] = 1;
  }
  // Every edge touching an avoided terminal or one of its service stops: no call, no pass, no truck.
  if (constraints.avoidTerminals.size > 0) {
    const { compiled, nodes } = prepared;
    for (let e = 0; e < prepared.edges.length; e++) {
      for (const n of [compiled.sources[e] as number, compiled.targets[e] as number]) {
        const node = nodes[n];
        if (node !== undefined && 'terminalId' in node && constraints.avoidTerminals.has(node.terminalId))
          blocked[e] = 1;
      }
    }
  }
  return blocked;
}
