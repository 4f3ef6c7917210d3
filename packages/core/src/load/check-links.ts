import type { CheckContext } from './check-context.js';

/**
 * Sea lanes, rail tracks and road links each join two different nodes, and no two ways of one mode join the
 * same pair (either way round: ways are two-way). A way from a node to itself means nothing to a vehicle and
 * breaks the routing graph (two edges with one key); a second way between the same ends is a copied row or
 * a typo, and only the shorter would ever be used.
 */
export function checkLinks(context: CheckContext): void {
  const { network } = context;
  const modes = [
    ['lane', 'sea lane', network.seaLanes],
    ['track', 'rail track', network.railTracks],
    ['road', 'road link', network.roadLinks],
  ] as const;
  for (const [kind, what, ways] of modes) {
    const byEnds = new Map<string, string>();
    for (const way of ways) {
      if (way.from === way.to) {
        context.report(kind, way.id, {
          field: 'to',
          value: way.to,
          code: 'self-loop',
          params: { from: way.from },
          message: `a ${what} from ${way.from} to itself`,
          fix: `give two different ends, or remove the row`,
        });
        continue;
      }
      const ends = [way.from, way.to].sort().join('\u0000');
      const first = byEnds.get(ends);
      if (first === undefined) {
        byEnds.set(ends, way.id);
        continue;
      }
      const where = context.locate.get(kind, first);
      context.report(kind, way.id, {
        field: 'to',
        value: way.to,
        code: 'duplicate-entry',
        params: { what: kind, other: first },
        message: `a second ${what} between ${way.from} and ${way.to}: ${first} (${where.file}${where.row === undefined ? '' : ` row ${where.row}`}) joins them already`,
        fix: 'remove one of the two rows, or merge them into one',
      });
    }
  }
}
