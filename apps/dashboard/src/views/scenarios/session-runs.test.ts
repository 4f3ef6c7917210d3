import { describe, expect, it } from 'vitest';
import type { ScenarioRun } from '../../engine/scenario-api';
import { SESSION_RUNS_KEPT, SessionRuns } from './session-runs.svelte';

const entry = (key: string, elapsedMs = 1) => ({
  key,
  nameEn: key,
  nameZh: key,
  run: { scenarioId: key, elapsedMs } as unknown as ScenarioRun,
});

describe('SessionRuns', () => {
  it('keeps the runs oldest first, a later run of the same scenario replacing the earlier at the end', () => {
    const runs = new SessionRuns();
    runs.add(entry('a'));
    runs.add(entry('b'));
    runs.add(entry('a', 2));
    expect(runs.list.map((r) => [r.key, r.run.elapsedMs])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it(`keeps the latest ${SESSION_RUNS_KEPT} only, and forgets them all when the dataset changes`, () => {
    const runs = new SessionRuns();
    for (let k = 0; k < SESSION_RUNS_KEPT + 2; k++) runs.add(entry(`s${k}`));
    expect(runs.list.length).toBe(SESSION_RUNS_KEPT);
    expect(runs.list[0]?.key).toBe('s2');
    runs.clear();
    expect(runs.list).toEqual([]);
  });
});
