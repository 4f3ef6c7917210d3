import type { LonLat } from '../model/network.js';
import { type CountryLookup, countryLookup } from './country-lookup.js';
import { greatCirclePath } from './great-circle-path.js';
import { knownLegCountries, legCountriesKey, rememberLegCountries } from './leg-countries.js';

/** Spacing of the points a line is sampled at for its countries, km. */
export const COUNTRY_SAMPLE_KM = 20;

/**
 * The countries a line on land passes through, in order, from the borders of `@rapideditor/country-coder`
 * (or `lookup`). A line whose answer is known (precomputed for a bundled dataset with `registerLegCountries`, or
 * computed before) is not looked up again. A country counts only when two consecutive samples fall in it (≥ 20 km), so a polyline drawn a few km off
 * a border does not pick up its neighbour; the two ends always count. Points at sea have no country.
 *
 * @param points - the line, `[lon, lat]`
 * @param endCountries - ISO 3166-1 alpha-2 of the first and last point as the dataset states them;
 *   `undefined` for an end on a border, whose side the samples decide
 * @param lookup - the point lookup (default: country-coder, loaded on first use; `countryLookup`)
 * @returns alpha-2 codes, first to last, without consecutive repeats
 * @example
 * countriesAlong([[76.9, 43.2], [37.6, 55.7]], ['KZ', 'RU']); // ['KZ', 'RU']
 */
export function countriesAlong(
  points: readonly LonLat[],
  endCountries: readonly [string | undefined, string | undefined],
  lookup?: CountryLookup,
): string[] {
  const key = lookup === undefined ? legCountriesKey(points, endCountries) : undefined;
  const known = key === undefined ? undefined : knownLegCountries(key);
  if (known !== undefined) return [...known];
  const countryAt = lookup ?? countryLookup();
  const samples = greatCirclePath(points, COUNTRY_SAMPLE_KM).map(([lon, lat]) =>
    countryAt([((((lon + 180) % 360) + 360) % 360) - 180, lat]),
  );
  const out: string[] = endCountries[0] === undefined ? [] : [endCountries[0]];
  for (let i = 1; i < samples.length; i++) {
    const code = samples[i];
    if (code !== null && code !== undefined && code === samples[i - 1] && out.at(-1) !== code) out.push(code);
  }
  if (endCountries[1] !== undefined && out.at(-1) !== endCountries[1]) out.push(endCountries[1]);
  if (key !== undefined) rememberLegCountries(key, out);
  return out;
}
