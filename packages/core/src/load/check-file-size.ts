import { DATASET_LIMITS } from './dataset-limits.js';
import type { IssueList } from './issue-list.js';

/** UTF-8 bytes of a text, without encoding it (a lone surrogate counts as the 3 bytes of U+FFFD). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 1; // a surrogate pair is 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Checks one file's size against {@link DATASET_LIMITS.maxFileBytes}; a file over it is reported and not
 * read any further, so one huge upload cannot hold the loader for minutes.
 *
 * @param file - the file's name, for the message
 * @param text - its text
 * @param issues - where the problem goes
 * @returns whether the file is small enough to read
 * @example
 * ```ts
 * if (checkFileSize('places.csv', text, issues)) parseTable('places.csv', text, PLACE_COLUMNS, issues);
 * ```
 */
export function checkFileSize(file: string, text: string, issues: IssueList): boolean {
  const max = DATASET_LIMITS.maxFileBytes;
  // Every UTF-16 unit is 1 to 3 bytes: only texts near the limit need counting.
  if (text.length * 3 <= max) return true;
  const bytes = text.length > max ? text.length : utf8Bytes(text);
  if (bytes <= max) return true;
  issues.add({
    file,
    code: 'file-too-large',
    params: { sizeMb: Number((bytes / 2 ** 20).toFixed(1)), limitMb: max / 2 ** 20 },
    message: `is ${(bytes / 2 ** 20).toFixed(1)} MB, over the limit of ${max / 2 ** 20} MB per file`,
    fix: 'split the dataset, or drop rows it does not need (docs/dataset-format.md, Limits)',
  });
  return false;
}
