import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAP_POSITION,
  formatMapPosition,
  parseMapPosition,
  parsePlainDecimal,
  parseUrlState,
  roundMapPosition,
  serializeUrlState,
} from './url-state';

/** The registry's view ids, written out (importing the registry would load every view's components). */
const VIEW_IDS = ['route', 'utilization', 'scenarios', 'data'] as const;
const parse = (search: string, hash: string) => parseUrlState(search, hash, VIEW_IDS);

describe('parseUrlState', () => {
  it('reads view, language and camera from a complete URL', () => {
    expect(parse('?view=data&lang=zh', '#map=6.50/25.0500/121.5000')).toEqual({
      view: 'data',
      lang: 'zh',
      map: { zoom: 6.5, latitudeDeg: 25.05, longitudeDeg: 121.5 },
    });
  });

  it('accepts the query and fragment without their leading ? and #', () => {
    expect(parse('view=scenarios', 'map=3/10/-20')).toEqual({
      view: 'scenarios',
      lang: null,
      map: { zoom: 3, latitudeDeg: 10, longitudeDeg: -20 },
    });
  });

  it('returns the defaults for an empty URL', () => {
    expect(parse('', '')).toEqual({ view: 'route', lang: null, map: DEFAULT_MAP_POSITION });
  });

  it('keeps the valid parts of a partial URL and defaults the rest', () => {
    expect(parse('?lang=en', '')).toEqual({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION });
    expect(parse('?view=utilization', '#map=5/20/110')).toEqual({
      view: 'utilization',
      lang: null,
      map: { zoom: 5, latitudeDeg: 20, longitudeDeg: 110 },
    });
  });

  it('falls back to the default view for an unknown or differently cased view', () => {
    expect(parse('?view=nope', '').view).toBe('route');
    expect(parse('?view=DATA', '').view).toBe('route');
    expect(parse('?view=', '').view).toBe('route');
  });

  it('reads no language from an unknown lang', () => {
    expect(parse('?lang=fr', '').lang).toBeNull();
    expect(parse('?lang=zh-CN', '').lang).toBeNull();
  });

  it('falls back to the default camera for the garbage fragment of the e2e test', () => {
    expect(parse('?view=nope', '#map=abc/NaN/999')).toEqual({
      view: 'route',
      lang: null,
      map: DEFAULT_MAP_POSITION,
    });
  });

  it('never throws on malformed percent-escapes or random bytes', () => {
    expect(() => parse('?view=%E0%A4%A&lang=%', '#map=%%%/%/')).not.toThrow();
    expect(parse('?\u0000\uFFFF=&&==', '#\uD800')).toEqual({
      view: 'route',
      lang: null,
      map: DEFAULT_MAP_POSITION,
    });
  });

  it('ignores parameters it does not know', () => {
    expect(parse('?utm_source=x&view=data', '#foo=bar&map=2/0/0').view).toBe('data');
  });
});

describe('parseMapPosition', () => {
  it('reads zoom/latitude/longitude', () => {
    expect(parseMapPosition('4.00/24.5000/119.5000')).toEqual(DEFAULT_MAP_POSITION);
  });

  it('accepts negative coordinates and the range limits', () => {
    expect(parseMapPosition('0/-85.051129/-180')).toEqual({ zoom: 0, latitudeDeg: -85.051129, longitudeDeg: -180 });
    expect(parseMapPosition('22/85/180')).toEqual({ zoom: 22, latitudeDeg: 85, longitudeDeg: 180 });
  });

  it('rejects NaN, Infinity, exponents, hex, blanks and empty parts', () => {
    for (const text of ['NaN/0/0', '4/Infinity/0', '4/1e1/0', '4/0x10/0', '4/ 1/0', '4//0', '//', '']) {
      expect(parseMapPosition(text), text).toBeNull();
    }
  });

  it('rejects out-of-range values', () => {
    for (const text of ['23/0/0', '-1/0/0', '4/86/0', '4/-90/0', '4/0/180.5', '4/0/999']) {
      expect(parseMapPosition(text), text).toBeNull();
    }
  });

  it('rejects too few or too many parts', () => {
    expect(parseMapPosition('4/24.5')).toBeNull();
    expect(parseMapPosition('4/24.5/119.5/0')).toBeNull();
  });
});

