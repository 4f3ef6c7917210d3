/**
 * Place names for OD pairs: the worker has the network, so it sends each row with the names of its two places in
 * both languages, and the page shows the one of the current language (the id stays available as a tooltip).
 */
import type { Network } from '@corridor/core/model';

/** A place's name in both languages. */
export interface PlaceName {
  readonly en: string;
  readonly zh: string;
}

/** An OD row with the names of its places. */
export type WithPlaceNames<Row extends { readonly from: string; readonly to: string }> = Row & {
  readonly fromName: PlaceName;
  readonly toName: PlaceName;
};

/**
 * Names every row's `from` and `to` places. A place the network does not know is named by its id.
 * @param rows - OD rows (`SelectedFlow`, `UnservedDemand`, …)
 * @param network - the network the ids are of
 * @returns new rows with `fromName` and `toName`, in the same order
 * @example
 * withPlaceNames([{ from: 'CNXMN', to: 'DEHAM' }], fujianNetwork)[0]?.fromName; // { en: 'Xiamen', zh: '厦门' }
 */
export function withPlaceNames<Row extends { readonly from: string; readonly to: string }>(
  rows: readonly Row[],
  network: Network,
): WithPlaceNames<Row>[] {
  const names = new Map(
    network.places.map((place) => [place.id, { en: place.nameEn, zh: place.nameZh || place.nameEn }]),
  );
  const nameOf = (id: string): PlaceName => names.get(id) ?? { en: id, zh: id };
  return rows.map((row) => ({ ...row, fromName: nameOf(row.from), toName: nameOf(row.to) }));
}
