/**
 * Strict parsing of a departure: the ISO 8601 forms the CLI's help and the API promise, and no other. `Date.parse`
 * alone rolls impossible dates forward (`2026-02-30` → 2 March), so every field is checked against its range and
 * the calendar before the date is accepted.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Whether year, month and day name a day of the proleptic Gregorian calendar (leap years included). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a departure: `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time with minutes, optional seconds and
 * fraction, and a zone (`Z` or `±hh:mm`). Impossible dates and times (`2026-02-30`, `2025-02-29`, `24:00`,
 * `12:60`) are rejected, never rolled forward.
 *
 * @param text - the departure as written
 * @returns epoch milliseconds (UTC), or `undefined` when the text is not such a date
 * @example
 * ```ts
 * import { parseDepart } from '@corridor/core/model';
 *
 * console.log(parseDepart('2026-12-01')); // → 1796083200000
 * console.log(parseDepart('2026-12-01T08:00+08:00')); // → 1796083200000
 * console.log(parseDepart('2026-02-30')); // → undefined
 * ```
 */
export function parseDepart(text: string): number | undefined {
  const date = DATE_ONLY.exec(text);
  if (date !== null) {
    const [year, month, day] = date.slice(1, 4).map(Number) as [number, number, number];
    return isCalendarDay(year, month, day) ? Date.UTC(year, month - 1, day) : undefined;
  }
  const stamp = DATE_TIME.exec(text);
  if (stamp === null) return undefined;
  const [year, month, day, hour, minute] = stamp.slice(1, 6).map(Number) as [number, number, number, number, number];
  const second = stamp[6] === undefined ? 0 : Number(stamp[6]);
  if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (stamp[8] !== 'Z' && (Number(stamp[10]) > 23 || Number(stamp[11]) > 59)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
