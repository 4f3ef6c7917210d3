import type { Itinerary, Objective, OptionReason, OptionReasonParams } from '../model/itinerary.js';

/**
 * How far an option may stretch beyond the best option of its own main mode on the query's objective (X132):
 * 1.25, the bounded stretch of admissible alternatives in Abraham et al. (T01), the order OSRM's alternatives
 * keep to. An option of another main mode is offered as the best of that mode, whatever its stretch.
 */
export const MAX_STRETCH = 1.25;

const MAIN_MODE_ORDER = ['sea', 'rail', 'air', 'road'] as const;

/**
 * The main modes of an itinerary: its ride modes in the order sea, rail, air, joined by `+`; `road` when it is
 * trucked all the way. Drayage (first and last mile, transfers) never counts.
 *
 * @example
 * mainModeOf(itinerary); // 'sea+rail' for a sea–rail route through Xiamen
 */
export function mainModeOf(itinerary: Itinerary): string {
  const rides = new Set(itinerary.legs.filter((leg) => leg.service !== undefined).map((leg) => leg.mode));
  if (rides.size === 0) return 'road';
  return MAIN_MODE_ORDER.filter((mode) => rides.has(mode)).join('+');
}

/** Whether `a` is no worse than `b` on time, cost and CO2e and better on one. */
function dominates(a: Itinerary, b: Itinerary): boolean {
  const x = a.totals;
  const y = b.totals;
  const noWorse = x.durationHours <= y.durationHours && x.costUsd <= y.costUsd && x.co2eKg <= y.co2eKg;
  const better = x.durationHours < y.durationHours || x.costUsd < y.costUsd || x.co2eKg < y.co2eKg;
  return noWorse && better;
}

/** What a backup does differently from the option that beats it: crossings and passages it uses instead. */
function difference(
  option: Itinerary,
  other: Itinerary,
): { code: 'backup-crossing' | 'backup-passage'; words: string; params: OptionReasonParams } | undefined {
  const crossings = (i: Itinerary) => new Set(i.borderCrossings.map((c) => c.terminal.id));
  const stops = new Map(option.borderCrossings.map((c) => [c.terminal.id, c.terminal]));
  const theirs = crossings(other);
  const otherCrossings = [...crossings(option)]
    .filter((id) => !theirs.has(id))
    .map((id) => stops.get(id))
    .filter((stop) => stop !== undefined)
    .map(({ id, nameEn, nameZh }) => ({ id, nameEn, nameZh }));
  if (otherCrossings.length > 0) {
    return {
      code: 'backup-crossing',
      words: `another border crossing (${otherCrossings.map((c) => c.nameEn).join(', ')})`,
      params: { crossings: otherCrossings },
    };
  }
  const otherPassages = option.passages.filter((p) => !other.passages.includes(p));
  const avoided = other.passages.filter((p) => !option.passages.includes(p));
  if (otherPassages.length > 0 || avoided.length > 0) {
    const via = otherPassages.length > 0 ? `via ${otherPassages.join(', ')}` : '';
    const not = avoided.length > 0 ? `not via ${avoided.join(', ')}` : '';
    return {
      code: 'backup-passage',
      words: `another passage (${[via, not].filter((s) => s !== '').join('; ')})`,
      params: { viaPassages: otherPassages, notViaPassages: avoided },
    };
  }
  return undefined;
}

const OBJECTIVE_WORD: Record<Objective, string> = {
  time: 'fastest',
  cost: 'cheapest',
  co2: 'lowest CO2e',
  balanced: 'best balanced',
};

/**
 * Chooses the options a route query offers, at most `count`, each with why (X132):
 * 1. the best by the objective;
 * 2. the best of each other main mode (sea, rail, air, or a mix), offered as that;
 * 3. other routes of a main mode already offered, only within {@link MAX_STRETCH} × that mode's best;
 * 4. an option no better than another on time, cost and CO2e (and worse on one) stays only when it crosses
 *    another border or passage — a backup for a disruption — and says so; otherwise it is dropped.
 * Candidates that are the same route (same legs) count once. Order: the best, the other modes' bests, then the
 * alternatives, each group by objective value; cut to `count`.
 *
 * @param best - the best itinerary by the objective
 * @param candidates - other itineraries found (best of each mode, penalty-method alternatives), any order
 * @param count - most options to return (≥ 1)
 * @param objective - the query's objective (for the words)
 * @returns the options, each with its `option` reason
 */
