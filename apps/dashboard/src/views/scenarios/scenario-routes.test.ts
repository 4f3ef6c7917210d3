import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO_ROUTES, MAX_SCENARIO_ROUTES, type ScenarioRoute } from '../../engine/scenario-api';
import { isDefaultRoutes, sameRoutes, withRoute } from './scenario-routes';

const pair = (from: string, to: string, mode: ScenarioRoute['mode'] = null): ScenarioRoute => ({ from, to, mode });

describe('withRoute()', () => {
  it('adds a pair at the end without changing the list it was given', () => {
    const list = [pair('CNXMN', 'NLRTM', 'sea')];
    const added = withRoute(list, pair('CNFOC', 'DEHAM', 'rail'));
    expect(added).toEqual({ routes: [pair('CNXMN', 'NLRTM', 'sea'), pair('CNFOC', 'DEHAM', 'rail')] });
    expect(list).toHaveLength(1);
  });

  it('refuses the same place at both ends, a pair already there with its mode, and a full list', () => {
    expect(withRoute([], pair('CNXMN', 'CNXMN'))).toEqual({ problem: 'same' });
    expect(withRoute([pair('CNXMN', 'NLRTM', 'sea')], pair('CNXMN', 'NLRTM', 'sea'))).toEqual({ problem: 'duplicate' });
    expect(withRoute([pair('CNXMN', 'NLRTM', 'sea')], pair('CNXMN', 'NLRTM', 'rail'))).toHaveProperty('routes');
    const full = Array.from({ length: MAX_SCENARIO_ROUTES }, (_, k) => pair(`P${k}`, 'NLRTM'));
    expect(withRoute(full, pair('CNXMN', 'NLRTM'))).toEqual({ problem: 'full' });
  });
});

describe('sameRoutes() and isDefaultRoutes()', () => {
  it('compare pairs, modes and order', () => {
    expect(isDefaultRoutes([...DEFAULT_SCENARIO_ROUTES])).toBe(true);
    expect(isDefaultRoutes([...DEFAULT_SCENARIO_ROUTES].reverse())).toBe(false);
    expect(sameRoutes([pair('A', 'B', 'sea')], [pair('A', 'B', null)])).toBe(false);
    expect(sameRoutes([], [])).toBe(true);
  });
});
