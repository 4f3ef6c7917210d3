import type { Network, TerminalKind } from './network.js';

/** A place or terminal a route may start or end at, with the codes it is found by. */
export interface EndpointOption {
  /** Place id (a UN/LOCODE where there is one) or terminal id. */
  readonly id: string;
  /** `place`, or the kind of terminal (never a border crossing). */
  readonly kind: 'place' | Exclude<TerminalKind, 'border-crossing'>;
  readonly nameEn: string;
  readonly nameZh: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** Codes it is found by: its id, UN/LOCODE, IATA. */
  readonly codes: readonly string[];
}

/**
 * Everything a route may start or end at: places first, then terminals other than border crossings, in file
 * order, each with the codes it is found by (id, UN/LOCODE, IATA).
 *
 * @param network - a validated network
 * @returns the options, for pickers and place search
 * @example
 * ```ts
 * import { endpointOptions } from '@corridor/core/model';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const [first] = endpointOptions(fujianNetwork);
 * console.log(first?.kind, first?.id, first?.nameEn, first?.codes); // → place CNXMN Xiamen [ 'CNXMN' ]
 * ```
 */
export function endpointOptions(network: Network): readonly EndpointOption[] {
  const places: EndpointOption[] = network.places.map((place) => ({
    id: place.id,
    kind: 'place',
    nameEn: place.nameEn,
    nameZh: place.nameZh,
    country: place.country,
    codes: [place.id],
  }));
  const terminals: EndpointOption[] = network.terminals.flatMap((terminal) => {
    const { kind } = terminal;
    if (kind === 'border-crossing') return [];
    const codes = [terminal.id, terminal.locode, terminal.iata].filter((code): code is string => code !== undefined);
    return [
      { id: terminal.id, kind, nameEn: terminal.nameEn, nameZh: terminal.nameZh, country: terminal.country, codes },
    ];
  });
  return [...places, ...terminals];
}
