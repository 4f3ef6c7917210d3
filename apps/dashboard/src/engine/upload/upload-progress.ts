import type { LoadProgress } from '@corridor/core/load';

/**
 * How far loading the user's files has come, as the worker tells the page: the bytes read, then the loader's
 * steps (each file parsed, then the checks across files), then opening the dataset (its map and tables).
 */
export type UploadProgress =
  | { readonly step: 'reading'; readonly doneBytes: number; readonly totalBytes: number }
  | ({ readonly step: 'checking' } & LoadProgress)
  | { readonly step: 'opening' };

/** Shares of the progress bar: reading is quick (the disk), checking is most of the wait, opening the rest. */
const READING_SHARE = 0.1;
const CHECKING_SHARE = 0.8;

/**
 * The share of the work done, for a progress bar.
 * @param progress - the last progress the worker told
 * @returns a fraction from 0 to 1
 * @example
 * uploadFraction({ step: 'reading', doneBytes: 5, totalBytes: 10 }); // 0.05
 * uploadFraction({ step: 'checking', file: null, doneSteps: 14, totalSteps: 15 }); // ≈ 0.85
 */
export function uploadFraction(progress: UploadProgress): number {
  const share = (done: number, total: number) => (total > 0 ? Math.min(1, Math.max(0, done / total)) : 1);
  switch (progress.step) {
    case 'reading':
      return READING_SHARE * share(progress.doneBytes, progress.totalBytes);
    case 'checking':
      return READING_SHARE + CHECKING_SHARE * share(progress.doneSteps, progress.totalSteps);
    case 'opening':
      return READING_SHARE + CHECKING_SHARE;
  }
}