describe('roundMapPosition', () => {
  it('rounds zoom to 2 decimals and degrees to 4', () => {
    expect(roundMapPosition({ zoom: 4.123456, latitudeDeg: 24.123456, longitudeDeg: 119.987654 })).toEqual({
      zoom: 4.12,
      latitudeDeg: 24.1235,
      longitudeDeg: 119.9877,
    });
  });

  it('wraps longitudes outside [-180, 180] as MapLibre can report them after panning across the antimeridian', () => {
    expect(roundMapPosition({ zoom: 3, latitudeDeg: 0, longitudeDeg: 190 }).longitudeDeg).toBe(-170);
    expect(roundMapPosition({ zoom: 3, latitudeDeg: 0, longitudeDeg: -200 }).longitudeDeg).toBe(160);
    expect(roundMapPosition({ zoom: 3, latitudeDeg: 0, longitudeDeg: 180 }).longitudeDeg).toBe(180);
    expect(roundMapPosition({ zoom: 3, latitudeDeg: 0, longitudeDeg: -180 }).longitudeDeg).toBe(-180);
  });

  it('clamps zoom and latitude into range', () => {
    expect(roundMapPosition({ zoom: 30, latitudeDeg: 89, longitudeDeg: 0 })).toEqual({
      zoom: 22,
      latitudeDeg: 85.0511,
      longitudeDeg: 0,
    });
  });

  it('writes no negative zero', () => {
    expect(Object.is(roundMapPosition({ zoom: 1, latitudeDeg: 0, longitudeDeg: -0.00001 }).longitudeDeg, 0)).toBe(true);
  });
});

describe('serializeUrlState', () => {
  it('writes the canonical URL of the default state', () => {
    expect(serializeUrlState({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION })).toBe(
      '?view=route&lang=en#map=4.00/24.5000/119.5000',
    );
  });

  it('leaves out a null language', () => {
    expect(serializeUrlState({ view: 'data', lang: null, map: DEFAULT_MAP_POSITION })).toBe(
      '?view=data#map=4.00/24.5000/119.5000',
    );
  });

  it('round-trips through parseUrlState', () => {
    const state = {
      view: 'scenarios',
      lang: 'zh',
      map: { zoom: 7.25, latitudeDeg: -33.8688, longitudeDeg: 151.2093 },
    } as const;
    const url = serializeUrlState(state);
    const [search = '', hash = ''] = url.split('#');
    expect(parse(search, `#${hash}`)).toEqual(state);
  });

  it('formats a camera with fixed decimals', () => {
    expect(formatMapPosition({ zoom: 5, latitudeDeg: -1, longitudeDeg: 0.5 })).toBe('5.00/-1.0000/0.5000');
  });
});

describe('serializeUrlState with views', () => {
  it("writes the views' keys after view and language, before the camera", () => {
    const url = serializeUrlState({ view: 'data', lang: 'en', map: DEFAULT_MAP_POSITION }, (query) => {
      query.set('method', 'aon');
    });
    expect(url).toBe('?view=data&lang=en&method=aon#map=4.00/24.5000/119.5000');
  });
});

describe('parsePlainDecimal', () => {
  it('reads plain decimals within limits and nothing else', () => {
    expect(parsePlainDecimal('2.5', { min: 0, max: 10 })).toBe(2.5);
    expect(parsePlainDecimal('-0', { min: -1, max: 1 })).toBe(-0);
    for (const text of [undefined, '', ' 1', '1e3', '0x1', 'Infinity', 'NaN', '11']) {
      expect(parsePlainDecimal(text, { min: 0, max: 10 }), String(text)).toBeNull();
    }
  });
});
