// Lives in test/ because it crosses concerns: load (the subject) and engine (what a loaded network must run).
// The loader's promise, as a property: whatever is done to a valid dataset — rows deleted or copied, ids
// swapped, links made into loops, numbers pushed to extremes, control characters and deep JSON slipped in —
// `loadNetwork` either refuses it with a `CorridorError` listing at least one issue, or returns a network the
// engine can route and assign on without throwing anything but a `CorridorError`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine/create-engine.js';
import { loadNetwork } from '../src/load/load-network.js';
import { CorridorError } from '../src/model/corridor-error.js';
import { tinyDataset } from './tiny-dataset.js';

const CSV_FILES = Object.keys(tinyDataset)
  .filter((file) => file.endsWith('.csv'))
  .sort();
const JSON_FILES = ['services.json', 'corridors.json', 'dataset.json', 'scenarios.json'];

/** A preset with one edit of each numeric kind, so that mutations reach scenario figures too. */
const PRESET = {
  scenarios: [
    {
      id: 'fuzz',
      nameEn: 'Fuzz',
      nameZh: '模糊',
      description: 'every numeric edit',
      edits: [
        { kind: 'scale-capacity', target: 'xmn_port', factor: 0.5 },
        { kind: 'add-delay', terminal: 'alashankou_dostyk', hours: 12 },
        { kind: 'set-tariff', service: 'sea_xmn_sin', factor: 2 },
        { kind: 'set-emission-factor', vehicle: 'feeder-container', gPerTonneKm: 20 },
        { kind: 'scale-demand', factor: 1.5 },
      ],
      sources: ['X1'],
    },
  ],
};
const BASE: Record<string, string> = { ...tinyDataset, 'scenarios.json': JSON.stringify(PRESET) };

/** Values a careless or hostile editor might write in any cell or JSON leaf. */
const WEIRD_TEXT = [
  '',
  '0',
  '-1',
  '1e308',
  '-1e308',
  '1e-320',
  '1e30',
  '999999999999',
  'NaN',
  'Infinity',
  '0.0000001',
  '\u001b]0;pwned\u0007',
  'a\u0000b',
  '\u202eevil',
  'x'.repeat(10_001),
];
const WEIRD_JSON: unknown[] = [0, -1, 1e308, -1e308, 5e-324, 1e30, null, true, '', [], {}, 'x'.repeat(10_001)];
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Every id written in the tiny dataset, for swaps. */
const IDS = [
  ...new Set(
    CSV_FILES.flatMap((file) =>
      (tinyDataset[file] as string)
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[0] as string),
    ),
  ),
].sort();

