import { describe, expect, it } from 'vitest';
import { memoryStorage } from './memory-storage';
import type { ScenarioEntry } from './scenario-draft';
import {
  droppedText,
  exportText,
  importScenarios,
  loadUserScenarios,
  MAX_USER_SCENARIOS,
  saveUserScenarios,
  USER_SCENARIOS_KEY,
  withScenario,
} from './user-scenarios';

const entry: ScenarioEntry = {
  id: 'mine',
  nameEn: 'Mine',
  nameZh: '我的',
  description: 'Closes Małaszewicze.',
  edits: [{ kind: 'close-border-crossing', terminal: 'brest_malaszewicze' }],
  sources: [],
};

describe('the user’s scenarios', () => {
  it('keep at most MAX_USER_SCENARIOS from storage, and refuse a file of more', () => {
    const many = Array.from({ length: MAX_USER_SCENARIOS + 2 }, (_, k) => ({ ...entry, id: `s${k}` }));
    const loaded = loadUserScenarios(memoryStorage({ [USER_SCENARIOS_KEY]: JSON.stringify({ scenarios: many }) }));
    expect(loaded.scenarios).toHaveLength(MAX_USER_SCENARIOS);
    expect(loaded.dropped.map((d) => d.reason)).toEqual(['over-limit', 'over-limit']);
    const imported = importScenarios(JSON.stringify({ scenarios: many }), 'many.json');
    expect(imported.ok).toBe(false);
  });

  it('keep the first of two stored entries with one id and report the other, which would blank the view (issue 15)', () => {
    const twin = { ...entry, nameEn: 'Twin' };
    const stored = memoryStorage({ [USER_SCENARIOS_KEY]: JSON.stringify({ scenarios: [entry, twin] }) });
    const loaded = loadUserScenarios(stored);
    expect(loaded.scenarios).toEqual([entry]);
    expect(loaded.dropped).toEqual([{ entry: twin, reason: 'duplicate', id: entry.id }]);
    expect(JSON.parse(droppedText(loaded.dropped))).toEqual({ scenarios: [twin] });
  });

  it('round-trip through storage under the versioned key', () => {
    const storage = memoryStorage();
    saveUserScenarios(storage, [entry]);
    expect(JSON.parse(storage.getItem(USER_SCENARIOS_KEY) ?? '')).toEqual({ scenarios: [entry] });
    expect(loadUserScenarios(storage)).toEqual({ scenarios: [entry], dropped: [] });
  });

  it('ignore missing, malformed or foreign data, and skip entries of the wrong shape', () => {
    const none = { scenarios: [], dropped: [] };
    expect(loadUserScenarios(undefined)).toEqual(none);
    expect(loadUserScenarios(memoryStorage({ [USER_SCENARIOS_KEY]: '{ nope' }))).toEqual(none);
    expect(loadUserScenarios(memoryStorage({ [USER_SCENARIOS_KEY]: 'null' }))).toEqual(none);
    expect(loadUserScenarios(memoryStorage({ [USER_SCENARIOS_KEY]: '{"scenarios":7}' }))).toEqual(none);
    const mixed = JSON.stringify({ scenarios: [{ id: 3 }, entry, 'x'] });
    const loaded = loadUserScenarios(memoryStorage({ [USER_SCENARIOS_KEY]: mixed }));
    expect(loaded.scenarios).toEqual([entry]);
    expect(loaded.dropped.map((d) => d.reason)).toEqual(['malformed', 'malformed']);
    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(() => saveUserScenarios(full, [entry])).not.toThrow();
  });

  it('replace a scenario of the same id in place', () => {
    const other = { ...entry, id: 'other' };
    const renamed = { ...entry, nameEn: 'Renamed' };
    expect(withScenario([entry, other], renamed)).toEqual([renamed, other]);
    expect(withScenario([other], entry)).toEqual([other, entry]);
  });

  it('export as scenarios.json and import back; a bad file names the file and field', () => {
    const text = exportText(entry);
    expect(JSON.parse(text)).toEqual({ scenarios: [entry] });
    expect(importScenarios(text, 'mine.json')).toEqual({ ok: true, scenarios: [entry] });
    expect(importScenarios(JSON.stringify(entry), 'one.json')).toEqual({ ok: true, scenarios: [entry] });
    const bad = importScenarios(JSON.stringify({ scenarios: [{ ...entry, nameEn: '', edits: [{}] }] }), 'bad.json');
    expect(bad).toEqual({
      ok: false,
      problems: [
        { file: 'bad.json', pointer: '/scenarios/0/nameEn', code: 'empty-string' },
        { file: 'bad.json', pointer: '/scenarios/0/edits/0/kind', code: 'edit-without-kind' },
      ],
    });
    const garbled = importScenarios('{ nope', 'x.json');
    expect(garbled.ok ? [] : garbled.problems).toEqual([
      { file: 'x.json', pointer: '', code: 'not-json', params: { detail: expect.any(String) } },
    ]);
    expect(importScenarios('{"scenarios":[]}', 'empty.json').ok).toBe(false);
  });
});
