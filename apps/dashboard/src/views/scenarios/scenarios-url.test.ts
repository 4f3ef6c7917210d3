import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_POSITION, serializeUrlState, type UrlState } from '../../url/url-state';
import { parseScenarioRoutes, parseScenariosState, type ScenariosUrlState, writeScenariosState } from './scenarios-url';

const read = (query: string) => parseScenariosState(new URLSearchParams(query));
const urlOf = (shell: Omit<UrlState, 'map'>, state: ScenariosUrlState | null) =>
  serializeUrlState({ ...shell, map: DEFAULT_MAP_POSITION }, (query) => {
    if (state !== null) writeScenariosState(query, state);
  });

describe('the Scenarios view in the URL', () => {
  it('reads a preset or user scenario and the assign toggle, and writes them back after the view and language', () => {
    const user = read('view=scenarios&scenario=user:close-malaszewicze&assign=1');
    expect(user).toEqual({ scenario: 'user:close-malaszewicze', assign: true });
    expect(urlOf({ view: 'scenarios', lang: 'en' }, user)).toBe(
      '?view=scenarios&lang=en&scenario=user%3Aclose-malaszewicze&assign=1#map=4.00/24.5000/119.5000',
    );
    const preset = read('view=scenarios&scenario=red-sea-closure&assign=yes');
    expect(preset).toEqual({ scenario: 'red-sea-closure', assign: false });
    expect(urlOf({ view: 'scenarios', lang: null }, preset)).toBe(
      '?view=scenarios&scenario=red-sea-closure#map=4.00/24.5000/119.5000',
    );
  });

  it('reads and writes the chosen routes as od, place ids with an optional mode', () => {
    const state = read('view=scenarios&scenario=red-sea-closure&od=CNXMN:NLRTM:sea,chengdu:SGSIN');
    expect(state?.routes).toEqual([
      { from: 'CNXMN', to: 'NLRTM', mode: 'sea' },
      { from: 'chengdu', to: 'SGSIN', mode: null },
    ]);
    expect(urlOf({ view: 'scenarios', lang: null }, state)).toBe(
      '?view=scenarios&scenario=red-sea-closure&od=CNXMN%3ANLRTM%3Asea%2Cchengdu%3ASGSIN#map=4.00/24.5000/119.5000',
    );
    expect(parseScenarioRoutes('')).toEqual([]);
  });

  it('drops od that is malformed, names an unknown mode or has too many pairs, keeping the scenario', () => {
    for (const od of ['CNXMN', 'CNXMN:NLRTM:boat', 'CNXMN:NLRTM:sea:x', 'a b:c', Array(11).fill('A:B').join(',')]) {
      expect(parseScenarioRoutes(od)).toBeNull();
      expect(read(`view=scenarios&scenario=suez-closure&od=${encodeURIComponent(od)}`)).toEqual({
        scenario: 'suez-closure',
        assign: false,
      });
    }
  });

  it('drops a scenario key an id never has, and leaves the URL alone without one', () => {
    expect(read('scenario=<script>')).toBeNull();
    expect(read('scenario=user:')).toBeNull();
    expect(read(`scenario=${'x'.repeat(101)}`)).toBeNull();
    expect(read('assign=1')).toBeNull();
    expect(read('view=scenarios&assign=1')).toBeNull();
  });
});
