import { describe, expect, it } from 'vitest';
import type { EngineAsk } from '../dataset/dataset-state.svelte';
import { createEngine } from '../engine/create-engine';
import type { AsyncEngineApi } from '../engine/engine-api';
import { DEFAULT_PLANNER_QUERY } from './planner-query';
import { draftProblems, PlannerState } from './planner-state.svelte';

/** The planner over an engine without a worker; `delay` holds each route answer back that many ms. */
function planner(initial: ConstructorParameters<typeof PlannerState>[1] = null, delays: number[] = []): PlannerState {
  const engine = createEngine();
  const api = {
    endpoints: async () => engine.endpoints(),
    route: async (query, costing) => {
      const delay = delays.shift() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return engine.route(query, costing);
    },
    pareto: async (query, costing) => engine.pareto(query, costing),
  } as Pick<AsyncEngineApi, 'endpoints' | 'route' | 'pareto'> as AsyncEngineApi;
  const ask: EngineAsk = (call) => call(api);
  return new PlannerState(ask, initial);
}

const xiamenDuisburg = { ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 2 };

describe('PlannerState', () => {
  it('checks the form before asking the engine', async () => {
    const state = planner();
    await state.run();
    expect(state.problems).toEqual(['noFrom', 'noTo']);
    expect(state.status).toBe('idle');
    expect(state.urlState).toBeNull();
    expect(draftProblems({ ...xiamenDuisburg, size: 0, modes: [], alternatives: 11 })).toEqual([
      'badSize',
      'noMode',
      'badAlternatives',
    ]);
  });

  it('runs the form: options with the first selected, a map focus, and the query in the URL state', async () => {
    const state = planner();
    state.draft.load(xiamenDuisburg);
    await state.run();
    expect(state.status).toBe('done');
    expect(state.options.length).toBeGreaterThanOrEqual(3);
    expect(state.selected).toBe(0);
    expect(state.focus?.target.kind).toBe('bounds');
    expect(state.urlState).toEqual({ query: xiamenDuisburg, selected: 0 });
    expect(state.timings?.routeMs).toBeGreaterThanOrEqual(0);
    const serial = state.focus?.serial ?? 0;
    state.select(2);
    expect(state.urlState?.selected).toBe(2);
    expect(state.focus?.serial).toBeGreaterThan(serial);
  });

  it('runs the query from the URL on start, keeping its selection', async () => {
    const state = planner({ query: xiamenDuisburg, selected: 1 });
    expect(state.draft.from).toBe('CNXMN');
    state.start();
    await expect.poll(() => state.status).toBe('done');
    expect(state.selected).toBe(1);
    await expect.poll(() => state.endpointsStatus).toBe('ready');
    expect(state.endpoints.length).toBeGreaterThan(100);
  });

  it('drops an answer overtaken by a later query', async () => {
    const state = planner(null, [50, 0]);
    const slow = state.run({ ...xiamenDuisburg, to: 'Rotterdam' });
    const fast = state.run(xiamenDuisburg);
    await Promise.all([slow, fast]);
    expect(state.ran?.to).toBe('DEDUI');
    expect(state.options[0]?.itinerary.legs.at(-1)?.to.id).toBe('DEDUI');
  });

  it('reports no route with its relaxation, and applies it', async () => {
    const state = planner();
    await state.run({ ...xiamenDuisburg, modes: ['sea'], avoidPassages: ['suez', 'cape-of-good-hope', 'panama'] });
    expect(state.noRoute?.blockedBy[0]).toBe('passage:suez');
    expect(state.relaxed?.avoidPassages).toEqual(['cape-of-good-hope', 'panama']);
    state.applyRelaxation();
    await expect.poll(() => state.options.length).toBeGreaterThan(0);
    expect(state.noRoute).toBeNull();
    expect(state.draft.avoid.suez).toBe(false);
  });

  it('reports a query the router refuses', async () => {
    const state = planner();
    await state.run({ ...xiamenDuisburg, from: 'Atlantis' });
    expect(state.error?.code).toBe('unknown-reference');
    expect(state.options).toEqual([]);
  });
});
