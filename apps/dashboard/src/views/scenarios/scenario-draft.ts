/**
 * The edit form's model, kept apart from the component so it can be tested: a draft scenario whose fields are
 * the strings the inputs hold, the fields each of the 11 edit kinds asks for, the inline problems (message keys,
 * English and Chinese in `scenario-form-messages.ts`), and the scenarios.json entry the draft stands for.
 */
import {
  MAX_SCENARIO_DELAY_HOURS,
  MAX_SCENARIO_FACTOR,
  MAX_SCENARIO_G_PER_TONNE_KM,
  MAX_SCENARIO_USD_PER_TEU,
  MAX_SCENARIO_USD_PER_TONNE,
  MIN_SCENARIO_FACTOR,
  SCENARIO_EDIT_KINDS,
} from '@corridor/core/model';
import type { ScenarioEntry } from '../../engine/scenario-api';

export type EditKind = (typeof SCENARIO_EDIT_KINDS)[number];
export const EDIT_KINDS: readonly EditKind[] = SCENARIO_EDIT_KINDS;

/** Which list of `ScenarioChoices` fills a picker; `number` is a number input, `text` a free id, `json` a text area. */
export type FieldInput =
  | 'passage'
  | 'terminal'
  | 'crossing'
  | 'terminal-or-crossing'
  | 'service'
  | 'corridor'
  | 'capacity-target'
  | 'place-or-region'
  | 'vehicle'
  | 'cargo'
  | 'number'
  | 'text'
  | 'json';

/** The values a number field takes, both ends included (a type, not an interface: it fills a message's params). */
export type NumberRange = {
  readonly min: number;
  readonly max: number;
};

/** A field of an edit: its property in scenarios.json, its input, and whether it may be left empty. */
export interface FieldSpec {
  readonly name: string;
  readonly input: FieldInput;
  readonly optional?: boolean;
  /** For numbers: the range the loader and the engine accept (`flow-limits` of `@corridor/core/model`). */
  readonly range?: NumberRange;
}

// The same bounds as the scenario schema of the loader and the engine, so that the form refuses what they would.
const FACTOR: NumberRange = { min: MIN_SCENARIO_FACTOR, max: MAX_SCENARIO_FACTOR };
const DEMAND_FACTOR: NumberRange = { min: 0, max: MAX_SCENARIO_FACTOR };
const DELAY_HOURS: NumberRange = { min: 0, max: MAX_SCENARIO_DELAY_HOURS };
const USD_PER_TEU: NumberRange = { min: 0, max: MAX_SCENARIO_USD_PER_TEU };
const USD_PER_TONNE: NumberRange = { min: 0, max: MAX_SCENARIO_USD_PER_TONNE };
const G_PER_TONNE_KM: NumberRange = { min: 0, max: MAX_SCENARIO_G_PER_TONNE_KM };

/** The fields of each edit kind, in the order of scenarios.json. */
export const EDIT_FIELDS: Readonly<Record<EditKind, readonly FieldSpec[]>> = {
  'close-passage': [{ name: 'passage', input: 'passage' }],
  'close-terminal': [{ name: 'terminal', input: 'terminal' }],
  'close-border-crossing': [{ name: 'terminal', input: 'crossing' }],
  'close-service': [{ name: 'service', input: 'service' }],
  'close-corridor': [{ name: 'corridor', input: 'corridor' }],
  'scale-capacity': [
    { name: 'target', input: 'capacity-target' },
    { name: 'factor', input: 'number', range: FACTOR },
  ],
  'add-delay': [
    { name: 'terminal', input: 'terminal-or-crossing' },
    { name: 'hours', input: 'number', range: DELAY_HOURS },
  ],
  'set-tariff': [
    { name: 'service', input: 'service' },
    // A trade lane of the service's pair rates (tariffs[].lane): move only that lane, as a market reaction.
    { name: 'lane', input: 'text', optional: true },
    { name: 'usdPerTeu', input: 'number', optional: true, range: USD_PER_TEU },
    { name: 'usdPerTonne', input: 'number', optional: true, range: USD_PER_TONNE },
    { name: 'factor', input: 'number', optional: true, range: FACTOR },
  ],
  'set-emission-factor': [
    { name: 'vehicle', input: 'vehicle' },
    { name: 'gPerTonneKm', input: 'number', range: G_PER_TONNE_KM },
  ],
  'add-service': [{ name: 'service', input: 'json' }],
  'scale-demand': [
    { name: 'factor', input: 'number', range: DEMAND_FACTOR },
    { name: 'from', input: 'place-or-region', optional: true },
    { name: 'to', input: 'place-or-region', optional: true },
    { name: 'cargo', input: 'cargo', optional: true },
  ],
};

/** One edit as the form holds it: the kind and each field's text. */
export interface EditDraft {
  kind: EditKind;
  values: Record<string, string>;
}

/** A scenario as the form holds it. */
export interface ScenarioDraft {
  id: string;
  nameEn: string;
  nameZh: string;
  description: string;
  edits: EditDraft[];
}

/** A problem of a draft: where (`null` edit for the scenario's own fields), the message key, and its range. */
export interface DraftProblem {
  readonly edit: number | null;
  readonly field: string;
  readonly key: DraftProblemKey;
  /** For `outOfRange`: the values the field takes (the message's `{min}` and `{max}`). */
  readonly range?: NumberRange;
}

export type DraftProblemKey =
  | 'required'
  | 'idFormat'
  | 'notNumber'
  | 'outOfRange'
  | 'tariffNeedsOne'
  | 'noEdits'
  | 'badJson';

export type { ScenarioEntry };

