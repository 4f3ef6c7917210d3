import type { RoutingEdge, RoutingNode } from './routing-edge.js';

/**
 * What the itinerary rules need to know of each compiled node (`routing/path-rules.ts`; X132, docs/architecture.md, route query
 * step 6):
 * - the terminal it is at (a terminal node, or a service stop calling there), so that no path visits a terminal
 *   twice — riding through a port of call counts as a visit;
 * - the country where the box is *on the ground* there (terminal and place nodes: between vehicles, at its
 *   origin or destination), so that no path leaves a country and comes back to it, as Fuzhou → Taichung →
 *   Xiamen or Fuzhou → New York → Xiamen would. Countries a ship or train merely passes do not count;
 * and of each compiled edge whether it is a truck haul (`access`, `egress`, `road`): a truck haul is one road
 * leg, never two in a row — a truck does not stop at a terminal to drive on, so road legs never chain beyond the
 * trucking range (road-links.csv links directly what one truck drives).
 */
export interface NodeFacts {
  /** Terminal index per compiled node; -1 for place nodes. */
  readonly terminal: Int32Array;
  /** Country index per compiled node where the box is on the ground; -1 for service stops. */
  readonly groundCountry: Int16Array;
  /** 1 per compiled edge that is a truck haul. */
  readonly truck: Uint8Array;
  /** Terminal ids by index; country codes by index. */
  readonly terminalIds: readonly string[];
  readonly countries: readonly string[];
}

/**
 * Reads the node facts of a compiled routing graph, once per graph.
 *
 * @param nodes - the routing graph's node attributes by compiled node id (`PreparedGraph.nodes`)
 * @param edges - its edge attributes by compiled edge id (`PreparedGraph.edges`)
 * @param countryOfTerminal - ISO code of each terminal id
 * @param countryOfPlace - ISO code of each place id
 * @returns the facts, by compiled node and edge id
 * @example
 * ```ts
 * import { createGraphCache, nodeFacts, routingNodeKey } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const { compiled, nodes, edges } = createGraphCache().prepared(fujianNetwork);
 * const countryOfTerminal = new Map(fujianNetwork.terminals.map((t) => [t.id, t.country]));
 * const countryOfPlace = new Map(fujianNetwork.places.map((p) => [p.id, p.country]));
 * const facts = nodeFacts(nodes, edges, countryOfTerminal, countryOfPlace);
 * const haicang = compiled.nodeIndex.get(routingNodeKey.terminal('xmn_port_haicang')) ?? 0;
 * console.log(facts.terminalIds[facts.terminal[haicang] ?? 0], facts.countries[facts.groundCountry[haicang] ?? 0]); // → xmn_port_haicang CN
 * ```
 */
export function nodeFacts(
  nodes: readonly RoutingNode[],
  edges: readonly RoutingEdge[],
  countryOfTerminal: ReadonlyMap<string, string>,
  countryOfPlace: ReadonlyMap<string, string>,
): NodeFacts {
  const terminal = new Int32Array(nodes.length).fill(-1);
  const groundCountry = new Int16Array(nodes.length).fill(-1);
  const terminalIds: string[] = [];
  const terminalIndex = new Map<string, number>();
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const indexOf = <K>(map: Map<K, number>, list: K[], key: K) => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(key);
      map.set(key, i);
    }
    return i;
  };
  nodes.forEach((node, n) => {
    if ('terminalId' in node) terminal[n] = indexOf(terminalIndex, terminalIds, node.terminalId);
    const country =
      node.kind === 'terminal'
        ? countryOfTerminal.get(node.terminalId)
        : 'placeId' in node
          ? countryOfPlace.get(node.placeId)
          : undefined;
    if (country !== undefined) groundCountry[n] = indexOf(countryIndex, countries, country);
  });
  const truck = new Uint8Array(edges.length);
  edges.forEach(({ kind }, e) => {
    if (kind === 'access' || kind === 'egress' || kind === 'road') truck[e] = 1;
  });
  return { terminal, groundCountry, truck, terminalIds, countries };
}
