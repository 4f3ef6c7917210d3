/**
 * Layout of the throughput chart (d3): one horizontal bar per row of `throughput-rows.ts`, stacked by mode with
 * `d3.stack`, on a shared linear flow axis.
 */
import { MODES, type Mode } from '@corridor/core/model';
import { type ScaleBand, type ScaleLinear, scaleBand, scaleLinear, stack } from 'd3';
import type { ThroughputRow } from './throughput-rows';

/** The chart's SVG size and margins, px. */
export interface BarFrame {
  readonly width: number;
  /** Height of one bar's band, px. */
  readonly band: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

/** One stacked segment, ready to draw. */
export interface BarSegment {
  readonly row: string;
  readonly mode: Mode;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The laid-out chart. */
export interface ThroughputLayout {
  readonly height: number;
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleBand<string>;
  /** Segments with a value, row by row, in mode order. */
  readonly segments: readonly BarSegment[];
  /** Modes with flow in any row, in model order (for the key). */
  readonly modes: readonly Mode[];
}

/**
 * Lays out the stacked bars.
 * @param rows - the rows, drawn top to bottom
 * @param frame - width, band height and margins
 * @returns scales and segments; empty segments are left out
 * @example
 * throughputLayout(throughputRows(detail), { width: 320, band: 22, margin: { top: 4, right: 8, bottom: 20, left: 110 } });
 */
export function throughputLayout(rows: readonly ThroughputRow[], frame: BarFrame): ThroughputLayout {
  const height = frame.margin.top + frame.margin.bottom + rows.length * frame.band;
  const max = Math.max(0, ...rows.map((row) => row.total));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range([frame.margin.left, frame.width - frame.margin.right]);
  const y = scaleBand<string>()
    .domain(rows.map((row) => row.key))
    .range([frame.margin.top, height - frame.margin.bottom])
    .padding(0.22);
  const series = stack<ThroughputRow, Mode>()
    .keys(MODES)
    .value((row, mode) => row.byMode[mode])(rows);
  const segments: BarSegment[] = [];
  rows.forEach((row, index) => {
    for (const layer of series) {
      const point = layer[index];
      if (point === undefined) continue;
      const [from, to] = point;
      if (!(to > from)) continue;
      segments.push({
        row: row.key,
        mode: layer.key,
        value: to - from,
        x: x(from),
        y: y(row.key) ?? 0,
        width: Math.max(1, x(to) - x(from)),
        height: y.bandwidth(),
      });
    }
  });
  const modes = MODES.filter((mode) => rows.some((row) => row.byMode[mode] > 0));
  return { height, x, y, segments, modes };
}
