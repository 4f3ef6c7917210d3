/**
 * Local dates and times of a dated itinerary: the time zone of a stop, found from its position by
 * `@photostructure/tz-lookup` (the dataset gives places no zone), and an instant written in that zone by the
 * platform's `Intl.DateTimeFormat` (no zone arithmetic of our own). The lookup's table (about 70 KB) is loaded
 * only when a dated itinerary is first shown.
 */
import type { LonLat } from '@corridor/core/model';

/** The IANA time zone at a position (`Asia/Shanghai`). */
export type ZoneOf = (position: LonLat) => string;

/**
 * Loads the time zone lookup.
 * @returns a function from a position to its IANA time zone; `UTC` where the lookup refuses the position
 * @example
 * const zoneOf = await loadZoneOf();
 * zoneOf([118.09, 24.48]); // 'Asia/Shanghai'
 */
export async function loadZoneOf(): Promise<ZoneOf> {
  const { default: tzLookup } = await import('@photostructure/tz-lookup');
  return ([lon, lat]) => {
    try {
      return tzLookup(lat, lon);
    } catch {
      return 'UTC';
    }
  };
}

/** An instant as a planner reads it in one place: its date, time and zone. */
export interface ZonedTime {
  /** `3 Dec 2026` as the locale writes it (the month in words, so no reader takes day for month). */
  readonly date: string;
  /** `08:00`, 24-hour. */
  readonly time: string;
  /** The zone's short name in the locale (`GMT+8`, `CET`). */
  readonly zone: string;
  /** The IANA zone (`Asia/Shanghai`), for a tooltip. */
  readonly timeZone: string;
}

const formats = new Map<string, { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatters(locale: string, timeZone: string): { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat } {
  const key = `${locale}|${timeZone}`;
  let pair = formats.get(key);
  if (pair === undefined) {
    pair = {
      date: new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' }),
      time: new Intl.DateTimeFormat(locale, {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      }),
    };
    formats.set(key, pair);
  }
  return pair;
}

/**
 * An ISO 8601 instant in a time zone, as date, time and zone name.
 * @param iso - the instant (`2026-12-03T01:00:00Z`)
 * @param timeZone - an IANA time zone
 * @param locale - a BCP 47 locale (`en-GB`, `zh-CN`)
 * @returns its parts
 * @example
 * zonedTime('2026-12-03T01:00:00Z', 'Asia/Shanghai', 'en-GB'); // { date: '3 Dec 2026', time: '09:00', zone: 'GMT+8', … }
 */
export function zonedTime(iso: string, timeZone: string, locale: string): ZonedTime {
  const instant = new Date(iso);
  const { date, time } = formatters(locale, timeZone);
  const parts = time.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: date.format(instant),
    time: `${part('hour')}:${part('minute')}`,
    zone: part('timeZoneName'),
    timeZone,
  };
}
