import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNER_QUERY } from '../views/route/planner-query';
import {
  DEFAULT_MAP_POSITION,
  formatMapPosition,
  parseMapPosition,
  parseRouteState,
  parseScenarioRoutes,
  parseScenariosState,
  parseUrlState,
  parseUtilizationState,
  roundMapPosition,
  serializeUrlState,
  writeRouteState,
} from './url-state';

describe('parseUrlState', () => {
  it('reads view, language and camera from a complete URL', () => {
    expect(parseUrlState('?view=data&lang=zh', '#map=6.50/25.0500/121.5000')).toEqual({
      view: 'data',
      lang: 'zh',
      map: { zoom: 6.5, latitudeDeg: 25.05, longitudeDeg: 121.5 },
    });
  });

  it('accepts the query and fragment without their leading ? and #', () => {
    expect(parseUrlState('view=scenarios', 'map=3/10/-20')).toEqual({
      view: 'scenarios',
      lang: null,
      map: { zoom: 3, latitudeDeg: 10, longitudeDeg: -20 },
    });
  });

  it('returns the defaults for an empty URL', () => {
    expect(parseUrlState('', '')).toEqual({ view: 'route', lang: null, map: DEFAULT_MAP_POSITION });
  });

  it('keeps the valid parts of a partial URL and defaults the rest', () => {
    expect(parseUrlState('?lang=en', '')).toEqual({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION });
    expect(parseUrlState('?view=utilization', '#map=5/20/110')).toEqual({
      view: 'utilization',
      lang: null,
      map: { zoom: 5, latitudeDeg: 20, longitudeDeg: 110 },
    });
  });

  it('falls back to the default view for an unknown or differently cased view', () => {
    expect(parseUrlState('?view=nope', '').view).toBe('route');
    expect(parseUrlState('?view=DATA', '').view).toBe('route');
    expect(parseUrlState('?view=', '').view).toBe('route');
  });

  it('reads no language from an unknown lang', () => {
    expect(parseUrlState('?lang=fr', '').lang).toBeNull();
    expect(parseUrlState('?lang=zh-CN', '').lang).toBeNull();
  });

  it('falls back to the default camera for the garbage fragment of the e2e test', () => {
    expect(parseUrlState('?view=nope', '#map=abc/NaN/999')).toEqual({
      view: 'route',
      lang: null,
      map: DEFAULT_MAP_POSITION,
    });
  });

  it('never throws on malformed percent-escapes or random bytes', () => {
    expect(() => parseUrlState('?view=%E0%A4%A&lang=%', '#map=%%%/%/')).not.toThrow();
    expect(parseUrlState('?\u0000\uFFFF=&&==', '#\uD800')).toEqual({
      view: 'route',
      lang: null,
      map: DEFAULT_MAP_POSITION,
    });
  });

  it('ignores parameters it does not know', () => {
    expect(parseUrlState('?utm_source=x&view=data', '#foo=bar&map=2/0/0').view).toBe('data');
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
    expect(parseUrlState(search, `#${hash}`)).toEqual(state);
  });

  it('formats a camera with fixed decimals', () => {
    expect(formatMapPosition({ zoom: 5, latitudeDeg: -1, longitudeDeg: 0.5 })).toBe('5.00/-1.0000/0.5000');
  });
});

describe('route planner state in the URL', () => {
  const query = {
    ...DEFAULT_PLANNER_QUERY,
    from: 'CNXMN',
    to: 'DEDUI',
    size: 2,
    modes: ['sea', 'rail', 'road'] as const,
    avoidPassages: ['suez', 'cape-of-good-hope'] as const,
    depart: '2026-12-01',
    alternatives: 4,
    valueOfTime: 120,
    carbonPrice: 80,
  };

  it('round-trips a query and the selected option', () => {
    const state = { view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION, route: { query, selected: 2 } } as const;
    const url = serializeUrlState(state);
    expect(url).toContain('from=CNXMN&to=DEDUI&obj=balanced&teu=2&modes=sea%2Crail%2Croad');
    const [search, hash] = url.split('#');
    expect(parseUrlState(search ?? '', `#${hash}`)).toEqual(state);
  });

  it('writes tonnes as t, leaves out all modes, no avoidance and the weights of other objectives', () => {
    const params = new URLSearchParams();
    writeRouteState(params, {
      query: {
        ...DEFAULT_PLANNER_QUERY,
        from: 'Xiamen',
        to: '杜伊斯堡',
        objective: 'time',
        sizeUnit: 'tonnes',
        size: 3.5,
      },
      selected: 0,
    });
    expect(params.toString()).toBe(`from=Xiamen&to=${encodeURIComponent('杜伊斯堡')}&obj=time&t=3.5&alt=3&sel=0`);
    expect(parseRouteState(params)?.query).toMatchObject({ sizeUnit: 'tonnes', size: 3.5, to: '杜伊斯堡' });
  });

  it('has no route without both ends, and takes defaults for invalid parts', () => {
    expect(parseUrlState('?view=route&from=CNXMN', '').route).toBeUndefined();
    const parsed = parseRouteState(
      new URLSearchParams(
        'from=a&to=b&obj=fast&teu=-1&modes=boat,air&avoid=suez,nowhere&depart=2026-13-45&alt=99&sel=x',
      ),
    );
    expect(parsed).toEqual({
      query: {
        ...DEFAULT_PLANNER_QUERY,
        from: 'a',
        to: 'b',
        modes: ['air'],
        avoidPassages: ['suez'],
      },
      selected: 0,
    });
  });

  it('never throws on garbage', () => {
    expect(() => parseUrlState('?from=%&to=%E0&teu=1e9&vot=NaN&cp=Infinity', '')).not.toThrow();
  });
});

