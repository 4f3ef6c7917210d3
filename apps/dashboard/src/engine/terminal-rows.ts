import { DEFAULT_TEU_PER_TRAIN } from '@corridor/core/flow';
import type { Network, Terminal } from '@corridor/core/model';
import type { PlaceRef, TerminalRow } from './engine-api';
import { sourceResolver } from './source-resolver';

/**
 * Builds the Terminals table: one row per terminal, with the place it serves named and its sources resolved.
 * @param network - a validated network
 * @returns the rows, in file order
 * @example
 * terminalRows(fujianNetwork).find((row) => row.id === 'xmn_port_haicang')?.nameZh; // '厦门港海沧/嵩屿港区'
 */
export function terminalRows(network: Network): TerminalRow[] {
  const places = new Map<string, PlaceRef>(
    network.places.map(({ id, nameEn, nameZh }) => [id, { id, nameEn, nameZh }]),
  );
  const resolve = sourceResolver(network.sources);
  return network.terminals.map((terminal) => {
    const place = terminal.placeId === undefined ? undefined : places.get(terminal.placeId);
    return {
      id: terminal.id,
      kind: terminal.kind,
      nameEn: terminal.nameEn,
      nameZh: terminal.nameZh,
      country: terminal.country,
      ...(terminal.farCountry === undefined ? {} : { farCountry: terminal.farCountry }),
      ...(place === undefined ? {} : { place }),
      position: terminal.position,
      ...capacityOf(terminal),
      ...(terminal.backgroundTeuPerWeek === undefined ? {} : { backgroundTeuPerWeek: terminal.backgroundTeuPerWeek }),
      sources: resolve(terminal.sources),
    };
  });
}

/** A terminal's weekly capacity as the assignment counts it (flow/capacity-elements.ts), if it has one. */
function capacityOf(terminal: Terminal): Pick<TerminalRow, 'capacity'> {
  const WEEKS_PER_YEAR = 52;
  if (terminal.kind === 'border-crossing' && terminal.capacityTrainsPerDay !== undefined)
    return {
      capacity: {
        perWeek: terminal.capacityTrainsPerDay * 7 * DEFAULT_TEU_PER_TRAIN,
        unit: 'teu',
        trainsPerDay: terminal.capacityTrainsPerDay,
      },
    };
  if (terminal.kind === 'airport' && terminal.capacityTonnesPerYear !== undefined)
    return { capacity: { perWeek: terminal.capacityTonnesPerYear / WEEKS_PER_YEAR, unit: 'tonnes' } };
  if (terminal.kind !== 'airport' && terminal.capacityTeuPerYear !== undefined)
    return { capacity: { perWeek: terminal.capacityTeuPerYear / WEEKS_PER_YEAR, unit: 'teu' } };
  return {};
}
