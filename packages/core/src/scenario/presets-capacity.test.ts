import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { assign } from '../flow/assign.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';

const router = createRouter(fujianNetwork);

/** The base case and every preset of the dataset, as networks with their closed passages and costing. */
const cases = [
  { id: 'base', run: () => assign(fujianNetwork, { prepared: router.graph([]) }) },
  ...fujianNetwork.scenarios.map((scenario) => ({
    id: scenario.id,
    run: () => {
      const applied = applyScenario(fujianNetwork, scenario);
      const avoid = [...applied.avoidPassages];
      const graph =
        applied.network === fujianNetwork ? router.graph(avoid) : createRouter(applied.network).graph(avoid);
      return assign(applied.network, { prepared: graph, costing: applied.costing });
    },
  })),
];

describe('the default assignment in the base case and every preset', () => {
  for (const { id, run } of cases) {
    it(`${id}: no service leg carries more than it offers, the gap is reached, and unserved demand says why`, () => {
      const result = run();
      expect(result.capacityRule).toBe('hard');
      expect(result.relativeGap).toBeLessThanOrEqual(1e-4);
      for (const element of result.elements) {
        if (element.kind !== 'service-leg' || element.capacityPerWeek === null) continue;
        expect(element.utilization ?? 0).toBeLessThanOrEqual(1 + 1e-6);
      }
      for (const unserved of result.unserved) {
        expect(['no-path', 'capacity', 'cost']).toContain(unserved.reason);
        if (unserved.reason === 'capacity') expect(unserved.fullElements.length).toBeGreaterThan(0);
      }
    });
  }
});
