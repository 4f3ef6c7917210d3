import type { InputIssue } from '../model/corridor-error.js';

/** Collects the problems of one load; every check appends, nothing throws until the end. */
export class IssueList {
  readonly items: InputIssue[] = [];

  add(issue: InputIssue): void {
    this.items.push(issue);
  }

  get count(): number {
    return this.items.length;
  }
}