export function selectOptions(
  best: Itinerary,
  candidates: readonly Itinerary[],
  count: number,
  objective: Objective,
): Itinerary[] {
  const signature = (i: Itinerary) =>
    i.legs.map((leg) => `${leg.mode}:${leg.service ?? ''}:${leg.from.id}>${leg.to.id}`).join('|');
  const seen = new Set([signature(best)]);
  const pool: Itinerary[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.objectiveValue - b.objectiveValue)) {
    const key = signature(candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push(candidate);
  }
  const bestMode = mainModeOf(best);
  const modeBest = new Map<string, Itinerary>([[bestMode, best]]);
  for (const candidate of pool) {
    const mode = mainModeOf(candidate);
    if (!modeBest.has(mode)) modeBest.set(mode, candidate);
  }
  const chosen: { itinerary: Itinerary; option: OptionReason }[] = [
    {
      itinerary: best,
      option: {
        kind: 'best',
        mainMode: bestMode,
        reason: `${OBJECTIVE_WORD[objective]} (${bestMode})`,
        code: 'best',
        params: { objective },
      },
    },
  ];
  // The best of each other main mode first, then the alternatives within the stretch bound of their mode's best.
  for (const candidate of pool) {
    const mode = mainModeOf(candidate);
    if (modeBest.get(mode) === candidate) {
      chosen.push({
        itinerary: candidate,
        option: { kind: 'best-of-mode', mainMode: mode, reason: `best by ${mode}`, code: 'best-of-mode', params: {} },
      });
    }
  }
  for (const candidate of pool) {
    const mode = mainModeOf(candidate);
    const leader = modeBest.get(mode) as Itinerary;
    if (leader === candidate) continue;
    const stretch = candidate.objectiveValue / leader.objectiveValue;
    if (!(stretch <= MAX_STRETCH)) continue;
    chosen.push({
      itinerary: candidate,
      option: {
        kind: 'alternative',
        mainMode: mode,
        reason: `another ${mode} route, ${stretch.toFixed(2)} × the best by ${mode}`,
        code: 'alternative',
        params: { stretch },
      },
    });
  }
  // An option another one beats on time, cost and CO2e stays only as a backup that crosses elsewhere.
  const kept: { itinerary: Itinerary; option: OptionReason }[] = [];
  for (const entry of chosen) {
    if (kept.length >= count) break;
    // An alternative is offered beside the best of its mode, never in its place.
    const leader = modeBest.get(entry.option.mainMode);
    if (entry.option.kind === 'alternative' && !kept.some((k) => k.itinerary === leader)) continue;
    const beaten = chosen.find((other) => other !== entry && dominates(other.itinerary, entry.itinerary));
    if (beaten === undefined || entry.option.kind === 'best') {
      kept.push(entry);
      continue;
    }
    const how = difference(entry.itinerary, beaten.itinerary);
    if (how === undefined) continue;
    const index = kept.indexOf(beaten);
    const which = index === -1 ? `a ${mainModeOf(beaten.itinerary)} route` : `option ${index + 1}`;
    const bestOfMode = entry.option.kind === 'best-of-mode';
    const label = bestOfMode ? `best by ${entry.option.mainMode}; ` : '';
    kept.push({
      itinerary: entry.itinerary,
      option: {
        kind: 'backup',
        mainMode: entry.option.mainMode,
        reason: `${label}backup: worse than ${which} on time, cost and CO2e, but uses ${how.words}`,
        code: how.code,
        params: {
          ...how.params,
          bestOfMode,
          ...(index === -1 ? { worseThanMainMode: mainModeOf(beaten.itinerary) } : { worseThanOption: index + 1 }),
        },
      },
    });
  }
  return kept.map(({ itinerary, option }) => ({ ...itinerary, option }));
}
