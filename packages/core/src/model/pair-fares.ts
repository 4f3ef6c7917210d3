import type { InputIssueCode, InputIssueParams } from './corridor-error.js';
import type { PairTariff, Service } from './network.js';

/** The unit a rate is charged in. */
export type FareUnit = 'usdPerTeu' | 'usdPerTonne';

/**
 * What one direction of a service charges at each place a box can pay, so that the charges a box meets
 * from boarding stop `i` to alighting stop `j` add up to exactly the pair's rate:
 * `board[i] + ride[i] + … + ride[j − 1] + alight[j]`. All charges are ≥ 0 (a shortest-path search needs
 * that), and they are per stop, so the service stays one chain of stops in the routing graph.
 */
export interface RunFares {
  /** Charge when boarding at stop `i` (0 where nobody boards). */
  readonly board: readonly number[];
  /** Charge on the leg from stop `k` to stop `k + 1`. */
  readonly ride: readonly number[];
  /** Charge when alighting at stop `j` (0 where nobody alights). */
  readonly alight: readonly number[];
}

/** Why a service's pair rates cannot be charged per stop, and what to change. */
export interface FareProblem {
  /** `missing-value` for a pair without a rate, `inconsistent` for rates that cannot be charged per stop. */
  readonly code: InputIssueCode;
  /** The stops the message names (`from`, `to`), the direction of the run and the rule (`pair-rates`). */
  readonly params: InputIssueParams;
  readonly message: string;
  readonly fix: string;
}

/**
 * The rate of the first entry matching boarding terminal `from` and alighting terminal `to`, if any.
 *
 * @example
 * ```ts
 * import { pairTariff } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const service = fujianNetwork.services.find((s) => s.id === 'srm-emirates-wafa');
 * const rate = pairTariff(service?.tariffs ?? [], 'xmn_port_haicang', 'jea_port');
 * console.log(rate?.usdPerTeu, rate?.lane, rate?.asOf); // → 2085 asia-gulf 2025-06-13
 * ```
 */
export function pairTariff(tariffs: readonly PairTariff[], from: string, to: string): PairTariff | undefined {
  return tariffs.find((t) => t.to.includes(to) && (t.from.length === 0 || t.from.includes(from)));
}

const EPSILON = 1e-6;

/**
 * Turns a service's pair rates (`tariffs`) into per-stop charges for one running direction, exactly.
 *
 * Why it works: a box that boards at `i` and alights at `j` pays `board[i] + ride[i..j−1] + alight[j]`,
 * which can equal any table of rates `p(i, j) = β(i) + α(j)` — the usual shape of a carrier's tariff,
 * where the rate to a port does not depend on where the box boarded, or depends on it by the same amount
 * for every destination (an Asia–Europe loop: every Asian port pays the Europe rate to Rotterdam and the
 * intra-Asia rate to Singapore). With `α(j)` the rate from the first boarding stop, `β(i)` the difference
 * from there, and `c(k)` the running maximum of `−β` (what the legs so far must carry so no boarding
 * charge is negative): `board[i] = β(i) + c(i)`, `ride[k] = c(k + 1) − c(k)`, `alight[j] = α(j) − c(j)`.
 * The alighting charges are ≥ 0 exactly when no box can save by alighting and boarding again at a stop
 * (`p(i, k) ≤ p(i, j) + p(j, k)`). Tables of any other shape are refused, naming the pairs.
 *
 * @param service - a service with `tariffs`
 * @param reverse - the direction: stops in reverse order
 * @param unit - which rate to charge
 * @param isCrossing - border-crossing stops, where no box boards or alights
 * @returns the charges, or the problems that make them impossible
 * @example
 * ```ts
 * import { runFares } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const service = fujianNetwork.services.find((s) => s.id === 'srm-emirates-wafa');
 * const fares = service && runFares(service, false, 'usdPerTeu');
 * if (fares && 'alight' in fares) {
 *   console.log(service?.id, fares.board, fares.ride, fares.alight); // → srm-emirates-wafa [ 0, 0, 0, 0 ] [ 0, 1835, 0 ] [ 0, 250, 250, 250 ]
 * }
 * ```
 */
