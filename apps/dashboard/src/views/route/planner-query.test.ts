import { describe, expect, it } from 'vitest';
import { DEFAULT_PLANNER_QUERY, toRouteQuery } from './planner-query';
import { parseRouteState, writeRouteState } from './route-url';

describe('the planner query', () => {
  it('toRouteQuery() sends an FEU as two TEU and a via only when one is given', () => {
    const base = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 3 };
    expect(toRouteQuery({ ...base, sizeUnit: 'feu' })).toMatchObject({ teu: 6 });
    expect(toRouteQuery({ ...base, sizeUnit: 'teu' })).toMatchObject({ teu: 3 });
    expect(toRouteQuery(base)).not.toHaveProperty('via');
    expect(toRouteQuery({ ...base, via: 'Chongqing' })).toMatchObject({ via: 'Chongqing' });
  });

  it('keeps the via and an FEU size in the URL, and reads them back', () => {
    const query = {
      ...DEFAULT_PLANNER_QUERY,
      from: 'CNXMN',
      to: 'DEDUI',
      via: 'CNCKG',
      sizeUnit: 'feu' as const,
      size: 2,
    };
    const params = new URLSearchParams();
    writeRouteState(params, { query, selected: 0 });
    expect(params.get('via')).toBe('CNCKG');
    expect(params.get('feu')).toBe('2');
    expect(params.has('teu')).toBe(false);
    expect(parseRouteState(params)?.query).toEqual(query);
  });

  it('drops an FEU size above half the TEU limit from the URL', () => {
    expect(parseRouteState(new URLSearchParams('from=a&to=b&feu=1e9'))?.query).toMatchObject({
      sizeUnit: 'teu',
      size: DEFAULT_PLANNER_QUERY.size,
    });
  });

  it('toRouteQuery() sends a reefer container, and leaves dry out so a dry query is the request it was', () => {
    const base = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI' };
    expect(toRouteQuery({ ...base, container: 'reefer' })).toMatchObject({ container: 'reefer' });
    expect(toRouteQuery(base)).not.toHaveProperty('container');
  });

  it('keeps a reefer container in the URL as box=reefer, and reads an unknown box as dry', () => {
    const query = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', container: 'reefer' as const };
    const params = new URLSearchParams();
    writeRouteState(params, { query, selected: 0 });
    expect(params.get('box')).toBe('reefer');
    expect(parseRouteState(params)?.query).toEqual(query);
    const dry = new URLSearchParams();
    writeRouteState(dry, { query: { ...query, container: 'dry' }, selected: 0 });
    expect(dry.has('box')).toBe(false);
    expect(parseRouteState(new URLSearchParams('from=a&to=b&box=frozen'))?.query.container).toBe('dry');
  });
});
