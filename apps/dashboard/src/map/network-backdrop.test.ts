import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine';
import type { AsyncEngineApi } from '../engine/engine-api';
import { asyncEngine } from '../test-support/async-engine';
import { DatasetSwitches } from '../views/dataset-switches.svelte';
import type { EngineAsk } from '../views/view-module';
import { NetworkBackdrop } from './network-backdrop.svelte';

/** A backdrop over the bundled dataset's engine, counting the calls for the map data. */
function backdrop(switches = new DatasetSwitches()) {
  const api = asyncEngine(createEngine());
  let mapDataCalls = 0;
  const counting = {
    ...api,
    networkGeoJson: () => {
      mapDataCalls += 1;
      return api.networkGeoJson();
    },
  } as AsyncEngineApi;
  const ask: EngineAsk = (call) => call(counting);
  return { state: new NetworkBackdrop(ask, switches), calls: () => mapDataCalls, switches };
}

describe('NetworkBackdrop', () => {
  it('asks the worker for the whole network once, by mode, with road links', async () => {
    const { state, calls } = backdrop();
    expect(state.mapData).toBeNull();
    state.ensureLoaded();
    state.ensureLoaded();
    await expect.poll(() => state.mapData).not.toBeNull();
    expect(calls()).toBe(1);
    const modes = new Set(state.mapData?.serviceLegs.features.map((f) => f.properties.mode));
    expect([...modes].sort()).toEqual(['air', 'rail', 'sea']);
    expect(state.mapData?.roadLinks.features.length).toBe(state.summary?.counts.roadLinks);
    expect(state.display.visibleModes).toEqual(['sea', 'rail', 'road', 'air']);
  });

  it('asks again after a dataset switch, so it never draws a dataset the engine no longer has', async () => {
    const { state, calls, switches } = backdrop();
    state.ensureLoaded();
    await expect.poll(() => state.mapData).not.toBeNull();
    switches.record();
    state.ensureLoaded();
    await expect.poll(calls).toBe(2);
  });
});