type Mutation =
  | { kind: 'delete-row' | 'duplicate-row' | 'self-link'; file: number; row: number }
  | { kind: 'set-cell'; file: number; row: number; column: number; value: string }
  | { kind: 'json-leaf'; file: number; path: number; value: unknown }
  | { kind: 'json-array'; file: number; path: number; copy: boolean }
  | { kind: 'deep-json'; file: number; depth: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete-row', 'duplicate-row', 'self-link'),
    file: fc.nat(),
    row: fc.nat(),
  }) as fc.Arbitrary<Mutation>,
  fc.record({
    kind: fc.constant('set-cell' as const),
    file: fc.nat(),
    row: fc.nat(),
    column: fc.nat(),
    value: fc.oneof(fc.constantFrom(...WEIRD_TEXT), fc.constantFrom(...IDS), fc.string({ maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant('json-leaf' as const),
    file: fc.nat(),
    path: fc.nat(),
    value: fc.oneof(fc.constantFrom(...WEIRD_JSON), fc.constantFrom(...IDS), fc.double()),
  }),
  fc.record({ kind: fc.constant('json-array' as const), file: fc.nat(), path: fc.nat(), copy: fc.boolean() }),
  fc.record({ kind: fc.constant('deep-json' as const), file: fc.nat(), depth: fc.integer({ min: 60, max: 9_000 }) }),
);

/** Paths to every leaf (or, with `arrays`, every array element) of a JSON value, in document order. */
function paths(node: unknown, arrays: boolean, prefix: (string | number)[] = []): (string | number)[][] {
  if (node === null || typeof node !== 'object') return arrays ? [] : [prefix];
  const entries = Array.isArray(node) ? node.map((v, i) => [i, v] as const) : Object.entries(node);
  const own = arrays && Array.isArray(node) ? entries.map(([key]) => [...prefix, key]) : [];
  return [...own, ...entries.flatMap(([key, value]) => paths(value, arrays, [...prefix, key]))];
}

function apply(files: Record<string, string>, m: Mutation): void {
  if (m.kind === 'deep-json' || m.kind === 'json-leaf' || m.kind === 'json-array') {
    const file = JSON_FILES[m.file % JSON_FILES.length] as string;
    if (m.kind === 'deep-json') {
      files[file] = deepJson(m.depth);
      return;
    }
    if ((files[file] as string).startsWith('[[')) return; // already made deep: nothing to walk
    const root = JSON.parse(files[file] as string) as unknown;
    const all = paths(root, m.kind === 'json-array');
    const path = all[m.path % Math.max(all.length, 1)];
    if (path === undefined || path.length === 0) return;
    type Node = Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, root as Node);
    const key = path.at(-1) as string | number;
    if (m.kind === 'json-leaf') parent[key] = m.value;
    else if (m.copy) (parent as unknown as unknown[]).splice(key as number, 0, structuredClone(parent[key]));
    else (parent as unknown as unknown[]).splice(key as number, 1);
    files[file] = JSON.stringify(root);
    return;
  }
  const file = CSV_FILES[m.file % CSV_FILES.length] as string;
  const [header = '', ...rows] = (files[file] as string).trim().split('\n');
  if (rows.length === 0) return;
  const r = m.row % rows.length;
  const cells = (rows[r] as string).split(',');
  const columns = header.split(',');
  if (m.kind === 'delete-row') rows.splice(r, 1);
  else if (m.kind === 'duplicate-row') rows.splice(r, 0, rows[r] as string);
  else if (m.kind === 'self-link') {
    const from = columns.indexOf('from');
    const to = columns.indexOf('to');
    if (from < 0 || to < 0) return;
    cells[to] = cells[from] as string;
    rows[r] = cells.join(',');
  } else if (m.kind === 'set-cell') {
    const value = m.value.includes(',') || m.value.includes('"') ? `"${m.value.replaceAll('"', '""')}"` : m.value;
    cells[m.column % cells.length] = value;
    rows[r] = cells.join(',');
  }
  files[file] = [header, ...rows].join('\n');
}

/** Runs `call`; anything thrown must be a `CorridorError`. */
function onlyCorridorErrors(what: string, call: () => unknown): void {
  try {
    call();
  } catch (error) {
    expect(error, `${what} threw ${String(error)}`).toBeInstanceOf(CorridorError);
  }
}

describe('loadNetwork (properties)', () => {
  it('starts from a valid dataset with a preset scenario', () => {
    expect(loadNetwork(BASE).scenarios.map((scenario) => scenario.id)).toEqual(['fuzz']);
  });

  it('refuses a mutated dataset with a listed issue, or loads one that route, assign and the scenario run on', () => {
    let refused = 0;
    let loaded = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const files: Record<string, string> = { ...BASE };
        for (const m of mutations) apply(files, m);
        let network: ReturnType<typeof loadNetwork>;
        try {
          network = loadNetwork(files);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(CorridorError);
          expect((error as CorridorError).issues.length).toBeGreaterThan(0);
          refused++;
          return;
        }
        loaded++;
        const engine = createEngine(network);
        const places = network.places.map((p) => p.id);
        for (const [from, to] of [
          [places[0], places[1]],
          [places[2], places[3]],
          [places[1], places[0]],
        ]) {
          if (from === undefined || to === undefined) continue;
          onlyCorridorErrors(`route ${from} → ${to}`, () => engine.route({ from, to }));
        }
        onlyCorridorErrors('assign aon', () => engine.assign({ method: 'aon' }));
        for (const scenario of network.scenarios) {
          const routes = [{ from: places[0] ?? '', to: places[1] ?? '' }];
          onlyCorridorErrors(`scenario ${scenario.id}`, () => engine.compareScenario(scenario.id, { routes }));
        }
      }),
      { numRuns: 2_500 },
    );
    // Both outcomes are exercised: a fuzz that only ever refuses would prove nothing about the engine.
    expect(refused).toBeGreaterThan(0);
    expect(loaded).toBeGreaterThan(0);
  }, 60_000);
});
