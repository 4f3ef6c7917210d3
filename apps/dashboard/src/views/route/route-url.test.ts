import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_POSITION, serializeUrlState } from '../../url/url-state';
import { DEFAULT_PLANNER_QUERY } from './planner-query';
import { parseRouteState, writeRouteState } from './route-url';

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

  it('round-trips a query and the selected option, written after the view and language', () => {
    const route = { query, selected: 2 };
    const url = serializeUrlState({ view: 'route', lang: 'en', map: DEFAULT_MAP_POSITION }, (params) =>
      writeRouteState(params, route),
    );
    expect(url).toContain('?view=route&lang=en&from=CNXMN&to=DEDUI&obj=balanced&teu=2&modes=sea%2Crail%2Croad');
    const [search = ''] = url.split('#');
    expect(parseRouteState(new URLSearchParams(search.slice(1)))).toEqual(route);
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
    expect(parseRouteState(new URLSearchParams('view=route&from=CNXMN'))).toBeNull();
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

  // Regression (issue 15): on main Date.parse rolled 2026-02-30 forward to 2 March and the URL kept it.
  it.each(['2026-02-30', '2025-02-29', '2026-04-31'])('drops the impossible departure %s', (date) => {
    const parsed = parseRouteState(new URLSearchParams(`from=CNXMN&to=DEDUI&depart=${date}`));
    expect(parsed?.query.depart).toBeNull();
  });

  it('keeps 29 February of a leap year', () => {
    expect(parseRouteState(new URLSearchParams('from=CNXMN&to=DEDUI&depart=2028-02-29'))?.query.depart).toBe(
      '2028-02-29',
    );
  });

  it('never throws on garbage', () => {
    expect(() => parseRouteState(new URLSearchParams('from=%&to=%E0&teu=1e9&vot=NaN&cp=Infinity'))).not.toThrow();
  });
});
