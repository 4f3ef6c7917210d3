import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import { createGraphCache } from '../graph/graph-cache.js';
import { prepareGraph } from '../graph/prepare-graph.js';
import { CorridorError } from '../model/corridor-error.js';
import { createRouter } from '../routing/create-router.js';
import type { ScenarioComparison } from '../scenario/compare-scenario.js';
import { answerJson } from './answer-json.js';
import { createEngine } from './create-engine.js';
import { errorBody } from './error-body.js';
import type { RouteAnswer } from './route-answer.js';

const engine = createEngine(fujianNetwork);

/** The error a call throws, as the engine's error shape. */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CorridorError);
    return errorBody(error);
  }
  throw new Error('expected the call to fail');
}

/** A graph cache that records the closures of every graph it builds (`''` for none), in order. */
function recordingGraphCache() {
  const builds: string[] = [];
  const graphs = createGraphCache({
    build: (network, infrastructure, avoid) => {
      builds.push([...avoid].sort().join(','));
      return prepareGraph(network, infrastructure, avoid);
    },
  });
  return { builds, graphs };
}

function itineraries(answer: RouteAnswer) {
  if ('noRoute' in answer) throw new Error(`expected a route: ${answer.noRoute.reason}`);
  return answer.itineraries;
}

describe('createEngine().route()', () => {
  it('answers as the router does, with the ends resolved and each leg’s rate date', () => {
    const answer = engine.route({ from: 'Xiamen', to: 'Duisburg', modes: ['rail'], teu: 2 });
    const direct = createRouter(fujianNetwork).route({ from: 'CNXMN', to: 'DEDUI', modes: ['rail'], teu: 2 });
    if ('noRoute' in direct) throw new Error('expected a rail route');
    expect(answer.ends.from).toMatchObject({ id: 'CNXMN', kind: 'place', nameEn: 'Xiamen' });
    expect(answer.ends.to.id).toBe('DEDUI');
    const [best] = itineraries(answer);
    expect(best?.totals).toEqual(direct.itineraries[0]?.totals);
    expect(best?.legs.map((leg) => leg.service)).toEqual(direct.itineraries[0]?.legs.map((leg) => leg.service));
    expect(best?.legs.every((leg) => leg.geometry === undefined && 'rateAsOf' in leg)).toBe(true);
  });

  it('keeps the legs’ lines only when asked', () => {
    const [best] = itineraries(engine.route({ from: 'Xiamen', to: 'Hamburg', geometry: true }));
    expect(best?.legs[0]?.geometry?.type).toBe('LineString');
  });

  it('collects every problem of a request into one error, each naming its field', () => {
    const body = failure(() =>
      engine.route({
        from: 'Xiamn',
        to: 'Hamburg',
        modes: ['rial' as 'rail'],
        teu: -1,
        alternatives: 11,
        extra: true,
      } as never),
    );
    expect(body.code).toBe('unknown-reference');
    const fields = body.issues.map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(['modes[0]', 'teu', 'alternatives', 'from']));
    expect(body.message).toBe(`route request: ${body.issues.length} problems`);
    expect(body.issues.find((i) => i.field === 'modes[0]')?.fix).toMatch(/rail/);
    expect(body.issues.some((i) => /unknown field/.test(i.message) && /extra/.test(i.message))).toBe(true);
  });

  it('names an unknown place with a did-you-mean beside the other problems of the request', () => {
    const body = failure(() => engine.route({ from: 'Xiamn', to: 'Hamburg', depart: '2026-13-01' }));
    expect(body.issues.map((i) => i.field)).toEqual(['depart', 'from']);
    const from = body.issues[1];
    expect(from?.value).toBe('Xiamn');
    expect(`${from?.message} ${from?.fix}`).toMatch(/unknown place or terminal did you mean .*Xiamen/);
  });

  it('refuses a request nested 100,000 levels deep with its own message, not a stack overflow', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) as unknown;
    const body = failure(() => engine.route({ from: 'Xiamen', to: 'Hamburg', modes: deep } as never));
    expect(body.issues[0]?.message).toBe('nested deeper than 32 levels');
    expect(failure(() => engine.compareScenario({ id: 'deep', edits: deep })).issues[0]?.message).toMatch(/nested/);
  });

  it('quotes at most an excerpt of a long unknown place', () => {
    const body = failure(() => engine.route({ from: 'x'.repeat(150), to: 'Hamburg' }));
    expect(body.issues[0]?.value?.length).toBeLessThanOrEqual(80);
    expect(body.issues[0]?.value?.endsWith('…')).toBe(true);
  });

  it('takes a position as "lon,lat" text or as an object, naming the place it snapped to', () => {
    const text = engine.route({ from: '118.1,24.5', to: 'Hamburg' });
    const object = engine.route({ from: { position: [118.1, 24.5] }, to: 'Hamburg' });
    expect(text.ends.from.id).toBe(object.ends.from.id);
    expect(text.snaps[0]?.end).toBe('from');
  });

  it('answers "no route" as data, with its reason', () => {
    const answer = engine.route({ from: 'Xiamen', to: 'Los Angeles', modes: ['rail'] });
    expect('noRoute' in answer && answer.noRoute.reason.length).toBeGreaterThan(0);
  });
});

