import type { AssignmentTotals } from '@corridor/core/flow';
import type { PlainShift } from '../../engine/scenario-api';
import type { SessionRun } from './session-runs.svelte';

/** Scenarios compared side by side at most: three columns and three small maps still fit beside the map. */
export const MAX_COMPARED = 3;
/** Changed elements listed per scenario. */
export const TOP_CHANGED = 3;

/** One column of the comparison: the base, or a scenario's side after. */
export interface ComparisonColumn {
  /** `base`, or the run's selection key. */
  readonly key: string;
  readonly nameEn: string | null;
  readonly nameZh: string | null;
  readonly totals: AssignmentTotals;
  /** Share of each class's served demand by main mode, by id (`container:rail`), 0–1. */
  readonly modeShares: ReadonlyMap<string, number>;
  /** The elements whose use moved most (none for the base). */
  readonly topChanged: readonly PlainShift[];
}

/** The runs that can be compared: those that assigned flows. */
export function comparableRuns(runs: readonly SessionRun[]): SessionRun[] {
  return runs.filter((r) => r.run.assignment !== null);
}

/**
 * The columns of the scenario comparison: the base (from the first run's "before": every run of a session starts
 * from the same base network and assignment method, the Scenarios view's), then each chosen run's "after".
 * @param runs - up to {@link MAX_COMPARED} runs that assigned flows, in the order shown
 * @returns the base column and one column per run; no column when no run assigned flows
 * @example
 * comparisonColumns([redSea, closeAlashankou]).map((c) => c.key); // ['base', 'red_sea_closure', 'close_alashankou']
 */
export function comparisonColumns(runs: readonly SessionRun[]): ComparisonColumn[] {
  const compared = comparableRuns(runs).slice(0, MAX_COMPARED);
  const first = compared[0]?.run.assignment;
  if (first === undefined || first === null) return [];
  const base: ComparisonColumn = {
    key: 'base',
    nameEn: null,
    nameZh: null,
    totals: first.before,
    modeShares: new Map(first.modeShares.map((s) => [s.id, s.before])),
    topChanged: [],
  };
  return [
    base,
    ...compared.flatMap(({ key, nameEn, nameZh, run }) => {
      const a = run.assignment;
      if (a === null) return [];
      return [
        {
          key,
          nameEn,
          nameZh,
          totals: a.after,
          modeShares: new Map(a.modeShares.map((s) => [s.id, s.after])),
          // The comparison sorts the shifts by the size of the change already.
          topChanged: a.utilization.slice(0, TOP_CHANGED),
        },
      ];
    }),
  ];
}

/**
 * The mode-share rows of the comparison: every `cargo:mode` id any column has, with a share above zero in one.
 * @param columns - the comparison's columns
 * @returns ids sorted by cargo class, then by the base's share, largest first
 * @example
 * modeShareIds(columns); // ['container:sea', 'container:rail', 'air-cargo:air']
 */
export function modeShareIds(columns: readonly ComparisonColumn[]): string[] {
  const ids = new Set(columns.flatMap((c) => [...c.modeShares].filter(([, share]) => share > 0).map(([id]) => id)));
  const base = columns[0]?.modeShares;
  const cargoOf = (id: string) => id.slice(0, id.lastIndexOf(':'));
  return [...ids].sort(
    (a, b) => cargoOf(a).localeCompare(cargoOf(b)) || (base?.get(b) ?? 0) - (base?.get(a) ?? 0) || a.localeCompare(b),
  );
}
