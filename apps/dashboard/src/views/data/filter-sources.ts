import { foldText, queryWords, type Source } from '@corridor/core/model';

/**
 * Filters a source register by a free-text query: every whitespace-separated word must occur (case- and
 * accent-insensitively) in the source's id, category, title, URL or note.
 * @param sources - the register
 * @param query - what the user typed; blank matches everything
 * @returns the matching sources, in register order (the input itself when the query is blank)
 * @example
 * filterSources(sources, 'imo eeoi'); // the sources mentioning both IMO and EEOI
 */
export function filterSources<T extends Source>(sources: readonly T[], query: string): readonly T[] {
  const words = queryWords(query);
  if (words.length === 0) return sources;
  return sources.filter((source) => {
    const haystack = foldText(
      [source.id, source.category, source.title, source.url ?? '', source.note ?? ''].join('\n'),
    );
    return words.every((word) => haystack.includes(word));
  });
}
