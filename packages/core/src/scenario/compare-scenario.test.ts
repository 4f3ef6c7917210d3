import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { infrastructureDistance } from '../geo/infrastructure-distance.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { PASSAGE_IDS, type PassageId } from '../model/network.js';
import type { Scenario, ScenarioEdit } from '../model/scenario.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario, type Shift, worsenedBottlenecks } from './compare-scenario.js';
import { describeComparison } from './describe-comparison.js';

const router = createRouter(fujianNetwork);
const preset = (id: string) => fujianNetwork.scenarios.find((s) => s.id === id) as Scenario;
const of = (...edits: ScenarioEdit[]): Scenario => ({
  id: 't',
  nameEn: 'T',
  nameZh: 'T',
  description: 'T',
  edits,
  sources: ['X60'],
});

describe('compareScenario()', () => {
  it('red-sea-closure: Xiamen → Rotterdam by sea goes round the Cape, and says so in words', () => {
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('red-sea-closure')), {
      baseRouter: router,
      routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }],
    });
    const [route] = comparison.routes;
    if (route === undefined || 'noRoute' in route.after || 'noRoute' in route.before)
      throw new Error('expected routes');
    expect(route.after.passages).toContain('cape-of-good-hope');
    const addedKm = route.after.totals.distanceKm - route.before.totals.distanceKm;
    expect(addedKm).toBeGreaterThan(6000);
    // The added distance is the geometry's: the lane network's shortest sea path Xiamen → Rotterdam with and
    // without Bab-el-Mandeb and Suez (≈ 18,700 and 25,700 km). The route's services call at other ports on
    // the way, so allow 10 % of the lane difference; round the Cape is ≥ 5,000 km longer either way.
    const graphs = buildInfrastructureGraphs(fujianNetwork);
    const laneKm = (avoid: PassageId[]) => {
      const path = infrastructureDistance(fujianNetwork, graphs, 'CNXMN', 'NLRTM', {
        mode: 'sea',
        avoidPassages: new Set(avoid),
      });
      if ('noPath' in path) throw new Error(`no lane path: ${path.noPath.reason}`);
      return path.distanceKm;
    };
    const laneAddedKm = laneKm(['bab-el-mandeb', 'suez']) - laneKm([]);
    expect(laneAddedKm).toBeGreaterThanOrEqual(5000);
    expect(Math.abs(addedKm - laneAddedKm)).toBeLessThan(0.1 * laneAddedKm);
    expect(describeComparison(comparison)[0]).toMatch(
      /^Xiamen → Rotterdam by sea: \+\d+\.\d days, .*now via .*cape-of-good-hope/,
    );
  });

  it('malaszewicze-congestion with an assignment: rail loses share, and the shifts are reported', () => {
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('malaszewicze-congestion')), {
      baseRouter: router,
      assignment: true,
    });
    const rail = comparison.assignment?.modeShares.find((s) => s.id === 'container:rail');
    expect(rail?.after).toBeLessThan(rail?.before ?? 0);
    expect(comparison.assignment?.utilization.length).toBeGreaterThan(0);
  });

  it('an empty scenario reproduces the base exactly', () => {
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, of()), {
      baseRouter: router,
      routes: [{ from: 'Xiamen', to: 'Duisburg' }],
      assignment: { method: 'aon' },
    });
    expect(comparison.routes[0]?.after).toEqual(comparison.routes[0]?.before);
    expect(comparison.assignment?.after).toEqual(comparison.assignment?.before);
    expect(comparison.assignment?.utilization).toEqual([]);
    expect(describeComparison(comparison)).toEqual(['Xiamen → Duisburg: unchanged']);
  });
});

