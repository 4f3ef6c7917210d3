import type { ScenarioRun } from '../../engine/scenario-api';

/** One scenario run of this session, with the names it is shown by. */
export interface SessionRun {
  /** The selection key run (`red_sea_closure`, `user:my-scenario`, …); a later run of the same key replaces it. */
  readonly key: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly run: ScenarioRun;
}

/** Runs kept: enough for the element table's trend and a three-way comparison, few enough to stay small. */
export const SESSION_RUNS_KEPT = 6;

/**
 * The scenario runs of this page's session, oldest first: the Scenarios view adds each finished run, and the
 * Utilization view's element table (trend across scenarios) and the Scenarios comparison read them. Not kept in
 * storage or the URL: a run is the worker's answer for the dataset loaded now, so a dataset switch clears them.
 * @example
 * const runs = new SessionRuns();
 * runs.add({ key: 'red_sea_closure', nameEn: 'Red Sea closure', nameZh: '红海关闭', run });
 * runs.list.length; // 1
 */
export class SessionRuns {
  list: readonly SessionRun[] = $state.raw([]);

  /** Adds a run at the end, dropping an earlier run of the same key and the oldest beyond {@link SESSION_RUNS_KEPT}. */
  add(entry: SessionRun): void {
    this.list = [...this.list.filter((r) => r.key !== entry.key), entry].slice(-SESSION_RUNS_KEPT);
  }

  /** Forgets every run (the dataset changed). */
  clear(): void {
    this.list = [];
  }
}

/** The page's one list of scenario runs, shared by the Scenarios and Utilization views. */
export const sessionRuns = new SessionRuns();
