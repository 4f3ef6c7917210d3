import { codePointsOfUnicodeRange, unicodeRange } from './unicode-range.js';

/**
 * fontsource's `@font-face` rules for the whole of Noto Sans SC, less the subset's code points: each rule's
 * `unicode-range` loses the characters the subset draws, and its `url()` is made relative to the folder of the CSS
 * that will hold it. Left as they were, the rules would still be fetched for the subset's characters: Chromium
 * draws a character with the next family while the subset's file is on its way, and so fetches that family's file
 * too (15 files, 780 KB, on the first view in 简体中文, besides the subset's two).
 *
 * @param fontsourceCss - the text of `@fontsource-variable/noto-sans-sc/index.css`
 * @param fileUrl - maps a rule's file (`./files/noto-sans-sc-4-wght-normal.woff2`) to the URL to write
 * @param subsetCodePoints - the code points the subset draws
 * @returns the rules, in fontsource's order, without those left with no code point
 * @throws Error when a rule has no `unicode-range` (it would be fetched for every character)
 * @example
 * ```ts
 * const css = "@font-face {\n  src: url(./files/a.woff2) format('woff2');\n  unicode-range: U+4e2d-4e2f;\n}";
 * console.log(fallbackFaceRules(css, (file) => `../fontsource/${file}`, [0x4e2e]));
 * // → @font-face {\n  src: url(../fontsource/./files/a.woff2) format('woff2');\n  unicode-range: U+4e2d,U+4e2f;\n}
 * ```
 */
export function fallbackFaceRules(
  fontsourceCss: string,
  fileUrl: (file: string) => string,
  subsetCodePoints: readonly number[],
): string {
  const drawn = new Set(subsetCodePoints);
  const rules: string[] = [];
  for (const [rule] of fontsourceCss.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const range = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
    // A rule for every character would be fetched for the subset's too: no fontsource release has one.
    if (range === undefined) throw new Error(`fallbackFaceRules: a rule without unicode-range: ${rule}`);
    const left = unicodeRange(codePointsOfUnicodeRange(range).filter((codePoint) => !drawn.has(codePoint)));
    if (left === '') continue;
    rules.push(
      rule
        .replace(/unicode-range:\s*[^;}]+/, `unicode-range: ${left}`)
        .replace(/url\(([^)]+)\)/g, (_match, file: string) => `url(${fileUrl(file)})`),
    );
  }
  return `${rules.join('\n')}\n`;
}
