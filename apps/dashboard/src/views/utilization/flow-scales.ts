/**
 * Scales of the flow map: utilization → colour class (`utilization-colors.ts`), flow → line width and circle
 * radius (square root, so that area-like ink grows with flow), as plain functions for the legend and tables, and
 * as MapLibre expressions for the layers. Both are built from the same constants, so they agree.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NO_CAPACITY_COLOR, UTILIZATION_CLASSES } from './utilization-colors';

/** One utilization class. */
export type UtilizationClass = (typeof UTILIZATION_CLASSES)[number];
export type UtilizationClassId = UtilizationClass['id'];

/** Over-capacity starts just above 100 % (a leg exactly full is `high`). */
const EPSILON = 1e-9;

/**
 * The class of a utilization.
 * @param utilization - flow ÷ capacity, or `null` without a capacity
 * @returns the class, or `null` without a capacity
 * @example
 * utilizationClass(0.85)?.id; // 'high'
 */
export function utilizationClass(utilization: number | null): UtilizationClass | null {
  if (utilization === null || Number.isNaN(utilization)) return null;
  return UTILIZATION_CLASSES.find((c) => utilization <= c.upTo + EPSILON) ?? UTILIZATION_CLASSES[3];
}

/**
 * The colour of a utilization.
 * @example
 * utilizationColor(1.1); // '#d73027'
 * utilizationColor(null); // '#8a8a8a'
 */
export function utilizationColor(utilization: number | null): string {
  return utilizationClass(utilization)?.color ?? NO_CAPACITY_COLOR;
}

/** MapLibre colour of a feature by its `utilization` property (`null` → the no-capacity grey). */
export function utilizationColorExpression(): ExpressionSpecification {
  const [low, medium, high, over] = UTILIZATION_CLASSES;
  return [
    'case',
    ['==', ['typeof', ['get', 'utilization']], 'number'],
    [
      'step',
      ['get', 'utilization'],
      low.color,
      low.upTo + EPSILON,
      medium.color,
      medium.upTo + EPSILON,
      high.color,
      high.upTo + EPSILON,
      over.color,
    ],
    NO_CAPACITY_COLOR,
  ];
}

/** Line widths, px. */
export const LINE_WIDTH = { min: 1.25, max: 12 } as const;
/** Circle radii, px. */
export const CIRCLE_RADIUS = { min: 3, max: 16 } as const;

/**
 * A square-root size scale from 0 to the largest flow.
 * @param flow - the flow, per week
 * @param maxFlow - the largest flow drawn
 * @param range - sizes at 0 and at `maxFlow`
 * @returns the size, px
 * @example
 * sqrtSize(25, 100, { min: 0, max: 10 }); // 5
 */
export function sqrtSize(flow: number, maxFlow: number, range: { readonly min: number; readonly max: number }): number {
  if (!(maxFlow > 0) || !(flow > 0)) return range.min;
  const t = Math.sqrt(Math.min(flow, maxFlow) / maxFlow);
  return range.min + t * (range.max - range.min);
}

/**
 * MapLibre size of a feature by its `flowPerWeek`, matching {@link sqrtSize}.
 * @param maxFlow - the largest flow drawn
 * @param range - sizes at 0 and at `maxFlow`
 */
export function flowSizeExpression(
  maxFlow: number,
  range: { readonly min: number; readonly max: number },
): ExpressionSpecification {
  if (!(maxFlow > 0)) return ['literal', range.min];
  return ['interpolate', ['linear'], ['sqrt', ['get', 'flowPerWeek']], 0, range.min, Math.sqrt(maxFlow), range.max];
}

/**
 * Flows to show in the width legend: the largest, rounded down to one significant figure, and a quarter and a
 * sixteenth of it (half and a quarter of the width range).
 * @param maxFlow - the largest flow drawn
 * @returns up to three flows, largest first, none below 1
 * @example
 * legendFlows(1234); // [1000, 250, 62.5]
 */
export function legendFlows(maxFlow: number): number[] {
  if (!(maxFlow >= 1)) return [];
  const magnitude = 10 ** Math.floor(Math.log10(maxFlow));
  const top = Math.floor(maxFlow / magnitude) * magnitude;
  return [top, top / 4, top / 16].filter((flow) => flow >= 1);
}