describe('scenario invariants (fast-check)', () => {
  const placeIds = fujianNetwork.places.map((p) => p.id);
  const closures = fc.oneof(
    fc.constantFrom(...PASSAGE_IDS).map((passage): ScenarioEdit => ({ kind: 'close-passage', passage })),
    fc
      .constantFrom(...fujianNetwork.services.map((s) => s.id))
      .map((service): ScenarioEdit => ({ kind: 'close-service', service })),
    fc
      .constantFrom(...fujianNetwork.terminals.filter((t) => t.kind === 'border-crossing').map((t) => t.id))
      .map((terminal): ScenarioEdit => ({ kind: 'close-border-crossing', terminal })),
  );

  it('closing an element never makes any route cheaper (by the objective searched)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...placeIds), fc.constantFrom(...placeIds), closures, (from, to, edit) => {
        fc.pre(from !== to);
        const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, of(edit)), {
          baseRouter: router,
          routes: [{ from, to, objective: 'cost' }],
        });
        const route = comparison.routes[0];
        if (route === undefined || 'noRoute' in route.before || 'noRoute' in route.after) return;
        expect(route.after.totals.costUsd).toBeGreaterThanOrEqual(route.before.totals.costUsd - 1e-6);
      }),
      { numRuns: 30, seed: 20261128 },
    );
    // 30 scenarios, each compiled and searched: a few seconds alone, longer beside other test files.
  }, 60_000);

  it('scaling a capacity up never increases unserved demand (capacity-restrained)', () => {
    const rails = fujianNetwork.services.filter((s) => s.mode === 'rail').map((s) => s.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...rails, 'brest_malaszewicze', 'alashankou_dostyk'),
        fc.double({ min: 1, max: 4, noNaN: true }),
        (target, factor) => {
          // Tight base: every train a tenth of its size, so demand goes unserved.
          const tight = applyScenario(
            fujianNetwork,
            of(...rails.map((service): ScenarioEdit => ({ kind: 'scale-capacity', target: service, factor: 0.1 }))),
          );
          const grown = applyScenario(tight.network, of({ kind: 'scale-capacity', target, factor }));
          const comparison = compareScenario(tight.network, grown, {
            assignment: { method: 'capacity', increments: 4 },
          });
          expect(comparison.assignment?.after.unservedTeuPerWeek).toBeLessThanOrEqual(
            (comparison.assignment?.before.unservedTeuPerWeek ?? 0) + 1e-6,
          );
        },
      ),
      { numRuns: 8, seed: 20261128 },
    );
  }, 60_000);
});

describe('worsenedBottlenecks()', () => {
  const shift = (id: string, before: number, after: number): Shift => ({ id, nameEn: id, before, after });
  it('keeps elements full before that rose by at least 5 points, and nothing else', () => {
    const shifts = [
      shift('full-rose', 1.2, 1.3),
      shift('at-capacity-rose-5', 1, 1.05),
      shift('full-rose-little', 1.2, 1.24),
      shift('full-fell', 1.3, 1.1),
      shift('new', 0.9, 1.2),
      shift('below', 0.5, 0.9),
    ];
    expect(worsenedBottlenecks(shifts).map((s) => s.id)).toEqual(['full-rose', 'at-capacity-rose-5']);
    expect(worsenedBottlenecks(shifts, 0.2).map((s) => s.id)).toEqual([]);
  });

  it('red-sea-closure with an assignment: the comparison lists them apart from the new bottlenecks', () => {
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('red-sea-closure')), {
      baseRouter: router,
      assignment: true,
    });
    const assignment = comparison.assignment;
    expect(assignment?.worsenedBottlenecks).toEqual(worsenedBottlenecks(assignment?.utilization ?? []));
    for (const s of assignment?.worsenedBottlenecks ?? [])
      expect(assignment?.newBottlenecks.some((n) => n.id === s.id)).toBe(false);
  });
});

