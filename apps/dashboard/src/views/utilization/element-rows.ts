import type { ElementFlow } from '@corridor/core/flow';

/** An element as the assignment reports it (core's `ElementFlow`): the fields the element table reads. */
export type AssignedElement = Pick<
  ElementFlow,
  'id' | 'kind' | 'nameEn' | 'nameZh' | 'unit' | 'flowPerWeek' | 'backgroundPerWeek' | 'capacityPerWeek' | 'utilization'
>;

/** A scenario run as the trend reads it: its name and the elements whose utilization it changed. */
export interface TrendRun {
  readonly key: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** Elements whose utilization changed (`null` when the run did not assign flows). */
  readonly changed: readonly { readonly id: string; readonly after: number }[] | null;
}

/** One row of the element table. */
export interface ElementRow extends AssignedElement {
  /** Use in this view's run, then after each scenario run that assigned flows (`null` without a capacity). */
  readonly trend: readonly (number | null)[];
  /** Largest change of use across the scenarios, signed (0 when none changed it): what the trend column sorts by. */
  readonly largestChange: number;
}

/**
 * The rows of the element table: every capacity element of the run, with its use in each scenario of the session.
 * An element a scenario did not change keeps its use from this view's run (the scenario's comparison lists every
 * element whose use moved); runs that assigned no flows are left out of the trend. One pass over the elements
 * with a map per run: a few milliseconds for thousands of elements, so it runs on the page.
 * @param elements - the assignment's elements
 * @param runs - the session's scenario runs, oldest first
 * @returns one row per element, in the assignment's order
 * @example
 * elementRows([crossing], [{ key: 'red_sea_closure', nameEn: '…', nameZh: '…', changed: [{ id: crossing.id, after: 1.1 }] }])[0].trend; // [0.8, 1.1]
 */
export function elementRows(elements: readonly AssignedElement[], runs: readonly TrendRun[]): ElementRow[] {
  const assigned = runs.flatMap((run) =>
    run.changed === null ? [] : [new Map(run.changed.map((s) => [s.id, s.after]))],
  );
  return elements.map((element) => {
    const base = element.utilization;
    const trend = [base, ...assigned.map((changed) => (base === null ? null : (changed.get(element.id) ?? base)))];
    let largestChange = 0;
    for (const use of trend) {
      if (base !== null && use !== null && Math.abs(use - base) > Math.abs(largestChange)) largestChange = use - base;
    }
    return { ...element, trend, largestChange };
  });
}

/** The runs of a session that the trend shows (those that assigned flows). */
export function trendRuns<Run extends TrendRun>(runs: readonly Run[]): Run[] {
  return runs.filter((run) => run.changed !== null);
}

/**
 * The texts an element is found by in the table's search: id, names in both languages, and its kind's word.
 * @param row - an element row
 * @param kindWord - the kind's name in the page's language (`border crossing`, `口岸`)
 * @returns the searched texts
 */
export function elementSearchTexts(row: AssignedElement, kindWord: string): readonly string[] {
  return [row.id, row.nameEn, row.nameZh, kindWord];
}
