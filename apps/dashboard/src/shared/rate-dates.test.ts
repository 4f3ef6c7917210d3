import type { ItineraryAnswer } from '@corridor/core/engine';
import { describe, expect, it } from 'vitest';
import { itineraryRateDates } from './rate-dates';

describe('itineraryRateDates()', () => {
  it('lists the dates of the rates behind the service legs, each once, oldest first; road legs have none', () => {
    const legs = [
      { service: undefined, rateAsOf: null },
      { service: 'sea-a', rateAsOf: '2025-06-13' },
      { service: 'sea-b', rateAsOf: '2025-04-10' },
      { service: 'sea-c', rateAsOf: '2025-06-13' },
      { service: 'sea-d', rateAsOf: null },
    ];
    expect(itineraryRateDates({ legs } as unknown as ItineraryAnswer)).toEqual(['2025-04-10', '2025-06-13']);
    expect(itineraryRateDates({ legs: [] })).toEqual([]);
  });
});
