// Tests of the build's Chinese font (scripts/chinese-font/), kept here because the dashboard's tests are the files
// under src/ (vite.config.ts): the subset must hold every character the catalogue writes in Chinese.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { endpointOptions } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { beforeAll, describe, expect, it } from 'vitest';
import { fallbackFaceRules } from '../../scripts/chinese-font/fallback-face-rules';
import { SHOWN_TEXT_FOLDERS } from '../../scripts/chinese-font/noto-sans-sc-subset-plugin';
import { nonAsciiCodePoints, shownCodePoints } from '../../scripts/chinese-font/shown-code-points';
import {
  mappedCodePoints,
  type NotoSansScSubset,
  notoSansScPackageFile,
  SUBSET_WEIGHTS,
  subsetNotoSansSc,
} from '../../scripts/chinese-font/subset-noto-sans-sc';
import { codePointsOfUnicodeRange, unicodeRange } from '../../scripts/chinese-font/unicode-range';
import { zh } from './messages';

const REGULAR = SUBSET_WEIGHTS.filter((weight) => weight.weight === 400);
const hex = (codePoint: number) => `U+${codePoint.toString(16)} ${String.fromCodePoint(codePoint)}`;
const HAN = /\p{Script=Han}/u;

describe('the Noto Sans SC subset the build ships', () => {
  /** The subset as the build cuts it (its regular weight: every weight gets the same code points). */
  let subset: NotoSansScSubset;
  /** Every code point the whole font maps. */
  let wholeFont: Set<number>;

  beforeAll(async () => {
    subset = await subsetNotoSansSc(await shownCodePoints({ folders: SHOWN_TEXT_FOLDERS }), REGULAR);
    wholeFont = new Set(await mappedCodePoints(await readFile(notoSansScPackageFile(REGULAR[0]?.file ?? ''))));
  }, 60_000);

  it('holds every character outside ASCII of the Chinese catalogue that Noto Sans SC has', () => {
    const inSubset = new Set(subset.codePoints);
    const used = nonAsciiCodePoints(Object.values(zh)).filter((codePoint) => wholeFont.has(codePoint));
    expect(used.filter((codePoint) => !inSubset.has(codePoint)).map(hex)).toEqual([]);
    expect(used.length).toBeGreaterThan(500);
  });

  it('leaves no Chinese character of the catalogue to a font the app does not ship', () => {
    const han = nonAsciiCodePoints(Object.values(zh)).filter((codePoint) => HAN.test(String.fromCodePoint(codePoint)));
    expect(han.filter((codePoint) => !wholeFont.has(codePoint)).map(hex)).toEqual([]);
  });

  it('holds the Chinese names the place search offers and the dataset shows', () => {
    const inSubset = new Set(subset.codePoints);
    const names = [
      ...endpointOptions(fujianNetwork).map((option) => option.nameZh),
      ...fujianNetwork.services.map((service) => service.nameZh ?? ''),
      ...fujianNetwork.scenarios.map((scenario) => scenario.nameZh ?? ''),
      fujianNetwork.nameZh ?? '',
    ];
    expect(
      nonAsciiCodePoints(names)
        .filter((codePoint) => !inSubset.has(codePoint))
        .map(hex),
    ).toEqual([]);
  });

  it('maps only code points the whole font has, so its unicode-range never hides a fallback', () => {
    expect(subset.codePoints.filter((codePoint) => !wholeFont.has(codePoint)).map(hex)).toEqual([]);
  });

  it('is a few hundred kilobytes at most, not the whole font', () => {
    expect(subset.faces[0]?.woff2.byteLength).toBeLessThan(300_000);
  });

  it('gives the same bytes for the same characters', async () => {
    const codePoints = [0x53a6, 0x95e8, 0x798f, 0x5dde]; // 厦门福州
    const [first, second] = await Promise.all([
      subsetNotoSansSc(codePoints, REGULAR),
      subsetNotoSansSc(codePoints, REGULAR),
    ]);
    expect(first.codePoints).toEqual([0x53a6, 0x5dde, 0x798f, 0x95e8]);
    expect(Buffer.from(first.faces[0]?.woff2 ?? []).equals(Buffer.from(second.faces[0]?.woff2 ?? []))).toBe(true);
  }, 30_000);
});

describe('the fallback: fontsource’s rules for the whole font, less the subset', () => {
  const rule = (range: string) =>
    `@font-face {\n  font-family: 'F';\n  src: url(./files/a.woff2) format('woff2');\n  unicode-range: ${range};\n}`;

  it('takes the subset’s code points out of each rule’s unicode-range and rewrites its url', () => {
    const css = fallbackFaceRules(rule('U+4e2d-4e2f,U+56fd'), (file) => `../fontsource/${file}`, [0x4e2e, 0x56fd]);
    expect(css).toContain('unicode-range: U+4e2d,U+4e2f;');
    expect(css).toContain('src: url(../fontsource/./files/a.woff2)');
  });

  it('drops a rule whose characters the subset all draws', () => {
    expect(fallbackFaceRules(`${rule('U+4e2d')}\n${rule('U+56fd')}`, (file) => file, [0x4e2d])).not.toContain('U+4e2d');
  });

  it('refuses a rule without unicode-range, which the browser would fetch for the subset’s characters too', () => {
    expect(() => fallbackFaceRules('@font-face { src: url(./a.woff2); }', (file) => file, [])).toThrow(
      /without unicode-range/,
    );
  });

  it('leaves no character of the shipped subset to the installed fontsource rules', async () => {
    const subsetCodePoints = await shownCodePoints({ folders: SHOWN_TEXT_FOLDERS });
    const fontsourceCss = createRequire(import.meta.url).resolve('@fontsource-variable/noto-sans-sc');
    const css = fallbackFaceRules(await readFile(fontsourceCss, 'utf8'), (file) => file, subsetCodePoints);
    const covered = new Set(
      [...css.matchAll(/unicode-range: ([^;]+);/g)].flatMap(([, range]) => codePointsOfUnicodeRange(range ?? '')),
    );
    expect(subsetCodePoints.filter((codePoint) => covered.has(codePoint)).map(hex)).toEqual([]);
    expect(covered.size).toBeGreaterThan(10_000);
  });
});

describe('codePointsOfUnicodeRange', () => {
  it('reads single code points, ranges and wildcards, ascending and each once', () => {
    expect(codePointsOfUnicodeRange('U+56fd, U+4e2d-4e2e,U+4e2d,U+3?')).toEqual([
      0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f, 0x4e2d, 0x4e2e,
      0x56fd,
    ]);
  });

  it('names the part it cannot read', () => {
    expect(() => codePointsOfUnicodeRange('U+4e2d,U+zz')).toThrow(/"U\+zz"/);
  });
});

describe('unicodeRange', () => {
  it('joins consecutive code points into one range and lists the others alone, ascending', () => {
    expect(unicodeRange([0x56fd, 0x4e2d, 0x4e2e, 0x4e2f, 0x3002])).toBe('U+3002,U+4e2d-4e2f,U+56fd');
  });

  it('ignores repeated code points', () => {
    expect(unicodeRange([0x4e2d, 0x4e2d, 0x4e2e])).toBe('U+4e2d-4e2e');
  });

  it('is empty for no code points', () => {
    expect(unicodeRange([])).toBe('');
  });
});

describe('nonAsciiCodePoints', () => {
  it('keeps each code point above U+007F once, ascending, astral ones whole', () => {
    expect(nonAsciiCodePoints(['厦门 → Xiamen', '门 𠀀'])).toEqual([0x2192, 0x53a6, 0x95e8, 0x20000]);
  });
});
