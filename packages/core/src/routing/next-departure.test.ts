import { describe, expect, it } from 'vitest';
import type { ServiceRun } from '../graph/build-routing-graph.js';
import { EVEN_TIMETABLE_ANCHOR_MS, nextDeparture } from './next-departure.js';

const weekly: ServiceRun = {
  serviceId: 's',
  reverse: false,
  terminalIds: ['a', 'b'],
  arrivalOffsetHours: [0, 10],
  departureOffsetHours: [0, 12],
  headwayHours: 168 / 3,
  departures: [
    { weekday: 1, time: '12:00' },
    { weekday: 3, time: '12:00' },
    { weekday: 6, time: '12:00' },
  ],
  timeZone: 'Asia/Shanghai',
};

describe('nextDeparture()', () => {
  it('reads published weekly departures in the service time zone (12:00 in Shanghai is 04:00 UTC)', () => {
    // 2026-11-30 is a Monday.
    expect(new Date(nextDeparture(weekly, 0, Date.parse('2026-11-30T00:00:00Z'))).toISOString()).toBe(
      '2026-11-30T04:00:00.000Z',
    );
    expect(new Date(nextDeparture(weekly, 0, Date.parse('2026-11-30T04:00:01Z'))).toISOString()).toBe(
      '2026-12-02T04:00:00.000Z',
    );
    expect(new Date(nextDeparture(weekly, 0, Date.parse('2026-12-05T05:00:00Z'))).toISOString()).toBe(
      '2026-12-07T04:00:00.000Z',
    );
  });

  it('departs a later stop at the first stop’s departure plus its offset', () => {
    expect(new Date(nextDeparture(weekly, 1, Date.parse('2026-11-30T00:00:00Z'))).toISOString()).toBe(
      '2026-11-30T16:00:00.000Z',
    );
  });

  it('spreads a frequency-only service evenly from the anchor, one departure per headway', () => {
    const even: ServiceRun = { ...weekly, headwayHours: 84 } as ServiceRun;
    const { departures: _d, timeZone: _t, ...rest } = even;
    const run = rest as ServiceRun;
    expect(nextDeparture(run, 0, EVEN_TIMETABLE_ANCHOR_MS)).toBe(EVEN_TIMETABLE_ANCHOR_MS);
    expect(nextDeparture(run, 0, EVEN_TIMETABLE_ANCHOR_MS + 1)).toBe(EVEN_TIMETABLE_ANCHOR_MS + 84 * 3_600_000);
  });

  it('is FIFO: a later ready time never departs earlier', () => {
    let last = 0;
    for (let t = Date.parse('2026-11-28T00:00:00Z'); t < Date.parse('2026-12-20T00:00:00Z'); t += 3_600_000 * 7) {
      const d = nextDeparture(weekly, 0, t);
      expect(d).toBeGreaterThanOrEqual(t);
      expect(d).toBeGreaterThanOrEqual(last);
      last = d;
    }
  });
});
