/**
 * Golden digests of every preset of the bundled dataset: the fixed routes and an assignment before and after,
 * rounded, compared with `packages/core/test/golden/<preset>.json`. A change in routing, costing, the
 * assignment or the data shows up here as a reviewable diff. After an intended change, rewrite them with
 *   UPDATE_GOLDEN=1 pnpm exec vitest run packages/core/src/scenario/presets.golden.test.ts \
 *     && pnpm exec biome check --write packages/core/test/golden
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { RouteQuery } from '../model/itinerary.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario, type RouteSide, type ScenarioComparison } from './compare-scenario.js';
import { describeComparison } from './describe-comparison.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const REGENERATE =
  'UPDATE_GOLDEN=1 pnpm exec vitest run packages/core/src/scenario/presets.golden.test.ts && pnpm exec biome check --write packages/core/test/golden';

/** The OD pairs the dashboard compares (SCENARIO_ROUTES in apps/dashboard's scenario engine), by cost. */
const ROUTES: readonly RouteQuery[] = [
  { from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], objective: 'cost' },
  { from: 'Xiamen', to: 'Duisburg', modes: ['rail', 'road'], objective: 'cost' },
  { from: 'Xiamen', to: 'Los Angeles', modes: ['sea', 'road'], objective: 'cost' },
  { from: 'Fuzhou', to: 'Moscow', modes: ['rail', 'road'], objective: 'cost' },
  { from: 'Chengdu', to: 'Singapore', objective: 'cost' },
];

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function sideDigest(side: RouteSide) {
  if ('noRoute' in side) return { noRoute: side.noRoute.reason };
  return {
    days: round(side.totals.durationHours / 24, 1),
    usd: round(side.totals.costUsd, 0),
    co2eKg: round(side.totals.co2eKg, 0),
    distanceKm: round(side.totals.distanceKm, 0),
    modes: side.modes.join('–'),
    passages: side.passages.join(', '),
  };
}

/** What a reviewer reads: rounded so that float noise never shows, ordered as the comparison orders it. */
function digest(comparison: ScenarioComparison) {
  const a = comparison.assignment;
  return {
    scenarioId: comparison.scenarioId,
    routes: comparison.routes.map((r) => ({
      od: `${r.from} → ${r.to}`,
      before: sideDigest(r.before),
      after: sideDigest(r.after),
    })),
    suspended: comparison.suspended.map((s) => s.serviceId).sort(),
    assignment:
      a === undefined
        ? null
        : {
            servedTeuPerWeek: [round(a.before.servedTeuPerWeek, 0), round(a.after.servedTeuPerWeek, 0)],
            unservedTeuPerWeek: [round(a.before.unservedTeuPerWeek, 1), round(a.after.unservedTeuPerWeek, 1)],
            modeShares: a.modeShares.map((s) => ({ id: s.id, before: round(s.before, 3), after: round(s.after, 3) })),
            topUtilizationChanges: a.utilization
              .slice(0, 8)
              .map((s) => ({ id: s.id, before: round(s.before, 2), after: round(s.after, 2) })),
            newBottlenecks: a.newBottlenecks.map((s) => s.id),
            worsenedBottlenecks: a.worsenedBottlenecks.map((s) => s.id),
            relievedBottlenecks: a.relievedBottlenecks.map((s) => s.id),
          },
    summary: describeComparison(comparison, { network: fujianNetwork }),
  };
}

const router = createRouter(fujianNetwork);

describe('preset scenarios on the bundled dataset match their golden digests', () => {
  it('has presets to check', () => {
    expect(fujianNetwork.scenarios.length).toBeGreaterThan(0);
  });

  for (const scenario of fujianNetwork.scenarios) {
    it(scenario.id, () => {
      const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, scenario), {
        baseRouter: router,
        routes: ROUTES,
        assignment: true,
      });
      const actual = digest(comparison);
      const file = join(GOLDEN_DIR, `${scenario.id}.json`);
      if (UPDATE) {
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      if (!existsSync(file))
        throw new Error(`no golden digest ${file} for preset "${scenario.id}": create it with ${REGENERATE}`);
      // Compared as data, so that Biome may format the files.
      expect(actual, `preset "${scenario.id}" differs from ${file}; if intended, run ${REGENERATE}`).toEqual(
        JSON.parse(readFileSync(file, 'utf8')),
      );
    });
  }
});
