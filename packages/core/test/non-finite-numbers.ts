/**
 * Every number of an answer that is NaN or ±Infinity, by its path (`/assignment/after/costUsdPerWeek: NaN`): an
 * answer must have none (a figure that cannot be computed is said, not written as NaN). Shared by the engine's
 * fuzz suite and its malformed-request corpus.
 */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => nonFiniteNumbers(child, `${path}/${key}`));
}
