import { createGraphCache } from '@corridor/core/graph';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { errorText } from '../shared/error-text';
import { createEngine } from './create-engine';
import { openDataset } from './open-dataset';
import { DEFAULT_SCENARIO_ROUTES } from './scenario-api';
import { createScenarioEngine, deltaLegs } from './scenario-engine';
import type { FlowFeatureProperties, FlowMapData } from './utilization-api';

function leg(id: string, flowPerWeek: number): FlowMapData['legs']['features'][number] {
  const properties: FlowFeatureProperties = {
    id,
    kind: 'service-leg',
    mode: 'sea',
    unit: 'teu',
    nameEn: id,
    nameZh: id,
    flowPerWeek,
    backgroundPerWeek: 0,
    capacityPerWeek: null,
    utilization: null,
  };
  return {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
    properties,
  };
}

function map(...legs: FlowMapData['legs']['features']): FlowMapData {
  return { legs: { type: 'FeatureCollection', features: legs }, nodes: { type: 'FeatureCollection', features: [] } };
}

describe('deltaLegs', () => {
  it('keeps legs whose flow changed, grew or shrank, smallest change first; a missing leg counts as zero', () => {
    const out = deltaLegs(map(leg('a', 10), leg('b', 5), leg('c', 3)), map(leg('a', 10), leg('b', 8), leg('d', 1)));
    expect(out.map((f) => [f.properties.id, f.properties.delta, f.properties.change])).toEqual([
      ['d', 1, 'grew'],
      ['b', 3, 'grew'],
      ['c', -3, 'shrank'],
    ]);
  });

  it('draws a re-routed leg as its old path shrinking to zero and its new path growing, not as one shrinking leg', () => {
    const viaSuez = leg('s', 100);
    const viaCape = {
      ...leg('s', 80),
      geometry: {
        type: 'LineString' as const,
        coordinates: [
          [0, 0],
          [0, -2],
          [1, 1],
        ],
      },
    };
    const out = deltaLegs(map(viaSuez), map(viaCape));
    expect(out.map((f) => [f.properties.id, f.properties.before, f.properties.after, f.properties.change])).toEqual([
      ['s:after', 0, 80, 'grew'],
      ['s:before', 100, 0, 'shrank'],
    ]);
    expect(out.find((f) => f.properties.id === 's:after')?.geometry).toBe(viaCape.geometry);
  });
});

