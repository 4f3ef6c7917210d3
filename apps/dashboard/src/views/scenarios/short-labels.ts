/**
 * Short labels for a chart's rows that stay unambiguous: a long name cut at its end would often give two rows the
 * same text ("Silk Road Maritime – So…" for South-East Asia and South Asia), so a label whose cut collides keeps
 * the words that tell it apart instead ("Silk … South-East Asia"). The full names go in the rows' tooltips.
 */

const ELLIPSIS = '…';

/** Code points, so that a cut never splits a surrogate pair. */
const chars = (text: string): string[] => Array.from(text);

/** `text` cut to `max` code points, ending with an ellipsis when cut. */
function cutEnd(text: string, max: number): string {
  const all = chars(text);
  return all.length <= max
    ? text
    : `${all
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}${ELLIPSIS}`;
}

/** The number of leading words `text` shares with the closest of `others`. */
function sharedWords(text: string, others: readonly string[]): number {
  const words = text.split(' ');
  let best = 0;
  for (const other of others) {
    const theirs = other.split(' ');
    let k = 0;
    while (k < words.length - 1 && words[k] === theirs[k]) k++;
    best = Math.max(best, k);
  }
  return best;
}

/** Keeps the first word and what follows the words shared with the others: `Silk … South-East Asia`. */
function keepDistinct(text: string, others: readonly string[], max: number): string {
  const words = text.split(' ');
  const shared = sharedWords(text, others);
  if (shared === 0) return cutEnd(text, max);
  const head = shared > 1 ? `${words[0]} ${ELLIPSIS} ` : `${ELLIPSIS} `;
  const rest = words.slice(shared).join(' ');
  return chars(head).length + 2 > max ? cutEnd(rest, max) : `${head}${cutEnd(rest, max - chars(head).length)}`;
}

/** Head and tail with the ellipsis between: `China–Eu…Dostyk`. */
function cutMiddle(text: string, max: number): string {
  const all = chars(text);
  if (all.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${all.slice(0, head).join('')}${ELLIPSIS}${all.slice(all.length - tail).join('')}`;
}

/**
 * Short labels for a list of names, each at most `max` code points and no two alike (given distinct names; equal
 * names are numbered apart). A name that fits and is unique stays as it is; a long one sharing its first words with
 * another long one keeps its distinct words after the first; any other long one is cut at its end; labels that
 * still collide keep head and tail, and lastly are numbered.
 * @param names - the rows' full names, in row order
 * @param max - the most code points a label may have (at least 6)
 * @returns one label per name, in the same order
 * @example
 * shortLabels(['Silk Road Maritime – South-East Asia', 'Silk Road Maritime – South Asia'], 24);
 * // ['Silk … South-East Asia', 'Silk … South Asia']
 */
export function shortLabels(names: readonly string[], max: number): string[] {
  if (max < 6) throw new RangeError(`shortLabels: max must be at least 6, not ${max}`);
  const long = names.filter((name) => chars(name).length > max);
  // A long name sharing two or more leading words with another long one is one of a family ("Silk Road Maritime –
  // …"): every member keeps its distinct words, so the family reads alike whether or not its cuts would collide.
  const labels = names.map((name) => {
    if (chars(name).length <= max) return name;
    const others = long.filter((other) => other !== name);
    return sharedWords(name, others) > 1 ? keepDistinct(name, others, max) : cutEnd(name, max);
  });
  // Labels that still meet keep head and tail instead.
  for (const index of clashes(labels)) labels[index] = cutMiddle(names[index] ?? '', max);
  if (clashes(labels).size === 0) return labels;
  // Last resort (equal names, or cuts that still meet): number the clashing rows, keeping each label unique.
  const clashing = clashes(labels);
  const taken = new Set(labels.filter((_, k) => !clashing.has(k)));
  for (const index of [...clashing].sort((a, b) => a - b)) {
    let n = index + 1;
    let label = '';
    do {
      const suffix = ` ${n}`;
      label = `${cutEnd(names[index] ?? '', max - chars(suffix).length)}${suffix}`;
      n += names.length;
    } while (taken.has(label));
    labels[index] = label;
    taken.add(label);
  }
  return labels;
}

/** Indices of labels that some other label equals. */
function clashes(labels: readonly string[]): Set<number> {
  const seen = new Map<string, number[]>();
  labels.forEach((label, k) => {
    seen.set(label, [...(seen.get(label) ?? []), k]);
  });
  return new Set([...seen.values()].filter((indices) => indices.length > 1).flat());
}
