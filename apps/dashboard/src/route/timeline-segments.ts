/**
 * The bars of the itinerary timeline: rides and waits in travel order on one time line from departure, with the
 * border dwells inside the rides that pass them.
 */
import type { Itinerary, ItineraryLeg, ItineraryWait, LonLat, Mode } from '@corridor/core/model';

/** A dwell at a border crossing, inside a ride. */
export interface DwellMark {
  readonly terminalId: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** Hours from the itinerary's start. */
  readonly startHours: number;
  readonly hours: number;
  readonly gaugeChange: boolean;
}

/** One bar of the timeline. */
export type TimelineSegment =
  | {
      readonly kind: 'leg';
      readonly mode: Mode;
      readonly leg: ItineraryLeg;
      readonly startHours: number;
      readonly hours: number;
      readonly dwells: readonly DwellMark[];
    }
  | { readonly kind: 'wait'; readonly wait: ItineraryWait; readonly startHours: number; readonly hours: number };

/** Squared distance in degrees, good enough to find the vertex nearest a crossing. */
function nearness(a: readonly number[], b: LonLat): number {
  const dLon = (a[0] ?? 0) - b[0];
  const dLat = (a[1] ?? 0) - b[1];
  return dLon * dLon + dLat * dLat;
}

/**
 * How far along a leg's line a point lies, as a fraction of its vertices' cumulative length (the line's vertex
 * nearest the point, measured in degrees: a drawing aid, not a distance).
 * @param coordinates - the leg's line
 * @param point - e.g. a border crossing
 * @returns a fraction in [0, 1]
 */
export function fractionAlong(coordinates: readonly (readonly number[])[], point: LonLat): number {
  if (coordinates.length < 2) return 0;
  let nearest = 0;
  let best = Number.POSITIVE_INFINITY;
  // The crossing may be given in another world copy than an unwrapped line: compare both.
  const shifted: LonLat[] = [point, [point[0] + 360, point[1]], [point[0] - 360, point[1]]];
  coordinates.forEach((coordinate, k) => {
    for (const candidate of shifted) {
      const distance = nearness(coordinate, candidate);
      if (distance < best) {
        best = distance;
        nearest = k;
      }
    }
  });
  let total = 0;
  let upToNearest = 0;
  for (let k = 1; k < coordinates.length; k++) {
    const previous = coordinates[k - 1] ?? [];
    const current = coordinates[k] ?? [];
    total += Math.hypot((current[0] ?? 0) - (previous[0] ?? 0), (current[1] ?? 0) - (previous[1] ?? 0));
    if (k === nearest) upToNearest = total;
  }
  return total === 0 ? 0 : upToNearest / total;
}

/**
 * Lays an itinerary out in time: each ride, and before it the waits at its boarding terminal (handling, waiting
 * for the departure); waits left after the last ride (handling at the end) come last. Waits of no time are left
 * out. Border dwells are placed inside their ride where the crossing lies along its line.
 * @param itinerary - the itinerary
 * @returns the bars in travel order, each with its start in hours from departure
 */
export function timelineSegments(itinerary: Itinerary): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  let clock = 0;
  let nextWait = 0;
  const addWait = (wait: ItineraryWait): void => {
    if (wait.durationHours > 0) segments.push({ kind: 'wait', wait, startHours: clock, hours: wait.durationHours });
    clock += wait.durationHours;
  };
  for (const leg of itinerary.legs) {
    while (nextWait < itinerary.waits.length && itinerary.waits[nextWait]?.at.id === leg.from.id) {
      addWait(itinerary.waits[nextWait] as ItineraryWait);
      nextWait++;
    }
    const start = clock;
    const dwells: DwellMark[] = itinerary.borderCrossings
      .filter((crossing) => leg.borderCrossings.includes(crossing.terminal.id) && crossing.service === leg.service)
      .map((crossing) => {
        const fraction = fractionAlong(leg.geometry.coordinates, crossing.terminal.position);
        const hours = Math.min(crossing.dwellHours, leg.durationHours);
        return {
          terminalId: crossing.terminal.id,
          nameEn: crossing.terminal.nameEn,
          nameZh: crossing.terminal.nameZh,
          startHours: start + Math.min(fraction * leg.durationHours, leg.durationHours - hours),
          hours,
          gaugeChange: crossing.gaugeChange,
        };
      });
    segments.push({ kind: 'leg', mode: leg.mode, leg, startHours: start, hours: leg.durationHours, dwells });
    clock += leg.durationHours;
  }
  for (; nextWait < itinerary.waits.length; nextWait++) addWait(itinerary.waits[nextWait] as ItineraryWait);
  return segments;
}
