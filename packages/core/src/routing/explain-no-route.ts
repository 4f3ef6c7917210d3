import type { Itinerary, NoRoute } from '../model/itinerary.js';
import { MODES } from '../model/network.js';
import type { CheckedQuery } from './check-query.js';
import type { QueryContext } from './query-context.js';

const days = (hours: number) => `${(hours / 24).toFixed(1)} days`;

/** A blocker in words: what every path does that the query forbids. */
function describeBlocker(id: string): string {
  const [kind, value] = id.split(':');
  switch (kind) {
    case 'passage':
      return `uses ${value}`;
    case 'terminal':
      return `uses terminal ${value}`;
    case 'country':
      return `crosses or calls at ${value}`;
    case 'mode':
      return `needs ${value}`;
    case 'max-transfers':
      return 'needs more transfers than allowed';
    default:
      return 'misses the via place';
  }
}

/** One constraint of a query and the query without it. */
interface Relaxation {
  readonly id: string;
  readonly change: string;
  readonly checked: CheckedQuery;
}

function relaxations(checked: CheckedQuery, hasVia: boolean): Relaxation[] {
  const out: Relaxation[] = [];
  const without = <T>(set: ReadonlySet<T>, item: T) => new Set([...set].filter((x) => x !== item));
  for (const p of checked.avoidPassages) {
    out.push({
      id: `passage:${p}`,
      change: `allowing ${p}`,
      checked: { ...checked, avoidPassages: without(checked.avoidPassages, p) },
    });
  }
  for (const t of checked.avoidTerminals) {
    out.push({
      id: `terminal:${t}`,
      change: `allowing terminal ${t}`,
      checked: { ...checked, avoidTerminals: without(checked.avoidTerminals, t) },
    });
  }
  for (const c of checked.avoidCountries) {
    out.push({
      id: `country:${c}`,
      change: `allowing country ${c}`,
      checked: { ...checked, avoidCountries: without(checked.avoidCountries, c) },
    });
  }
  for (const m of MODES) {
    if (!checked.modes.has(m))
      out.push({
        id: `mode:${m}`,
        change: `allowing ${m}`,
        checked: { ...checked, modes: new Set([...checked.modes, m]) },
      });
  }
  if (Number.isFinite(checked.maxTransfers)) {
    out.push({
      id: 'max-transfers',
      change: 'lifting the limit of transfers',
      checked: { ...checked, maxTransfers: Number.POSITIVE_INFINITY },
    });
  }
  if (hasVia) out.push({ id: 'via', change: 'dropping the via place', checked });
  return out;
}

/**
 * Explains a query with no route (docs/architecture.md, "The life of a route query": no route is a result): tries each constraint's removal
 * alone, names those that restore a route as what blocked it, and gives the best such relaxation with
 * the totals of the route it restores.
 *
 * @param context - the resolved query
 * @param attempt - searches a variant of the query (without its via place when asked); `null` when it has no route
 */
export function explainNoRoute(
  context: QueryContext,
  attempt: (checked: CheckedQuery, dropVia: boolean) => Itinerary | null,
): NoRoute {
  const from = context.from.stop.nameEn;
  const to = context.to.stop.nameEn;
  const stopName = ({ id, nameEn, nameZh }: typeof context.from.stop) => ({ id, nameEn, nameZh });
  const params = {
    from: stopName(context.from.stop),
    to: stopName(context.to.stop),
    modes: MODES.filter((mode) => context.checked.modes.has(mode)),
  };
  const candidates = relaxations(context.checked, context.via !== undefined);
  const restoring = candidates
    .map((r) => ({ r, itinerary: attempt(r.checked, r.id === 'via') }))
    .filter((x): x is { r: Relaxation; itinerary: Itinerary } => x.itinerary !== null);
  if (candidates.length === 0) {
    return {
      reason: `no route from ${from} to ${to}: no chain of services and roads in this network connects them`,
      code: 'unconnected',
      params,
      notes: [],
      blockedBy: [],
    };
  }
  const constraints = candidates.map((r) => r.id);
  if (restoring.length === 0) {
    return {
      reason: `no route from ${from} to ${to} under ${constraints.join(', ')}, and no single one of them relaxed restores one`,
      code: 'unrelaxable',
      params,
      notes: [],
      blockedBy: constraints,
    };
  }
  // Closures (passages, terminals, countries) explain a cut before the query's own limits do.
  const closure = (id: string) => /^(passage|terminal|country):/.test(id);
  const closures = restoring.filter((x) => closure(x.r.id));
  const explaining = closures.length > 0 ? closures : restoring;
  explaining.sort((a, b) => a.itinerary.objectiveValue - b.itinerary.objectiveValue || a.r.id.localeCompare(b.r.id));
  const best = explaining[0] as { r: Relaxation; itinerary: Itinerary };
  const blockers = explaining.map((x) => x.r.id);
  const passages = blockers.filter((b) => b.startsWith('passage:')).map((b) => b.slice(8));
  const modes = [...context.checked.modes].join(', ');
  const what =
    passages.length > 0 && passages.length === blockers.length
      ? `every ${modes} path uses ${passages.join(' or ')}, which ${passages.length > 1 ? 'are' : 'is'} avoided`
      : `every ${modes} path ${blockers.map(describeBlocker).join(' or ')}`;
  return {
    reason: `no route from ${from} to ${to}: ${what}; ${best.r.change} gives a route of ${days(best.itinerary.totals.durationHours)}`,
    code: 'blocked',
    params,
    notes: [],
    blockedBy: blockers,
    relaxation: { id: best.r.id, change: best.r.change, totals: best.itinerary.totals },
  };
}
