import { type LoadProgress, loadNetwork } from '@corridor/core/load';
import { CorridorError, type InputIssue, type Network } from '@corridor/core/model';
import { MAX_DATASET_BYTES, MAX_DATASET_FILES } from '../../shared/dataset-limits';

/** The outcome of {@link tryLoadNetwork}. */
export type TryLoadResult =
  | { readonly ok: true; readonly network: Network }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/** UTF-8 length of a string in bytes, without allocating an encoded copy. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      k++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Loads a dataset from its files and never throws: a `CorridorError` becomes its list of issues, and anything
 * else the loader might throw on hostile input becomes one issue saying so. Oversized input is refused before it
 * is parsed (`readDatasetFiles` checks the same limits on the files' sizes; this guards text given directly).
 * @param files - the text of each file, keyed by file name (`terminals.csv`)
 * @param onProgress - told before each file is parsed and before the checks across files
 * @returns the network, or every problem found
 * @example
 * const result = tryLoadNetwork({ 'dataset.json': '{}' });
 * if (!result.ok) result.issues.map(formatIssue);
 */
export function tryLoadNetwork(
  files: Readonly<Record<string, string>>,
  onProgress?: (progress: LoadProgress) => void,
): TryLoadResult {
  const names = Object.keys(files);
  if (names.length > MAX_DATASET_FILES) {
    return {
      ok: false,
      issues: [
        {
          file: '(dataset)',
          code: 'too-many',
          params: { count: names.length, max: MAX_DATASET_FILES },
          message: `${names.length} files were given; a dataset has at most ${MAX_DATASET_FILES}`,
          fix: 'choose only the files of the dataset folder',
        },
      ],
    };
  }
  let totalBytes = 0;
  for (const name of names) totalBytes += utf8Bytes(files[name] ?? '');
  if (totalBytes > MAX_DATASET_BYTES) {
    return {
      ok: false,
      issues: [
        {
          file: '(dataset)',
          code: 'file-too-large',
          params: { sizeMb: Number((totalBytes / 2 ** 20).toFixed(1)), limitMb: MAX_DATASET_BYTES / 2 ** 20 },
          message: `the files add up to ${totalBytes} bytes, more than the limit of ${MAX_DATASET_BYTES}`,
          fix: 'choose only the files of the dataset folder',
        },
      ],
    };
  }
  try {
    return {
      ok: true,
      network: loadNetwork(files, { name: 'your dataset', ...(onProgress === undefined ? {} : { onProgress }) }),
    };
  } catch (error) {
    if (error instanceof CorridorError && error.issues.length > 0) return { ok: false, issues: error.issues };
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          file: '(dataset)',
          code: 'unreadable',
          params: { reason: 'other' },
          message: `the dataset could not be read: ${message}`,
          fix: 'check the files',
        },
      ],
    };
  }
}
