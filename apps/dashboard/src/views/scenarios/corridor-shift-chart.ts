/**
 * Layout of the corridor-shift chart (d3): per corridor, units carried per week before (grey) and after
 * (blue when it grew, orange when it shrank — the delta map's colours — grey again when unchanged), sorted by change, largest gain first.
 */
import { scaleLinear } from 'd3';
import type { PlainShift } from '../../engine/scenario-api';
import { DELTA_GREW, DELTA_SHRANK } from '../../map/delta-colors';

/** The delta map's colours for the change, grey for the base. */
export const SHIFT_COLORS = { before: '#999999', grew: DELTA_GREW, shrank: DELTA_SHRANK } as const;

/** One corridor's pair of bars (px). */
export interface CorridorShiftRow {
  readonly id: string;
  readonly nameEn: string;
  readonly y: number;
  readonly beforeWidthPx: number;
  readonly afterWidthPx: number;
  readonly before: number;
  readonly after: number;
  readonly afterColour: string;
}

/** The chart's geometry. */
export interface CorridorShiftLayout {
  readonly rows: readonly CorridorShiftRow[];
  readonly ticks: readonly { readonly x: number; readonly value: number }[];
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly bar: number;
}

/** A corridor whose amount moved by less than the tables show (they round to whole units) is unchanged. */
const unchanged = (c: PlainShift) => Math.abs(c.after - c.before) < 0.5;

const LEFT_PX = 160;
const BAR_PX = 8;
const ROW_PX = 2 * BAR_PX + 8;
const AXIS_PX = 22;

/**
 * Lays out corridors' carried units before and after; corridors that carry nothing either side are left out.
 *
 * @param corridors - the assignment's corridor shifts (units per week)
 * @param width - SVG width, px
 * @returns rows sorted by after − before, descending (ties by id), and axis ticks
 */
export function corridorShiftLayout(corridors: readonly PlainShift[], width: number): CorridorShiftLayout {
  const shown = corridors
    .filter((c) => c.before > 0 || c.after > 0)
    .sort((a, b) => b.after - b.before - (a.after - a.before) || a.id.localeCompare(b.id));
  const max = Math.max(1, ...shown.flatMap((c) => [c.before, c.after]));
  const x = scaleLinear()
    .domain([0, max])
    .nice()
    .range([0, width - LEFT_PX - 8]);
  const rows = shown.map((c, k) => ({
    id: c.id,
    nameEn: c.nameEn,
    y: k * ROW_PX + 4,
    beforeWidthPx: x(c.before),
    afterWidthPx: x(c.after),
    before: c.before,
    after: c.after,
    afterColour: unchanged(c) ? SHIFT_COLORS.before : c.after > c.before ? SHIFT_COLORS.grew : SHIFT_COLORS.shrank,
  }));
  const ticks = x.ticks(4).map((value) => ({ x: LEFT_PX + x(value), value }));
  return { rows, ticks, width, height: rows.length * ROW_PX + 4 + AXIS_PX, left: LEFT_PX, bar: BAR_PX };
}
