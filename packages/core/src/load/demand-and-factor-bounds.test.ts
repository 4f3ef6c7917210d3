// Regression (issue 15): on main a demand of 1e300 TEU or a scenario factor of 1e308 or 1e-320 loaded, and the
// assignment printed `USD NaN/wk`, `NaN %` and `Infinity %`. The inputs are now bounded where they are read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { CorridorError } from '../model/corridor-error.js';
import { MAX_DEMAND_TEU_PER_WEEK, MAX_DEMAND_TONNES_PER_WEEK } from '../model/flow-limits.js';
import { parseScenario } from './check-scenarios.js';
import { loadNetwork } from './load-network.js';

const malformed = new URL('../../../../test/fixtures/malformed/output/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, malformed), 'utf8');

function issuesOf(load: () => unknown) {
  try {
    load();
  } catch (error) {
    if (error instanceof CorridorError) return error.issues;
    throw error;
  }
  return [];
}

const withDemand = (rows: string) => ({
  ...tinyDataset,
  'demand.csv': `from,to,cargo,teu_per_week,tonnes_per_week,basis,sources\n${rows}\n`,
});

describe('demand.csv bounds', () => {
  it('refuses a demand of 1e300 TEU per week, naming the row, the field and the bound', () => {
    const issues = issuesOf(() => loadNetwork(withDemand('CNXMN,SGSIN,container,1e300,,too much,X1')));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'demand.csv', row: 2, field: 'teu_per_week', value: '1e300' });
    expect(issues[0]?.message).toContain(String(MAX_DEMAND_TEU_PER_WEEK));
  });

  it('refuses air cargo over the bound in tonnes per week', () => {
    const issues = issuesOf(() =>
      loadNetwork(withDemand(`CNXMN,SGSIN,air-cargo,,${MAX_DEMAND_TONNES_PER_WEEK + 1},x,X1`)),
    );
    expect(issues[0]).toMatchObject({ field: 'tonnes_per_week' });
  });

  it('accepts a demand exactly at the bound', () => {
    expect(() =>
      loadNetwork(withDemand(`CNXMN,SGSIN,container,${MAX_DEMAND_TEU_PER_WEEK},,at the bound,X1`)),
    ).not.toThrow();
  });

  it('refuses the malformed fixtures demand-teu-1e300.csv and demand-teu-over-bound.csv', () => {
    for (const name of ['demand-teu-1e300.csv', 'demand-teu-over-bound.csv']) {
      const rows = fixture(name).trim().split('\n').slice(1).join('\n').replace('IDJKT', 'SGSIN').replace('F01', 'X1');
      expect(issuesOf(() => loadNetwork(withDemand(rows))).map((issue) => issue.field)).toEqual(['teu_per_week']);
    }
  });
});

describe('scenario factor bounds', () => {
  it.each(['scenario-factor-1e308.json', 'scenario-factor-1e-320.json'])(
    'refuses %s, naming the factor and the documented range',
    (name) => {
      const issues = issuesOf(() => parseScenario(fixture(name), fujianNetwork, name, { allowUnsourced: true }));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ pointer: '/edits/0/factor' });
      expect(issues[0]?.message).toContain('between 0.001 and 1000');
    },
  );

  it('refuses a tariff factor and a demand factor above 1000', () => {
    const scenario = (edit: object) =>
      JSON.stringify({ id: 'x', nameEn: 'X', nameZh: 'X', description: 'x', edits: [edit], sources: [] });
    const tariff = { kind: 'set-tariff', service: fujianNetwork.services[0]?.id, factor: 1e4 };
    const demand = { kind: 'scale-demand', factor: 1e4 };
    expect(
      issuesOf(() => parseScenario(scenario(tariff), fujianNetwork, 'x.json', { allowUnsourced: true })),
    ).toHaveLength(1);
    expect(
      issuesOf(() => parseScenario(scenario(demand), fujianNetwork, 'x.json', { allowUnsourced: true })),
    ).toHaveLength(1);
  });

  it.each([
    { kind: 'add-delay', terminal: 'brest_malaszewicze', hours: 1e308 },
    { kind: 'set-tariff', service: 'srm-emirates-wafa', usdPerTeu: 1e308 },
    { kind: 'set-tariff', service: 'srm-emirates-wafa', usdPerTonne: 1e308 },
    { kind: 'set-emission-factor', vehicle: 'truck', gPerTonneKm: 1e308 },
  ])('refuses $kind with a figure of 1e308', (edit) => {
    const text = JSON.stringify({ id: 'x', nameEn: 'X', nameZh: 'X', description: 'x', edits: [edit], sources: [] });
    const issues = issuesOf(() => parseScenario(text, fujianNetwork, 'x.json', { allowUnsourced: true }));
    expect(issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/^must be at most /)]);
  });

  it('accepts factors at both ends of the range', () => {
    const edits = [
      { kind: 'scale-capacity', target: 'brest_malaszewicze', factor: 0.001 },
      { kind: 'scale-capacity', target: 'alashankou_dostyk', factor: 1000 },
    ];
    const text = JSON.stringify({ id: 'x', nameEn: 'X', nameZh: 'X', description: 'x', edits, sources: [] });
    expect(issuesOf(() => parseScenario(text, fujianNetwork, 'x.json', { allowUnsourced: true }))).toEqual([]);
  });
});