describe('the engine’s scenario methods', () => {
  const engine = createEngine();

  it('lists the presets with their names and sources', () => {
    const presets = engine.scenarios();
    const red = presets.find((p) => p.id === 'red-sea-closure');
    expect(red?.nameZh.length).toBeGreaterThan(0);
    expect(red?.sources.length).toBeGreaterThan(0);
  });

  it('runs red-sea-closure: Xiamen → Rotterdam takes longer, plain and cloneable, with a delta map', () => {
    const answer = engine.runScenario({ preset: 'red-sea-closure' }, { assignment: true });
    if (!answer.ok) throw new Error(answer.error.message);
    const { run } = answer;
    expect(() => structuredClone(run)).not.toThrow();
    expect(run.routes).toHaveLength(5);
    const rtm = run.routes[0];
    if (rtm === undefined || 'noRoute' in rtm.before || 'noRoute' in rtm.after) throw new Error('no route');
    expect(rtm.after.totals.durationHours).toBeGreaterThan(rtm.before.totals.durationHours);
    expect(run.summary.join(' ')).toMatch(/now via (.+, )?the Cape of Good Hope/);
    expect(run.summaryZh[0]).toMatch(/^厦门 → 鹿特丹（海运）：.*改经(.+、)?好望角$/);
    expect(run.routes[0]?.toZh).toBe('鹿特丹');
    const assignment = run.assignment;
    expect(assignment?.modeShares.length).toBeGreaterThan(0);
    // Corridors say what they count: the charts never put TEU and tonnes on one axis.
    expect(new Set(assignment?.corridors.map((c) => c.unit))).toEqual(new Set(['teu', 'tonnes']));
    const changes = new Set(assignment?.deltaLegs.features.map((f) => f.properties.change));
    expect(changes).toEqual(new Set(['grew', 'shrank']));
  });

  it('runs malaszewicze-congestion: Brest / Małaszewicze fills up at half its capacity, its other trains kept', () => {
    const answer = engine.runScenario({ preset: 'malaszewicze-congestion' }, { assignment: true });
    if (!answer.ok) throw new Error(answer.error.message);
    const brest = answer.run.assignment?.utilization.find((s) => s.id === 'border-crossing:brest_malaszewicze');
    expect(brest?.after).toBeGreaterThan(brest?.before ?? Number.POSITIVE_INFINITY);
    const { before, after } = brest?.terms ?? {};
    expect(after?.backgroundPerWeek).toBe(before?.backgroundPerWeek);
    expect(after?.capacityPerWeek).toBeCloseTo((before?.capacityPerWeek ?? 0) / 2, 6);
    expect(answer.run.summary.join('\n')).toMatch(/Xiamen → Duisburg by rail: \+\d+\.\d days/);
  });

  it('compares the routes asked for, by id, held to a mode or not', () => {
    const answer = engine.runScenario(
      { preset: 'red-sea-closure' },
      {
        assignment: false,
        routes: [
          { from: 'CNFOC', to: 'NLRTM', mode: 'sea' },
          { from: 'CNXMN', to: 'DEDUI', mode: null },
        ],
      },
    );
    if (!answer.ok) throw new Error(answer.error.message);
    const [sea, any] = answer.run.routes;
    expect([sea?.fromEn, sea?.toEn, sea?.fromZh]).toEqual(['Fuzhou', 'Rotterdam', '福州']);
    expect(sea?.modes).toEqual(['sea', 'road']);
    expect(any?.modes).toBeNull();
    expect(answer.run.summary.join('\n')).toContain('Fuzhou → Rotterdam');
  });

  it('refuses a route naming an unknown place, or the same place twice, naming the route', () => {
    const unknown = engine.runScenario(
      { preset: 'red-sea-closure' },
      { assignment: false, routes: [{ from: 'CNXMN', to: 'atlantis', mode: null }] },
    );
    expect(unknown.ok).toBe(false);
    // The engine checks the routes, naming each by its index and field.
    if (!unknown.ok) expect(unknown.error.issues[0]).toMatchObject({ field: 'routes[0].to', value: 'atlantis' });
    const same = engine.runScenario(
      { preset: 'red-sea-closure' },
      { assignment: false, routes: [{ from: 'CNXMN', to: 'CNXMN', mode: null }] },
    );
    if (!same.ok) {
      expect(same.error.issues[0]).toMatchObject({ field: 'routes[0].to', message: 'the destination is the origin' });
    }
    expect(same.ok).toBe(false);
  });

  it('refuses an unknown scenario as data', () => {
    const answer = engine.runScenario({ preset: 'nope' }, { assignment: false });
    expect(answer.ok).toBe(false);
  });

  const user = {
    id: 'mine',
    nameEn: 'Close Małaszewicze',
    nameZh: '关闭马拉舍维奇',
    description: 'Built in the form.',
    edits: [{ kind: 'close-border-crossing', terminal: 'brest_malaszewicze' }],
    sources: [],
  };

  it('runs an unsourced user scenario: trains through Małaszewicze are suspended', () => {
    const answer = engine.runScenario({ scenario: JSON.stringify(user) }, { assignment: false });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.run.scenarioId).toBe('mine');
    expect(answer.run.suspended.length).toBeGreaterThan(0);
    expect(answer.run.suspended.every((s) => s.reason.length > 0)).toBe(true);
  });

  it('answers every problem of an invalid user scenario, naming it, and never throws', () => {
    const bad = {
      ...user,
      edits: [
        { kind: 'close-border-crossing', terminal: 'xiamen' },
        { kind: 'scale-demand', factor: -1 },
      ],
    };
    const answer = engine.runScenario({ scenario: JSON.stringify(bad) }, { assignment: false });
    if (answer.ok) throw new Error('accepted');
    expect(answer.error.code).toBe('invalid-input');
    expect(errorText(answer.error)).toContain('user scenario "mine"');
    expect(errorText(answer.error)).toContain('/edits/1/factor');
    const garbled = engine.runScenario({ scenario: '{ nope' }, { assignment: false });
    expect(garbled.ok).toBe(false);
    expect(engine.checkScenario(JSON.stringify(bad))).toEqual(answer.error);
    expect(engine.checkScenario(JSON.stringify(user))).toBeNull();
  });

  it('gives every preset back as its scenarios.json entry, which checks as a user scenario and runs the same', () => {
    for (const preset of engine.scenarios()) {
      const entry = engine.presetEntry(preset.id);
      expect(entry?.sources).toEqual(preset.sources);
      const answer = engine.runScenario({ scenario: JSON.stringify(entry) }, { assignment: false });
      if (!answer.ok) throw new Error(answer.error.message);
      const direct = engine.runScenario({ preset: preset.id }, { assignment: false });
      if (!direct.ok) throw new Error(direct.error.message);
      expect(answer.run.summary).toEqual(direct.run.summary);
    }
    expect(engine.presetEntry('nope')).toBeNull();
  });

  it('offers the pickers from the network: crossings apart from terminals, sorted by id', () => {
    const choices = engine.scenarioChoices();
    expect(choices.borderCrossings.map((c) => c.id)).toContain('brest_malaszewicze');
    expect(choices.terminals.map((c) => c.id)).not.toContain('brest_malaszewicze');
    const ids = choices.services.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(choices.passages).toContain('suez');
    expect(choices.regions).toContain('eu');
  });
});

