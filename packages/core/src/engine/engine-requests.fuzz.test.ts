/**
 * Fuzz of the engine's requests (issue 15): any JSON a client can send to `route`, `pareto`, `maxflow`, `places` or
 * `compareScenario` ends in an answer or in a `CorridorError` with located issues — never another exception — and
 * the same request always gives the same bytes. Requests are built from the fields' real values, near misses and
 * hostile values (huge and tiny numbers, control characters, wrong types, deep nesting), so most cases reach the
 * router. fast-check prints each property's case count and seed (replay with `seed`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { nonFiniteNumbers } from '../../test/non-finite-numbers.js';
import { CorridorError } from '../model/corridor-error.js';
import { MODES } from '../model/network.js';
import { answerJson } from './answer-json.js';
import { createEngine } from './create-engine.js';

const engine = createEngine(fujianNetwork);

/** Places and terminals by id, code and name, and text that is almost one. */
const endpoint = fc.oneof(
  fc.constantFrom(...fujianNetwork.places.map((p) => p.id)),
  fc.constantFrom('Xiamen', '厦门', 'Duisburg', 'XMN', 'Hamburg', 'Los Angeles', 'alashankou_dostyk', 'Xiamn'),
  fc
    .tuple(fc.double({ min: -200, max: 200, noNaN: true }), fc.double({ min: -100, max: 100, noNaN: true }))
    .map(([lon, lat]) => `${lon},${lat}`),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('\u001b]0;pwned\u0007', 'x'.repeat(300), '', '   '),
);

/** Any JSON value a careless or hostile client sends in a field. */
const hostile = fc.oneof(
  fc.constantFrom(0, -1, 1e308, -1e308, 1e-320, Number.MAX_SAFE_INTEGER, 0.5, 11, 21, null, true, 'NaN', '1e308'),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
  fc.constant({ nested: { deeper: [1, 2, 3] } }),
);

/** A place or terminal the dataset has, by id, code or name (both languages), or a position on land or sea. */
const validEndpoint = fc.oneof(
  fc.constantFrom(...fujianNetwork.places.map((p) => p.id)),
  fc.constantFrom('Xiamen', '厦门', 'Duisburg', 'XMN', 'Hamburg', 'Los Angeles', '杜伊斯堡'),
  fc
    .tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }))
    .map(([lon, lat]) => ({ position: [lon, lat] })),
);

/** A well-formed route request: every field optional but the ends, each within its documented range. */
const validRequest = fc.record(
  {
    from: validEndpoint,
    to: validEndpoint,
    objective: fc.constantFrom('time', 'cost', 'co2', 'balanced'),
    teu: fc.double({ min: 0.01, max: 100_000, noNaN: true }),
    modes: fc.subarray([...MODES], { minLength: 1 }),
    avoidPassages: fc.subarray(['suez', 'panama', 'bab-el-mandeb', 'cape-of-good-hope', 'malacca']),
    avoidCountries: fc.subarray(['RU', 'BY', 'KZ', 'EG']),
    alternatives: fc.integer({ min: 1, max: 10 }),
    maxTransfers: fc.integer({ min: 0, max: 20 }),
    depart: fc.constantFrom('2026-12-01', '2026-12-01T08:00Z', '2027-01-15'),
    via: fc.constantFrom('Xiamen', 'Singapore', 'Małaszewicze', 'Moscow'),
  },
  { requiredKeys: ['from', 'to'] },
);

/** The request fields a client may get wrong, and one it may invent. */
const FIELDS = [
  'from',
  'to',
  'objective',
  'teu',
  'modes',
  'avoidPassages',
  'alternatives',
  'maxTransfers',
  'depart',
  'via',
  'unknownField',
];

/** A route request: three in four well formed, the rest with one field hostile or made up. */
const routeRequest = fc.oneof(
  { weight: 3, arbitrary: validRequest },
  {
    weight: 1,
    arbitrary: fc
      .tuple(validRequest, fc.constantFrom(...FIELDS), fc.oneof(hostile, endpoint))
      .map(([request, field, value]) => ({ ...request, [field]: value })),
  },
);

/** How the route cases ended, printed once, so the suite shows it reaches the router and not only the checks. */
const tally = { answered: 0, refused: 0 };