const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** An empty edit of a kind. */
export function emptyEdit(kind: EditKind): EditDraft {
  return { kind, values: Object.fromEntries(EDIT_FIELDS[kind].map((f) => [f.name, ''])) };
}

/** An empty draft. */
export function emptyDraft(): ScenarioDraft {
  return { id: '', nameEn: '', nameZh: '', description: '', edits: [] };
}

/**
 * The problems of a draft, in form order; none means {@link draftEntry} gives an entry the engine can check
 * (references are checked by the engine, against the network).
 */
export function draftProblems(draft: ScenarioDraft): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (draft.id.trim() === '') out.push({ edit: null, field: 'id', key: 'required' });
  else if (!ID_PATTERN.test(draft.id.trim())) out.push({ edit: null, field: 'id', key: 'idFormat' });
  if (draft.nameEn.trim() === '') out.push({ edit: null, field: 'nameEn', key: 'required' });
  if (draft.description.trim() === '') out.push({ edit: null, field: 'description', key: 'required' });
  if (draft.edits.length === 0) out.push({ edit: null, field: 'edits', key: 'noEdits' });
  draft.edits.forEach((edit, k) => {
    for (const spec of EDIT_FIELDS[edit.kind]) {
      const text = (edit.values[spec.name] ?? '').trim();
      if (text === '') {
        if (!spec.optional) out.push({ edit: k, field: spec.name, key: 'required' });
        continue;
      }
      if (spec.input === 'json') {
        if (parsedObject(text) === undefined) out.push({ edit: k, field: spec.name, key: 'badJson' });
        continue;
      }
      if (spec.input !== 'number') continue;
      const value = Number(text);
      if (!Number.isFinite(value)) out.push({ edit: k, field: spec.name, key: 'notNumber' });
      else if (spec.range !== undefined && !(value >= spec.range.min && value <= spec.range.max))
        out.push({ edit: k, field: spec.name, key: 'outOfRange', range: spec.range });
    }
    if (edit.kind === 'set-tariff') {
      const given = ['usdPerTeu', 'usdPerTonne', 'factor'].some((f) => (edit.values[f] ?? '').trim() !== '');
      if (!given) out.push({ edit: k, field: 'usdPerTeu', key: 'tariffNeedsOne' });
    }
  });
  return out;
}

function parsedObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The scenarios.json entry of a draft: numbers as numbers, empty optional fields left out, `nameZh` falling
 * back to the English name, and no sources (a user-built scenario is unsourced).
 */
export function draftEntry(draft: ScenarioDraft): ScenarioEntry {
  const edits = draft.edits.map((edit) => {
    const out: Record<string, unknown> = { kind: edit.kind };
    for (const spec of EDIT_FIELDS[edit.kind]) {
      const text = (edit.values[spec.name] ?? '').trim();
      if (text === '') continue;
      out[spec.name] = spec.input === 'number' ? Number(text) : spec.input === 'json' ? parsedObject(text) : text;
    }
    return out;
  });
  const nameEn = draft.nameEn.trim();
  return {
    id: draft.id.trim(),
    nameEn,
    nameZh: draft.nameZh.trim() === '' ? nameEn : draft.nameZh.trim(),
    description: draft.description.trim(),
    edits,
    sources: [],
  };
}

/** A draft holding an entry (to edit a stored scenario); values the form does not know are dropped. */
export function entryDraft(entry: ScenarioEntry): ScenarioDraft {
  const edits = entry.edits.flatMap((edit): EditDraft[] => {
    const kind = EDIT_KINDS.find((k) => k === edit.kind);
    if (kind === undefined) return [];
    const draft = emptyEdit(kind);
    for (const spec of EDIT_FIELDS[kind]) {
      const value = edit[spec.name];
      if (value === undefined) continue;
      draft.values[spec.name] = typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value);
    }
    return [draft];
  });
  return { id: entry.id, nameEn: entry.nameEn, nameZh: entry.nameZh, description: entry.description, edits };
}

/** The key of a field of the form, for what the user has touched: `id`, `nameEn`…, or `<edit>/<field>` (`1/factor`). */
export function fieldKey(edit: number | null, field: string): string {
  return edit === null ? field : `${edit}/${field}`;
}

/** What the user has done to the form so far: the fields changed or left, and whether saving was tried. */
export interface FormTouches {
  readonly touched: ReadonlySet<string>;
  readonly submitted: boolean;
}

/**
 * The problems the form shows: none before the user acts; a field's once the user has changed or left it; all of
 * them (the list's "add an edit" too) once saving was tried.
 * @param problems - every problem of the draft ({@link draftProblems})
 * @param touches - what the user has done
 * @example
 * shownProblems(draftProblems(emptyDraft()), { touched: new Set(), submitted: false }); // []
 */
export function shownProblems(problems: readonly DraftProblem[], touches: FormTouches): DraftProblem[] {
  if (touches.submitted) return [...problems];
  return problems.filter((p) => touches.touched.has(fieldKey(p.edit, p.field)));
}

/**
 * The touched keys after edit `removed` left the list: its own keys go, and those of the edits after it move up.
 * @example
 * touchesWithoutEdit(new Set(['id', '0/passage', '1/factor']), 0); // Set { 'id', '0/factor' }
 */
export function touchesWithoutEdit(touched: ReadonlySet<string>, removed: number): Set<string> {
  const out = new Set<string>();
  for (const key of touched) {
    const match = /^(\d+)\/(.+)$/.exec(key);
    if (match === null) out.add(key);
    else {
      const edit = Number(match[1]);
      if (edit < removed) out.add(key);
      else if (edit > removed) out.add(fieldKey(edit - 1, match[2] ?? ''));
    }
  }
  return out;
}
