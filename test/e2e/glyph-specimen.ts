import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

/**
 * Tofu detection by pixels, robust to anti-aliasing, font hinting and whatever the map draws.
 *
 * Why a specimen instead of scanning the view's screenshot for boxes: a box is also a table cell, a checkbox or a
 * swatch, so shape-hunting in a whole view gives false alarms and misses. Instead, every character the view shows
 * (outside ASCII) is drawn again, one per cell of a grid laid over the page, in the font family and weight its
 * own element uses — so the browser resolves exactly the same font for it as in the view. Two facts then decide:
 * - a character no font covers is drawn as the `.notdef` glyph, the same bitmap whatever the character. Each grid
 *   row starts with a code point no font has (U+0378, unassigned), drawn in the same family and weight: the row's
 *   tofu as this browser draws it. A character whose cell matches it is tofu;
 * - distinct CJK characters never share a bitmap in a real font: three or more characters with one bitmap are tofu
 *   even if the browser's `.notdef` differed from the reference (a last-resort font drawing hex boxes, say), and a
 *   cell with no ink at all is a missing glyph.
 * The grid is screenshotted by Playwright and cut into cells here; the page's own screenshot is attached apart.
 */

/** A code point that no font maps: U+0378 is unassigned in Unicode 16. Drawn, it is the family's `.notdef`. */
const NOTDEF_PROBE = '\u0378';

/** Side of one grid cell (CSS px); glyphs are drawn at 24 px so a cell holds any of them. */
const CELL_PX = 32;

/** Cells per grid row, reference included; 36 × 32 px fits the 1200 px test viewport. */
const COLUMNS = 36;

/** Luminance under which a pixel counts as ink (black text on white). */
const INK_LUMINANCE = 140;

/** Share of a cell's pixels that may differ while two glyph bitmaps still count as the same. */
const SAME_GLYPH_SHARE = 0.01;

/** A run of characters drawn in one font family and weight. */
export interface FontRun {
  /** The computed `font-family` of the element the characters are in. */
  readonly family: string;
  /** The computed `font-weight`. */
  readonly weight: string;
  /** Distinct characters, in first-seen order. */
  readonly characters: readonly string[];
}

/** What the specimen found. */
export interface TofuReport {
  /** Characters checked, over every run. */
  readonly checked: number;
  /** Characters drawn as the `.notdef` box, with their family and weight. */
  readonly tofu: readonly string[];
  /** Characters drawn with no ink at all. */
  readonly blank: readonly string[];
  /** The grid as drawn, for the test report. */
  readonly specimenPng: Buffer;
}

/** True when a character needs a font beyond ASCII (what the check is about); spaces and format marks are skipped. */
const outsideAscii = (character: string): boolean => /[^\s\p{Cf}\x20-\x7e]/u.test(character);

/**
 * The distinct characters outside ASCII of every visible text node of the page (HTML and SVG), grouped by the font
 * family and weight their element computes.
 * @param page - the test's page
 * @param root - CSS selector of the part of the page to read (the whole body by default)
 */
export async function fontRunsOf(page: Page, root = 'body'): Promise<FontRun[]> {
  const runs = await page.evaluate((selector) => {
    const byFont = new Map<string, { family: string; weight: string; characters: Set<string> }>();
    const scope = document.querySelector(selector);
    if (scope === null) return [];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || element.closest('script, style, #glyph-specimen') !== null) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const style = getComputedStyle(element);
      const key = `${style.fontFamily}|${style.fontWeight}`;
      let run = byFont.get(key);
      if (run === undefined) {
        run = { family: style.fontFamily, weight: style.fontWeight, characters: new Set() };
        byFont.set(key, run);
      }
      for (const character of node.textContent ?? '') run.characters.add(character);
    }
    return [...byFont.values()].map((run) => ({ ...run, characters: [...run.characters] }));
  }, root);
  return runs
    .map((run) => ({ ...run, characters: run.characters.filter(outsideAscii) }))
    .filter((run) => run.characters.length > 0);
}

/** One grid row: the `.notdef` reference then up to COLUMNS − 1 characters, all in one family and weight. */
interface SpecimenRow {
  readonly family: string;
  readonly weight: string;
  readonly characters: readonly string[];
}

