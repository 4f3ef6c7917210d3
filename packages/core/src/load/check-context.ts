import type { InputIssue } from '../model/corridor-error.js';
import type { Network, Place, RailJunction, SeaWaypoint, Terminal } from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';
import type { IssueList } from './issue-list.js';
import type { Locator } from './locator.js';

/** A problem, located by the entity it is about rather than by file and row. */
export type IssueDetail = Omit<InputIssue, 'file' | 'row' | 'pointer'>;

/** What every cross-file check needs: the network, its indexes, and where to report. */
export class CheckContext {
  readonly terminals: ReadonlyMap<string, Terminal>;
  readonly places: ReadonlyMap<string, Place>;
  readonly waypoints: ReadonlyMap<string, SeaWaypoint>;
  readonly junctions: ReadonlyMap<string, RailJunction>;

  /**
   * @param rawIds - ids written in rows that failed to parse: those rows were reported already, so
   *   references to them are not reported again
   */
  constructor(
    readonly network: Network,
    readonly locate: Locator,
    readonly issues: IssueList,
    private readonly rawIds: ReadonlySet<string>,
  ) {
    this.terminals = new Map(network.terminals.map((t) => [t.id, t]));
    this.places = new Map(network.places.map((p) => [p.id, p]));
    this.waypoints = new Map(network.seaWaypoints.map((w) => [w.id, w]));
    this.junctions = new Map(network.railJunctions.map((j) => [j.id, j]));
  }

  /** Reports a problem of the entity `key` of `kind` (`terminal`, `lane`, `service`, …) where it was written. */
  report(kind: string, key: string, detail: IssueDetail): void {
    this.issues.add({ ...this.locate.get(kind, key), ...detail });
  }

  /** True for an id whose own row failed to parse. */
  failedToParse(id: string): boolean {
    return this.rawIds.has(id);
  }

  /** Reports an unknown reference with a "did you mean", unless the referenced row itself failed. */
  unknown(kind: string, key: string, field: string, value: string, what: string, candidates: readonly string[]): void {
    if (this.rawIds.has(value)) return;
    const close = suggest(value, candidates);
    this.report(kind, key, {
      field,
      value,
      code: 'unknown-reference',
      ...(close.length === 0 ? {} : { params: { suggestion: close.join(', ') } }),
      message: `unknown ${what}${didYouMean(close)}`,
      fix: `use the id of a ${what}`,
    });
  }
}
