import { CorridorError } from '../model/corridor-error.js';
import type { Network, Place, Terminal } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';

/** What a query resolved to: a place or a terminal of the network. */
export type Location =
  | { readonly kind: 'place'; readonly place: Place }
  | { readonly kind: 'terminal'; readonly terminal: Terminal };

/**
 * Folds case and diacritics so that "lodz" finds Łódź and "XIAMEN" finds Xiamen.
 *
 * @example
 * ```ts
 * import { normalizeName } from '@corridor/core/load';
 *
 * console.log(normalizeName('Łódź')); // → lodz
 * console.log(normalizeName("  Xi'an_North ")); // → xi an north
 * ```
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[\s'’_-]+/g, ' ')
    .trim();
}

/** Finds places and terminals by id, UN/LOCODE, IATA code or name (English or Chinese, any case). */
export interface NetworkLookup {
  /**
   * Resolves a query. Order: exact id; IATA code (an airport); UN/LOCODE (the place, else its terminal);
   * then whole names (places before terminals); then a part of one name on word boundaries.
   * Throws when nothing matches or the query is ambiguous.
   *
   * @param query - `CNXMN`, `xmn_port_haicang`, `XMN`, `Xiamen`, `厦门`, `lodz`
   * @param role - how the query is named in messages (`origin`, `--via`)
   * @throws CorridorError `unknown-reference` with a "did you mean"
   */
  find(query: string, role?: string): Location;
  /** Like `find`, but only places; a terminal query resolves to the place it serves. */
  findPlace(query: string, role?: string): Place;
}

/**
 * Indexes a network for lookups by id, code and name.
 *
 * @example
 * ```ts
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const lookup = createNetworkLookup(fujianNetwork);
 * const airport = lookup.find('XMN');
 * console.log(airport.kind === 'terminal' ? airport.terminal.id : airport.place.id); // → apt_xmn
 * console.log(lookup.findPlace('厦门').id); // → CNXMN
 * console.log(lookup.findPlace('lodz').nameEn); // → Łódź
 * ```
 */
export function createNetworkLookup(network: Network): NetworkLookup {
  const byId = new Map<string, Location>();
  for (const place of network.places) byId.set(place.id, { kind: 'place', place });
  for (const terminal of network.terminals) byId.set(terminal.id, { kind: 'terminal', terminal });
  const byIata = new Map(network.terminals.filter((t) => t.iata).map((t) => [t.iata as string, t]));
  const byName = new Map<string, Location[]>();
  const addName = (name: string, location: Location) => {
    const key = normalizeName(name);
    const list = byName.get(key) ?? [];
    if (!list.includes(location)) list.push(location);
    byName.set(key, list);
  };
  for (const place of network.places) {
    const location = byId.get(place.id) as Location;
    addName(place.nameEn, location);
    addName(place.nameZh, location);
  }
  for (const terminal of network.terminals) {
    const location = byId.get(terminal.id) as Location;
    addName(terminal.nameEn, location);
    addName(terminal.nameZh, location);
  }
  const candidates = [
    ...byId.keys(),
    ...byIata.keys(),
    ...network.places.map((p) => p.nameEn),
    ...network.terminals.map((t) => t.nameEn),
  ];

  const describe = (location: Location) =>
    location.kind === 'place'
      ? `${location.place.id} (${location.place.nameEn})`
      : `${location.terminal.id} (${location.terminal.nameEn})`;

  function find(query: string, role = 'location'): Location {
    const text = query.trim();
    const exact = byId.get(text);
    if (exact !== undefined) return exact;
    const upper = text.toUpperCase();
    const airport = byIata.get(upper);
    if (airport !== undefined && /^[A-Za-z]{3}$/.test(text)) return { kind: 'terminal', terminal: airport };
    const locodePlace = byId.get(upper);
    if (locodePlace?.kind === 'place') return locodePlace;
    const locodeTerminals = network.terminals.filter((t) => t.locode === upper);
    if (locodeTerminals.length === 1) return { kind: 'terminal', terminal: locodeTerminals[0] as Terminal };
    const named = byName.get(normalizeName(text)) ?? [];
    const places = named.filter((l) => l.kind === 'place');
    const chosen = places.length > 0 ? places : named;
    if (chosen.length === 1) return chosen[0] as Location;
    if (chosen.length > 1) {
      throw new CorridorError(
        'unknown-reference',
        `${role} "${query}" is ambiguous: it names ${chosen.map(describe).join(', ')}; give an id`,
      );
    }
    // Part of a name, on word boundaries: "Mawei" → "Fuzhou Port – Mawei area", "Dostyk" → "Alashankou / Dostyk".
    const wanted = normalizeName(text);
    const words = (name: string) => ` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    const partial = [
      ...new Set([...byName].filter(([name]) => words(name).includes(` ${wanted} `)).flatMap(([, list]) => list)),
    ];
    if (wanted.length >= 3 && partial.length === 1) return partial[0] as Location;
    // "Los Angeles" is part of the place and of the terminals serving it: the place is meant.
    const partialPlaces = partial.filter((l) => l.kind === 'place');
    const onlyPlace = partialPlaces.length === 1 ? (partialPlaces[0] as Location & { kind: 'place' }).place : undefined;
    if (onlyPlace !== undefined && partial.every((l) => l.kind === 'place' || l.terminal.placeId === onlyPlace.id)) {
      return partialPlaces[0] as Location;
    }
    if (wanted.length >= 3 && partial.length > 1) {
      const listed = partial.slice(0, 5).map(describe).join(', ');
      throw new CorridorError(
        'unknown-reference',
        `${role} "${query}" is ambiguous: it is part of ${listed}${partial.length > 5 ? ', …' : ''}; give an id`,
      );
    }
    const hint = didYouMean(suggest(text, candidates));
    throw new CorridorError(
      'unknown-reference',
      `${role}: unknown place or terminal "${query}"${hint === '' ? '; give an id, a UN/LOCODE, an IATA code or a name' : hint}`,
    );
  }

  function findPlace(query: string, role = 'place'): Place {
    const location = find(query, role);
    if (location.kind === 'place') return location.place;
    const place = network.places.find((p) => p.id === location.terminal.placeId);
    if (place === undefined) {
      throw new CorridorError(
        'unknown-reference',
        `${role} "${query}" is the terminal ${location.terminal.id}, which serves no place; give a place`,
      );
    }
    return place;
  }

  return { find, findPlace };
}
