import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Scenario } from '../model/scenario.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario } from './compare-scenario.js';
import { describeComparison } from './describe-comparison.js';

const preset = (id: string) => fujianNetwork.scenarios.find((s) => s.id === id) as Scenario;
const redSea = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('red-sea-closure')), {
  baseRouter: createRouter(fujianNetwork),
  assignment: true,
});
const shares = redSea.assignment?.regionModeShares ?? [];

describe('regionModeShares()', () => {
  it('gives each cargo class and destination region shares that add up to 1, before and after', () => {
    const sums = new Map<string, { before: number; after: number }>();
    for (const s of shares) {
      const key = s.id.slice(0, s.id.lastIndexOf(':'));
      const sum = sums.get(key) ?? { before: 0, after: 0 };
      sums.set(key, { before: sum.before + s.before, after: sum.after + s.after });
    }
    expect(sums.size).toBeGreaterThan(5);
    for (const sum of sums.values()) {
      for (const side of [sum.before, sum.after]) expect(side === 0 || Math.abs(side - 1) < 1e-9).toBe(true);
    }
  });

  it('red-sea-closure: containers to the EU move from sea to rail, and the summary says so in both languages', () => {
    const rail = shares.find((s) => s.id === 'container:eu:rail');
    const sea = shares.find((s) => s.id === 'container:eu:sea');
    // The trains carry at most what they offer, so the shift is what their spare capacity allows (a few points).
    expect((rail?.after ?? 0) - (rail?.before ?? 0)).toBeGreaterThan(0.01);
    const legs = redSea.assignment?.scenarioResult.elements.filter((e) => e.kind === 'service-leg') ?? [];
    for (const leg of legs) expect(leg.utilization ?? 0).toBeLessThanOrEqual(1 + 1e-6);
    expect((sea?.after ?? 0) - (sea?.before ?? 0)).toBeCloseTo((rail?.before ?? 0) - (rail?.after ?? 0), 9);
    expect(describeComparison(redSea)).toContainEqual(
      expect.stringMatching(/^containers to the EU: rail share \d+ % → \d+ % \(\+\d+\.\d points\)$/),
    );
    expect(describeComparison(redSea, { locale: 'zh' })).toContainEqual(
      expect.stringMatching(/^发往欧盟的集装箱：铁路份额 \d+ % → \d+ %（\+\d+\.\d 个百分点）$/),
    );
  });
});
