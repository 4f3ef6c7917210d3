import { describe, expect, it } from 'vitest';
import {
  draftEntry,
  draftProblems,
  EDIT_FIELDS,
  EDIT_KINDS,
  type EditKind,
  emptyDraft,
  emptyEdit,
  entryDraft,
  fieldKey,
  shownProblems,
  touchesWithoutEdit,
} from './scenario-draft';

const named = { ...emptyDraft(), id: 'mine', nameEn: 'Mine', description: 'Built in a test.' };

describe('the edit form’s draft', () => {
  it('has fields for every one of the 11 edit kinds', () => {
    expect(EDIT_KINDS).toHaveLength(11);
    for (const kind of EDIT_KINDS) expect(EDIT_FIELDS[kind].length).toBeGreaterThan(0);
  });

  it('asks for an id, a name, a description and at least one edit', () => {
    const keys = draftProblems(emptyDraft()).map((p) => `${p.field}:${p.key}`);
    expect(keys).toEqual(['id:required', 'nameEn:required', 'description:required', 'edits:noEdits']);
    expect(draftProblems({ ...named, id: 'Has Space', edits: [] })[0]).toEqual({
      edit: null,
      field: 'id',
      key: 'idFormat',
    });
  });

  it('refuses a factor of 0, negative hours, text for a number, and a tariff with nothing to set', () => {
    const scale = emptyEdit('scale-capacity');
    scale.values = { target: 'brest_malaszewicze', factor: '0' };
    const delay = emptyEdit('add-delay');
    delay.values = { terminal: 'brest_malaszewicze', hours: '-1' };
    const emission = emptyEdit('set-emission-factor');
    emission.values = { vehicle: 'rail-electric', gPerTonneKm: 'abc' };
    const tariff = emptyEdit('set-tariff');
    tariff.values = { service: 'x', usdPerTeu: '', usdPerTonne: '', factor: '' };
    const problems = draftProblems({ ...named, edits: [scale, delay, emission, tariff] });
    expect(problems).toEqual([
      { edit: 0, field: 'factor', key: 'outOfRange', range: { min: 0.001, max: 1000 } },
      { edit: 1, field: 'hours', key: 'outOfRange', range: { min: 0, max: 8760 } },
      { edit: 2, field: 'gPerTonneKm', key: 'notNumber' },
      { edit: 3, field: 'usdPerTeu', key: 'tariffNeedsOne' },
    ]);
    scale.values.factor = '0.5';
    expect(draftProblems({ ...named, edits: [scale] })).toEqual([]);
  });

  it('refuses the numbers the loader refuses: factors past a thousandfold or under a thousandth, 1e308, 1e-320', () => {
    const draftWith = (kind: EditKind, values: Record<string, string>) => {
      const edit = emptyEdit(kind);
      edit.values = { ...edit.values, ...values };
      return draftProblems({ ...named, edits: [edit] }).map(({ field, key }) => `${field}:${key}`);
    };
    expect(draftWith('scale-capacity', { target: 't', factor: '1e308' })).toEqual(['factor:outOfRange']);
    expect(draftWith('scale-capacity', { target: 't', factor: '1e-320' })).toEqual(['factor:outOfRange']);
    expect(draftWith('scale-capacity', { target: 't', factor: '1000' })).toEqual([]);
    expect(draftWith('scale-demand', { factor: '0' })).toEqual([]);
    expect(draftWith('scale-demand', { factor: '1001' })).toEqual(['factor:outOfRange']);
    expect(draftWith('set-tariff', { service: 's', usdPerTeu: '2e6' })).toEqual(['usdPerTeu:outOfRange']);
    expect(draftWith('set-emission-factor', { vehicle: 'air-freighter', gPerTonneKm: '1e5' })).toEqual([
      'gPerTonneKm:outOfRange',
    ]);
    expect(draftWith('add-delay', { terminal: 't', hours: '8761' })).toEqual(['hours:outOfRange']);
  });

  it('writes the scenarios.json entry: numbers as numbers, empty optional fields left out, unsourced', () => {
    const demand = emptyEdit('scale-demand');
    demand.values = { factor: '1.3', from: 'region:fujian', to: '', cargo: '' };
    const service = emptyEdit('add-service');
    service.values = { service: '{ "id": "new" }' };
    const entry = draftEntry({ ...named, nameZh: ' ', edits: [demand, service] });
    expect(entry).toEqual({
      id: 'mine',
      nameEn: 'Mine',
      nameZh: 'Mine',
      description: 'Built in a test.',
      edits: [
        { kind: 'scale-demand', factor: 1.3, from: 'region:fujian' },
        { kind: 'add-service', service: { id: 'new' } },
      ],
      sources: [],
    });
    expect(draftEntry(entryDraft(entry))).toEqual(entry);
    // A market reaction on one lane survives the round trip through the form (set-tariff's lane).
    const tariff = {
      ...entry,
      edits: [{ kind: 'set-tariff' as const, service: 'apl-asia-nwe', lane: 'asia-north-europe', factor: 3.0555 }],
    };
    expect(draftEntry(entryDraft(tariff))).toEqual(tariff);
    service.values = { service: '[1' };
    expect(draftProblems({ ...named, edits: [service] })).toEqual([{ edit: 0, field: 'service', key: 'badJson' }]);
  });
});

describe('which problems the form shows', () => {
  const draft = { ...emptyDraft(), edits: [emptyEdit('scale-capacity'), emptyEdit('close-passage')] };
  const problems = draftProblems(draft);

  it('shows none before the user acts, though the empty form has problems (issue 17: "Required." on opening)', () => {
    expect(problems.length).toBeGreaterThan(0);
    expect(shownProblems(problems, { touched: new Set(), submitted: false })).toEqual([]);
  });

  it("shows a field's problem once the user has changed or left it, and only that field's", () => {
    const shown = shownProblems(problems, { touched: new Set(['nameEn', fieldKey(1, 'passage')]), submitted: false });
    expect(shown.map((p) => fieldKey(p.edit, p.field))).toEqual(['nameEn', '1/passage']);
  });

  it('shows every problem once saving was tried', () => {
    expect(shownProblems(problems, { touched: new Set(), submitted: true })).toEqual(problems);
  });

  it('moves the touched fields of later edits up when an edit is removed', () => {
    expect([...touchesWithoutEdit(new Set(['id', '0/target', '1/passage', '2/factor']), 1)]).toEqual([
      'id',
      '0/target',
      '1/factor',
    ]);
  });
});
