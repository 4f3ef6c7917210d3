import { describe, expect, it } from 'vitest';
import { loadZoneOf, zonedTime } from './zoned-time';

describe('zonedTime()', () => {
  it('writes an instant in the zone of the place, with the zone named', async () => {
    const zoneOf = await loadZoneOf();
    expect(zoneOf([118.09, 24.48])).toBe('Asia/Shanghai');
    expect(zoneOf([6.76, 51.43])).toBe('Europe/Berlin');
    expect(zonedTime('2026-12-03T01:00:00Z', 'Asia/Shanghai', 'en-GB')).toMatchObject({
      date: '3 Dec 2026',
      time: '09:00',
      zone: 'GMT+8',
    });
    // Past midnight in Xiamen is still the evening before in Duisburg: the date follows the zone.
    expect(zonedTime('2026-12-03T01:00:00Z', 'Europe/Berlin', 'en-GB')).toMatchObject({
      date: '3 Dec 2026',
      time: '02:00',
      zone: 'CET',
    });
    expect(zonedTime('2026-12-02T20:00:00Z', 'Asia/Shanghai', 'en-GB').date).toBe('3 Dec 2026');
  });
});
