/**
 * The bars of the itinerary timeline: rides and waits in travel order on one time line from departure, with the
 * border dwells inside the rides that pass them, all placed by the library's `startHours`.
 */
import type { Itinerary, ItineraryLeg, ItineraryWait, Mode } from '@corridor/core/model';

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

/** Allowance for rounding when a dwell is matched to the ride it lies in, hours. */
const EPSILON_HOURS = 1e-6;

/**
 * Lays an itinerary out in time: rides and waits at the hours from the start the library gives them
 * (`startHours`; together they tile the route's duration exactly), ordered by start. Waits of no time are left
 * out. Each border dwell is marked inside the ride of its service that contains its start.
 * @param itinerary - the itinerary
 * @returns the bars in travel order, each with its start in hours from departure
 * @example
 * timelineSegments(itinerary).map((segment) => segment.kind); // ['leg', 'wait', 'wait', 'leg', 'wait', 'leg']
 */
export function timelineSegments(itinerary: Itinerary): TimelineSegment[] {
  const legs: TimelineSegment[] = itinerary.legs.map((leg) => ({
    kind: 'leg',
    mode: leg.mode,
    leg,
    startHours: leg.startHours,
    hours: leg.durationHours,
    dwells: itinerary.borderCrossings
      .filter(
        (crossing) =>
          crossing.service === leg.service &&
          leg.borderCrossings.includes(crossing.terminal.id) &&
          crossing.startHours >= leg.startHours - EPSILON_HOURS &&
          crossing.startHours <= leg.startHours + leg.durationHours + EPSILON_HOURS,
      )
      .map((crossing) => ({
        terminalId: crossing.terminal.id,
        nameEn: crossing.terminal.nameEn,
        nameZh: crossing.terminal.nameZh,
        startHours: crossing.startHours,
        hours: crossing.dwellHours,
        gaugeChange: crossing.gaugeChange,
      })),
  }));
  const waits: TimelineSegment[] = itinerary.waits
    .filter((wait) => wait.durationHours > 0)
    .map((wait) => ({ kind: 'wait', wait, startHours: wait.startHours, hours: wait.durationHours }));
  // A leg of no time starting where a wait does goes first: it ends where it starts.
  return [...legs, ...waits].sort((a, b) => a.startHours - b.startHours || a.hours - b.hours);
}