/** Runs a call: its answer's bytes, or the error's code and issue count; anything else fails the property. */
function outcome(call: () => unknown): string {
  try {
    const text = answerJson(call());
    tally.answered += 1;
    return text;
  } catch (error) {
    tally.refused += 1;
    if (!(error instanceof CorridorError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    return `${error.code}:${error.issues.length}`;
  }
}

/** A scenario edit of any kind, with real and near-miss ids and numbers from the tame to the absurd. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('close-passage'), passage: fc.constantFrom('suez', 'panama', 'nowhere') }),
  fc.record({ kind: fc.constant('close-border-crossing'), terminal: fc.constantFrom('brest_malaszewicze', 'x') }),
  fc.record({
    kind: fc.constant('scale-capacity'),
    target: fc.constantFrom('brest_malaszewicze', 'alashankou_dostyk', 'crx-xmn-hamburg', 'x'),
    factor: fc.constantFrom(0.5, 2, 1e308, 1e-320, 0, -1, Number.MAX_VALUE),
  }),
  fc.record({
    kind: fc.constant('set-tariff'),
    service: fc.constantFrom(...fujianNetwork.services.filter((s) => s.mode === 'sea').map((s) => s.id), 'x'),
    factor: fc.constantFrom(1.5, 1e308, 1e-320, 0),
  }),
  fc.record({
    kind: fc.constant('add-delay'),
    terminal: fc.constantFrom('xmn_port_haicang', 'x'),
    hours: fc.constantFrom(1, 1e308, -1),
  }),
  fc.record({ kind: fc.constant('scale-demand'), factor: fc.constantFrom(1.3, 1e300, 0, -2) }),
  hostile,
);

describe('engine requests under fuzz', { timeout: 120_000 }, () => {
  it('a route request ends in an answer or a CorridorError with issues, the same each time', () => {
    fc.assert(
      fc.property(routeRequest, (request) => {
        const first = outcome(() => engine.route(request as never));
        expect(first).not.toMatch(/NaN|Infinity/);
        expect(outcome(() => engine.route(request as never))).toBe(first);
      }),
      { numRuns: 800 },
    );
    // biome-ignore lint/suspicious/noConsole: a fuzz suite says what its cases reached
    console.log(`route fuzz: ${tally.answered} answered (routes or no-route reasons), ${tally.refused} refused`);
    expect(tally.answered).toBeGreaterThan(tally.refused / 10);
  });

  it('any JSON value at all as a request is refused by name or answered, never thrown otherwise', () => {
    // Whole requests of arbitrary JSON (objects with random keys, arrays, scalars, deep nests): checked quickly,
    // so this property runs many cases; the ones above reach the router.
    const anything = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }),
      fc.dictionary(fc.constantFrom('from', 'to', 'modes', 'teu', 'via', 'depart', 'x'), fc.jsonValue({ maxDepth: 3 })),
    );
    fc.assert(
      fc.property(anything, (request) => {
        outcome(() => engine.route(request as never));
        outcome(() => engine.maxflow(request as never));
        outcome(() => engine.places(request as never));
      }),
      { numRuns: 5_000 },
    );
  });

  it('a Pareto request does the same', () => {
    fc.assert(
      fc.property(routeRequest, (request) => {
        expect(outcome(() => engine.pareto(request as never))).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });

  it('a maxflow, distance, places or source request does the same', () => {
    const set = fc.oneof(fc.constantFrom('region:fujian', 'region:eu', 'region:fujain', 'Xiamen,Fuzhou'), endpoint);
    fc.assert(
      fc.property(
        fc.record({ from: set, to: set, modes: fc.oneof(fc.subarray(['sea', 'rail', 'road', 'air']), hostile) }),
        fc.record({
          from: endpoint,
          to: endpoint,
          mode: fc.oneof(fc.constantFrom('sea', 'rail', 'road', 'air'), hostile),
          avoidPassages: fc.oneof(fc.subarray(['suez', 'panama', 'malacca']), hostile),
        }),
        fc.record({ q: fc.oneof(endpoint, hostile), limit: fc.oneof(fc.integer({ min: -1, max: 200 }), hostile) }),
        fc.oneof(fc.constantFrom('S01', 'S38', 'X170'), fc.string({ maxLength: 6 })),
        (flow, distance, places, source) => {
          expect(outcome(() => engine.maxflow(flow as never))).not.toMatch(/NaN|Infinity/);
          expect(outcome(() => engine.distance(distance as never))).not.toMatch(/NaN|Infinity/);
          outcome(() => engine.places(places as never));
          outcome(() => engine.source(source));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('a scenario object of the caller’s, with any edits, ends in an answer with finite figures or a CorridorError', () => {
    const route = { from: 'Xiamen', to: 'Rotterdam', modes: ['sea' as const] };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 3 }), (edits) => {
        const scenario = { id: 'fuzz', nameEn: 'Fuzz', nameZh: '模糊', description: 'generated', edits, sources: [] };
        try {
          const answer = engine.compareScenario(scenario, { routes: [route], perMode: false });
          expect(nonFiniteNumbers(answer)).toEqual([]);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('with the assignment too: every figure before and after is finite, or the scenario is refused', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 2 }), (edits) => {
        const scenario = { id: 'fuzz', nameEn: 'Fuzz', nameZh: '模糊', description: 'generated', edits, sources: [] };
        try {
          const answer = engine.compareScenario(scenario, { routes: [], assign: true });
          expect(nonFiniteNumbers(answer)).toEqual([]);
        } catch (error) {
          if (!(error instanceof CorridorError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('a scenario comparison request with hostile routes does the same (routes only, no assignment)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fujianNetwork.scenarios.map((s) => s.id), 'red-sea-closur'),
        fc.array(fc.record({ from: endpoint, to: endpoint }), { maxLength: 2 }),
        hostile,
        (preset, routes, extra) => {
          outcome(() => engine.compareScenario(preset, { routes, objective: 'cost', perMode: false }));
          outcome(() => engine.compareScenario(preset, { routes, objective: extra } as never));
        },
      ),
      { numRuns: 40 },
    );
  });
});
