import type { InputIssue } from '../model/corridor-error.js';
import { excerpt } from '../model/excerpt.js';
import { escapeControlCharacters } from './check-text.js';
import { DATASET_LIMITS } from './dataset-limits.js';

/** A bad value as quoted in a problem: an excerpt (`model/excerpt.ts`), control characters escaped. */
function quoted(value: string): string {
  return escapeControlCharacters(excerpt(value, DATASET_LIMITS.maxQuotedChars));
}

/**
 * Collects the problems of one load; every check appends, nothing throws until the end. Keeps the first
 * {@link DATASET_LIMITS.maxIssues} (a file broken on every row would otherwise give a message of millions
 * of lines) and counts the rest; quotes at most an excerpt of each bad value, control characters escaped.
 */
export class IssueList {
  readonly items: InputIssue[] = [];
  private total = 0;

  /** Adds one problem, unless the list is full (then it is only counted). */
  add(issue: InputIssue): void {
    this.total++;
    if (this.items.length >= DATASET_LIMITS.maxIssues) return;
    this.items.push(issue.value === undefined ? issue : { ...issue, value: quoted(issue.value) });
  }

  /** Every problem added, listed or not. */
  get count(): number {
    return this.total;
  }

  /** The listed problems, with a last one saying how many more were found, when some were left out. */
  listed(): InputIssue[] {
    const left = this.total - this.items.length;
    if (left === 0) return [...this.items];
    return [
      ...this.items,
      {
        file: '(dataset)',
        code: 'more-issues',
        params: { count: left, limit: DATASET_LIMITS.maxIssues },
        message: `${left} more problem${left === 1 ? '' : 's'} not listed (only the first ${DATASET_LIMITS.maxIssues} are)`,
        fix: 'fix the problems above and validate again',
      },
    ];
  }
}
