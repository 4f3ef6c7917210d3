import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FILES, type DatasetFiles } from '../load/dataset-files.js';
import { DATASET_LIMITS } from '../load/dataset-limits.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';

const FORMAT_FILES = new Set<string>(Object.values(DATASET_FILES));
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Why a folder entry could not be read, in words, from a Node error code. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ELOOP') return 'is a loop of symbolic links';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * Reads every file of a dataset folder (Node only; the browser passes files it was given). Symbolic links are
 * followed. What cannot be read is reported, never thrown raw: a broken link, a loop of links, a file without
 * read permission, a folder named like a dataset file, a dataset file over the size limit or not UTF-8.
 * Other entries that are not files (subfolders, sockets) are left alone, as before.
 *
 * @param dir - the folder, e.g. `data/fujian`
 * @returns the text of each regular file in it, by name, in name order
 * @throws CorridorError `invalid-argument` when the folder does not exist or is not a folder
 * @throws CorridorError `invalid-input` listing every entry that could not be read
 * @example
 * ```ts
 * import { loadNetwork } from '@corridor/core/load';
 * import { readDatasetDirectory } from '@corridor/core/node';
 *
 * const files = readDatasetDirectory('data/fujian');
 * console.log(Object.keys(files).slice(0, 3)); // → [ 'calibration.json', 'corridors.json', 'dataset.json' ]
 * const network = loadNetwork(files, { name: 'data/fujian' });
 * console.log(network.terminals.length, network.services.length); // → 104 65
 * ```
 */
export function readDatasetDirectory(dir: string): DatasetFiles {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    names = readdirSync(dir).sort();
  } catch {
    throw new CorridorError('invalid-argument', `dataset folder "${dir}" does not exist or is not a folder`, [
      {
        file: dir,
        code: 'unreadable',
        params: { reason: 'not-a-folder' },
        message: 'not a folder',
        fix: 'give the path of a folder holding dataset.json, terminals.csv, …',
      },
    ]);
  }
  const files: Record<string, string> = {};
  const issues: InputIssue[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const read = readEntry(path, name);
    if (typeof read === 'string') files[name] = read;
    else if (read !== undefined) issues.push(read);
  }
  if (issues.length > 0) {
    throw new CorridorError(
      'invalid-input',
      `dataset folder ${dir} has ${issues.length} entr${issues.length === 1 ? 'y' : 'ies'} that cannot be read:`,
      issues,
    );
  }
  return files;
}

/** The text of one folder entry, `undefined` for an entry to leave alone, or the problem with it. */
function readEntry(path: string, name: string): string | InputIssue | undefined {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path); // follows links
  } catch (error) {
    const link = lstatIsLink(path);
    return {
      file: name,
      code: 'unreadable',
      params: { reason: link ? 'broken-link' : 'other' },
      message: link ? 'is a symbolic link to nothing (its target does not exist)' : unreadable(error),
      fix: link ? 'point the link at an existing file, or remove it' : 'remove it or make it readable',
    };
  }
  if (stats.isDirectory()) {
    if (!FORMAT_FILES.has(name)) return undefined; // a subfolder (notes, sources) is not part of the format
    return {
      file: name,
      code: 'unreadable',
      params: { reason: 'is-a-folder' },
      message: 'is a folder, where the format expects a file',
      fix: `replace it with the file ${name}`,
    };
  }
  if (!stats.isFile()) return undefined; // a socket or a pipe: reading could block
  // Other files (a README, .DS_Store) are only named by the loader, never read by it: their text is kept
  // as far as it decodes, and a large one is not read at all.
  const formatFile = FORMAT_FILES.has(name);
  if (!formatFile && stats.size > DATASET_LIMITS.maxFileBytes) return '';
  if (stats.size > DATASET_LIMITS.maxFileBytes) {
    return {
      file: name,
      code: 'file-too-large',
      params: {
        sizeMb: Number((stats.size / 2 ** 20).toFixed(1)),
        limitMb: DATASET_LIMITS.maxFileBytes / 2 ** 20,
      },
      message: `is ${(stats.size / 2 ** 20).toFixed(1)} MB, over the limit of ${DATASET_LIMITS.maxFileBytes / 2 ** 20} MB per file`,
      fix: 'split the dataset, or drop rows it does not need (docs/dataset-format.md, Limits)',
    };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const fix = 'make it readable (check its permissions), or remove it';
    return { file: name, code: 'unreadable', params: { reason: 'permission' }, message: unreadable(error), fix };
  }
  if (!formatFile) return lenient.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return {
      file: name,
      code: 'unreadable',
      params: { reason: 'not-utf8' },
      message: 'is not UTF-8 text',
      fix: 'save it as UTF-8 (a spreadsheet: "CSV UTF-8"), or remove it',
    };
  }
}

function lstatIsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
