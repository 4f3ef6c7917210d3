import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { fallbackFaceRules } from './fallback-face-rules.js';
import { shownCodePoints } from './shown-code-points.js';
import { notoSansScPackageFile, subsetNotoSansSc } from './subset-noto-sans-sc.js';
import { unicodeRange } from './unicode-range.js';

/** What `main.ts` imports first: the subset's `@font-face` rules. */
export const NOTO_SANS_SC_SUBSET_CSS = 'virtual:noto-sans-sc-subset.css';

/** What `main.ts` imports after the first render: fontsource's rules for the rest of the font. */
export const NOTO_SANS_SC_FALLBACK_CSS = 'virtual:noto-sans-sc-fallback.css';

/** The file each virtual module is written to, in the plugin's cache folder. */
const CSS_FILES: Readonly<Record<string, string>> = {
  [NOTO_SANS_SC_SUBSET_CSS]: 'noto-sans-sc-subset.css',
  [NOTO_SANS_SC_FALLBACK_CSS]: 'noto-sans-sc-fallback.css',
};

/** The family the rules declare; `app.css` puts it before the whole font's fontsource family. */
export const NOTO_SANS_SC_SUBSET_FAMILY = 'Noto Sans SC Subset';

/** The licence's file name, beside the font files in the build's `assets/`. */
const LICENCE_FILE = 'noto-sans-sc-subset.OFL-1.1.txt';

const dashboardRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The folders whose characters the subset holds: the dashboard's sources and the built core and dataset it
 * bundles (through its own `node_modules`, so what is read is what ships).
 */
export const SHOWN_TEXT_FOLDERS: readonly string[] = [
  join(dashboardRoot, 'src'),
  join(dashboardRoot, 'node_modules/@corridor/core/dist'),
  join(dashboardRoot, 'node_modules/@corridor/data/dist'),
];

/** The `@font-face` rules of the subset's faces, each file named `noto-sans-sc-subset-<weight>.woff2`. */
function fontFaceRules(weights: readonly { weight: number; cssWeights: string }[], range: string): string {
  const faces = weights.map(
    ({ weight, cssWeights }) => `@font-face {
  font-family: '${NOTO_SANS_SC_SUBSET_FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: ${cssWeights};
  src: url(./noto-sans-sc-subset-${weight}.woff2) format('woff2');
  unicode-range: ${range};
}`,
  );
  return `/*! Noto Sans SC, cut to the characters the dashboard shows. © 2014-2021 Adobe; SIL Open Font License 1.1 (${LICENCE_FILE}). */\n${faces.join('\n')}\n`;
}

/**
 * A Vite plugin that builds Noto Sans SC cut down to the characters the dashboard can show, and serves it as
 * `virtual:noto-sans-sc-subset.css`: one `@font-face` per weight, whose `unicode-range` is exactly the subset's
 * code points. `virtual:noto-sans-sc-fallback.css` is fontsource's whole font less those code points
 * (`fallbackFaceRules`), for the characters a user types. The files are written, the first time a module is asked
 * for, into Vite's cache folder, and Vite handles them from there as any CSS `url()`: hashed into `assets/` by the
 * build, served by the dev server. The build also emits the font's licence beside them. A change of the catalogue
 * needs a restart of the dev server to reach the subset; until then the fallback draws the new characters.
 *
 * @returns the plugin
 * @example
 * ```ts
 * // vite.config.ts
 * export default defineConfig({ plugins: [svelte(), notoSansScSubset()] });
 * // main.ts
 * import 'virtual:noto-sans-sc-subset.css';
 * ```
 */
export function notoSansScSubset(): Plugin {
  let cacheDir = join(dashboardRoot, 'node_modules/.vite');
  let written: Promise<string> | undefined;

  /** Writes the fonts and both CSS files; answers their folder. */
  async function writeSubset(): Promise<string> {
    const folder = join(cacheDir, 'noto-sans-sc-subset');
    const subset = await subsetNotoSansSc(await shownCodePoints({ folders: SHOWN_TEXT_FOLDERS }));
    await mkdir(folder, { recursive: true });
    await Promise.all(
      subset.faces.map((face) => writeFile(join(folder, `noto-sans-sc-subset-${face.weight}.woff2`), face.woff2)),
    );
    await writeFile(
      join(folder, 'noto-sans-sc-subset.css'),
      fontFaceRules(subset.faces, unicodeRange(subset.codePoints)),
    );
    const fontsourceCss = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc');
    const toFontsource = (file: string) =>
      relative(folder, join(dirname(fontsourceCss), file))
        .split(sep)
        .join('/');
    const fallback = fallbackFaceRules(await readFile(fontsourceCss, 'utf8'), toFontsource, subset.codePoints);
    await writeFile(join(folder, 'noto-sans-sc-fallback.css'), fallback);
    return folder;
  }

  return {
    name: 'corridor:noto-sans-sc-subset',
    configResolved(config) {
      cacheDir = config.cacheDir;
    },
    async resolveId(id) {
      const file = CSS_FILES[id];
      if (file === undefined) return null;
      written ??= writeSubset();
      return join(await written, file);
    },
    async generateBundle() {
      if (written === undefined) return;
      const source = await readFile(notoSansScPackageFile('LICENSE_FONT'), 'utf8');
      this.emitFile({ type: 'asset', fileName: `assets/${LICENCE_FILE}`, source });
    },
  };
}
