/**
 * The user's scenarios: kept in localStorage under a versioned key, exported as a scenarios.json file of one
 * entry and imported from such a file. Only the shape is checked here; the engine checks the references against
 * the dataset when a scenario runs, so one that no longer fits is still listed, with its error.
 */
import type { ScenarioEntry } from './scenario-draft';

/** localStorage key of the user's scenarios (bump the version when the stored shape changes). */
export const USER_SCENARIOS_KEY = 'corridor.scenarios.v1';

/**
 * Most user scenarios kept: a declared bound on what the page stores (a scenario is a few hundred bytes to a few
 * KB, so 50 stay far inside the ~5 MB browsers give a site) and on the list the view draws.
 */
export const MAX_USER_SCENARIOS = 50;

/** Why an entry is not a scenario: where (`/scenarios/0/edits`) and what. */
export interface EntryProblem {
  readonly pointer: string;
  readonly message: string;
}

/** The problems of a value as a scenarios.json entry (shape only); none when it is one. */
export function entryProblems(value: unknown, pointer: string): EntryProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ pointer, message: 'must be an object' }];
  const entry = value as Record<string, unknown>;
  const out: EntryProblem[] = [];
  for (const field of ['id', 'nameEn', 'nameZh', 'description']) {
    if (typeof entry[field] !== 'string' || entry[field] === '')
      out.push({ pointer: `${pointer}/${field}`, message: 'must be a non-empty string' });
  }
  const edits = entry.edits;
  if (!Array.isArray(edits)) out.push({ pointer: `${pointer}/edits`, message: 'must be an array of edits' });
  else
    edits.forEach((edit, k) => {
      if (typeof edit !== 'object' || edit === null || typeof (edit as { kind?: unknown }).kind !== 'string')
        out.push({ pointer: `${pointer}/edits/${k}/kind`, message: 'an edit must be an object with a kind' });
    });
  const sources = entry.sources;
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string'))
    out.push({ pointer: `${pointer}/sources`, message: 'must be an array of source ids (may be empty)' });
  return out;
}

/** A stored entry left out on loading, with why, so the page can say so and offer it for export. */
export interface DroppedScenario {
  /** The entry as stored. */
  readonly entry: unknown;
  /** `duplicate` (an earlier entry has its id), `malformed` (not a scenario's shape) or `over-limit` (past the 50th). */
  readonly reason: 'duplicate' | 'malformed' | 'over-limit';
  /** Its id when it has one. */
  readonly id?: string;
}

/** The user's scenarios as stored, repaired: what can be listed, and what was left out. */
export interface LoadedScenarios {
  readonly scenarios: ScenarioEntry[];
  readonly dropped: DroppedScenario[];
}

/**
 * The user's scenarios in storage, repaired: missing, malformed or foreign data gives none (and is left alone); a
 * stored entry of the wrong shape, or with an id an earlier entry has (two entries of one id would break every
 * keyed list of the view), is left out and reported in `dropped`, so nothing stored can blank the view.
 */
export function loadUserScenarios(storage: Storage | undefined): LoadedScenarios {
  let raw: unknown;
  try {
    const text = storage?.getItem(USER_SCENARIOS_KEY);
    if (text == null) return { scenarios: [], dropped: [] };
    raw = JSON.parse(text);
  } catch {
    return { scenarios: [], dropped: [] };
  }
  const list = (raw as { scenarios?: unknown } | null)?.scenarios;
  if (!Array.isArray(list)) return { scenarios: [], dropped: [] };
  const scenarios: ScenarioEntry[] = [];
  const dropped: DroppedScenario[] = [];
  const ids = new Set<string>();
  for (const entry of list as unknown[]) {
    const id = (entry as { id?: unknown } | null)?.id;
    const named = typeof id === 'string' ? { id } : {};
    if (entryProblems(entry, '').length > 0) dropped.push({ entry, reason: 'malformed', ...named });
    else if (ids.has((entry as ScenarioEntry).id)) dropped.push({ entry, reason: 'duplicate', ...named });
    else if (scenarios.length >= MAX_USER_SCENARIOS) dropped.push({ entry, reason: 'over-limit', ...named });
    else {
      ids.add((entry as ScenarioEntry).id);
      scenarios.push(entry as ScenarioEntry);
    }
  }
  return { scenarios, dropped };
}

/** The text of the entries left out, as a scenarios.json the user can keep, fix and import again. */
export function droppedText(dropped: readonly DroppedScenario[]): string {
  return `${JSON.stringify({ scenarios: dropped.map((d) => d.entry) }, null, 2)}\n`;
}

/** Stores the user's scenarios; a full or disabled storage is ignored (they stay for this session). */
export function saveUserScenarios(storage: Storage | undefined, scenarios: readonly ScenarioEntry[]): void {
  try {
    storage?.setItem(USER_SCENARIOS_KEY, JSON.stringify({ scenarios }));
  } catch {
    // Quota or privacy mode: nothing to do but keep them in memory.
  }
}

/** A list with `entry` added, or replacing the one of the same id (kept at its place). */
export function withScenario(list: readonly ScenarioEntry[], entry: ScenarioEntry): ScenarioEntry[] {
  const at = list.findIndex((s) => s.id === entry.id);
  return at < 0 ? [...list, entry] : list.map((s, k) => (k === at ? entry : s));
}

/** The text of an exported scenario: the scenarios.json shape with the one entry. */
export function exportText(entry: ScenarioEntry): string {
  return `${JSON.stringify({ scenarios: [entry] }, null, 2)}\n`;
}

/** An import's outcome: the entries, or every problem as a line naming the file and field. */
export type ImportResult =
  | { readonly ok: true; readonly scenarios: ScenarioEntry[] }
  | { readonly ok: false; readonly problems: string[] };

/**
 * Reads a scenarios.json file (`{ "scenarios": [ … ] }`) or a file of one scenario object.
 * @param text - the file's text
 * @param file - its name, for messages
 */
export function importScenarios(text: string, file: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${file}: not JSON (${(error as Error).message})`] };
  }
  const wrapped = typeof raw === 'object' && raw !== null && 'scenarios' in raw;
  const list: unknown = wrapped ? (raw as { scenarios: unknown }).scenarios : [raw];
  if (!Array.isArray(list) || list.length === 0)
    return { ok: false, problems: [`${file} /scenarios: must be a non-empty array of scenarios`] };
  if (list.length > MAX_USER_SCENARIOS)
    return { ok: false, problems: [`${file} /scenarios: ${list.length} scenarios; at most ${MAX_USER_SCENARIOS}`] };
  const problems = list.flatMap((entry, k) =>
    entryProblems(entry, wrapped ? `/scenarios/${k}` : '').map((p) => `${file} ${p.pointer}: ${p.message}`),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios: list as ScenarioEntry[] };
}
