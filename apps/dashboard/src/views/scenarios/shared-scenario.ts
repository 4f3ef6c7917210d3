/**
 * A user scenario carried inside a shared link: the scenarios.json entry as JSON, compressed with lz-string into
 * URL-safe characters (`shared=` next to `scenario=user:<id>`), so the link runs the same scenario in a browser
 * that never saw it. Reading is bounded and checked (shape only, like an imported file; the engine checks the
 * references when it runs), and never throws.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ScenarioEntry } from './scenario-draft';
import { entryProblems } from './user-scenarios';

/**
 * Longest `shared` value written or read, in characters. A scenario of a few edits takes a few hundred; a longer
 * one (a large added service) is left out of the link, which then names the scenario only and the receiving page
 * offers an import. Bounding the input also bounds what decompressing it can produce.
 */
export const MAX_SHARED_SCENARIO_CHARS = 4000;

/** Longest JSON text accepted after decompressing, in characters (a stored scenario is a few KB at most). */
const MAX_SHARED_JSON_CHARS = 64 * 1024;

/**
 * The `shared` value for a user scenario.
 * @param entry - the scenario, as stored
 * @returns URL-safe text, or `null` when it would pass {@link MAX_SHARED_SCENARIO_CHARS}
 * @example
 * const text = encodeSharedScenario(entry);
 * decodeSharedScenario(text ?? '', entry.id); // equal to entry
 */
export function encodeSharedScenario(entry: ScenarioEntry): string | null {
  const text = compressToEncodedURIComponent(JSON.stringify(entry));
  return text.length <= MAX_SHARED_SCENARIO_CHARS ? text : null;
}

/**
 * Reads a `shared` value back into a scenario; never throws.
 * @param text - the value from the URL
 * @param id - the id the link's `scenario=user:<id>` names: the entry must have it
 * @returns the entry, or `null` when the text is too long, not lz-string, not JSON, not of a scenario's shape, or
 *   of another id
 */
export function decodeSharedScenario(text: string, id: string): ScenarioEntry | null {
  if (text === '' || text.length > MAX_SHARED_SCENARIO_CHARS) return null;
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(text);
  } catch {
    return null;
  }
  if (json === null || json === '' || json.length > MAX_SHARED_JSON_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (entryProblems(value, '').length > 0) return null;
  const entry = value as ScenarioEntry;
  return entry.id === id ? entry : null;
}

/** Whether two entries are the same scenario, field for field. */
export function sameScenario(a: ScenarioEntry, b: ScenarioEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
