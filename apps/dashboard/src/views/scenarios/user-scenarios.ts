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

/**
 * What makes an entry not a scenario, as a code the page words in its language (`userScenarios.problem.<code>` in
 * the catalogue): a value that is no object, an empty or missing text field, edits that are not a list, an edit
 * without its kind, sources that are not a list of ids.
 */
export type EntryProblemCode =
  | 'not-object'
  | 'empty-string'
  | 'edits-not-array'
  | 'edit-without-kind'
  | 'sources-not-ids';

/** Why an entry is not a scenario: where (`/scenarios/0/edits`) and what. */
export interface EntryProblem {
  readonly pointer: string;
  readonly code: EntryProblemCode;
}

/** The problems of a value as a scenarios.json entry (shape only); none when it is one. */
export function entryProblems(value: unknown, pointer: string): EntryProblem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [{ pointer, code: 'not-object' }];
  const entry = value as Record<string, unknown>;
  const out: EntryProblem[] = [];
  for (const field of ['id', 'nameEn', 'nameZh', 'description']) {
    if (typeof entry[field] !== 'string' || entry[field] === '')
      out.push({ pointer: `${pointer}/${field}`, code: 'empty-string' });
  }
  const edits = entry.edits;
  if (!Array.isArray(edits)) out.push({ pointer: `${pointer}/edits`, code: 'edits-not-array' });
  else
    edits.forEach((edit, k) => {
      if (typeof edit !== 'object' || edit === null || typeof (edit as { kind?: unknown }).kind !== 'string')
        out.push({ pointer: `${pointer}/edits/${k}/kind`, code: 'edit-without-kind' });
    });
  const sources = entry.sources;
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string'))
    out.push({ pointer: `${pointer}/sources`, code: 'sources-not-ids' });
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

/**
 * Why a file was not imported: its name, where in it (a JSON pointer, empty for the whole file) and what, as a
 * code: an entry's {@link EntryProblemCode}, or `not-json` (`detail`: the parser's words), `not-a-list` (no
 * scenario in it) and `too-many` (`count` of at most `max`).
 */
export interface ImportProblem {
  readonly file: string;
  readonly pointer: string;
  readonly code: EntryProblemCode | 'not-json' | 'not-a-list' | 'too-many';
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An import's outcome: the entries, or every problem, each naming the file and field. */
export type ImportResult =
  | { readonly ok: true; readonly scenarios: ScenarioEntry[] }
  | { readonly ok: false; readonly problems: ImportProblem[] };

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
    return {
      ok: false,
      problems: [{ file, pointer: '', code: 'not-json', params: { detail: (error as Error).message } }],
    };
  }
  const wrapped = typeof raw === 'object' && raw !== null && 'scenarios' in raw;
  const list: unknown = wrapped ? (raw as { scenarios: unknown }).scenarios : [raw];
  if (!Array.isArray(list) || list.length === 0)
    return { ok: false, problems: [{ file, pointer: '/scenarios', code: 'not-a-list' }] };
  if (list.length > MAX_USER_SCENARIOS)
    return {
      ok: false,
      problems: [
        { file, pointer: '/scenarios', code: 'too-many', params: { count: list.length, max: MAX_USER_SCENARIOS } },
      ],
    };
  const problems = list.flatMap((entry, k) =>
    entryProblems(entry, wrapped ? `/scenarios/${k}` : '').map((p): ImportProblem => ({ file, ...p })),
  );
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenarios: list as ScenarioEntry[] };
}
