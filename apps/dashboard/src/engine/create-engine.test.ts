import { createGraphCache, prepareGraph } from '@corridor/core/graph';
import type { Network } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { editedTinyDataset, TINY_DATASET_FILES } from '../test-support/tiny-dataset';
import { createEngine } from './create-engine';
import { DEFAULT_SCENARIO_ROUTES, type ScenarioAnswer } from './scenario-api';
import type { ChosenFile } from './upload/read-dataset-files';
import { type UploadProgress, uploadFraction } from './upload/upload-progress';

/** Files as the page hands them over: a path and a Blob each. */
const chosen = (files: Readonly<Record<string, string>>): ChosenFile[] =>
  Object.entries(files).map(([name, text]) => ({ path: `tiny/${name}`, file: new Blob([text]) }));

describe('createEngine', () => {
  it('serves the bundled Fujian dataset by default', () => {
    const engine = createEngine();
    const summary = engine.summary();
    expect(summary).toMatchObject({ name: 'Fujian corridors', origin: 'bundled' });
    expect(summary.counts.terminals).toBe(fujianNetwork.terminals.length);
    expect(summary.counts.services).toBe(fujianNetwork.services.length);
    expect(engine.terminals()).toHaveLength(fujianNetwork.terminals.length);
    expect(engine.services()).toHaveLength(fujianNetwork.services.length);
  });

  it('sources() returns the register, each id once; summary() counts it', () => {
    const engine = createEngine();
    const ids = engine.sources().map((source) => source.id);
    expect(engine.summary()).toMatchObject({ name: 'Fujian corridors', origin: 'bundled' });
    expect(engine.summary().counts.sources).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('networkGeoJson() computes the map data once and returns the same object after', () => {
    const engine = createEngine();
    const first = engine.networkGeoJson();
    expect(engine.networkGeoJson()).toBe(first);
    expect(first.terminals.features).toHaveLength(fujianNetwork.terminals.length);
    expect(first.serviceLegs.features.length).toBeGreaterThan(fujianNetwork.services.length);
  });

  it('draws legs of every mode the dataset has, each leg a line of at least two points', () => {
    const { serviceLegs } = createEngine().networkGeoJson();
    const modes = new Set(serviceLegs.features.map((feature) => feature.properties.mode));
    expect([...modes].sort()).toEqual(['air', 'rail', 'sea']);
    for (const feature of serviceLegs.features) expect(feature.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
  });

  it('loadFiles() switches to a valid dataset and useBundledDataset() switches back', async () => {
    const engine = createEngine();
    const bundledMap = engine.networkGeoJson();
    const result = await engine.loadFiles(chosen(TINY_DATASET_FILES));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileCount).toBe(Object.keys(TINY_DATASET_FILES).length);
    expect(result.summary).toMatchObject({ name: 'Tiny', origin: 'loaded' });
    expect(result.summary.counts).toMatchObject({ places: 4, terminals: 7 });
    expect(engine.summary()).toEqual(result.summary);
    expect(engine.terminals().map((row) => row.id)).toContain('alashankou_dostyk');
    expect(engine.sources().map((source) => source.id)).toEqual(['S1', 'X1']);
    expect(engine.summary().counts.sources).toBe(2);

    const restored = engine.useBundledDataset();
    expect(restored).toMatchObject({ name: 'Fujian corridors', origin: 'bundled' });
    expect(engine.networkGeoJson()).toBe(bundledMap); // kept in memory, not recomputed
  });

  it('loadFiles() tells its progress: bytes read, each file parsed, the checks across files, then the opening', async () => {
    const heard: UploadProgress[] = [];
    const result = await createEngine().loadFiles(chosen(TINY_DATASET_FILES), (progress) => heard.push(progress));
    expect(result.ok).toBe(true);
    const steps = heard.map((progress) => progress.step);
    expect(steps[0]).toBe('reading');
    expect(steps.at(-1)).toBe('opening');
    expect(steps.indexOf('checking')).toBeGreaterThan(steps.lastIndexOf('reading'));
    const totalBytes = Object.values(TINY_DATASET_FILES).reduce((sum, text) => sum + new Blob([text]).size, 0);
    expect(heard.filter((p) => p.step === 'reading').at(-1)).toEqual({
      step: 'reading',
      doneBytes: totalBytes,
      totalBytes,
    });
    const parsed = heard.flatMap((p) => (p.step === 'checking' && p.file !== null ? [p.file] : []));
    expect(parsed).toContain('places.csv');
    expect(heard).toContainEqual(expect.objectContaining({ step: 'checking', file: null }));
    const fractions = heard.map(uploadFraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
  });

  it('loadFiles() refuses files that are not UTF-8 before parsing anything, and keeps the dataset', async () => {
    const engine = createEngine();
    const heard: UploadProgress[] = [];
    const result = await engine.loadFiles(
      [{ path: 'places.csv', file: new Blob([new Uint8Array([0xcf, 0xc3])]) }],
      (progress) => heard.push(progress),
    );
    expect(result).toEqual({ ok: false, problems: [{ kind: 'not-utf8', file: 'places.csv' }] });
    expect(heard.every((progress) => progress.step === 'reading')).toBe(true);
    expect(engine.summary().name).toBe('Fujian corridors');
  });

  it('loadFiles() returns every problem and keeps the current dataset when the files are invalid', async () => {
    const engine = createEngine();
    const broken = editedTinyDataset('places.csv', (text) => text.replace('118.089,24.480', '118.089,95'));
    const terminalsCsv = broken['terminals.csv'] ?? '';
    broken['terminals.csv'] = terminalsCsv.replace('xmn_port,seaport', 'xmn_port,harbour');
    const result = await engine.loadFiles(chosen(broken));
    if (result.ok || !('issues' in result)) throw new Error('the broken files were not refused with issues');
    expect(result.issues).toContainEqual(
      expect.objectContaining({ file: 'places.csv', row: 2, field: 'lat', value: '95' }),
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ file: 'terminals.csv', field: 'kind' }));
    expect(engine.summary().name).toBe('Fujian corridors');
  });

  it('loadFiles() reports garbage and missing files as issues instead of throwing', async () => {
    const result = await createEngine().loadFiles(chosen({ 'places.csv': '\u0000\uFFFD,,,"', 'photo.jpg': 'ÿØÿà' }));
    if (result.ok || !('issues' in result)) throw new Error('the garbage was not refused with issues');
    const files = result.issues.map((issue) => issue.file);
    expect(files).toContain('dataset.json');
    expect(files).toContain('photo.jpg');
  });

  it('searchEndpoints() finds places and terminals by code and name, never border crossings, at most a dozen', () => {
    const engine = createEngine();
    expect(engine.searchEndpoints('xmn')[0]).toMatchObject({ id: 'CNXMN', nameEn: 'Xiamen', nameZh: '厦门' });
    expect(engine.searchEndpoints('杜伊斯堡')[0]?.id).toBe('DEDUI');
    expect(engine.searchEndpoints('alashankou').map((option) => option.id)).not.toContain('alashankou_dostyk');
    expect(engine.searchEndpoints('').length).toBe(12);
    expect(engine.searchEndpoints('')[0]?.kind).toBe('place');
    const airport = engine.searchEndpoints('airport').find((option) => option.codes.length > 1);
    expect(airport?.codes[0]).toBe(airport?.id);
  });

  it('endpoint() names an endpoint by id, and gives null for a border crossing or an unknown id', () => {
    const engine = createEngine();
    expect(engine.endpoint('CNXMN')).toMatchObject({ kind: 'place', nameEn: 'Xiamen' });
    expect(engine.endpoint('alashankou_dostyk')).toBeNull();
    expect(engine.endpoint('Atlantis')).toBeNull();
  });

  it('route() answers Xiamen → Duisburg with alternatives, all plain data', () => {
    const answer = createEngine().route({
      from: 'Xiamen',
      to: 'Duisburg',
      teu: 2,
      objective: 'balanced',
      alternatives: 3,
    });
    expect(answer.ok).toBe(true);
    if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
    expect(answer.answer.itineraries.length).toBeGreaterThanOrEqual(2);
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(structuredClone(answer)).toEqual(answer);
    const first = answer.answer.itineraries[0];
    expect(first?.legs[0]?.from.id).toBe('CNXMN');
    expect(first?.legs.at(-1)?.to.id).toBe('DEDUI');
  });

  it('route() uses the costing given: a high value of time makes the balanced route faster', () => {
    const engine = createEngine();
    const query = { from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced' } as const;
    const days = (valueOfTimeUsdPerTeuDay: number): number => {
      const answer = engine.route(query, { valueOfTimeUsdPerTeuDay, carbonPriceUsdPerTonne: 0 });
      if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
      return answer.answer.itineraries[0]?.totals.durationHours ?? Number.NaN;
    };
    expect(days(5000)).toBeLessThanOrEqual(days(0));
  });

  it('pareto() returns at least two non-dominated itineraries, fastest first', () => {
    const answer = createEngine().pareto({ from: 'Xiamen', to: 'Duisburg', teu: 2 });
    if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
    const hours = answer.answer.itineraries.map((itinerary) => itinerary.totals.durationHours);
    expect(hours.length).toBeGreaterThanOrEqual(2);
    expect([...hours].sort((a, b) => a - b)).toEqual(hours);
  });

  it('route() reports a bad query as an error with its code instead of throwing', () => {
    const answer = createEngine().route({ from: 'Atlantis', to: 'Duisburg' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('unknown-reference');
    expect(answer.error.issues).toContainEqual(expect.objectContaining({ field: 'from', value: 'Atlantis' }));
  });

  it('route() gives a reason and a relaxation when the constraints cut every path', () => {
    const answer = createEngine().route({
      from: 'Xiamen',
      to: 'Duisburg',
      modes: ['sea'],
      avoidPassages: ['suez'],
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect('noRoute' in answer.answer || 'itineraries' in answer.answer).toBe(true);
  });

  it('routes on a loaded dataset too', async () => {
    const engine = createEngine();
    await engine.loadFiles(chosen(TINY_DATASET_FILES));
    expect(engine.searchEndpoints('').map((option) => option.id)).toContain('urumqi');
    expect(engine.endpoint('DEDUI')).toBeNull();
  });
});

describe('createEngine graph builds', () => {
  it('compiles the base graph once for a session that asks a route, an assignment and a scenario', () => {
    const builds: string[] = [];
    const graphs = createGraphCache({
      build: (network, infrastructure, avoid) => {
        builds.push(`${network === fujianNetwork ? 'base' : 'scenario'}:${[...avoid].sort().join(',')}`);
        return prepareGraph(network, infrastructure, avoid);
      },
    });
    const engine = createEngine(fujianNetwork, graphs);
    expect(engine.route({ from: 'Xiamen', to: 'Duisburg', objective: 'balanced' }).ok).toBe(true);
    const base = graphs.prepared(fujianNetwork);
    expect(graphs.size).toBe(1);
    expect(engine.assign('aon').ok).toBe(true);
    const run = engine.runScenario(
      { preset: 'malaszewicze-congestion' },
      { assignment: true, routes: [{ from: 'CNXMN', to: 'DEDUI', mode: 'rail' }] },
    );
    expect(run.ok).toBe(true);
    // The base graph once, shared by the route, the assignment and the scenario's base side (read from the
    // bundled dataset, never built); the scenario's own network (a graph of its own, for that run) is compiled
    // once at most.
    expect(graphs.prepared(fujianNetwork)).toBe(base);
    expect(builds.filter((build) => build.startsWith('base:'))).toEqual([]);
    expect(builds.filter((build) => build !== 'base:').length).toBeLessThanOrEqual(1);
    expect(graphs.size).toBeLessThanOrEqual(2);
  });

  it('passes the balanced weights per query on the same compiled graph', () => {
    const builds: Network[] = [];
    const graphs = createGraphCache({
      build: (network, infrastructure, avoid) => {
        builds.push(network);
        return prepareGraph(network, infrastructure, avoid);
      },
    });
    const engine = createEngine(fujianNetwork, graphs);
    const base = graphs.prepared(fujianNetwork);
    const query = { from: 'Xiamen', to: 'Duisburg', teu: 2, objective: 'balanced' } as const;
    const balancedUsd = (valueOfTimeUsdPerTeuDay: number, carbonPriceUsdPerTonne: number): number => {
      const answer = engine.route(query, { valueOfTimeUsdPerTeuDay, carbonPriceUsdPerTonne });
      if (!answer.ok || !('itineraries' in answer.answer)) throw new Error('expected itineraries');
      return answer.answer.itineraries[0]?.objectiveValue ?? Number.NaN;
    };
    const cheap = balancedUsd(0, 0);
    const dear = balancedUsd(2000, 500);
    engine.pareto(query, { valueOfTimeUsdPerTeuDay: 10, carbonPriceUsdPerTonne: 5 });
    engine.route({ ...query, objective: 'time' });
    expect(dear).toBeGreaterThan(cheap);
    expect(balancedUsd(0, 0)).toBe(cheap);
    // One graph throughout: the bundled dataset's, read once, never built.
    expect(builds).toEqual([]);
    expect(graphs.size).toBe(1);
    expect(graphs.prepared(fujianNetwork)).toBe(base);
  });
});

describe('createEngine preparations ahead of the click', () => {
  /** An engine whose preparation steps wait in `tasks` until the test runs them, as behind queued messages. */
  function preparingEngine() {
    const builds: string[] = [];
    const graphs = createGraphCache({
      build: (network, infrastructure, avoid) => {
        builds.push([...avoid].sort().join(','));
        return prepareGraph(network, infrastructure, avoid);
      },
    });
    const tasks: (() => void)[] = [];
    const engine = createEngine(fujianNetwork, graphs, (task) => tasks.push(task));
    const runAll = () => {
      while (tasks.length > 0) tasks.shift()?.();
    };
    return { engine, builds, tasks, runAll };
  }
  const withAssignment = { assignment: true, routes: DEFAULT_SCENARIO_ROUTES };
  const withoutTime = (answer: ScenarioAnswer) => {
    if (!answer.ok) throw new Error(answer.error.message);
    const { elapsedMs: _, ...run } = answer.run;
    return run;
  };

  it('does not run a superseded preset’s preparation: Suez picked before the Red Sea’s steps start builds Suez’s graphs only', async () => {
    const { engine, builds, runAll } = preparingEngine();
    const redSea = engine.prepareScenario('red-sea-closure', withAssignment);
    const suez = engine.prepareScenario('suez-closure', withAssignment);
    await redSea;
    runAll();
    await suez;
    expect(builds.filter((avoid) => avoid !== '').every((avoid) => avoid === 'suez')).toBe(true);
    expect(builds).not.toContain('bab-el-mandeb,suez');
  });

  it('answers a run asked mid-preparation first, with the same run as an engine that prepared nothing; the rest of the preparation then finds it kept', async () => {
    const { engine, tasks, runAll } = preparingEngine();
    void engine.prepareAssignment('equilibrium');
    const prepared = engine.prepareScenario('red-sea-closure', withAssignment);
    // The base assignment ran, the scenario's graphs not yet: the click comes now.
    tasks.shift()?.();
    const click = engine.runScenario({ preset: 'red-sea-closure' }, withAssignment);
    runAll();
    await prepared;
    const fresh = createEngine().runScenario({ preset: 'red-sea-closure' }, withAssignment);
    expect(withoutTime(click)).toEqual(withoutTime(fresh));
    const again = engine.runScenario({ preset: 'red-sea-closure' }, withAssignment);
    expect(again.ok && click.ok && again.run.routes).toBe(click.ok && click.run.routes);
  });

  it('drops the preparations not started when another dataset becomes the current one', async () => {
    const { engine, builds, runAll } = preparingEngine();
    const prepared = engine.prepareScenario('red-sea-closure', withAssignment);
    await engine.loadFiles(chosen(TINY_DATASET_FILES));
    await prepared;
    runAll();
    expect(engine.summary().origin).toBe('loaded');
    expect(builds).not.toContain('bab-el-mandeb,suez');
  });
});
