import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import type { Answered, AsyncEngineApi, RouteAnswer } from '../../engine/engine-api';
import type { EngineAsk } from '../view-module';
import { DEFAULT_PLANNER_QUERY } from './planner-query';
import { draftProblems, PlannerState, RETUNE_DELAY_MS } from './planner-state.svelte';

/** The planner over an engine without a worker; `delay` holds each route answer back that many ms. */
function planner(initial: ConstructorParameters<typeof PlannerState>[1] = null, delays: number[] = []): PlannerState {
  const engine = createEngine();
  const api = {
    searchEndpoints: async (query) => engine.searchEndpoints(query),
    endpoint: async (id) => engine.endpoint(id),
    route: async (query, costing) => {
      const delay = delays.shift() ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      return engine.route(query, costing);
    },
    pareto: async (query, costing) => engine.pareto(query, costing),
  } as Pick<AsyncEngineApi, 'searchEndpoints' | 'endpoint' | 'route' | 'pareto'> as AsyncEngineApi;
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
  });

  it('asks the worker for the endpoints matching what was typed, and for the one an id names', async () => {
    const state = planner();
    expect((await state.searchEndpoints('xmn'))[0]?.id).toBe('CNXMN');
    expect(await state.searchEndpoints('no such place')).toEqual([]);
    expect((await state.findEndpoint('DEDUI'))?.nameZh).toBe('杜伊斯堡');
    expect(await state.findEndpoint('Atlantis')).toBeNull();
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
    // Rotterdam: by sea alone (no road), Duisburg is out of reach — only drayage to a place's own terminals is left.
    await state.run({
      ...xiamenDuisburg,
      to: 'NLRTM',
      modes: ['sea'],
      avoidPassages: ['suez', 'cape-of-good-hope', 'panama'],
    });
    expect(state.noRoute?.relaxation?.id).toBe('passage:suez');
    expect(state.relaxed?.avoidPassages).toEqual(['cape-of-good-hope', 'panama']);
    state.applyRelaxation();
    await expect.poll(() => state.options.length).toBeGreaterThan(0);
    expect(state.noRoute).toBeNull();
    expect(state.draft.avoid.suez).toBe(false);
  });

  it('applies the relaxation the router names, not the first blocker', async () => {
    const stop = (id: string) => ({ id, nameEn: id, nameZh: id, kind: 'place' as const, position: [0, 0] as const });
    const noRoute: Answered<RouteAnswer> = {
      ok: true,
      elapsedMs: 1,
      answer: {
        ends: { from: stop('CNXMN'), to: stop('DEDUI') },
        snaps: [],
        noRoute: {
          reason: 'every sea path uses suez or panama',
          code: 'blocked',
          params: { from: stop('CNXMN'), to: stop('DEDUI'), modes: ['sea'] },
          notes: [],
          blockedBy: ['passage:suez', 'passage:panama'],
          relaxation: {
            id: 'passage:panama',
            change: 'allowing panama',
            totals: { durationHours: 900, costUsd: 4000, co2eKg: 5000, distanceKm: 20000 },
          },
        },
      },
    };
    const api = { route: async () => noRoute, pareto: async () => noRoute } as Pick<
      AsyncEngineApi,
      'route' | 'pareto'
    > as AsyncEngineApi;
    const state = new PlannerState((call) => call(api), null);
    await state.run({ ...xiamenDuisburg, modes: ['sea'], avoidPassages: ['suez', 'panama'] });
    expect(state.relaxed?.avoidPassages).toEqual(['suez']);
  });

  describe('live weights', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('re-runs the balanced query shown once the sliders rest, keeping the selection', async () => {
      const state = planner();
      await state.run(xiamenDuisburg);
      state.select(1);
      vi.useFakeTimers();
      state.draft.valueOfTime = 500;
      state.retune();
      state.draft.valueOfTime = 1000;
      state.retune();
      state.draft.carbonPrice = 0;
      state.retune();
      vi.advanceTimersByTime(RETUNE_DELAY_MS - 1);
      expect(state.status).toBe('done');
      vi.advanceTimersByTime(1);
      expect(state.status).toBe('running');
      vi.useRealTimers();
      await expect.poll(() => state.status).toBe('done');
      expect(state.ran).toEqual({ ...xiamenDuisburg, valueOfTime: 1000, carbonPrice: 0 });
      expect(state.selected).toBe(1);
    });

    it('leaves a query of another objective, and weights the query already has, alone', async () => {
      const state = planner();
      await state.run({ ...xiamenDuisburg, objective: 'time' });
      vi.useFakeTimers();
      state.draft.valueOfTime = 900;
      state.retune();
      vi.advanceTimersByTime(RETUNE_DELAY_MS);
      expect(state.status).toBe('done');
      vi.useRealTimers();
      await state.run(xiamenDuisburg);
      vi.useFakeTimers();
      state.draft.load(xiamenDuisburg);
      state.retune();
      vi.advanceTimersByTime(RETUNE_DELAY_MS);
      expect(state.status).toBe('done');
    });

    it('a submitted query cancels a pending re-run', async () => {
      const state = planner();
      await state.run(xiamenDuisburg);
      vi.useFakeTimers();
      state.draft.valueOfTime = 700;
      state.retune();
      const submitted = state.run({ ...xiamenDuisburg, to: 'Rotterdam' });
      vi.advanceTimersByTime(RETUNE_DELAY_MS);
      vi.useRealTimers();
      await submitted;
      expect(state.ran?.to).toBe('Rotterdam');
      expect(state.ran?.valueOfTime).toBe(xiamenDuisburg.valueOfTime);
    });
  });

  it('reports a query the router refuses', async () => {
    const state = planner();
    await state.run({ ...xiamenDuisburg, from: 'Atlantis' });
    expect(state.error?.code).toBe('unknown-reference');
    expect(state.options).toEqual([]);
  });

  // Regression (issue 17): on main, the form's messages and the router's refusal stayed after the fields were cleared.
  it('drops a form message once its field is edited or cleared, and keeps the others', async () => {
    const state = planner();
    state.draft.load({ ...xiamenDuisburg, from: '', size: -1 });
    await state.run();
    expect(state.shownProblems).toEqual(['noFrom', 'badSize']);
    state.draft.size = '' as unknown as number; // what a cleared number input binds
    expect(state.shownProblems).toEqual(['noFrom']);
    state.draft.from = 'CNXMN';
    expect(state.shownProblems).toEqual([]);
  });

  it("drops the router's refusal once an end it was about is changed or cleared", async () => {
    const state = planner();
    state.draft.load({ ...xiamenDuisburg, from: 'Atlantis' });
    await state.run();
    expect(state.shownError?.code).toBe('unknown-reference');
    state.draft.from = '';
    state.draft.to = '';
    expect(state.shownError).toBeNull();
    expect(state.error?.code).toBe('unknown-reference');
  });

  it('runs through a via: the route passes the place asked, which it did not without it', async () => {
    const state = planner();
    const stopsOf = () => state.selectedOption?.itinerary.legs.flatMap((leg) => [leg.from.nameEn, leg.to.nameEn]) ?? [];
    const cheapest = { ...xiamenDuisburg, objective: 'cost' as const, alternatives: 1 };
    await state.run(cheapest);
    expect(stopsOf().some((name) => name.includes('Rotterdam'))).toBe(false);
    await state.run({ ...cheapest, via: 'Rotterdam' });
    expect(state.error).toBeNull();
    expect(stopsOf().some((name) => name.includes('Rotterdam'))).toBe(true);
  });
});
