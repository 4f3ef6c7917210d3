import { foldText, queryWords } from '@corridor/core/model';

/**
 * Filters table rows by a free-text query: every whitespace-separated word must occur, case- and
 * accent-insensitively, in one of the texts `searchedTexts` gives for the row (so `xiamen port` finds
 * "Xiamen Port – Haicang", and `海沧` its Chinese name).
 * @param rows - the table
 * @param query - what the user typed; blank matches everything
 * @param searchedTexts - the texts of a row that the query may match (absent ones are skipped)
 * @returns the matching rows in table order (the input itself when the query is blank)
 * @example
 * filterRows(terminals, 'haicang', terminalSearchTexts); // the Haicang port and the Haicang rail station
 */
export function filterRows<T>(
  rows: readonly T[],
  query: string,
  searchedTexts: (row: T) => readonly (string | undefined)[],
): readonly T[] {
  const words = queryWords(query);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = foldText(searchedTexts(row).join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}

/** A row with an id and names in both languages. */
export interface NamedRow {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh?: string;
}

/**
 * The texts a terminal is found by: id, English and Chinese name.
 * @param row - a terminal row
 * @returns the searched texts
 */
export function terminalSearchTexts(row: NamedRow): readonly (string | undefined)[] {
  return [row.id, row.nameEn, row.nameZh];
}

/**
 * The texts a service is found by: id, English and Chinese name, and the names of its stops in both languages
 * (so `Hamburg` finds every service calling there).
 * @param row - a service row
 * @returns the searched texts
 */
export function serviceSearchTexts(
  row: NamedRow & { readonly stops: readonly { readonly nameEn: string; readonly nameZh: string }[] },
): readonly (string | undefined)[] {
  return [row.id, row.nameEn, row.nameZh, ...row.stops.flatMap((stop) => [stop.nameEn, stop.nameZh])];
}
