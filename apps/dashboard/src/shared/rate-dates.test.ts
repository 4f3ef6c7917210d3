import type { Itinerary } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { itineraryRateDates, rateKey } from './rate-dates';

const stop = (id: string) => ({ id, nameEn: id, nameZh: id, kind: 'terminal' as const, position: [0, 0] as const });

describe('itineraryRateDates()', () => {
  it('lists the dates of the rates behind the service legs, each once, oldest first; road legs have none', () => {
    const legs = [
      { service: undefined, from: stop('CNXMN'), to: stop('xmn_port') },
      { service: 'sea-a', from: stop('xmn_port'), to: stop('sin_port') },
      { service: 'sea-b', from: stop('sin_port'), to: stop('rtm_port') },
    ];
    const itinerary = { legs } as unknown as Itinerary;
    const dates = {
      [rateKey('sea-a', 'xmn_port', 'sin_port')]: '2025-06-13',
      [rateKey('sea-b', 'sin_port', 'rtm_port')]: '2025-04-10',
    };
    expect(itineraryRateDates(itinerary, dates)).toEqual(['2025-04-10', '2025-06-13']);
    expect(itineraryRateDates(itinerary, {})).toEqual([]);
  });
});
