import type { LonLat } from '../model/network.js';

/** Precomputed answers of `countriesAlong`, by {@link legCountriesKey}: what a bundled dataset registers. */
const registered = new Map<string, readonly string[]>();
/** Answers computed in this process, so a graph rebuilt for another closure set looks nothing up twice. */
const computed = new Map<string, readonly string[]>();
/** Most computed answers kept (a few MB); past it the memo starts again empty. */
const MAX_COMPUTED = 50_000;

/**
 * The key of a land line's countries: a 53-bit hash (cyrb53) of its end countries and every coordinate, so a
 * table of them stays small and a line that changes (a re-routed leg, a user's own track) never matches.
 *
 * @param points - the line, `[lon, lat]`
 * @param endCountries - the ends' countries as `countriesAlong` takes them
 * @returns the key, in base 36
 * @example
 * ```ts
 * import { legCountriesKey } from '@corridor/core/geo';
 *
 * const almatyMoscow = legCountriesKey([[76.9, 43.2], [37.6, 55.7]], ['KZ', 'RU']);
 * console.log(almatyMoscow); // → 2361neku0hj
 * console.log(legCountriesKey([[76.9, 43.2], [37.6, 55.8]], ['KZ', 'RU']) === almatyMoscow); // → false
 * ```
 */
export function legCountriesKey(
  points: readonly LonLat[],
  endCountries: readonly [string | undefined, string | undefined],
): string {
  let text = `${endCountries[0] ?? ''}|${endCountries[1] ?? ''}|${points.length}`;
  for (const [lon, lat] of points) text += `;${lon},${lat}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Registers precomputed countries of land lines, by {@link legCountriesKey}: `@corridor/data` registers the
 * bundled dataset's at import, so its graphs are built without loading the country borders.
 *
 * @param table - countries (alpha-2, in order) by line key, as {@link legCountriesTable} gives them
 * @example
 * ```ts
 * import { legCountriesKey, legCountriesTable, registerLegCountries } from '@corridor/core/geo';
 *
 * // A table a build script wrote out (JSON.stringify(legCountriesTable())), read back:
 * const key = legCountriesKey([[76.9, 43.2], [37.6, 55.7]], ['KZ', 'RU']);
 * registerLegCountries({ [key]: ['KZ', 'RU'] });
 * console.log(legCountriesTable()[key]); // → [ 'KZ', 'RU' ]
 * ```
 */
export function registerLegCountries(table: Readonly<Record<string, readonly string[]>>): void {
  for (const [key, countries] of Object.entries(table)) registered.set(key, countries);
}

/**
 * Every land line's countries known to this process (registered or computed), sorted by key: what a build
 * script writes out for {@link registerLegCountries} after building a dataset's graphs.
 *
 * @returns countries by line key
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, legCountriesTable } from '@corridor/core/geo';
 * import { buildRoutingGraph } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * buildRoutingGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork));
 * const table = legCountriesTable(); // write it out with JSON.stringify for registerLegCountries
 * console.log(Object.keys(table).length > 0); // → true
 * ```
 */
export function legCountriesTable(): Record<string, readonly string[]> {
  const all = new Map([...registered, ...computed]);
  return Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A line's countries, if registered or computed before. */
export function knownLegCountries(key: string): readonly string[] | undefined {
  return registered.get(key) ?? computed.get(key);
}

/** Keeps a line's countries as computed. */
export function rememberLegCountries(key: string, countries: readonly string[]): void {
  if (computed.size >= MAX_COMPUTED) computed.clear();
  computed.set(key, countries);
}

/** Forgets the computed countries (the lookup changed); registered ones stay. */
export function forgetComputedLegCountries(): void {
  computed.clear();
}