describe('answerJson', () => {
  it('writes the same answer as the same bytes, figures rounded by their units', () => {
    const request = { from: 'Xiamen', to: 'Rotterdam', alternatives: 3 };
    const text = answerJson(engine.route(request));
    expect(answerJson(createEngine(fujianNetwork).route(request))).toBe(text);
    const parsed = JSON.parse(text) as { itineraries: { totals: Record<string, number> }[] };
    for (const itinerary of parsed.itineraries) {
      expect(Number.isInteger(itinerary.totals.costUsd)).toBe(true);
      expect(Math.round((itinerary.totals.durationHours ?? 0) * 10) / 10).toBe(itinerary.totals.durationHours);
    }
  });

  it('writes a figure that is not finite as null', () => {
    expect(answerJson({ relativeGap: Number.NaN, maxFlowTeuPerWeek: Number.POSITIVE_INFINITY })).toBe(
      '{"relativeGap":null,"maxFlowTeuPerWeek":null}\n',
    );
  });
});

describe('createEngine() beyond routes', { timeout: 60_000 }, () => {
  it('measures a corridor’s capacity and names the unknown place of a set', () => {
    const answer = engine.maxflow({ from: 'region:fujian', to: 'region:eu', modes: ['rail'] });
    expect(answer.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(answer.cut.length).toBeGreaterThan(0);
    const body = failure(() => engine.maxflow({ from: 'Xiamen', to: 'Hambrg' }));
    expect(body.issues[0]).toMatchObject({ field: 'to', value: 'Hambrg' });
  });

  it('measures the infrastructure distance: round the Cape when Suez is avoided, the gauge breaks by rail, or why there is none', () => {
    const viaSuez = engine.distance({ from: 'Xiamen', to: 'Rotterdam' });
    const viaCape = engine.distance({ from: 'Xiamen', to: 'Rotterdam', avoidPassages: ['suez', 'bab-el-mandeb'] });
    if (!('distanceKm' in viaSuez) || !('distanceKm' in viaCape)) throw new Error('no sea path');
    expect(viaSuez).toMatchObject({ from: 'CNXMN', to: 'NLRTM', mode: 'sea' });
    expect(viaSuez.passages).toContain('suez');
    expect(viaCape.passages).toContain('cape-of-good-hope');
    expect(viaCape.distanceKm).toBeGreaterThan(viaSuez.distanceKm + 5_000);
    const rail = engine.distance({ from: 'Xiamen', to: 'Duisburg', mode: 'rail' });
    expect('crossings' in rail && rail.crossings.filter((crossing) => crossing.gaugeBreak).length).toBe(2);
    expect(engine.distance({ from: 'Chengdu', to: 'Rotterdam' })).toEqual({
      from: 'chengdu',
      to: 'NLRTM',
      mode: 'sea',
      noPath: { reason: 'Chengdu has no seaport' },
    });
  });

  it('names every problem of a distance request by its field', () => {
    const refused = failure(() =>
      engine.distance({ from: 'Xiamn', to: 'Rotterdam', mode: 'rail', avoidPassages: ['suez'] } as never),
    );
    expect(refused.code).toBe('unknown-reference');
    expect(refused.issues.map((issue) => issue.field).sort()).toEqual(['avoidPassages', 'from']);
  });

  it('finds places by code or name in either language', () => {
    expect(engine.places({ q: 'xmn' })[0]?.id).toBe('CNXMN');
    expect(engine.places({ q: '杜伊斯堡' })[0]?.id).toBe('DEDUI');
    expect(engine.places({ limit: 3 })).toHaveLength(3);
  });

  it('gives a source by id, and a did-you-mean for an unknown one', () => {
    const first = fujianNetwork.sources[0];
    expect(engine.source(first?.id ?? '')).toEqual(first);
    expect(failure(() => engine.source('S9999')).code).toBe('unknown-reference');
  });

  it('compares a preset with the base on the dataset’s main pairs, with a summary', () => {
    const preset = fujianNetwork.scenarios[0];
    const answer = engine.compareScenario(preset?.id ?? '');
    expect(answer.routesFrom).toBe('default');
    expect(answer.routes.length).toBeGreaterThan(0);
    expect(answer.summary.length).toBeGreaterThan(0);
    expect(failure(() => engine.compareScenario('red-sea-closd')).issues[0]?.fix).toMatch(/red-sea/);
  });

  it('compiles a preset’s graphs once: a second comparison finds them in the engine’s cache', () => {
    const graphs = createGraphCache();
    const own = createEngine(fujianNetwork, { graphCache: graphs });
    const request = { routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea' as const] }] };
    const first = own.compareScenario('fuzhou-duisburg-train', request);
    const built = graphs.size;
    expect(built).toBeGreaterThan(0);
    expect(own.compareScenario('fuzhou-duisburg-train', request)).toEqual(first);
    expect(graphs.size).toBe(built);
  });

  it('prepares a preset’s comparison ahead: the comparison then builds no graph and runs no assignment, and answers as without', () => {
    const { builds, graphs } = recordingGraphCache();
    const own = createEngine(fujianNetwork, { graphCache: graphs });
    const request = { routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea' as const] }], assign: true };
    own.prepareScenario('red-sea-closure');
    // The Red Sea closed on the scenario's network (its tariffs) and on the base's (the re-routing cost alone).
    const closed = () => builds.filter((avoid) => avoid !== '');
    expect(closed()).toEqual(['bab-el-mandeb,suez', 'bab-el-mandeb,suez']);
    const results: AssignmentResult[] = [];
    const keep = {
      onComparison: (comparison: ScenarioComparison) => {
        if (comparison.assignment !== undefined) results.push(comparison.assignment.scenarioResult);
      },
    };
    const prepared = own.compareScenario('red-sea-closure', request, keep);
    own.compareScenario('red-sea-closure', request, keep);
    expect(closed()).toHaveLength(2);
    // The scenario's assignment was run once, by prepareScenario.
    expect(results[0]).toBe(results[1]);
    expect(answerJson(prepared)).toBe(
      answerJson(createEngine(fujianNetwork).compareScenario('red-sea-closure', request)),
    );
    expect(() => own.prepareScenario('red-sea')).toThrow(/unknown preset/);
  });

  it('prepareScenario with { assignment: false } compiles the graphs and runs no assignment; the assignment step then builds no graph', () => {
    const { builds, graphs } = recordingGraphCache();
    const own = createEngine(fujianNetwork, { graphCache: graphs });
    let iterations = 0;
    own.prepareScenario('red-sea-closure', { assignment: false });
    const closed = () => builds.filter((avoid) => avoid !== '');
    expect(closed()).toHaveLength(2);
    // No base assignment was kept: the engine's own run of it calls its progress callback.
    own.assign({}, { onProgress: () => (iterations += 1) });
    expect(iterations).toBeGreaterThan(0);
    own.prepareScenario('red-sea-closure');
    expect(closed()).toHaveLength(2);
  });

  it('reports an invalid scenario object with the pointer of each problem', () => {
    const body = failure(() => engine.compareScenario({ id: 'x', edits: [{ kind: 'close-passage' }] }));
    expect(body.code).toBe('invalid-input');
    expect(body.issues.length).toBeGreaterThan(0);
  });

  it('draws the network as GeoJSON', () => {
    const collection = engine.networkGeoJson();
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBeGreaterThan(100);
  });
});

describe('createEngine().assign()', { timeout: 60_000 }, () => {
  it('assigns the dataset’s demand with calibration, as plain data that survives JSON', () => {
    const answer = engine.assign({ select: 'border-crossing:alashankou_dostyk', history: false });
    expect(answer.method).toBe('equilibrium');
    expect(answer.calibration.length).toBe(fujianNetwork.calibration.length);
    expect(answer.history).toEqual([]);
    expect(answer.selectLink?.flows.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  });

  it('keeps the run of the dataset’s demand: asked again, and as a scenario’s "before", it is not run twice', () => {
    const own = createEngine(fujianNetwork);
    const results: AssignmentResult[] = [];
    let iterations = 0;
    own.assign({}, { onResult: (r) => results.push(r), onProgress: () => (iterations += 1) });
    const first = iterations;
    own.assign({ method: 'equilibrium' }, { onResult: (r) => results.push(r), onProgress: () => (iterations += 1) });
    expect(first).toBeGreaterThan(0);
    expect(iterations).toBe(first); // kept: no iteration ran
    expect(results[1]).toBe(results[0]);
    let before: AssignmentResult | undefined;
    own.compareScenario('suez-closure', { assign: true }, { onComparison: (c) => (before = c.assignment?.baseResult) });
    expect(before).toBe(results[0]);
    // Another gap is another run; a caller's demand is never kept.
    own.assign({ gap: 1e-3 }, { onResult: (r) => results.push(r) });
    expect(results[2]).not.toBe(results[0]);
    const demand = fujianNetwork.demand.slice(0, 3);
    own.assign({}, { demand, onResult: (r) => results.push(r) });
    own.assign({}, { demand, onResult: (r) => results.push(r) });
    expect(results[4]).not.toBe(results[3]);
    expect(results[3]?.totals.servedTeuPerWeek).toBeLessThan(results[0]?.totals.servedTeuPerWeek ?? 0);
  });

  it('runs a scenario’s "before" afresh when the engine has its own costing (the before uses the default one)', () => {
    const costed = createEngine(fujianNetwork, { costing: { valueOfTimeUsdPerTeuDay: 500 } });
    let kept: AssignmentResult | undefined;
    costed.assign({}, { onResult: (r) => (kept = r) });
    let before: AssignmentResult | undefined;
    costed.compareScenario(
      'suez-closure',
      { assign: true },
      { onComparison: (c) => (before = c.assignment?.baseResult) },
    );
    expect(before).toBeDefined();
    expect(before).not.toBe(kept);
  });

  it('names a bad select element as the request field', () => {
    const body = failure(() => engine.assign({ select: 'border-crossing:nowhere' }));
    expect(body.issues[0]).toMatchObject({ field: 'select', value: 'border-crossing:nowhere' });
  });
});

describe('what the engine hands a front end that draws', { timeout: 60_000 }, () => {
  it('gives the full assignment result to onResult, and the comparison to onComparison', () => {
    let edges = 0;
    engine.assign({ method: 'aon' }, { onResult: (result) => (edges = result.edgeFlowTeu.length) });
    expect(edges).toBeGreaterThan(0);
    let queries = 0;
    engine.compareScenario(
      'suez-closure',
      { routes: [{ from: 'Xiamen', to: 'Rotterdam' }] },
      {
        onComparison: (comparison, _applied, asked) => {
          queries = asked.length;
          expect(comparison.routes).toHaveLength(asked.length);
        },
      },
    );
    expect(queries).toBe(3); // by sea, by rail, by any mode
  });

  it('writes the summary in Chinese when asked, with Chinese place names', () => {
    const answer = engine.compareScenario('suez-closure', {
      routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }],
      locale: 'zh',
    });
    expect(answer.summary.join('\n')).toMatch(/厦门 → 鹿特丹/);
  });
});