describe('the Corridor utilization view in the URL', () => {
  it('reads the method and the element, and writes them back after the view and language', () => {
    const url = parseUrlState('?view=utilization&method=capacity&element=border-crossing:brest_malaszewicze', '');
    expect(url.utilization).toEqual({ method: 'capacity', element: 'border-crossing:brest_malaszewicze' });
    expect(serializeUrlState({ ...url, lang: 'en' })).toBe(
      '?view=utilization&lang=en&method=capacity&element=border-crossing%3Abrest_malaszewicze#map=4.00/24.5000/119.5000',
    );
  });

  it('keeps a method without an element, and drops an element without a valid method', () => {
    expect(parseUtilizationState(new URLSearchParams('method=aon'))).toEqual({ method: 'aon', element: null });
    expect(parseUtilizationState(new URLSearchParams('element=terminal:x'))).toBeNull();
    expect(parseUtilizationState(new URLSearchParams('method=fast&element=terminal:x'))).toBeNull();
    expect(parseUrlState('?view=utilization', '').utilization).toBeUndefined();
  });

  it('drops an element id with characters an id never has, or too long', () => {
    expect(parseUtilizationState(new URLSearchParams('method=aon&element=<script>'))?.element).toBeNull();
    expect(parseUtilizationState(new URLSearchParams(`method=aon&element=${'x'.repeat(201)}`))?.element).toBeNull();
    expect(
      parseUtilizationState(new URLSearchParams('method=equilibrium&element=service:crx-xmn-hamburg:reverse:1'))
        ?.element,
    ).toBe('service:crx-xmn-hamburg:reverse:1');
  });
});

describe('the Scenarios view in the URL', () => {
  it('reads a preset or user scenario and the assign toggle, and writes them back after the view and language', () => {
    const url = parseUrlState('?view=scenarios&scenario=user:close-malaszewicze&assign=1', '');
    expect(url.scenarios).toEqual({ scenario: 'user:close-malaszewicze', assign: true });
    expect(serializeUrlState({ ...url, lang: 'en' })).toBe(
      '?view=scenarios&lang=en&scenario=user%3Aclose-malaszewicze&assign=1#map=4.00/24.5000/119.5000',
    );
    const preset = parseUrlState('?view=scenarios&scenario=red-sea-closure&assign=yes', '');
    expect(preset.scenarios).toEqual({ scenario: 'red-sea-closure', assign: false });
    expect(serializeUrlState({ ...preset, lang: null })).toBe(
      '?view=scenarios&scenario=red-sea-closure#map=4.00/24.5000/119.5000',
    );
  });

  it('reads and writes the chosen routes as od, place ids with an optional mode', () => {
    const url = parseUrlState('?view=scenarios&scenario=red-sea-closure&od=CNXMN:NLRTM:sea,chengdu:SGSIN', '');
    expect(url.scenarios?.routes).toEqual([
      { from: 'CNXMN', to: 'NLRTM', mode: 'sea' },
      { from: 'chengdu', to: 'SGSIN', mode: null },
    ]);
    expect(serializeUrlState({ ...url, lang: null })).toBe(
      '?view=scenarios&scenario=red-sea-closure&od=CNXMN%3ANLRTM%3Asea%2Cchengdu%3ASGSIN#map=4.00/24.5000/119.5000',
    );
    expect(parseScenarioRoutes('')).toEqual([]);
  });

  it('drops od that is malformed, names an unknown mode or has too many pairs, keeping the scenario', () => {
    for (const od of ['CNXMN', 'CNXMN:NLRTM:boat', 'CNXMN:NLRTM:sea:x', 'a b:c', Array(11).fill('A:B').join(',')]) {
      expect(parseScenarioRoutes(od)).toBeNull();
      const url = parseUrlState(`?view=scenarios&scenario=suez-closure&od=${encodeURIComponent(od)}`, '');
      expect(url.scenarios).toEqual({ scenario: 'suez-closure', assign: false });
    }
  });

  it('drops a scenario key an id never has, and leaves the URL alone without one', () => {
    expect(parseScenariosState(new URLSearchParams('scenario=<script>'))).toBeNull();
    expect(parseScenariosState(new URLSearchParams('scenario=user:'))).toBeNull();
    expect(parseScenariosState(new URLSearchParams(`scenario=${'x'.repeat(101)}`))).toBeNull();
    expect(parseScenariosState(new URLSearchParams('assign=1'))).toBeNull();
    expect(parseUrlState('?view=scenarios&assign=1', '').scenarios).toBeUndefined();
  });
});
