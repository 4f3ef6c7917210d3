import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import type { AsyncEngineApi } from '../../engine/engine-api';
import type { EngineAsk } from '../view-module';
import { UtilizationState } from './utilization-state.svelte';

/** The view's state over an engine without a worker; `prepared` lists the methods it prepared. */
function state(
  initial: ConstructorParameters<typeof UtilizationState>[1] = null,
  prepared: string[] = [],
): UtilizationState {
  const engine = createEngine();
  const api = {
    assign: async (method, onProgress) => engine.assign(method, onProgress),
    prepareAssignment: async (method) => {
      prepared.push(method);
      await engine.prepareAssignment(method);
      prepared.push(`${method}: done`);
    },
    elementDetail: async (id) => engine.elementDetail(id),
    bottleneck: async (query) => engine.bottleneck(query),
    regions: async () => engine.regions(),
  } as Pick<
    AsyncEngineApi,
    'assign' | 'prepareAssignment' | 'elementDetail' | 'bottleneck' | 'regions'
  > as AsyncEngineApi;
  const ask: EngineAsk = (call) => call(api);
  return new UtilizationState(ask, initial);
}

describe('UtilizationState', () => {
  it('has nothing for the URL before a run, then the method and the selected element', async () => {
    const utilization = state();
    expect(utilization.urlState).toBeNull();
    await utilization.run('aon');
    expect(utilization.status).toBe('done');
    expect(utilization.summary?.method).toBe('aon');
    expect(utilization.urlState).toEqual({ method: 'aon', element: null });
    await utilization.select('border-crossing:brest_malaszewicze');
    expect(utilization.detail?.id).toBe('border-crossing:brest_malaszewicze');
    expect(utilization.focus?.target.kind).toBe('point');
    expect(utilization.urlState).toEqual({ method: 'aon', element: 'border-crossing:brest_malaszewicze' });
    utilization.clearSelection();
    expect(utilization.urlState).toEqual({ method: 'aon', element: null });
  });

  it('follows the equilibrium’s iterations and keeps the last one', async () => {
    const utilization = state();
    await utilization.run('equilibrium');
    expect(utilization.progress?.iteration).toBe(utilization.summary?.history.at(-1)?.iteration);
  });

  it('makes the run from the URL on start and selects its element without moving the map', async () => {
    const utilization = state({ method: 'capacity', element: 'corridor:cre-alashankou' });
    expect(utilization.urlState).toEqual({ method: 'capacity', element: 'corridor:cre-alashankou' });
    utilization.start();
    await expect.poll(() => utilization.detailStatus).toBe('done');
    expect(utilization.summary?.method).toBe('capacity');
    expect(utilization.detail?.kind).toBe('corridor');
    expect(utilization.focus).toBeNull();
    await expect.poll(() => utilization.regions.length).toBeGreaterThan(0);
  });

  it('prepares the picked method’s assignment when first shown with nothing to run, so the click finds it kept', async () => {
    const prepared: string[] = [];
    const utilization = state(null, prepared);
    utilization.start();
    // The worker runs it behind the requests queued, one step at a time: the click comes once it is done.
    await expect.poll(() => prepared).toEqual(['equilibrium', 'equilibrium: done']);
    await utilization.run('equilibrium');
    expect(utilization.status).toBe('done');
    // Kept by the engine: no iteration ran for this click, though the answer carries the run's history.
    expect(utilization.progress).toBeNull();
    expect(utilization.summary?.history.length).toBeGreaterThan(0);
    // With a run in the URL, the run itself is made, and nothing is prepared besides.
    const linked: string[] = [];
    state({ method: 'aon', element: null }, linked).start();
    expect(linked).toEqual([]);
  });

  it('reports an unknown element from the URL as a failed detail', async () => {
    const utilization = state({ method: 'aon', element: 'terminal:nowhere' });
    utilization.start();
    await expect.poll(() => utilization.detailStatus).toBe('failed');
    expect(utilization.detailError?.code).toBe('unknown-reference');
  });

  it('computes the bottleneck of the form: Fujian → EU by rail', async () => {
    const utilization = state();
    utilization.bottleneckDraft.modes.sea = false;
    await utilization.computeBottleneck();
    expect(utilization.bottleneckStatus).toBe('done');
    // The trains bind, as in the assignment: a positive max-flow, the cut naming their legs.
    expect(utilization.bottleneck?.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(utilization.bottleneck?.cut.length).toBeGreaterThan(0);
    expect(utilization.bottleneck?.cut.every((c) => c.kind === 'service-leg')).toBe(true);
    utilization.bottleneckDraft.to = 'region:nowhere';
    await utilization.computeBottleneck();
    expect(utilization.bottleneckStatus).toBe('failed');
    expect(utilization.bottleneck).toBeNull();
  });
});