function rowsOf(runs: readonly FontRun[]): SpecimenRow[] {
  const rows: SpecimenRow[] = [];
  for (const run of runs) {
    for (let start = 0; start < run.characters.length; start += COLUMNS - 1) {
      rows.push({
        family: run.family,
        weight: run.weight,
        characters: run.characters.slice(start, start + COLUMNS - 1),
      });
    }
  }
  return rows;
}

/** The ink of one cell as a bit string (1 = ink), read from the decoded grid. */
function cellInk(png: PNG, row: number, column: number): Uint8Array {
  const ink = new Uint8Array(CELL_PX * CELL_PX);
  for (let y = 0; y < CELL_PX; y++) {
    for (let x = 0; x < CELL_PX; x++) {
      const offset = ((row * CELL_PX + y) * png.width + column * CELL_PX + x) * 4;
      const luminance =
        0.299 * (png.data[offset] ?? 255) +
        0.587 * (png.data[offset + 1] ?? 255) +
        0.114 * (png.data[offset + 2] ?? 255);
      ink[y * CELL_PX + x] = luminance < INK_LUMINANCE ? 1 : 0;
    }
  }
  return ink;
}

function sameGlyph(a: Uint8Array, b: Uint8Array): boolean {
  let differing = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differing++;
  return differing <= SAME_GLYPH_SHARE * a.length;
}

const inkOf = (cell: Uint8Array): number => cell.reduce((sum, bit) => sum + bit, 0);