describe('preset runs prepared ahead', () => {
  /** The bundled dataset, its engine's comparisons counted. */
  function countedDataset() {
    const dataset = openDataset(fujianNetwork, 'bundled', createGraphCache());
    const compared: string[] = [];
    const engine: typeof dataset.engine = {
      ...dataset.engine,
      compareScenario: (...args) => {
        compared.push(typeof args[0] === 'string' ? args[0] : 'user');
        return dataset.engine.compareScenario(...args);
      },
    };
    return { dataset: { ...dataset, engine }, compared };
  }
  const options = { assignment: true, routes: DEFAULT_SCENARIO_ROUTES };

  it('prepares the graphs, then the assignment, then the run itself, which the click then gets without comparing again, the same as unprepared', () => {
    const { dataset, compared } = countedDataset();
    const scenarios = createScenarioEngine();
    const steps = scenarios.preparationSteps(dataset, 'red-sea-closure', options);
    expect(steps).toHaveLength(3);
    for (const step of steps) step();
    expect(compared).toEqual(['red-sea-closure']);
    const click = scenarios.runScenario(dataset, { preset: 'red-sea-closure' }, options);
    expect(compared).toEqual(['red-sea-closure']);
    const unprepared = createScenarioEngine().runScenario(
      countedDataset().dataset,
      { preset: 'red-sea-closure' },
      options,
    );
    if (!click.ok || !unprepared.ok) throw new Error('expected both runs');
    expect({ ...click.run, elapsedMs: 0 }).toEqual({ ...unprepared.run, elapsedMs: 0 });
  });

  it('prepares no assignment for a run without one, and keeps runs apart by their options', () => {
    const { dataset, compared } = countedDataset();
    const scenarios = createScenarioEngine();
    const steps = scenarios.preparationSteps(dataset, 'red-sea-closure', { assignment: false });
    expect(steps).toHaveLength(2);
    for (const step of steps) step();
    const plain = scenarios.runScenario(dataset, { preset: 'red-sea-closure' }, { assignment: false });
    expect(plain.ok && plain.run.assignment).toBeNull();
    const assigned = scenarios.runScenario(dataset, { preset: 'red-sea-closure' }, options);
    expect(assigned.ok && assigned.run.assignment).not.toBeNull();
    expect(compared).toEqual(['red-sea-closure', 'red-sea-closure']);
  });

  it('keeps no user scenario’s run (it is applied afresh each time)', () => {
    const { dataset, compared } = countedDataset();
    const scenarios = createScenarioEngine();
    const entry = JSON.stringify({
      id: 'mine',
      nameEn: 'Mine',
      description: 'A test.',
      edits: [{ kind: 'close-passage', passage: 'suez' }],
    });
    scenarios.runScenario(dataset, { scenario: entry }, { assignment: false });
    scenarios.runScenario(dataset, { scenario: entry }, { assignment: false });
    expect(compared).toEqual(['user', 'user']);
  });
});
