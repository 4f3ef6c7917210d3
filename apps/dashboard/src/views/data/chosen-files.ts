import type { ChosenFile } from '../../engine/upload/read-dataset-files';
import { MAX_DATASET_FILES } from '../../shared/dataset-limits';

/** Files a walk through a dropped folder collects at most: past the limit, `planUpload` refuses anyway. */
const MAX_WALKED_FILES = MAX_DATASET_FILES + 1;

/** Folder levels a walk descends: the dataset folder itself, and a folder or two around it. */
const MAX_WALK_DEPTH = 3;

/**
 * The files chosen in an `<input type="file">`, with their path inside the chosen folder when the input picks
 * folders (`webkitdirectory`).
 * @param list - `input.files`
 * @returns the chosen files, in the browser's order
 */
export function chosenFilesFromList(list: FileList | readonly File[]): ChosenFile[] {
  return [...list].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

function fileOf(entry: FileSystemFileEntry): Promise<File | null> {
  return new Promise((resolve) => entry.file(resolve, () => resolve(null)));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
}

async function walk(entry: FileSystemEntry, prefix: string, depth: number, into: ChosenFile[]): Promise<void> {
  if (into.length >= MAX_WALKED_FILES || entry.name.startsWith('.')) return;
  const path = `${prefix}${entry.name}`;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    if (file !== null) into.push({ path, file });
    return;
  }
  if (!entry.isDirectory || depth >= MAX_WALK_DEPTH) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in batches (100 in Chromium) until it answers with none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) await walk(child, `${path}/`, depth + 1, into);
    if (into.length >= MAX_WALKED_FILES) return;
  }
}

/**
 * The files dropped on the page: plain files, or every file inside dropped folders (walked a few levels deep,
 * hidden ones skipped, stopping once there are more than a dataset can have).
 * @param transfer - the `drop` event's `dataTransfer`; it must be read before the handler returns, so call this
 *   synchronously in the handler (the walk itself continues asynchronously)
 * @returns the dropped files, with paths relative to what was dropped
 */
export function chosenFilesFromDrop(transfer: DataTransfer): Promise<ChosenFile[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => (typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve(chosenFilesFromList(transfer.files));
  }
  return (async () => {
    const files: ChosenFile[] = [];
    for (const entry of entries) if (entry !== null) await walk(entry, '', 0, files);
    return files;
  })();
}

/**
 * Tells whether a drag carries files (and not, say, selected text), so the page only offers to take those.
 * @param transfer - the drag event's `dataTransfer`
 * @returns `true` when files are being dragged
 */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return transfer !== null && [...transfer.types].includes('Files');
}
