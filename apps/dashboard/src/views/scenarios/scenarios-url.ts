/**
 * The Scenarios view's keys in the URL: `scenario` (a preset id, or `user:<id>` for a scenario the user built, kept
 * in this browser), `assign=1` when it ran an assignment too, `od` when the user chose the routes compared
 * (`CNXMN:NLRTM:sea,chengdu:SGSIN`; see {@link parseScenarioRoutes}), and `shared` with a user scenario's whole
 * entry, compressed (`shared-scenario.ts`), so that the link runs it in a browser that does not keep it. Pure
 * functions; see `url/url-state.ts` for the rest of the URL.
 */
import { MODES, type Mode } from '@corridor/core/model';
import { MAX_SCENARIO_ROUTES, type ScenarioRoute } from '../../engine/scenario-api';
import type { ViewUrlKeys } from '../view-module';
import type { ScenarioEntry } from './scenario-draft';
import { decodeSharedScenario, encodeSharedScenario } from './shared-scenario';

/** The Scenarios view's part of the URL. */
export interface ScenariosUrlState {
  /** A preset id, or `user:<id>`. */
  readonly scenario: string;
  /** Whether the run included an assignment. */
  readonly assign: boolean;
  /** The OD pairs it compared, when the user chose other than the defaults. */
  readonly routes?: readonly ScenarioRoute[];
  /** For `user:<id>`: the scenario itself, as the link carries it (`shared`). */
  readonly shared?: ScenarioEntry;
}

/** A scenario key as the URL may carry it: an id, optionally after `user:`. */
const SCENARIO_KEY = /^(user:)?[a-z0-9][a-z0-9_-]{0,99}$/;

/**
 * Reads the Scenarios view's run from the URL's parameters; never throws.
 * @param params - the URL's query
 * @returns the scenario and toggle, or `null` without a valid `scenario`
 * @example
 * parseScenariosState(new URLSearchParams('scenario=user:mine&assign=1')); // { scenario: 'user:mine', assign: true }
 */
export function parseScenariosState(params: URLSearchParams): ScenariosUrlState | null {
  const scenario = params.get('scenario');
  if (scenario === null || !SCENARIO_KEY.test(scenario)) return null;
  const od = params.get('od');
  const routes = od === null ? null : parseScenarioRoutes(od);
  const sharedText = params.get('shared');
  const shared =
    sharedText !== null && scenario.startsWith('user:')
      ? decodeSharedScenario(sharedText, scenario.slice('user:'.length))
      : null;
  return {
    scenario,
    assign: params.get('assign') === '1',
    ...(routes === null ? {} : { routes }),
    ...(shared === null ? {} : { shared }),
  };
}

/** One OD pair in `od`: two place ids and an optional mode. */
const OD_PAIR = /^([A-Za-z0-9_-]{1,100}):([A-Za-z0-9_-]{1,100})(?::([a-z]+))?$/;

/**
 * Reads `od` — comma-separated `FROM:TO` or `FROM:TO:MODE` with place ids (`CNXMN:NLRTM:sea,chengdu:SGSIN`); an
 * empty value is no routes. Never throws.
 * @returns the pairs, or `null` when any is malformed or there are more than {@link MAX_SCENARIO_ROUTES}
 */
export function parseScenarioRoutes(od: string): ScenarioRoute[] | null {
  if (od === '') return [];
  const parts = od.split(',');
  if (parts.length > MAX_SCENARIO_ROUTES) return null;
  const routes: ScenarioRoute[] = [];
  for (const part of parts) {
    const match = OD_PAIR.exec(part);
    if (match === null) return null;
    const [, from = '', to = '', mode] = match;
    if (mode !== undefined && !(MODES as readonly string[]).includes(mode)) return null;
    routes.push({ from, to, mode: (mode as Mode | undefined) ?? null });
  }
  return routes;
}

/** Writes OD pairs as `od` reads them. */
export function formatScenarioRoutes(routes: readonly ScenarioRoute[]): string {
  return routes.map((r) => `${r.from}:${r.to}${r.mode === null ? '' : `:${r.mode}`}`).join(',');
}

/**
 * Writes the Scenarios view's run: `scenario`, then `assign=1` when an assignment ran, then `od` when chosen, then
 * `shared` for a user scenario (left out when too long for a link).
 */
export function writeScenariosState(params: URLSearchParams, scenarios: ScenariosUrlState): void {
  params.set('scenario', scenarios.scenario);
  if (scenarios.assign) params.set('assign', '1');
  if (scenarios.routes !== undefined) params.set('od', formatScenarioRoutes(scenarios.routes));
  const shared = scenarios.shared === undefined ? null : encodeSharedScenario(scenarios.shared);
  if (shared !== null) params.set('shared', shared);
}

/** The Scenarios view's URL keys, for its view module. */
export const SCENARIOS_URL_KEYS: ViewUrlKeys<ScenariosUrlState> = {
  read: parseScenariosState,
  write: writeScenariosState,
};
