import { MODES } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { parseRouteState } from '../views/route/route-url';
import { DEFAULT_MAP_POSITION, parseUrlState } from './url-state';
import { internalLink, WORKED_EXAMPLE_QUERY, workedExampleLink } from './worked-example';

describe('workedExampleLink', () => {
  it('is a Route planner deep link from Xiamen to Duisburg with three alternatives, in the page language', () => {
    const link = workedExampleLink('zh', DEFAULT_MAP_POSITION);
    const [search = '', hash = ''] = link.split('#');
    expect(parseUrlState(search, `#${hash}`, ['route', 'data'])).toEqual({
      view: 'route',
      lang: 'zh',
      map: DEFAULT_MAP_POSITION,
    });
    const route = parseRouteState(new URLSearchParams(search));
    expect(route?.query).toEqual(WORKED_EXAMPLE_QUERY);
    expect(route?.query).toMatchObject({ from: 'CNXMN', to: 'DEDUI', alternatives: 3 });
    // Every mode allowed: the three options are the planner's own choice (rail, sea, air for this pair).
    expect(route?.query.modes).toEqual(MODES);
    expect(route?.selected).toBe(0);
  });
});

describe('internalLink', () => {
  it('names the view of a link and hands over its query for that view to read', () => {
    const link = internalLink(workedExampleLink('en', DEFAULT_MAP_POSITION), ['data', 'route']);
    expect(link.view).toBe('route');
    expect(link.query.get('from')).toBe('CNXMN');
  });

  it('falls back to the first view for a link that names none or an unknown one', () => {
    expect(internalLink('?from=CNXMN', ['route', 'data']).view).toBe('route');
    expect(internalLink('?view=nope', ['route', 'data']).view).toBe('route');
  });
});
