import type { ServiceRun } from '../graph/build-routing-graph.js';

const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * Anchor of timetables given only as a frequency: departures from the first stop every headway from
 * Monday 2024-01-01 00:00 UTC (an assumption — the dataset publishes no times for them).
 */
export const EVEN_TIMETABLE_ANCHOR_MS = Date.UTC(2024, 0, 1);

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of a time zone from UTC at an instant, ms (positive east of Greenwich). */
function zoneOffsetMs(timeZone: string, atMs: number): number {
  let format = offsetFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    offsetFormats.set(timeZone, format);
  }
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = format.formatToParts(new Date(atMs));
  const wall = Date.UTC(
    part(parts, 'year'),
    part(parts, 'month') - 1,
    part(parts, 'day'),
    part(parts, 'hour'),
    part(parts, 'minute'),
  );
  return wall - Math.floor(atMs / MS_PER_MINUTE) * MS_PER_MINUTE;
}

/** The first instant ≥ `atMs` of a weekly pattern of local departures, ms since the epoch. */
function nextWeekly(run: ServiceRun, atMs: number): number {
  const timeZone = run.timeZone ?? 'UTC';
  const offsetMs = zoneOffsetMs(timeZone, atMs);
  const localMs = atMs + offsetMs;
  // 1970-01-05 was a Monday: minutes since a local Monday 00:00.
  const mondayMs = Date.UTC(1970, 0, 5);
  const weekStartMs =
    localMs -
    ((((localMs - mondayMs) % (MINUTES_PER_WEEK * MS_PER_MINUTE)) + MINUTES_PER_WEEK * MS_PER_MINUTE) %
      (MINUTES_PER_WEEK * MS_PER_MINUTE));
  let best = Number.POSITIVE_INFINITY;
  for (const departure of run.departures ?? []) {
    const [hours = 0, minutes = 0] = departure.time.split(':').map(Number);
    const minuteOfWeek = (departure.weekday - 1) * 1440 + hours * 60 + minutes;
    for (const week of [0, 1]) {
      const candidateLocal = weekStartMs + (week * MINUTES_PER_WEEK + minuteOfWeek) * MS_PER_MINUTE;
      const candidate = candidateLocal - offsetMs;
      if (candidate >= atMs && candidate < best) best = candidate;
    }
  }
  return best;
}

/**
 * The next departure of a service run from one of its stops at or after an instant (FIFO: a later
 * arrival never departs earlier). Published weekly departures are read in the service's time zone;
 * a service given only a frequency departs its first stop every headway from `EVEN_TIMETABLE_ANCHOR_MS`.
 * Later stops depart at the first stop's departure plus running and dwell times.
 *
 * @param run - a service run of `buildRoutingGraph`
 * @param stopIndex - the stop, in the run's direction
 * @param atMs - when the box is ready to load, ms since the epoch
 * @returns the departure instant, ms since the epoch
 * @example
 * ```ts
 * import { runKey } from '@corridor/core/graph';
 * import { createRouter, nextDeparture } from '@corridor/core/routing';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const run = createRouter(fujianNetwork).graph([]).routing.runs.get(runKey('srm-emirates-wafa', false));
 * if (run) {
 *   const departs = nextDeparture(run, 0, Date.parse('2026-12-01T00:00Z'));
 *   console.log(run.headwayHours, new Date(departs).toISOString()); // → 168 2026-12-07T00:00:00.000Z
 * }
 * ```
 */
export function nextDeparture(run: ServiceRun, stopIndex: number, atMs: number): number {
  const offsetMs = (run.departureOffsetHours[stopIndex] ?? 0) * MS_PER_HOUR;
  const firstStopMs = atMs - offsetMs;
  if (run.departures !== undefined && run.departures.length > 0) return nextWeekly(run, firstStopMs) + offsetMs;
  const headwayMs = run.headwayHours * MS_PER_HOUR;
  const k = Math.ceil((firstStopMs - EVEN_TIMETABLE_ANCHOR_MS) / headwayMs);
  return EVEN_TIMETABLE_ANCHOR_MS + k * headwayMs + offsetMs;
}
