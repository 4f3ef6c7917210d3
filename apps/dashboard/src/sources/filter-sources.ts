import type { Source } from '@corridor/core/model';

/** Lower-cases and strips combining accents (`Café` → `cafe`); letters that do not decompose, such as `ł`, stay. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Filters a source register by a free-text query: every whitespace-separated word must occur (case- and
 * accent-insensitively) in the source's id, category, title, URL or note.
 * @param sources - the register
 * @param query - what the user typed; blank matches everything
 * @returns the matching sources, in register order (the input itself when the query is blank)
 * @example
 * filterSources(sources, 'imo eeoi'); // the sources mentioning both IMO and EEOI
 */
export function filterSources(sources: readonly Source[], query: string): readonly Source[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return sources;
  return sources.filter((source) => {
    const haystack = fold([source.id, source.category, source.title, source.url ?? '', source.note ?? ''].join('\n'));
    return words.every((word) => haystack.includes(word));
  });
}
