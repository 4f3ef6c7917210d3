import { decodeUtf8 } from './decode-utf8';
import { planUpload } from './plan-upload';
import type { ReadProblem } from './read-problem';

/** A file the user chose: where it was (relative path) and its content. */
export interface ChosenFile {
  /** `places.csv`, or `fujian/places.csv` when a folder was chosen. */
  readonly path: string;
  /** The file (a `File` in the browser; any `Blob` will do). */
  readonly file: Blob;
}

/** The outcome of {@link readDatasetFiles}. */
export type ReadFilesResult =
  | { readonly ok: true; readonly files: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problems: readonly ReadProblem[] };

async function readText(file: Blob): Promise<string | null | undefined> {
  try {
    return decodeUtf8(await file.arrayBuffer());
  } catch {
    return undefined; // the browser could not read it at all
  }
}

/**
 * Reads the files a user chose as a dataset: checks count and size first (see `planUpload`), then reads each as
 * strict UTF-8. Never throws; every file that cannot be read as text is listed.
 * @param chosen - the files, from a file input or a drop
 * @returns the text of each file by name, ready for the engine's `loadDataset`, or the problems
 * @example
 * const result = await readDatasetFiles([...input.files].map((file) => ({ path: file.name, file })));
 */
export async function readDatasetFiles(chosen: readonly ChosenFile[]): Promise<ReadFilesResult> {
  const plan = planUpload(chosen.map(({ path, file }) => ({ path, size: file.size })));
  if (!plan.ok) return plan;
  const texts = await Promise.all(plan.files.map(({ index }) => readText(chosen[index]?.file ?? new Blob())));
  const files: Record<string, string> = {};
  const problems: ReadProblem[] = [];
  plan.files.forEach(({ name }, k) => {
    const text = texts[k];
    if (typeof text === 'string') files[name] = text;
    else problems.push(text === null ? { kind: 'not-utf8', file: name } : { kind: 'unreadable', file: name });
  });
  return problems.length === 0 ? { ok: true, files } : { ok: false, problems };
}
