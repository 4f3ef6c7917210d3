import { CorridorError } from '../model/corridor-error.js';
import type { LonLat } from '../model/network.js';
import { forgetComputedLegCountries } from './leg-countries.js';

/**
 * The ISO 3166-1 alpha-2 code of the country a point lies in, or `null` at sea (`@rapideditor/country-coder`'s
 * `iso1A2Code` by default).
 */
export type CountryLookup = (position: LonLat) => string | null;

/** The package whose borders answer a lookup: 600 KB of polygons, so never imported statically. */
const COUNTRY_CODER = '@rapideditor/country-coder';

let lookup: CountryLookup | undefined;

/** The part of country-coder used: its point type is a mutable pair. */
interface CountryCoder {
  iso1A2Code(location: [number, number]): string | null;
}

function fromCountryCoder(module: CountryCoder): CountryLookup {
  return ([lon, lat]) => module.iso1A2Code([lon, lat]);
}

/**
 * Loads the country lookup that land legs of a dataset's own need (`@rapideditor/country-coder`), once; later
 * calls resolve at once. The bundled Fujian dataset never needs it: its legs' countries are precomputed
 * (`registerLegCountries`). In Node the lookup loads itself on first use, so awaiting this only moves that
 * cost earlier; in a browser, await it before building a graph from a dataset or scenario of the user's.
 *
 * @returns the lookup, for a caller that wants to ask it directly
 * @example
 * ```ts
 * import { prepareCountryLookup } from '@corridor/core/geo';
 *
 * const countryAt = await prepareCountryLookup();
 * console.log(countryAt([118.09, 24.48]), countryAt([6.76, 51.43])); // → CN DE
 * ```
 */
export async function prepareCountryLookup(): Promise<CountryLookup> {
  lookup ??= fromCountryCoder(await import('@rapideditor/country-coder'));
  return lookup;
}

/**
 * Replaces the country lookup (tests, or a caller with its own borders); `undefined` restores the default.
 * Countries computed with the previous lookup are forgotten; registered (precomputed) ones still answer first.
 *
 * @param replacement - the lookup to use from now on
 * @example
 * ```ts
 * import { prepareCountryLookup, setCountryLookup } from '@corridor/core/geo';
 *
 * // Borders of your own: everything west of 60° E is "EU", the rest "CN".
 * setCountryLookup(([lon]) => (lon < 60 ? 'EU' : 'CN'));
 * const yours = await prepareCountryLookup(); // what the graphs built from now on ask
 * console.log(yours([6.76, 51.43]), yours([118.09, 24.48])); // → EU CN
 * setCountryLookup(undefined); // back to the default borders (country-coder)
 * const standard = await prepareCountryLookup();
 * console.log(standard([6.76, 51.43]), standard([118.09, 24.48])); // → DE CN
 * ```
 */
export function setCountryLookup(replacement: CountryLookup | undefined): void {
  lookup = replacement;
  forgetComputedLegCountries();
}

/**
 * The lookup, loading it synchronously where the platform can (Node's `require`, which loads country-coder's
 * CommonJS build); elsewhere it must have been prepared.
 *
 * @throws CorridorError `invalid-argument` in a browser when {@link prepareCountryLookup} was not awaited first
 */
export function countryLookup(): CountryLookup {
  if (lookup !== undefined) return lookup;
  const nodeModule = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  ).process?.getBuiltinModule?.('node:module') as
    | { createRequire(from: string): (id: string) => CountryCoder }
    | undefined;
  if (nodeModule === undefined) {
    throw new CorridorError(
      'invalid-argument',
      'a land leg needs a country lookup that is not loaded: await prepareCountryLookup() before building a ' +
        "graph from a dataset or scenario of your own (the bundled dataset's countries are precomputed)",
    );
  }
  lookup = fromCountryCoder(nodeModule.createRequire(import.meta.url)(COUNTRY_CODER));
  return lookup;
}
