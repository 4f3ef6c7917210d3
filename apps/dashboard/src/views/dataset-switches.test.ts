import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine';
import { asyncEngine } from '../test-support/async-engine';
import { TINY_DATASET_FILES } from '../test-support/tiny-dataset';
import { DatasetState } from './data/dataset-state.svelte';
import { DatasetSwitches } from './dataset-switches.svelte';
import { DEFAULT_PLANNER_QUERY } from './route/planner-query';
import { PlannerState } from './route/planner-state.svelte';
import { ScenarioState } from './scenarios/scenario-state.svelte';
import { UtilizationState } from './utilization/utilization-state.svelte';
import type { EngineAsk } from './view-module';

/** The four views over one engine without a worker, sharing the page's record of dataset switches. */
function page() {
  const engine = createEngine();
  const api = asyncEngine(engine);
  const ask: EngineAsk = (call) => call(api);
  const switches = new DatasetSwitches();
  return {
    switches,
    dataset: new DatasetState(ask, switches),
    planner: new PlannerState(ask, null, switches),
    utilization: new UtilizationState(ask, null, switches),
    scenarios: new ScenarioState(ask, null, undefined, switches),
  };
}

const tinyFiles = () =>
  Object.entries(TINY_DATASET_FILES).map(([name, text]) => ({ path: `tiny/${name}`, file: new Blob([text]) }));

describe('a switch of dataset', { timeout: 60_000 }, () => {
  it('makes the other views drop their answers about the old dataset and ask the new one when shown', async () => {
    const { switches, dataset, planner, utilization, scenarios } = page();
    planner.start();
    expect((await planner.findEndpoint('DEDUI'))?.nameEn).toBe('Duisburg');
    const epoch = planner.endpointEpoch;
    planner.draft.load({ ...DEFAULT_PLANNER_QUERY, from: 'CNXMN', to: 'DEDUI', size: 2 });
    await planner.run();
    expect(planner.options.length).toBeGreaterThan(0);
    utilization.start();
    await utilization.run('aon');
    expect(utilization.summary).not.toBeNull();
    await scenarios.start();
    scenarios.assignment = false;
    await scenarios.run();
    expect(scenarios.lastRun).not.toBeNull();

    await dataset.loadFiles(tinyFiles());
    expect(dataset.summary?.name).toBe('Tiny');
    expect(switches.count).toBe(1);

    planner.start();
    expect(planner.options).toEqual([]);
    expect(planner.urlState).toBeNull();
    expect(planner.draft.to).toBe('DEDUI'); // what the user typed stays
    expect(planner.endpointEpoch).toBe(epoch + 1); // the pickers look their names up again
    expect(await planner.findEndpoint('DEDUI')).toBeNull();
    expect((await planner.searchEndpoints('urumqi'))[0]?.id).toBe('urumqi');

    utilization.start();
    expect(utilization.summary).toBeNull();
    expect(utilization.urlState).toBeNull();
    await utilization.run('aon');
    expect(utilization.summary?.method).toBe('aon');

    await scenarios.start();
    expect(scenarios.lastRun).toBeNull();
    expect(scenarios.urlState).toBeNull();

    // Shown again with no switch in between: what was asked since stays.
    planner.start();
    expect(planner.endpointEpoch).toBe(epoch + 1);
    utilization.start();
    expect(utilization.summary?.method).toBe('aon');

    await dataset.useBundled();
    expect(switches.count).toBe(2);
    planner.start();
    expect(planner.endpointEpoch).toBe(epoch + 2);
    expect((await planner.findEndpoint('DEDUI'))?.nameEn).toBe('Duisburg');
  });
});
