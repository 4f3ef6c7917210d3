/**
 * Scales of the Pareto chart: days across, US dollars up, tonnes of CO2e as colour on a sequential scale that
 * stays readable with the common colour-vision deficiencies (cividis).
 */

import type { Totals } from '@corridor/core/model';
import {
  format,
  interpolateCividis,
  type ScaleContinuousNumeric,
  type ScaleLinear,
  type ScaleSequential,
  scaleLinear,
  scaleLog,
  scaleSequential,
} from 'd3';

/** The chart's drawing area inside its SVG, px. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

/** The three scales of the chart. */
export interface ParetoScales {
  /** Days → x, px. */
  readonly x: ScaleLinear<number, number>;
  /** USD → y, px (up is dearer); logarithmic when the dearest option costs over 8× the cheapest (air vs sea). */
  readonly y: ScaleContinuousNumeric<number, number>;
  /** Whether `y` is logarithmic. */
  readonly yLog: boolean;
  /** Tonnes CO2e → colour. */
  readonly colour: ScaleSequential<string>;
  /** The CO2e range shown in the legend, t. */
  readonly co2Range: readonly [number, number];
}

/** Smallest and largest value; `[0, 0]` for none. */
function rangeOf(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 0];
  return [Math.min(...values), Math.max(...values)];
}

/** Above this ratio of dearest to cheapest, USD is drawn on a log scale so the cheap options stay apart. */
export const LOG_USD_RATIO = 8;

/** Widens a range that is a single value, so that a scale over it has room (and a legend two ends). */
function padded([low, high]: readonly [number, number], pad: number): [number, number] {
  return low === high ? [low - pad, high + pad] : [low, high];
}

/**
 * Builds the scales for a set of options' totals.
 * @param totals - one per point (at least one)
 * @param frame - the SVG size and margins
 * @returns the scales; x and y are niced and padded by 5 % so that points stay off the axes
 * @example
 * const { x } = paretoScales([{ durationHours: 480, costUsd: 3600, co2eKg: 5500, distanceKm: 11000 }], frame);
 */
export function paretoScales(totals: readonly Totals[], frame: ChartFrame): ParetoScales {
  const days = padded(rangeOf(totals.map((t) => t.durationHours / 24)), 1);
  const usd = padded(rangeOf(totals.map((t) => t.costUsd)), 100);
  const co2 = padded(rangeOf(totals.map((t) => t.co2eKg / 1000)), 0.5);
  const spread = ([low, high]: [number, number]): [number, number] => {
    const pad = (high - low) * 0.05;
    return [Math.max(0, low - pad), high + pad];
  };
  const { width, height, margin } = frame;
  const yLog = usd[0] > 0 && usd[1] / usd[0] > LOG_USD_RATIO;
  return {
    x: scaleLinear()
      .domain(spread(days))
      .range([margin.left, width - margin.right])
      .nice(),
    y: yLog
      ? scaleLog()
          .domain([usd[0] / 1.2, usd[1] * 1.2])
          .range([height - margin.bottom, margin.top])
      : scaleLinear()
          .domain(spread(usd))
          .range([height - margin.bottom, margin.top])
          .nice(),
    yLog,
    // Low CO2e is the light end, high the dark: darker reads as "more".
    colour: scaleSequential((t: number) => interpolateCividis(1 - t)).domain(co2),
    co2Range: co2,
  };
}

/**
 * Colour stops for the legend's gradient, from low to high CO2e.
 * @param scales - the chart's scales
 * @param count - how many stops (≥ 2)
 * @returns offsets in [0, 1] with their colours
 */
export function legendStops(scales: ParetoScales, count = 6): { offset: number; colour: string }[] {
  const [low, high] = scales.co2Range;
  return Array.from({ length: count }, (_, k) => {
    const offset = k / (count - 1);
    return { offset, colour: scales.colour(low + (high - low) * offset) };
  });
}

/**
 * The USD ticks of the y axis: about five on a linear scale; on a log scale the 1-2-5 values of each decade.
 * @param scales - the chart's scales
 */
export function usdTicks(scales: ParetoScales): number[] {
  if (!scales.yLog) return scales.y.ticks(5);
  return scales.y.ticks().filter((tick) => {
    const leading = tick / 10 ** Math.floor(Math.log10(tick) + 1e-9);
    return [1, 2, 5].some((d) => Math.abs(leading - d) < 1e-6);
  });
}

/** A tick: where it is and what it reads. */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/**
 * The day ticks of the x axis with labels precise enough to tell them apart: d3 picks the decimals from the tick
 * step (22.5, 23, 23.5 rather than 23, 23, 24), and a label equal to its neighbour is never drawn twice — a chart
 * of one option, or of options a few hours apart, reads sensibly.
 * @param scales - the chart's scales
 * @param count - about how many ticks
 * @example
 * dayTicks(paretoScales([oneOption], frame)).map((tick) => tick.label); // ['22.5', '23', '23.5', …]
 */
export function dayTicks(scales: ParetoScales, count = 5): Tick[] {
  const label = scales.x.tickFormat(count, ',~f');
  return distinct(scales.x.ticks(count).map((value) => ({ value, label: label(value) })));
}

/**
 * The USD ticks with their labels (SI prefixes, as precise as the step needs), never two alike.
 * @param scales - the chart's scales
 */
export function usdTickLabels(scales: ParetoScales): Tick[] {
  const ticks = usdTicks(scales);
  const label = scales.yLog ? format('~s') : scales.y.tickFormat(5, '~s');
  return distinct(ticks.map((value) => ({ value, label: label(value) })));
}

function distinct(ticks: readonly Tick[]): Tick[] {
  return ticks.filter((tick, i) => i === 0 || tick.label !== ticks[i - 1]?.label);
}
