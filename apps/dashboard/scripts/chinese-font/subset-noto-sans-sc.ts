import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * One static weight of Noto Sans SC that the subset ships, and the CSS weights it serves. Two cover the app: its
 * text is regular (400) or semibold (600, most headings and labels); 500 is drawn with the regular and 700 with
 * the semibold, which is lighter than bold by one step but costs no third file.
 */
export interface SubsetWeight {
  /** The static instance's weight, as in its file name (`400`). */
  readonly weight: number;
  /** The file in `@expo-google-fonts/noto-sans-sc`. */
  readonly file: string;
  /** The `font-weight` range the face answers for (`100 500`). */
  readonly cssWeights: string;
}

/** The weights shipped (see {@link SubsetWeight}). */
export const SUBSET_WEIGHTS: readonly SubsetWeight[] = [
  { weight: 400, file: '400Regular/NotoSansSC_400Regular.ttf', cssWeights: '100 500' },
  { weight: 600, file: '600SemiBold/NotoSansSC_600SemiBold.ttf', cssWeights: '600 900' },
];

/** One face of the subset: its weight and its WOFF2 bytes. */
export interface SubsetFace extends SubsetWeight {
  readonly woff2: Uint8Array;
}

/** The subset: its faces, and the code points they map (the same for every face). */
export interface NotoSansScSubset {
  readonly faces: readonly SubsetFace[];
  /** The requested code points the font has, ascending: the faces' `unicode-range`. */
  readonly codePoints: readonly number[];
}

/**
 * The font package: Google Fonts' whole static Noto Sans SC, one TrueType file per weight (OFL-1.1). The
 * fontsource packages hold the same font cut into ~100 files by unicode-range, which a subset would keep as one
 * file per touched range (41 for this app's text) instead of one per weight.
 */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const require = createRequire(import.meta.url);

/** Name IDs kept besides harfbuzz's default 0–6: 13 and 14, the licence and its URL, travel inside the file. */
const LICENCE_NAME_IDS = [13, 14];

/** The path of a file of the font package, e.g. its `LICENSE_FONT` (the OFL text with the copyright notice). */
export function notoSansScPackageFile(file: string): string {
  return require.resolve(`${FONT_PACKAGE}/${file}`);
}

/** The code points a font (TrueType or OpenType, not WOFF2) maps, read with harfbuzz. */
export async function mappedCodePoints(font: Uint8Array): Promise<number[]> {
  const { Blob, Face } = await import('harfbuzzjs');
  return [...new Face(new Blob(font)).collectUnicodes()].sort((a, b) => a - b);
}

/**
 * Cuts Noto Sans SC down to some code points, one WOFF2 file per shipped weight, with harfbuzz's subsetter
 * (`subset-font`). The answer's `codePoints` are read back from the cut font, so code points the font lacks are
 * left out, and a `unicode-range` built from them never sends the browser to a face that cannot draw a character.
 *
 * @param codePoints - the code points to keep
 * @param weights - the weights to cut (default {@link SUBSET_WEIGHTS})
 * @returns the faces and the code points they map; the same input gives the same bytes
 * @example
 * ```ts
 * const subset = await subsetNotoSansSc([0x4e2d, 0x56fd, 0x0378]);
 * console.log(subset.codePoints, subset.faces.map((face) => face.weight)); // → [ 20013, 22269 ] [ 400, 600 ]
 * ```
 */
export async function subsetNotoSansSc(
  codePoints: readonly number[],
  weights: readonly SubsetWeight[] = SUBSET_WEIGHTS,
): Promise<NotoSansScSubset> {
  const { default: subsetFont } = await import('subset-font');
  const text = String.fromCodePoint(...codePoints);
  const options = { preserveNameIds: LICENCE_NAME_IDS };
  let mapped: number[] = [];
  const faces: SubsetFace[] = [];
  for (const weight of weights) {
    const source = await readFile(notoSansScPackageFile(weight.file));
    // Cut to TrueType first, whose cmap harfbuzz reads; compressing the small cut to WOFF2 keeps its glyphs.
    const truetype = await subsetFont(source, text, { ...options, targetFormat: 'truetype' });
    mapped = await mappedCodePoints(truetype);
    const woff2 = await subsetFont(truetype, text, { ...options, targetFormat: 'woff2' });
    faces.push({ ...weight, woff2: new Uint8Array(woff2) });
  }
  return { faces, codePoints: mapped };
}
