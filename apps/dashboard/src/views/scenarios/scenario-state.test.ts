import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine/create-engine';
import type { AsyncEngineApi } from '../../engine/engine-api';
import type { ErrorBody } from '../../engine/utilization-api';
import { errorText } from '../../shared/error-text';
import type { EngineAsk } from '../view-module';
import { memoryStorage } from './memory-storage';
import { emptyEdit } from './scenario-draft';
import { ScenarioState } from './scenario-state.svelte';
import type { ScenariosUrlState } from './scenarios-url';
import { sessionRuns } from './session-runs.svelte';
import { exportText, USER_SCENARIOS_KEY } from './user-scenarios';

/** The view's state over an engine without a worker; `asked` counts the runs, `prepared` the assignments prepared. */
function state(initial: ScenariosUrlState | null = null, storage = memoryStorage()) {
  const engine = createEngine();
  const asked: string[] = [];
  const prepared: string[] = [];
  const presetsPrepared: string[] = [];
  const api = {
    prepareScenario: async (preset, options) => {
      presetsPrepared.push(preset);
      await engine.prepareScenario(preset, options);
    },
    prepareAssignment: async (method) => {
      prepared.push(method);
      await engine.prepareAssignment(method);
    },
    scenarios: async () => engine.scenarios(),
    scenarioChoices: async () => engine.scenarioChoices(),
    presetEntry: async (id) => engine.presetEntry(id),
    checkScenario: async (scenario) => engine.checkScenario(scenario),
    runScenario: async (request, options) => {
      asked.push('preset' in request ? request.preset : 'user');
      return engine.runScenario(request, options);
    },
  } as Pick<
    AsyncEngineApi,
    | 'prepareAssignment'
    | 'prepareScenario'
    | 'scenarios'
    | 'scenarioChoices'
    | 'presetEntry'
    | 'checkScenario'
    | 'runScenario'
  > as AsyncEngineApi;
  const ask: EngineAsk = (call) => call(api);
  return { scenarios: new ScenarioState(ask, initial, storage), asked, prepared, presetsPrepared, storage };
}

/** Fills the form with "close Małaszewicze". */
function fillDraft(scenarios: ScenarioState, id = 'close-malaszewicze'): void {
  const edit = emptyEdit('close-border-crossing');
  edit.values.terminal = 'brest_malaszewicze';
  scenarios.draft = { id, nameEn: 'Close Małaszewicze', nameZh: '', description: 'A test.', edits: [edit] };
}

