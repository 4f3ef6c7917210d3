import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the characters the dashboard can show come from, as folders of text files: its own sources (the message
 * catalogue, the Chinese written into components), and the built `@corridor/core` and `@corridor/data` it ships
 * (the library's passage and region names, the dataset's `nameZh` and `descriptionZh`, which the place search
 * offers). Read as text, not imported: every string literal counts, whichever module or locale shows it.
 */
export interface ShownTextSources {
  /** Folders read recursively (absolute paths). */
  readonly folders: readonly string[];
}

/** Text files whose characters can reach the page; tests never do. */
const SHIPPED_FILE = /\.(ts|js|svelte|html)$/;
const TEST_FILE = /\.test\.ts$/;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && SHIPPED_FILE.test(entry.name) && !TEST_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The code points outside ASCII of some texts: the characters a CJK font may have to draw (ASCII is always drawn
 * by the page's Latin fonts first).
 *
 * @param texts - any texts
 * @returns the distinct code points above U+007F, ascending
 * @example
 * ```ts
 * console.log(nonAsciiCodePoints(['厦门 → Xiamen'])); // → [ 8594, 21414, 38376 ]
 * ```
 */
export function nonAsciiCodePoints(texts: Iterable<string>): number[] {
  const codePoints = new Set<number>();
  for (const text of texts) {
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0;
      if (codePoint > 0x7f) codePoints.add(codePoint);
    }
  }
  return [...codePoints].sort((a, b) => a - b);
}

/**
 * Every code point outside ASCII written in the files of some folders, tests left out: what the font subset must
 * hold so that whatever the app shows in Chinese draws from it.
 *
 * @param sources - the folders to read
 * @returns the distinct code points, ascending (the same files give the same list)
 * @example
 * ```ts
 * const codePoints = await shownCodePoints({ folders: ['/path/to/apps/dashboard/src'] });
 * console.log(codePoints.includes(0x4e2d)); // → true (中)
 * ```
 */
export async function shownCodePoints(sources: ShownTextSources): Promise<number[]> {
  const files = (await Promise.all(sources.folders.map(filesUnder))).flat();
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return nonAsciiCodePoints(texts);
}