describe('relievedBottlenecks', () => {
  it('alashankou-expansion on a base where Alashankou is over capacity (10 % less than observed): it drops under', () => {
    // The bundled base runs Alashankou at its observed traffic (X160), just under capacity; squeezed by 10 %,
    // its other trains alone overfill it, as the published 14 trains a day did before the 2025 plan.
    const squeezed = applyScenario(
      fujianNetwork,
      of({ kind: 'scale-capacity', target: 'alashankou_dostyk', factor: 0.9 }),
    ).network;
    const comparison = compareScenario(squeezed, applyScenario(squeezed, preset('alashankou-expansion')), {
      assignment: true,
    });
    const relieved = comparison.assignment?.relievedBottlenecks ?? [];
    const alashankou = relieved.find((s) => s.id === 'border-crossing:alashankou_dostyk');
    expect(alashankou?.before).toBeGreaterThanOrEqual(1);
    expect(alashankou?.after).toBeLessThan(1);
    for (const s of relieved) expect(s.before >= 1 && s.after < 1).toBe(true);
    // The terms recompute both sides: (flow + other) ÷ capacity.
    const terms = alashankou?.terms;
    for (const side of ['before', 'after'] as const) {
      const t = terms?.[side];
      expect(alashankou?.[side]).toBeCloseTo(
        ((t?.flowPerWeek ?? 0) + (t?.backgroundPerWeek ?? 0)) / (t?.capacityPerWeek ?? 1),
        9,
      );
    }
    expect(describeComparison(comparison, { network: squeezed })).toContainEqual(
      expect.stringMatching(/^Alashankou \/ Dostyk no longer full: \d+ % → \d+ %$/),
    );
  }, 60_000);
});

describe('compareScenario() keeps background traffic the scenario does not edit', () => {
  it('closing Alashankou leaves Brest / Małaszewicze its other trains: its use falls to background ÷ capacity, not 0', () => {
    const comparison = compareScenario(
      fujianNetwork,
      applyScenario(fujianNetwork, of({ kind: 'close-border-crossing', terminal: 'alashankou_dostyk' })),
      { baseRouter: router, assignment: true },
    );
    const after = comparison.assignment?.scenarioResult.elements.find(
      (e) => e.id === 'border-crossing:brest_malaszewicze',
    );
    const base = fujianNetwork.terminals.find((t) => t.id === 'brest_malaszewicze');
    const background = base?.backgroundTeuPerWeek ?? 0;
    expect(background).toBeGreaterThan(0);
    expect(after?.backgroundPerWeek).toBe(background);
    const capacity = after?.capacityPerWeek ?? Number.NaN;
    expect(after?.utilization).toBeCloseTo(((after?.flowPerWeek ?? 0) + background) / capacity, 12);
    expect(after?.utilization).toBeGreaterThanOrEqual(background / capacity);
    const shift = comparison.assignment?.utilization.find((s) => s.id === 'border-crossing:brest_malaszewicze');
    if (shift !== undefined) expect(shift.after).toBeGreaterThanOrEqual(background / capacity);
  });

  it('a closed crossing takes its own background with it', () => {
    const applied = applyScenario(fujianNetwork, of({ kind: 'close-border-crossing', terminal: 'alashankou_dostyk' }));
    expect(applied.network.terminals.find((t) => t.id === 'alashankou_dostyk')?.backgroundTeuPerWeek).toBeUndefined();
    const others = (n: typeof fujianNetwork) =>
      n.terminals.filter((t) => t.id !== 'alashankou_dostyk').map((t) => [t.id, t.backgroundTeuPerWeek]);
    expect(others(applied.network)).toEqual(others(fujianNetwork));
  });

  it('every edit but a closure of the same terminal keeps every terminal’s background', () => {
    for (const scenario of fujianNetwork.scenarios) {
      const applied = applyScenario(fujianNetwork, scenario);
      const closed = new Set(
        scenario.edits.flatMap((e) =>
          e.kind === 'close-border-crossing' || e.kind === 'close-terminal' ? [e.terminal] : [],
        ),
      );
      for (const terminal of fujianNetwork.terminals) {
        if (closed.has(terminal.id)) continue;
        expect(applied.network.terminals.find((t) => t.id === terminal.id)?.backgroundTeuPerWeek).toBe(
          terminal.backgroundTeuPerWeek,
        );
      }
    }
  });
});
