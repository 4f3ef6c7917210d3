import type { InputIssue, Network } from '@corridor/core/model';
import { type ChosenFile, readDatasetFiles } from './read-dataset-files';
import type { ReadProblem } from './read-problem';
import { tryLoadNetwork } from './try-load-network';
import type { UploadProgress } from './upload-progress';

/** The outcome of {@link loadChosenFiles}. */
export type LoadChosenResult =
  | { readonly ok: true; readonly network: Network; readonly fileCount: number }
  /** The files could not be read as a dataset (too many, too large, not UTF-8…); nothing was parsed. */
  | { readonly ok: false; readonly problems: readonly ReadProblem[] }
  /** The loader found problems in the files. */
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Reads and loads the files a user chose, telling its progress: the bytes read, then each file the loader parses,
 * then the checks across files. All of it in the engine's worker: the page hands over its `File`s (which cross
 * without their bytes) and stays free while megabytes are decoded and checked. Never throws.
 * @param chosen - the files, from a file input or a drop
 * @param onProgress - told at each step (a progress bar's feed)
 * @returns the network and how many files made it, or the problems
 * @example
 * const result = await loadChosenFiles(files, (progress) => console.log(uploadFraction(progress)));
 */
export async function loadChosenFiles(
  chosen: readonly ChosenFile[],
  onProgress?: (progress: UploadProgress) => void,
): Promise<LoadChosenResult> {
  const read = await readDatasetFiles(chosen, (doneBytes, totalBytes) =>
    onProgress?.({ step: 'reading', doneBytes, totalBytes }),
  );
  if (!read.ok) return read;
  const loaded = tryLoadNetwork(read.files, (progress) => onProgress?.({ step: 'checking', ...progress }));
  if (!loaded.ok) return loaded;
  return { ok: true, network: loaded.network, fileCount: Object.keys(read.files).length };
}
