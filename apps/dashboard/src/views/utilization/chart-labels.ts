/**
 * Labels of the throughput chart's bars, fitted to the SVG: the left margin grows with the longest label up to a
 * share of the chart's width, and a label still wider is wrapped onto a few lines (at spaces, or between Chinese
 * characters, as evenly as they can), the last line ending in "…" only when even those do not hold it. Text is
 * measured by an estimate per character (the chart has no DOM to measure with before it renders), erring wide so
 * nothing is clipped.
 */

/** Ideographs, kana, full-width forms and CJK punctuation: one em wide. */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
/** Narrow Latin glyphs. */
const NARROW = /[\s.,:;'’|!ijlI()[\]/\\-]/u;
/** Capitals and wide Latin glyphs. */
const BROAD = /[A-Z–—mwMW]/u;

/**
 * An estimate of a text's width.
 * @param text - the text
 * @param fontSize - px
 * @returns px
 * @example
 * textWidth('中亚', 10); // 20
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.34;
    else if (BROAD.test(char)) ems += 0.74;
    else ems += 0.6;
  }
  return ems * fontSize;
}

/**
 * Spaces; a Chinese character with the opening punctuation before it and closing punctuation after it; a word,
 * with a spaced dash or slash after it (a line never starts with one).
 */
const TOKENS =
  /\s+|[（《「『“‘〈【]*[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60][）》」』”’〉】，。、：；！？·—]*|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFF60]+(?:\s+[–—/](?=\s|$))?/gu;

const ELLIPSIS = '…';

/** Cuts a line to fit with an ellipsis. */
function ellipsize(line: string, maxWidth: number, fontSize: number): string {
  let chars = [...line.trimEnd()];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, fontSize) > maxWidth)
    chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * Wraps a label onto lines no wider than a width.
 * @param text - the label
 * @param maxWidth - px
 * @param fontSize - px
 * @param maxLines - lines at most; the last ends in "…" when the text does not fit in them
 * @returns one line or more
 * @example
 * wrapLabel('China–Europe Railway Express via Alashankou / Dostyk', 160, 10, 3);
 * // ['China–Europe Railway Express', 'via Alashankou / Dostyk']
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const fits = (line: string) => textWidth(line, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  let space = false;
  for (const token of text.trim().match(TOKENS) ?? []) {
    if (/^\s+$/u.test(token)) {
      space = line !== '';
      continue;
    }
    const candidate = `${line}${space ? ' ' : ''}${token}`;
    space = false;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    // A word wider than the line on its own is broken between characters.
    for (const char of token) {
      if (line !== '' && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  kept[maxLines - 1] = ellipsize(fits(last) ? last : (kept[maxLines - 1] ?? ''), maxWidth, fontSize);
  return kept;
}

/**
 * Wraps a label onto as few lines as {@link wrapLabel} does, but as even as they can be (the narrowest width that
 * needs no more lines), so that no line is left with one short word or one character.
 * @param text - the label
 * @param maxWidth - px
 * @param fontSize - px
 * @param maxLines - lines at most
 * @returns one line or more
 * @example
 * balancedWrap('中欧班列（阿拉山口—多斯特克通道）', 164, 10, 3); // ['中欧班列（阿拉山', '口—多斯特克通道）']
 */
export function balancedWrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const all = wrapLabel(text, maxWidth, fontSize, Number.POSITIVE_INFINITY);
  // One line needs no balance; a label cut with "…" keeps its full lines.
  if (all.length < 2 || all.length > maxLines) return wrapLabel(text, maxWidth, fontSize, maxLines);
  let [low, high] = [maxWidth / all.length, maxWidth];
  while (high - low > 0.5) {
    const middle = (low + high) / 2;
    if (wrapLabel(text, middle, fontSize, Number.POSITIVE_INFINITY).length > all.length) low = middle;
    else high = middle;
  }
  return wrapLabel(text, high, fontSize, maxLines);
}

/** How the labels are fitted. */
export interface LabelFit {
  /** The chart's width, px. */
  readonly width: number;
  readonly fontSize: number;
  /** Line height of a wrapped label, px. */
  readonly lineHeight: number;
  /** Space between a label and its bar, px. */
  readonly gap: number;
  /** The narrowest left margin, px. */
  readonly minMargin: number;
  /** The widest left margin as a share of the width. */
  readonly maxShare: number;
  readonly maxLines: number;
}

/** Fitted labels: the left margin, and each label's lines. */
export interface FittedLabels {
  readonly left: number;
  readonly lines: readonly (readonly string[])[];
  /** Lines of the label with the most. */
  readonly maxLines: number;
}

/**
 * Fits the labels: a left margin as wide as the longest label needs (within `minMargin` and `maxShare` of the
 * width), and the labels wrapped to it.
 * @param labels - the labels, top to bottom
 * @param fit - sizes
 * @returns the margin and the lines
 */
export function fitLabels(labels: readonly string[], fit: LabelFit): FittedLabels {
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, fit.fontSize)));
  const room = Math.min(Math.max(widest, fit.minMargin - fit.gap), fit.width * fit.maxShare - fit.gap);
  const lines = labels.map((label) => balancedWrap(label, room, fit.fontSize, fit.maxLines));
  const used = Math.max(0, ...lines.flat().map((line) => textWidth(line, fit.fontSize)));
  return {
    left: Math.ceil(Math.max(fit.minMargin, used + fit.gap)),
    lines,
    maxLines: Math.max(1, ...lines.map((l) => l.length)),
  };
}
