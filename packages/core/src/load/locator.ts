import type { InputIssue } from '../model/corridor-error.js';

/** Where an entity was written: a CSV row or a JSON pointer. */
export type IssueLocation = Pick<InputIssue, 'file' | 'row' | 'pointer'>;

/** Remembers where each entity of a dataset was written, so cross-file checks can point at it. */
export class Locator {
  private readonly places = new Map<string, IssueLocation>();

  set(kind: string, key: string, location: IssueLocation): void {
    this.places.set(`${kind}\u0000${key}`, location);
  }

  get(kind: string, key: string): IssueLocation {
    return this.places.get(`${kind}\u0000${key}`) ?? { file: kind };
  }
}
