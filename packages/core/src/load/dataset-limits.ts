import { MAX_EXCERPT_LENGTH } from '../model/excerpt.js';

/**
 * Sizes a dataset may not exceed, each reported with its own message (docs/dataset-format.md "Limits").
 * They keep a load bounded in time and memory whatever a file holds: the bundled dataset is far inside
 * each (its largest file is under 1 MB, its deepest JSON 7 levels, its longest cell under 2,000 characters).
 */
export const DATASET_LIMITS = {
  /** One file: 50 MB is some fifty times the bundled dataset's largest; a browser parses it in seconds. */
  maxFileBytes: 50 * 1024 * 1024,
  /** JSON nesting: the format needs 7 levels; 64 leaves room and keeps every recursive step shallow. */
  maxJsonDepth: 64,
  /** One CSV cell or JSON string: a long source note is a few hundred characters. */
  maxTextChars: 10_000,
  /** Data rows in one table: a world dataset has tens of thousands of ports, links and flows. */
  maxRows: 1_000_000,
  /** Problems listed in one error; the count of the rest is given, so the message stays readable. */
  maxIssues: 1_000,
  /** Characters of a bad value quoted in a problem: the library's one excerpt length. */
  maxQuotedChars: MAX_EXCERPT_LENGTH,
} as const;
