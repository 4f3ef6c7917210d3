import { decodeUtf8 } from './decode-utf8';
import { planUpload } from './plan-upload';
import type { ReadProblem } from './read-problem';

/** A file the user chose: where it was (relative path) and its content. */
export interface ChosenFile {
  /** `places.csv`, or `fujian/places.csv` when a folder was chosen. */
  readonly path: string;
  /** The file (a `File` in the browser, which crosses to the worker without its bytes; any `Blob` will do). */
  readonly file: Blob;
}

/** The outcome of {@link readDatasetFiles}. */
export type ReadFilesResult =
  | { readonly ok: true; readonly files: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly ReadProblem[] };

async function readText(file: Blob): Promise<string | null | undefined> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return undefined; // the browser could not read it at all
  }
  return decodeUtf8(bytes);
}

/**
 * Reads the files a user chose as a dataset: checks count and size first (see `planUpload`), then reads each as
 * strict UTF-8, one after the other. Never throws; every file that cannot be read as text is listed. Runs in the
 * engine's worker, so that decoding megabytes never holds up the page.
 * @param chosen - the files, from a file input or a drop
 * @param onBytes - told the bytes read so far and in all, after each file
 * @returns the text of each file by name, ready for the loader, or the problems
 * @example
 * const result = await readDatasetFiles([...input.files].map((file) => ({ path: file.name, file })));
 */
export async function readDatasetFiles(
  chosen: readonly ChosenFile[],
  onBytes?: (doneBytes: number, totalBytes: number) => void,
): Promise<ReadFilesResult> {
  const plan = planUpload(chosen.map(({ path, file }) => ({ path, size: file.size })));
  if (!plan.ok) return plan;
  const blobs = plan.files.map(({ index }) => chosen[index]?.file ?? new Blob());
  const totalBytes = blobs.reduce((sum, blob) => sum + blob.size, 0);
  const files: Record<string, string> = {};
  const problems: ReadProblem[] = [];
  let doneBytes = 0;
  onBytes?.(doneBytes, totalBytes);
  for (const [k, { name }] of plan.files.entries()) {
    const blob = blobs[k] ?? new Blob();
    const text = await readText(blob);
    if (typeof text === 'string') files[name] = text;
    else problems.push(text === null ? { kind: 'not-utf8', file: name } : { kind: 'unreadable', file: name });
    doneBytes += blob.size;
    onBytes?.(doneBytes, totalBytes);
  }
  return problems.length === 0 ? { ok: true, files } : { ok: false, problems };
}
