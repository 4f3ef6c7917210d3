import { afterEach, describe, expect, it } from 'vitest';
import type { LonLat } from '../model/network.js';
import { countriesAlong } from './countries-along.js';
import { countryLookup, prepareCountryLookup, setCountryLookup } from './country-lookup.js';
import { legCountriesKey, legCountriesTable, registerLegCountries } from './leg-countries.js';

// Almaty → Moscow, drawn by hand: a line across Kazakhstan into Russia.
const ALMATY_MOSCOW: LonLat[] = [
  [76.9, 43.2],
  [37.6, 55.7],
];
const refuse = () => {
  throw new Error('looked up');
};

afterEach(() => setCountryLookup(undefined));

describe('legCountriesKey', () => {
  it('is the same for the same line and ends', () => {
    expect(legCountriesKey(ALMATY_MOSCOW, ['KZ', 'RU'])).toBe(legCountriesKey([...ALMATY_MOSCOW], ['KZ', 'RU']));
  });

  it('changes when one coordinate, the order of the points or an end country changes', () => {
    const key = legCountriesKey(ALMATY_MOSCOW, ['KZ', 'RU']);
    expect(
      legCountriesKey(
        [
          [76.9, 43.2000001],
          [37.6, 55.7],
        ],
        ['KZ', 'RU'],
      ),
    ).not.toBe(key);
    expect(legCountriesKey([...ALMATY_MOSCOW].reverse(), ['KZ', 'RU'])).not.toBe(key);
    expect(legCountriesKey(ALMATY_MOSCOW, [undefined, 'RU'])).not.toBe(key);
  });
});

describe('countriesAlong with known lines', () => {
  it('answers a registered line without looking any point up', () => {
    const line: LonLat[] = [
      [10, 10],
      [11, 11],
    ];
    registerLegCountries({ [legCountriesKey(line, ['AA', 'BB'])]: ['AA', 'CC', 'BB'] });
    setCountryLookup(refuse);
    expect(countriesAlong(line, ['AA', 'BB'])).toEqual(['AA', 'CC', 'BB']);
  });

  it('looks a line up once, then answers it from memory, and lists it in legCountriesTable', () => {
    let lookups = 0;
    setCountryLookup(([lon]) => {
      lookups++;
      return lon < 50 ? 'RU' : 'KZ';
    });
    const first = countriesAlong(ALMATY_MOSCOW, ['KZ', 'RU']);
    const looked = lookups;
    expect(countriesAlong(ALMATY_MOSCOW, ['KZ', 'RU'])).toEqual(first);
    expect(lookups).toBe(looked);
    expect(legCountriesTable()[legCountriesKey(ALMATY_MOSCOW, ['KZ', 'RU'])]).toEqual(first);
  });

  it('forgets what it computed when the lookup is replaced', () => {
    setCountryLookup(() => 'KZ');
    expect(countriesAlong(ALMATY_MOSCOW, [undefined, undefined])).toEqual(['KZ']);
    setCountryLookup(() => 'RU');
    expect(countriesAlong(ALMATY_MOSCOW, [undefined, undefined])).toEqual(['RU']);
  });

  it('uses an explicit lookup even for a registered line', () => {
    const line: LonLat[] = [
      [20, 20],
      [21, 21],
    ];
    registerLegCountries({ [legCountriesKey(line, [undefined, undefined])]: ['ZZ'] });
    expect(countriesAlong(line, [undefined, undefined], () => 'EG')).toEqual(['EG']);
  });
});

describe('the default country lookup', () => {
  it('loads country-coder on first use in Node, without being prepared', () => {
    expect(countryLookup()([118.07, 24.48])).toBe('CN'); // Xiamen
    expect(countriesAlong(ALMATY_MOSCOW, ['KZ', 'RU'])).toEqual(['KZ', 'RU']);
  });

  it('prepareCountryLookup resolves to the same borders', async () => {
    const lookup = await prepareCountryLookup();
    expect(lookup([6.76, 51.43])).toBe('DE'); // Duisburg
    expect(lookup([150, 0])).toBeNull(); // the Pacific
  });
});