describe('ScenarioState', () => {
  it('selects the first preset, runs nothing until asked, then keeps the run for the URL', async () => {
    const { scenarios, asked } = state();
    await scenarios.start();
    expect(scenarios.selected).toBe('red-sea-closure');
    expect(scenarios.choices?.borderCrossings.length).toBeGreaterThan(0);
    expect(asked).toEqual([]);
    expect(scenarios.urlState).toBeNull();
    scenarios.assignment = false;
    await scenarios.run();
    expect(scenarios.status).toBe('done');
    expect(scenarios.lastRun?.scenarioId).toBe('red-sea-closure');
    expect(scenarios.urlState).toEqual({ scenario: 'red-sea-closure', assign: false });
  });

  it('after a Red Sea run with an assignment, asks the map to fit what changed, the Cape included (issue 17: it stayed on Xiamen), and keeps the run for the session', async () => {
    const { scenarios } = state();
    await scenarios.start();
    sessionRuns.clear();
    scenarios.assignment = true;
    await scenarios.run();
    const target = scenarios.focus?.target;
    expect(target?.kind).toBe('bounds');
    const [west = 0, south = 0, east = 0, north = 0] = target?.kind === 'bounds' ? target.bounds : [];
    const [capeLon, capeLat] = [18.47, -34.36];
    expect(west <= capeLon && capeLon <= east && south <= capeLat && capeLat <= north).toBe(true);
    expect(sessionRuns.list.map((r) => [r.key, r.nameEn])).toEqual([['red-sea-closure', scenarios.presets[0]?.nameEn]]);
    // A run without an assignment has nothing drawn that changed: the map stays where it is.
    const serial = scenarios.focus?.serial;
    scenarios.assignment = false;
    await scenarios.run();
    expect(scenarios.focus?.serial).toBe(serial);
  }, 60_000);

  it('compares the routes the user chose, keeps them in the URL, and refuses a pair that does not fit', async () => {
    const { scenarios } = state();
    await scenarios.start();
    scenarios.assignment = false;
    for (let k = scenarios.routes.length - 1; k >= 0; k--) scenarios.removeRoute(k);
    expect(scenarios.addRoute({ from: 'CNFOC', to: 'NLRTM', mode: 'sea' })).toBe(true);
    expect(scenarios.addRoute({ from: 'CNFOC', to: 'NLRTM', mode: 'sea' })).toBe(false);
    expect(scenarios.routeProblem).toBe('duplicate');
    expect(scenarios.addRoute({ from: 'CNFOC', to: 'CNFOC', mode: null })).toBe(false);
    expect(scenarios.routeProblem).toBe('same');
    await scenarios.run();
    expect(scenarios.lastRun?.routes.map((r) => `${r.fromEn} → ${r.toEn}`)).toEqual(['Fuzhou → Rotterdam']);
    expect(scenarios.urlState).toEqual({
      scenario: 'red-sea-closure',
      assign: false,
      routes: [{ from: 'CNFOC', to: 'NLRTM', mode: 'sea' }],
    });
    scenarios.resetRoutes();
    await scenarios.run();
    expect(scenarios.lastRun?.routes).toHaveLength(5);
    expect(scenarios.urlState).toEqual({ scenario: 'red-sea-closure', assign: false });
  });

  it('runs the routes a URL names', async () => {
    const routes = [{ from: 'CNXMN', to: 'DEHAM', mode: 'rail' as const }];
    const { scenarios } = state({ scenario: 'suez-closure', assign: false, routes });
    await scenarios.start();
    expect(scenarios.lastRun?.routes.map((r) => r.toEn)).toEqual(['Hamburg']);
  });

  it('checks the stored scenarios on start: one that no longer fits the dataset is listed with its error', async () => {
    const storage = memoryStorage();
    const first = state(null, storage);
    await first.scenarios.importFile(exportText(fakeEntry()), 'old.json');
    const { scenarios } = state(null, storage);
    expect(scenarios.userScenarios.map((s) => s.id)).toEqual(['imported']);
    await scenarios.start();
    expect(errorText(scenarios.userErrors.imported as ErrorBody)).toMatch(
      /user scenario "imported".*\n.*\/edits\/0\/terminal.*atlantis/s,
    );
  });

  it('re-runs the scenario of the URL on start; a URL naming no scenario runs nothing', async () => {
    const { scenarios, asked } = state({ scenario: 'suez-closure', assign: false });
    expect(scenarios.urlState).toEqual({ scenario: 'suez-closure', assign: false });
    await Promise.all([scenarios.start(), scenarios.start()]);
    await scenarios.start();
    expect(asked).toEqual(['suez-closure']);
    expect(scenarios.lastRun?.scenarioId).toBe('suez-closure');
  });

  it('prepares the base network’s assignment once when first shown, so a run with the assignment waits only for its own', async () => {
    const { scenarios, prepared } = state();
    await scenarios.start();
    await scenarios.start();
    expect(prepared).toEqual(['equilibrium']);
  });

  it('asks for the base assignment with the lists, not after their answer (the worker sat idle 60–130 ms while the page was busy)', async () => {
    const engine = createEngine();
    const asked: string[] = [];
    let answerLists = () => {};
    const listsAnswered = new Promise<void>((resolve) => {
      answerLists = resolve;
    });
    const api = {
      scenarios: async () => {
        asked.push('scenarios');
        await listsAnswered;
        return engine.scenarios();
      },
      scenarioChoices: async () => engine.scenarioChoices(),
      prepareAssignment: async () => {
        asked.push('prepareAssignment');
      },
      prepareScenario: async (preset) => {
        asked.push(`prepareScenario ${preset}`);
      },
    } as Pick<
      AsyncEngineApi,
      'scenarios' | 'scenarioChoices' | 'prepareAssignment' | 'prepareScenario'
    > as AsyncEngineApi;
    const scenarios = new ScenarioState((call) => call(api), null, memoryStorage());
    const started = scenarios.start();
    expect(asked).toEqual(['scenarios', 'prepareAssignment']);
    answerLists();
    await started;
    expect(asked).toEqual(['scenarios', 'prepareAssignment', 'prepareScenario red-sea-closure']);
  });

  it('prepares the run with the options shown, again when the assignment is unticked, and no base assignment for a link without one', async () => {
    const { scenarios, presetsPrepared } = state();
    await scenarios.start();
    scenarios.assignment = false;
    scenarios.prepareSelected();
    scenarios.prepareSelected();
    expect(presetsPrepared).toEqual(['red-sea-closure', 'red-sea-closure']);
    const plain = state({ scenario: 'suez-closure', assign: false });
    await plain.scenarios.start();
    expect(plain.prepared).toEqual([]);
  });

  it('has the worker prepare the selected preset’s run when shown and when another preset is picked, each once', async () => {
    const { scenarios, presetsPrepared } = state();
    await scenarios.start();
    await scenarios.start();
    scenarios.selected = 'suez-closure';
    scenarios.prepareSelected();
    scenarios.prepareSelected();
    expect(presetsPrepared).toEqual(['red-sea-closure', 'suez-closure']);
  });

  it('prepares nothing ahead for a user scenario (it is applied afresh at each run)', async () => {
    const { scenarios, presetsPrepared } = state();
    await scenarios.start();
    scenarios.selected = 'user:mine';
    scenarios.prepareSelected();
    expect(presetsPrepared).toEqual(['red-sea-closure']);
  });

  it('says so when the URL names a user scenario this browser lacks and the link does not carry, and runs nothing (issue 17: it ran the Red Sea preset)', async () => {
    const gone = state({ scenario: 'user:gone', assign: false });
    await gone.scenarios.start();
    expect(gone.asked).toEqual([]);
    expect(gone.scenarios.missing).toBe('gone');
    expect(gone.scenarios.selected).toBeNull();
    // The link is kept as it came, so a reload says the same.
    expect(gone.scenarios.urlState).toEqual({ scenario: 'user:gone', assign: false });
  });

  it('runs the scenario a missing link named once its file is imported', async () => {
    const { scenarios: sender, storage } = state();
    await sender.start();
    fillDraft(sender, 'gone');
    await sender.saveDraft();
    const saved = sender.userScenarios[0];
    if (saved === undefined) throw new Error('the draft was not saved');
    const file = exportText(saved);
    const gone = state({ scenario: 'user:gone', assign: false });
    await gone.scenarios.start();
    expect(await gone.scenarios.importFile(file, 'scenario-gone.json')).toBe(true);
    expect(gone.scenarios.missing).toBeNull();
    expect(gone.scenarios.selected).toBe('user:gone');
    expect(gone.asked).toEqual(['user']);
    expect(storage.getItem(USER_SCENARIOS_KEY)).toContain('"gone"');
  });

  it('runs the user scenario a shared link carries in a browser without it, apart, and saves it when asked', async () => {
    const { scenarios: sender } = state();
    await sender.start();
    fillDraft(sender);
    await sender.saveDraft();
    sender.assignment = false;
    await sender.run();
    const link = sender.urlState;
    expect(link?.shared?.id).toBe('close-malaszewicze');

    const fresh = memoryStorage();
    const receiver = state(link, fresh);
    await receiver.scenarios.start();
    expect(receiver.scenarios.missing).toBeNull();
    expect(receiver.scenarios.linked?.id).toBe('close-malaszewicze');
    expect(receiver.scenarios.selected).toBe('link:close-malaszewicze');
    expect(receiver.asked).toEqual(['user']);
    expect(receiver.scenarios.lastRun?.scenarioId).toBe('close-malaszewicze');
    // Its link is the sender's: named as a user scenario, carrying it.
    expect(receiver.scenarios.urlState).toEqual(link);
    expect(fresh.getItem(USER_SCENARIOS_KEY)).toBeNull();

    expect(await receiver.scenarios.saveLinked()).toBe(true);
    expect(receiver.scenarios.linked).toBeNull();
    expect(receiver.scenarios.selected).toBe('user:close-malaszewicze');
    expect(receiver.scenarios.userScenarios.map((s) => s.id)).toEqual(['close-malaszewicze']);
  });

  it('runs the stored scenario when a link carries the same one', async () => {
    const { scenarios: sender, storage } = state();
    await sender.start();
    fillDraft(sender);
    await sender.saveDraft();
    await sender.run();
    const again = state(sender.urlState, storage);
    await again.scenarios.start();
    expect(again.scenarios.linked).toBeNull();
    expect(again.scenarios.selected).toBe('user:close-malaszewicze');
  });

  it('shows no problem of the empty form until the user touches a field or tries to save', async () => {
    const { scenarios } = state();
    await scenarios.start();
    expect(scenarios.draftProblems.length).toBeGreaterThan(0);
    expect(scenarios.shownProblems).toEqual([]);
    scenarios.touch(null, 'id');
    expect(scenarios.shownProblems.map((p) => p.field)).toEqual(['id']);
    expect(await scenarios.saveDraft()).toBe(false);
    expect(scenarios.shownProblems).toEqual(scenarios.draftProblems);
    scenarios.resetDraft();
    expect(scenarios.shownProblems).toEqual([]);
  });

  it('saves a valid draft to storage, selects and runs it, and restores it from the URL in a new session', async () => {
    const { scenarios, storage } = state();
    await scenarios.start();
    fillDraft(scenarios);
    expect(scenarios.draftProblems).toEqual([]);
    expect(await scenarios.saveDraft()).toBe(true);
    expect(scenarios.selected).toBe('user:close-malaszewicze');
    scenarios.assignment = false;
    await scenarios.run();
    expect(scenarios.lastRun?.suspended.length).toBeGreaterThan(0);
    expect(scenarios.urlState).toEqual({
      scenario: 'user:close-malaszewicze',
      assign: false,
      shared: scenarios.userScenarios[0],
    });
    const next = state(scenarios.urlState, storage);
    expect(next.scenarios.userScenarios.map((s) => s.id)).toEqual(['close-malaszewicze']);
    await next.scenarios.start();
    expect(next.scenarios.userErrors).toEqual({});
    expect(next.asked).toEqual(['user']);
    expect(next.scenarios.lastRun?.scenarioId).toBe('close-malaszewicze');
  });

  it('refuses to save an invalid draft, and keeps the engine’s error for a stored scenario that no longer checks', async () => {
    const { scenarios } = state();
    await scenarios.start();
    fillDraft(scenarios);
    const scale = emptyEdit('scale-capacity');
    scale.values = { target: 'brest_malaszewicze', factor: '-2' };
    scenarios.draft.edits.push(scale);
    expect(scenarios.draftProblems).toEqual([
      { edit: 1, field: 'factor', key: 'outOfRange', range: { min: 0.001, max: 1000 } },
    ]);
    expect(await scenarios.saveDraft()).toBe(false);
    // Shape-valid but naming a terminal the dataset lacks: only the engine can tell.
    expect(await scenarios.importFile(exportText({ ...fakeEntry(), id: 'stale' }), 'stale.json')).toBe(true);
    expect(errorText(scenarios.userErrors.stale as ErrorBody)).toContain('/edits/0/terminal');
    scenarios.assignment = false;
    await scenarios.run();
    expect(scenarios.status).toBe('failed');
    expect(errorText(scenarios.userErrors.stale as ErrorBody)).toContain('user scenario "stale"');
    expect(errorText(scenarios.userErrors.stale as ErrorBody)).toContain('/edits/0/terminal');
  });

  it('starts the form from a preset: its edits under a new id, saved and run like the preset', async () => {
    const { scenarios } = state();
    await scenarios.start();
    await scenarios.startFromPreset('malaszewicze-congestion');
    expect(scenarios.draft.id).toBe('malaszewicze-congestion-copy');
    expect(scenarios.draft.edits.map((e) => e.kind)).toEqual(['add-delay', 'scale-capacity']);
    expect(await scenarios.saveDraft()).toBe(true);
    scenarios.assignment = false;
    await scenarios.run();
    const copy = scenarios.lastRun?.summary;
    scenarios.selected = 'malaszewicze-congestion';
    await scenarios.run();
    expect(copy).toEqual(scenarios.lastRun?.summary);
  });

  it('imports a file (naming it in problems), and deletes a user scenario from storage', async () => {
    const { scenarios, storage } = state();
    await scenarios.start();
    expect(await scenarios.importFile('{"scenarios":[{"id":"x"}]}', 'broken.json')).toBe(false);
    expect(scenarios.importProblems[0]).toEqual({
      file: 'broken.json',
      pointer: '/scenarios/0/nameEn',
      code: 'empty-string',
    });
    expect(await scenarios.importFile(exportText(fakeEntry()), 'ok.json')).toBe(true);
    expect(scenarios.importProblems).toEqual([]);
    expect(scenarios.selected).toBe('user:imported');
    expect(Object.keys(scenarios.userErrors)).toEqual(['imported']);
    scenarios.deleteUserScenario('imported');
    expect(scenarios.userScenarios).toEqual([]);
    expect(scenarios.userErrors).toEqual({});
    expect(scenarios.selected).toBe('red-sea-closure');
    expect(JSON.parse(storage.getItem(USER_SCENARIOS_KEY) ?? '')).toEqual({ scenarios: [] });
  });
});

function fakeEntry() {
  return {
    id: 'imported',
    nameEn: 'Imported',
    nameZh: '导入',
    description: 'Names a terminal this dataset lacks.',
    edits: [{ kind: 'close-terminal', terminal: 'atlantis' }],
    sources: [],
  };
}
