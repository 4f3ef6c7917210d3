import type { RegisteredSource } from '@corridor/core/model';
import type { SourceRef } from './engine-api';

/**
 * Makes a function that resolves the source ids a row cites against a dataset's register, so each can be shown
 * with its title, URL and confidence.
 * @param register - the dataset's `sources.csv`, as loaded
 * @returns `(ids) => refs`, in the order cited; an id missing from the register keeps only its id
 * @example
 * const resolve = sourceResolver(network.sources);
 * resolve(['S1']); // [{ id: 'S1', title: 'A sourced document', url: 'https://…', confidence: 'high' }]
 */
export function sourceResolver(register: readonly RegisteredSource[]): (ids: readonly string[]) => SourceRef[] {
  const byId = new Map<string, SourceRef>(
    register.map(({ id, title, url, confidence }) => [
      id,
      url === undefined ? { id, title, confidence } : { id, title, url, confidence },
    ]),
  );
  return (ids) => ids.map((id) => byId.get(id) ?? { id });
}
