/**
 * The hand-drawn tiny dataset of `test/fixtures/tiny-dataset` (4 places, 7 terminals), as the files a user would
 * load: for unit tests only, read through Vite's glob import so no Node API is needed.
 */
const modules = import.meta.glob<string>('../../../../test/fixtures/tiny-dataset/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The tiny dataset's files by name (`places.csv`, …), including its README.md. */
export const TINY_DATASET_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);

/**
 * A copy of the tiny dataset with one file's text changed.
 * @param file - the file to change, e.g. `places.csv`
 * @param edit - returns the new text from the old
 * @returns the edited copy
 */
export function editedTinyDataset(file: string, edit: (text: string) => string): Record<string, string> {
  return { ...TINY_DATASET_FILES, [file]: edit(TINY_DATASET_FILES[file] ?? '') };
}