/** `U+4E2D 中` — a character named so that a failure message reads without the font. */
const named = (character: string, row: SpecimenRow): string =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} ${character} (${row.weight} ${row.family})`;

/**
 * Draws the characters of `runs` in a grid over the page, waits for their fonts, screenshots it and finds the
 * cells drawn as tofu or left blank (see the file's comment). The grid is removed afterwards.
 * @param page - the test's page
 * @param runs - characters by font, e.g. from {@link fontRunsOf}
 */
export async function findTofu(page: Page, runs: readonly FontRun[]): Promise<TofuReport> {
  const rows = rowsOf(runs);
  await page.evaluate(
    async ({ rows, probe, cellPx, columns }) => {
      const grid = document.createElement('div');
      grid.id = 'glyph-specimen';
      grid.setAttribute('aria-hidden', 'true');
      Object.assign(grid.style, {
        position: 'fixed',
        left: '0',
        top: '0',
        zIndex: '2147483647',
        display: 'grid',
        gridTemplateColumns: `repeat(${columns}, ${cellPx}px)`,
        gridAutoRows: `${cellPx}px`,
        background: '#ffffff',
        color: '#000000',
      });
      const loads: Promise<unknown>[] = [];
      for (const row of rows) {
        const cells = [probe, ...row.characters];
        for (let column = 0; column < columns; column++) {
          const cell = document.createElement('span');
          Object.assign(cell.style, {
            font: `normal ${row.weight} 24px/${cellPx}px ${row.family}`,
            textAlign: 'center',
            overflow: 'hidden',
            whiteSpace: 'pre',
          });
          cell.textContent = cells[column] ?? '';
          grid.append(cell);
        }
        loads.push(document.fonts.load(`normal ${row.weight} 24px ${row.family}`, row.characters.join('')));
      }
      document.body.append(grid);
      await Promise.all(loads);
      await document.fonts.ready;
      // Two frames, so that faces that arrived are laid out and painted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { rows, probe: NOTDEF_PROBE, cellPx: CELL_PX, columns: COLUMNS },
  );
  const specimenPng = await page.locator('#glyph-specimen').screenshot({ animations: 'disabled' });
  await page.evaluate(() => document.getElementById('glyph-specimen')?.remove());

  const png = PNG.sync.read(specimenPng);
  const tofu: string[] = [];
  const blank: string[] = [];
  const bitmaps: { ink: Uint8Array; name: string; character: string }[] = [];
  rows.forEach((row, r) => {
    const reference = cellInk(png, r, 0);
    row.characters.forEach((character, k) => {
      const ink = cellInk(png, r, k + 1);
      const name = named(character, row);
      if (inkOf(ink) === 0) blank.push(name);
      else if (sameGlyph(ink, reference)) tofu.push(name);
      else bitmaps.push({ ink, name, character });
    });
  });
  // Three or more distinct characters with one bitmap: boxes the reference did not catch. Distinct code points,
  // not cells: one small mark (、 ：) drawn at weights 400, 600 and 700 can be the same pixels three times.
  for (const { ink, name } of bitmaps) {
    const twins = new Set(bitmaps.filter((other) => sameGlyph(other.ink, ink)).map((other) => other.character));
    if (twins.size >= 3 && !tofu.includes(name)) tofu.push(name);
  }
  const checked = rows.reduce((sum, row) => sum + row.characters.length, 0);
  return { checked, tofu, blank, specimenPng };
}

/** One character as the page draws it: where, and in which font. */
interface PlacedCharacter {
  readonly character: string;
  readonly font: string;
  /** Its box on the page (CSS px, viewport). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What the in-place check found. */
export interface InPlaceReport {
  /** Text nodes checked (one Chinese character each). */
  readonly checked: number;
  /** Characters that the page draws as the `.notdef` box, with the text they are in. */
  readonly tofu: readonly string[];
}

/** Ink of a crop: the pixels whose colour is far from the crop's most common colour (its background). */
function inkMask(png: PNG, left: number, top: number, width: number, height: number): Uint8Array {
  const colours = new Map<number, number>();
  const at = (x: number, y: number) => ((top + y) * png.width + left + x) * 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = at(x, y);
      const key = ((png.data[o] ?? 0) << 16) | ((png.data[o + 1] ?? 0) << 8) | (png.data[o + 2] ?? 0);
      colours.set(key, (colours.get(key) ?? 0) + 1);
    }
  }
  const background = [...colours.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0xffffff;
  const [br, bg, bb] = [(background >> 16) & 255, (background >> 8) & 255, background & 255];
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = at(x, y);
      const distance =
        Math.abs((png.data[o] ?? 0) - br) +
        Math.abs((png.data[o + 1] ?? 0) - bg) +
        Math.abs((png.data[o + 2] ?? 0) - bb);
      ink[y * width + x] = distance > 150 ? 1 : 0;
    }
  }
  return ink;
}

const hamming = (a: Uint8Array, b: Uint8Array): number => a.reduce((sum, bit, k) => sum + (bit === b[k] ? 0 : 1), 0);

/**
 * Tofu as the page itself draws it. The specimen ({@link findTofu}) draws each character afresh, which proves a
 * font covers it, but not that the page shows it: a browser may keep the boxes it drew for a text before the
 * font's file arrived. So here, for every visible text node with Chinese in it, its first Chinese character is
 * cut out of a screenshot of the page and set against two references drawn beside each other in the same font,
 * size and weight: the character itself, and the `.notdef` box (U+0378). A character whose pixels are closer to
 * the box than to its own glyph is tofu. Ink is read against each crop's own background, so light text on the
 * dark header counts like dark text on white.
 * @param page - the test's page
 */
export async function findTofuInPlace(page: Page): Promise<InPlaceReport> {
  const placed: PlacedCharacter[] = await page.evaluate(() => {
    const found: PlacedCharacter[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node.parentElement;
      if (element === null || element.closest('script, style, #glyph-specimen') !== null) continue;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      // Text read by screen readers only (clipped to a pixel, as `.visually-hidden`) shows nothing to check.
      const box = element.getBoundingClientRect();
      if (box.width < 4 || box.height < 4) continue;
      const text = node.textContent ?? '';
      const index = text.search(/\p{Script=Han}/u);
      if (index === -1) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width < 4 || rect.height < 4) continue;
      if (rect.left < 0 || rect.top < 0 || rect.right > innerWidth || rect.bottom > innerHeight) continue;
      // Not clipped by a scrolling box nor under its scroll bar (the hit test below lands on the box there).
      let clipped = false;
      for (let box: Element | null = element; box !== null && !clipped; box = box.parentElement) {
        const overflow = getComputedStyle(box);
        if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
        const outer = box.getBoundingClientRect();
        const left = outer.left + box.clientLeft;
        const top = outer.top + box.clientTop;
        clipped =
          rect.left < left ||
          rect.top < top ||
          rect.right > left + box.clientWidth ||
          rect.bottom > top + box.clientHeight;
      }
      if (clipped) continue;
      // Only what a reader sees: the character's centre must hit its own element (not scrolled away or covered).
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      if (hit === null || !(hit === element || element.contains(hit) || hit.contains(element))) continue;
      const style = getComputedStyle(element);
      found.push({
        character: text[index] ?? '',
        font: `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
        x: rect.left,
        y: rect.top,
        width: rect.width,
        height: rect.height,
      });
    }
    return found;
  });
  const pageShot = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));

  // The references, two per character, laid out in rows at whole pixels, then measured by Range like the page.
  const references: { glyph: PlacedCharacter; notdef: PlacedCharacter }[] = await page.evaluate(
    async ({ placed, probe }) => {
      const grid = document.createElement('div');
      grid.id = 'glyph-specimen';
      Object.assign(grid.style, {
        position: 'fixed',
        left: '0',
        top: '0',
        zIndex: '2147483647',
        background: '#ffffff',
        color: '#000000',
        width: '100vw',
        height: '100vh',
        overflow: 'hidden',
      });
      const spans: HTMLSpanElement[] = [];
      let x = 4;
      let y = 4;
      let rowHeight = 0;
      for (const sample of placed) {
        for (const character of [sample.character, probe]) {
          const span = document.createElement('span');
          Object.assign(span.style, {
            position: 'absolute',
            left: `${x}px`,
            top: `${y}px`,
            font: sample.font,
            lineHeight: 'normal',
          });
          span.textContent = character;
          grid.append(span);
          spans.push(span);
          x += Math.ceil(sample.width) + 12;
          rowHeight = Math.max(rowHeight, Math.ceil(sample.height) + 12);
          if (x > innerWidth - 80) {
            x = 4;
            y += rowHeight;
            rowHeight = 0;
          }
        }
      }
      document.body.append(grid);
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const rectOf = (span: HTMLSpanElement): Omit<PlacedCharacter, 'character' | 'font'> => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      };
      return placed.map((sample, k) => ({
        glyph: { ...sample, ...rectOf(spans[2 * k] as HTMLSpanElement) },
        notdef: { ...sample, character: probe, ...rectOf(spans[2 * k + 1] as HTMLSpanElement) },
      }));
    },
    { placed, probe: NOTDEF_PROBE },
  );
  const referenceShot = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
  await page.evaluate(() => document.getElementById('glyph-specimen')?.remove());

  const tofu: string[] = [];
  placed.forEach((sample, k) => {
    const reference = references[k];
    if (reference === undefined) return;
    // The same box for all three: the page's character box, at whole pixels.
    const width = Math.max(1, Math.floor(sample.width));
    const height = Math.max(1, Math.floor(sample.height));
    const crop = (png: PNG, at: { x: number; y: number }) =>
      inkMask(
        png,
        Math.min(Math.max(0, Math.round(at.x)), png.width - width),
        Math.min(Math.max(0, Math.round(at.y)), png.height - height),
        width,
        height,
      );
    const onPage = crop(pageShot, sample);
    // Text at a fractional position (a layout 716.27 px down) is drawn up to a pixel off the whole-pixel box, so each
    // reference is compared at every shift of up to a pixel and its best match counts.
    const nearest = (at: { x: number; y: number }) =>
      Math.min(
        ...[-1, 0, 1].flatMap((dx) =>
          [-1, 0, 1].map((dy) => hamming(onPage, crop(referenceShot, { x: at.x + dx, y: at.y + dy }))),
        ),
      );
    if (nearest(reference.notdef) < nearest(reference.glyph)) {
      tofu.push(
        `U+${(sample.character.codePointAt(0) ?? 0).toString(16).toUpperCase()} ${sample.character} (${sample.font})`,
      );
    }
  });
  return { checked: placed.length, tofu };
}
