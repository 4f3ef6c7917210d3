import { describe, expect, it } from 'vitest';
import { parseDepart } from './parse-depart.js';

// Regression (issue 15): on main, 2026-02-30 and 2025-02-29 were rolled forward to 2 and 1 March.
describe('parseDepart', () => {
  it('reads YYYY-MM-DD as midnight UTC', () => {
    expect(parseDepart('2026-12-01')).toBe(Date.UTC(2026, 11, 1));
  });

  it('reads an ISO 8601 date-time with a zone', () => {
    expect(parseDepart('2026-12-01T08:00+08:00')).toBe(Date.UTC(2026, 11, 1));
    expect(parseDepart('2026-12-01T08:30:15.5Z')).toBe(Date.UTC(2026, 11, 1, 8, 30, 15, 500));
  });

  it('accepts 29 February of a leap year', () => {
    expect(parseDepart('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])(
    'rejects the impossible date %s instead of rolling it forward',
    (text) => {
      expect(parseDepart(text)).toBeUndefined();
      expect(parseDepart(`${text}T08:00Z`)).toBeUndefined();
    },
  );

  it.each(['2026-12-01T24:00Z', '2026-12-01T12:60Z', '2026-12-01T12:00:60Z', '2026-12-01T12:00+24:00'])(
    'rejects the impossible time %s',
    (text) => {
      expect(parseDepart(text)).toBeUndefined();
    },
  );

  it.each(['2026-12-1', '01/12/2026', '2026-12-01T08:00', '2026-12-01 08:00Z', 'tomorrow', ''])(
    'rejects %j, which is not one of the promised forms',
    (text) => {
      expect(parseDepart(text)).toBeUndefined();
    },
  );
});
