/**
 * Layout of the mode-split chart (d3): per cargo class and main mode, a pair of horizontal bars — share before
 * (pale) and after (solid) — in the mode's colour of the map, on a 0–100 % axis.
 */
import { MODES, type Mode } from '@corridor/core/model';
import { scaleLinear } from 'd3';
import type { PlainShift } from '../../engine/scenario-api';
import { MODE_COLORS } from '../../map/network-colors';

/** One pair of bars, ready to draw (px). */
export interface ModeSplitRow {
  /** `container:rail`, as the engine names the share. */
  readonly id: string;
  readonly cargo: string;
  readonly mode: Mode;
  readonly colour: string;
  readonly y: number;
  readonly beforeWidthPx: number;
  readonly afterWidthPx: number;
  readonly before: number;
  readonly after: number;
}

/** The chart's geometry: rows, the axis ticks and the SVG size. */
export interface ModeSplitLayout {
  readonly rows: readonly ModeSplitRow[];
  readonly ticks: readonly { readonly x: number; readonly percent: number }[];
  readonly width: number;
  readonly height: number;
  /** Left edge of the bars, px (labels sit to its left). */
  readonly left: number;
  /** Height of one bar, px; the after bar sits right under the before bar. */
  readonly bar: number;
}

const LEFT_PX = 120;
const BAR_PX = 9;
const ROW_PX = 2 * BAR_PX + 8;
const AXIS_PX = 22;

/**
 * Lays out mode shares before and after, sorted by cargo class then by the model's mode order.
 *
 * @param shares - the assignment's mode shares (`cargo:mode`, 0–1)
 * @param width - SVG width, px
 * @returns rows and ticks in px
 * @throws Error when a share names a mode the model does not know (the map has no colour for it)
 */
export function modeSplitLayout(shares: readonly PlainShift[], width: number): ModeSplitLayout {
  const x = scaleLinear()
    .domain([0, 1])
    .range([0, width - LEFT_PX - 8]);
  const parsed = shares.map((share) => {
    const [cargo = '', mode = ''] = share.id.split(':');
    if (!(MODES as readonly string[]).includes(mode))
      throw new Error(`mode share "${share.id}": unknown mode "${mode}" (expected cargo:${MODES.join('|')})`);
    return { share, cargo, mode: mode as Mode };
  });
  parsed.sort((a, b) => a.cargo.localeCompare(b.cargo) || MODES.indexOf(a.mode) - MODES.indexOf(b.mode));
  const rows = parsed.map(({ share, cargo, mode }, k) => ({
    id: share.id,
    cargo,
    mode,
    colour: MODE_COLORS[mode],
    y: k * ROW_PX + 4,
    beforeWidthPx: x(Math.max(0, Math.min(1, share.before))),
    afterWidthPx: x(Math.max(0, Math.min(1, share.after))),
    before: share.before,
    after: share.after,
  }));
  const ticks = x.ticks(4).map((t) => ({ x: LEFT_PX + x(t), percent: Math.round(t * 100) }));
  return { rows, ticks, width, height: rows.length * ROW_PX + 4 + AXIS_PX, left: LEFT_PX, bar: BAR_PX };
}
