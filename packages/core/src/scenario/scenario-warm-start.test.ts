import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { resolveCosting } from '../costing/costing-defaults.js';
import { assign } from '../flow/assign.js';
import { assignmentProblem, HARD_CAPACITY_KINDS } from '../flow/assignment-problem.js';
import type { AssignmentResult } from '../flow/assignment-result.js';
import { odDemands } from '../flow/demand-classes.js';
import { PathShifter } from '../flow/path-shifter.js';
import { shortestOdPaths } from '../flow/shortest-od-paths.js';
import { warmStartFlows } from '../flow/warm-start.js';
import { createGraphCache } from '../graph/graph-cache.js';
import type { Scenario } from '../model/scenario.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario } from './compare-scenario.js';

const GAP = 1e-4;
const graphs = createGraphCache();
const base = assign(fujianNetwork, { prepared: graphs.prepared(fujianNetwork) });
const preset = (id: string) =>
  applyScenario(fujianNetwork, fujianNetwork.scenarios.find((s) => s.id === id) as Scenario);
const run = (id: string, warm?: AssignmentResult) => {
  const applied = preset(id);
  return assign(applied.network, {
    prepared: graphs.prepared(applied.network, applied.avoidPassages),
    costing: applied.costing,
    ...(warm === undefined ? {} : { warmStart: warm }),
  });
};
const searchIterations = (result: AssignmentResult) =>
  result.history.filter((h) => h.phase === 'gradient-projection').length;

describe('a warm start of a scenario’s equilibrium from its base’s flows', () => {
  for (const id of ['red-sea-closure', 'suez-closure', 'alashankou-expansion']) {
    it(`${id}: reaches the same gap as a cold start, in fewer search iterations, with the same figures within that gap`, () => {
      const cold = run(id);
      const warm = run(id, base);
      expect(warm.relativeGap).toBeLessThanOrEqual(GAP);
      expect(cold.relativeGap).toBeLessThanOrEqual(GAP);
      expect(searchIterations(warm)).toBeLessThan(searchIterations(cold));
      // Totals within the gap: a relative gap of 1e-4 bounds how far either is from the equilibrium's cost.
      for (const key of Object.keys(cold.totals) as (keyof typeof cold.totals)[]) {
        const scale = Math.max(1, Math.abs(cold.totals[key]));
        expect(Math.abs(warm.totals[key] - cold.totals[key]) / scale, key).toBeLessThanOrEqual(GAP);
      }
      // Each element's use within a hundredth of its capacity: an equilibrium within the gap is not unique per leg.
      cold.elements.forEach((element, k) => {
        const other = warm.elements[k];
        expect(other?.id).toBe(element.id);
        if (element.utilization !== null)
          expect(Math.abs((other?.utilization ?? 0) - element.utilization), element.id).toBeLessThan(0.01);
      });
    });
  }

  it('is deterministic: the same base and scenario give the same flows, figure for figure', () => {
    const [a, b] = [run('red-sea-closure', base), run('red-sea-closure', base)];
    expect(a.totals).toEqual(b.totals);
    expect(a.history).toEqual(b.history);
    expect(Array.from(a.edgeFlowTeu)).toEqual(Array.from(b.edgeFlowTeu));
  });

  it('is what a scenario comparison runs (so the CLI, the server and the dashboard give the same figures)', () => {
    const applied = preset('red-sea-closure');
    const comparison = compareScenario(fujianNetwork, applied, { assignment: true, graphCache: graphs });
    const scenario = comparison.assignment?.scenarioResult;
    const warm = assign(applied.network, {
      prepared: graphs.prepared(applied.network, applied.avoidPassages),
      costing: applied.costing,
      warmStart: comparison.assignment?.baseResult,
    });
    expect(scenario?.history).toEqual(warm.history);
    expect(scenario?.totals).toEqual(warm.totals);
    expect(scenario?.history).not.toEqual(run('red-sea-closure').history);
  });

  it('places every OD pair’s demand: on the paths that remain, the rest on new ones (a closed service’s flow moves)', () => {
    const closed: Scenario = {
      id: 'no-srm',
      nameEn: 'Without one sea service',
      nameZh: '少一条海运航线',
      description: 'test',
      edits: [{ kind: 'close-service', service: 'srm-xmn-antwerp-hamburg' }],
      sources: ['X60'],
    };
    const applied = applyScenario(fujianNetwork, closed);
    const prepared = graphs.prepared(applied.network, applied.avoidPassages);
    const problem = assignmentProblem(prepared, applied.network, odDemands(applied.network.demand), resolveCosting(), {
      hardKinds: HARD_CAPACITY_KINDS,
    });
    const used = base.ods.some((od) => od.paths.some((path) => path.services.includes('srm-xmn-antwerp-hamburg')));
    expect(used).toBe(true);
    const state = warmStartFlows(problem, new PathShifter(problem), shortestOdPaths, base);
    problem.ods.forEach((od, i) => {
      let placed = state.unserved[i] as number;
      for (const path of state.pathFlows[i]?.values() ?? []) {
        placed += path.flowPerWeek;
        for (const e of path.edges) expect(prepared.edges[e]?.serviceId).not.toBe('srm-xmn-antwerp-hamburg');
      }
      expect(placed).toBeCloseTo(od.od.amountPerWeek, 6);
    });
  });
});