export function runFares(
  service: Service,
  reverse: boolean,
  unit: FareUnit,
  isCrossing: (terminalId: string) => boolean = () => false,
): RunFares | { readonly problems: readonly FareProblem[] } {
  const tariffs = service.tariffs ?? [];
  const stops = (reverse ? [...service.stops].reverse() : service.stops).map((s) => s.terminalId);
  const n = stops.length;
  const canBoard = stops.map((t, i) => i < n - 1 && !isCrossing(t));
  const canAlight = stops.map((t, j) => j > 0 && !isCrossing(t));
  const direction = reverse ? 'reverse' : 'forward';
  const problems: FareProblem[] = [];
  const price = (i: number, j: number): number | undefined => {
    const entry = pairTariff(tariffs, stops[i] as string, stops[j] as string);
    if (entry === undefined) {
      problems.push({
        code: 'missing-value',
        params: { rule: 'pair-rates', from: stops[i] as string, to: stops[j] as string, direction },
        message: `no rate from ${stops[i]} to ${stops[j]} (${direction} run)`,
        fix: `add a tariffs entry whose "to" lists ${stops[j]} (and whose "from" lists ${stops[i]} or is empty)`,
      });
      return undefined;
    }
    return entry[unit] ?? 0;
  };
  const first = canBoard.indexOf(true);
  const alpha: number[] = new Array(n).fill(0);
  const beta: number[] = new Array(n).fill(0);
  if (first < 0) return { board: alpha, ride: new Array(Math.max(0, n - 1)).fill(0), alight: alpha };
  for (let j = first + 1; j < n; j++) if (canAlight[j]) alpha[j] = price(first, j) ?? 0;
  for (let i = first + 1; i < n; i++) {
    if (!canBoard[i]) continue;
    let anchor: number | undefined;
    for (let j = i + 1; j < n; j++) {
      if (!canAlight[j]) continue;
      const p = price(i, j);
      if (p === undefined) continue;
      if (anchor === undefined) {
        anchor = j;
        beta[i] = p - (alpha[j] as number);
      } else if (Math.abs((beta[i] as number) + (alpha[j] as number) - p) > EPSILON) {
        problems.push({
          code: 'inconsistent',
          params: { rule: 'pair-rates', from: stops[i] as string, to: stops[j] as string, direction },
          message:
            `the rates from ${stops[i]} and from ${stops[first]} differ by ${fmt(beta[i] as number)} to ` +
            `${stops[anchor]} but by ${fmt(p - (alpha[j] as number))} to ${stops[j]} (${direction} run); ` +
            'a rate per stop pair can only be charged when boarding elsewhere shifts every destination alike',
          fix: 'price these destinations from the same origins alike, or split the service',
        });
      }
    }
  }
  if (problems.length > 0) return { problems };
  const c: number[] = new Array(n).fill(0);
  let carried = 0;
  for (let k = 0; k < n; k++) {
    if (canBoard[k]) carried = Math.max(carried, -(beta[k] as number));
    c[k] = carried;
  }
  const board = stops.map((_, i) => (canBoard[i] ? (beta[i] as number) + (c[i] as number) : 0));
  const ride = stops.slice(1).map((_, k) => (c[k + 1] as number) - (c[k] as number));
  const alight = stops.map((_, j) => {
    if (!canAlight[j]) return 0;
    const charge = (alpha[j] as number) - (c[j] as number);
    if (charge < -EPSILON) {
      problems.push({
        code: 'inconsistent',
        params: { rule: 'pair-rates-stopover', at: stops[j] as string, direction },
        message:
          `boxes would pay ${fmt(-charge)} less by alighting at ${stops[j]} and boarding again than by staying ` +
          `on board (${direction} run)`,
        fix: `make no rate through ${stops[j]} dearer than its two parts`,
      });
    }
    return Math.max(0, charge);
  });
  return problems.length > 0 ? { problems } : { board, ride, alight };
}

function fmt(usd: number): string {
  return `USD ${Math.round(usd * 100) / 100}`;
}

/**
 * Per-stop charges for a rate table that {@link runFares} refuses (a network built without the loader's
 * checks): each box pays, when it alights, the dearest rate into that stop from any stop before — never less
 * than its pair's rate, so a service is never free. A checked network never needs it.
 *
 * @param service - a service with `tariffs`
 * @param reverse - the direction
 * @param unit - which rate to charge
 * @param isCrossing - border-crossing stops
 * @returns charges on alighting only
 * @example
 * ```ts
 * import { dearestFares } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const service = fujianNetwork.services.find((s) => s.id === 'srm-emirates-wafa');
 * const fares = service && dearestFares(service, false, 'usdPerTeu');
 * console.log(service?.id, fares?.alight); // → srm-emirates-wafa [ 0, 250, 2085, 2085 ]
 * ```
 */
export function dearestFares(
  service: Service,
  reverse: boolean,
  unit: FareUnit,
  isCrossing: (terminalId: string) => boolean = () => false,
): RunFares {
  const stops = (reverse ? [...service.stops].reverse() : service.stops).map((s) => s.terminalId);
  const n = stops.length;
  const alight = stops.map((to, j) => {
    if (j === 0 || isCrossing(to)) return 0;
    let dearest = 0;
    for (let i = 0; i < j; i++) {
      if (isCrossing(stops[i] as string)) continue;
      dearest = Math.max(dearest, pairTariff(service.tariffs ?? [], stops[i] as string, to)?.[unit] ?? 0);
    }
    return dearest;
  });
  return { board: new Array(n).fill(0), ride: new Array(Math.max(0, n - 1)).fill(0), alight };
}
