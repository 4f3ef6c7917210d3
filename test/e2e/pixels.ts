import { PNG } from 'pngjs';

/** Largest sum of |ΔR| + |ΔG| + |ΔB| at which a pixel still counts as a given colour (anti-aliasing, rounding). */
export const COLOUR_TOLERANCE = 24;

function rgbOf(hex: string): readonly [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`pixels: "${hex}" is not a #rrggbb colour`);
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ];
}

/**
 * Share of a PNG's pixels that have a given colour.
 * @param png - encoded PNG, e.g. from `locator.screenshot()`
 * @param hex - `#rrggbb`
 * @param tolerance - see {@link COLOUR_TOLERANCE}
 * @returns a fraction in [0, 1]
 */
export function colourShare(png: Buffer, hex: string, tolerance = COLOUR_TOLERANCE): number {
  const { data, width, height } = PNG.sync.read(png);
  const [r, g, b] = rgbOf(hex);
  let matching = 0;
  for (let offset = 0; offset < data.length; offset += 4) {
    const distance =
      Math.abs((data[offset] ?? 0) - r) + Math.abs((data[offset + 1] ?? 0) - g) + Math.abs((data[offset + 2] ?? 0) - b);
    if (distance <= tolerance) matching++;
  }
  return matching / (width * height);
}

/**
 * Share of pixels that differ between two PNGs of the same size.
 * @returns a fraction in [0, 1]
 * @throws Error when the sizes differ
 */
export function differingShare(a: Buffer, b: Buffer, tolerance = COLOUR_TOLERANCE): number {
  const first = PNG.sync.read(a);
  const second = PNG.sync.read(b);
  if (first.width !== second.width || first.height !== second.height) {
    throw new Error(`pixels: ${first.width}×${first.height} and ${second.width}×${second.height} cannot be compared`);
  }
  let differing = 0;
  for (let offset = 0; offset < first.data.length; offset += 4) {
    let distance = 0;
    for (let channel = 0; channel < 3; channel++) {
      distance += Math.abs((first.data[offset + channel] ?? 0) - (second.data[offset + channel] ?? 0));
    }
    if (distance > tolerance) differing++;
  }
  return differing / (first.width * first.height);
}

/** Writes a fraction as a percentage with one decimal, e.g. `48.3 %`. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)} %`;
}
