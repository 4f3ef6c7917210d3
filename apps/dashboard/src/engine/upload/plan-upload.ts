import { MAX_DATASET_BYTES, MAX_DATASET_FILES } from '../../shared/dataset-limits';
import type { ReadProblem } from './read-problem';

/** A file the user chose, before it is read. */
export interface UploadCandidate {
  /** Path relative to what was chosen: `places.csv`, or `fujian/places.csv` from a folder. */
  readonly path: string;
  /** Size in bytes. */
  readonly size: number;
}

/** The outcome of {@link planUpload}. */
export type UploadPlan =
  | {
      readonly ok: true;
      /** The files to read: index into the candidates, and the name the dataset knows the file by. */
      readonly files: readonly { readonly index: number; readonly name: string }[];
    }
  | { readonly ok: false; readonly problems: readonly ReadProblem[] };

/** The file name at the end of a path (`/` or `\` separated). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/**
 * Decides which of the chosen files to read, before reading any: hidden files and anything inside a hidden folder
 * (`.DS_Store`, `.git/…`) are skipped; each file is known by its name without folders; two files with one name,
 * more than {@link MAX_DATASET_FILES} files or more than {@link MAX_DATASET_BYTES} in all are refused, with every
 * such problem listed.
 * @param candidates - the chosen files, in the order chosen
 * @returns the files to read, or the problems
 * @example
 * planUpload([{ path: 'tiny/places.csv', size: 210 }, { path: 'tiny/.DS_Store', size: 6148 }]);
 * // { ok: true, files: [{ index: 0, name: 'places.csv' }] }
 */
export function planUpload(candidates: readonly UploadCandidate[]): UploadPlan {
  const files: { index: number; name: string }[] = [];
  const pathsByName = new Map<string, string[]>();
  let totalBytes = 0;
  candidates.forEach(({ path, size }, index) => {
    if (path.split(/[/\\]/).some((segment) => segment.startsWith('.'))) return;
    const name = baseName(path);
    if (name === '') return;
    files.push({ index, name });
    pathsByName.set(name, [...(pathsByName.get(name) ?? []), path]);
    totalBytes += size;
  });
  if (files.length === 0) return { ok: false, problems: [{ kind: 'no-files' }] };
  const problems: ReadProblem[] = [];
  if (files.length > MAX_DATASET_FILES) {
    problems.push({ kind: 'too-many', count: files.length, limit: MAX_DATASET_FILES });
  }
  if (totalBytes > MAX_DATASET_BYTES) {
    problems.push({ kind: 'too-large', totalBytes, limitBytes: MAX_DATASET_BYTES });
  }
  if (problems.length === 0) {
    for (const [name, paths] of pathsByName) {
      if (paths.length > 1) problems.push({ kind: 'duplicate-name', name, paths });
    }
  }
  return problems.length === 0 ? { ok: true, files } : { ok: false, problems };
}
