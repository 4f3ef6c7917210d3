import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import type { Scenario } from '../model/scenario.js';
import { createRouter } from '../routing/create-router.js';
import { applyScenario } from './apply-scenario.js';
import { compareScenario } from './compare-scenario.js';
import { describeComparison } from './describe-comparison.js';

const router = createRouter(fujianNetwork);
const preset = (id: string) => fujianNetwork.scenarios.find((s) => s.id === id) as Scenario;
/**
 * The base with Brest / Małaszewicze at a quarter of its published 2020 capacity (B01): its other trains alone
 * overfill it, as in 2021, so the congestion preset worsens a crossing already over capacity.
 */
const congestedBase = applyScenario(fujianNetwork, {
  id: 'brest-2021',
  nameEn: 'Brest as in 2021',
  nameZh: '2021年的布列斯特',
  description: 'A quarter of the published capacity',
  edits: [{ kind: 'scale-capacity', target: 'brest_malaszewicze', factor: 0.25 }],
  sources: ['S12'],
}).network;
const redSea = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('red-sea-closure')), {
  baseRouter: router,
  routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }],
});

describe('describeComparison()', () => {
  it('by default gives passages by id, as before', () => {
    expect(describeComparison(redSea)[0]).toMatch(/now via (.+, )?cape-of-good-hope$/);
  });

  it('with the network names the passage in English', () => {
    const [line] = describeComparison(redSea, { network: fujianNetwork });
    expect(line).toMatch(
      /^Xiamen → Rotterdam by sea: \+\d+\.\d days, USD [+−][\d,]+ \(re-routing \+[\d,]+, market reaction \+[\d,]+\), .*now via (.+, )?the Cape of Good Hope$/,
    );
  });

  it('splits a cost change into the re-routing cost and the market reaction, which add up to it', () => {
    const split = redSea.routes[0]?.costSplit;
    const route = redSea.routes[0];
    if (split === undefined || route === undefined || 'noRoute' in route.before || 'noRoute' in route.after)
      throw new Error('expected two routes and a split');
    expect(split.reroutingUsd + split.marketUsd).toBeCloseTo(
      route.after.totals.costUsd - route.before.totals.costUsd,
      6,
    );
    // Re-routing grows with the km the Cape adds (X100); the market reaction is the WCI jump it cites (X108).
    expect(split.reroutingUsd).toBeGreaterThan(0);
    expect(split.marketUsd).toBeGreaterThan(split.reroutingUsd);
  });

  it('in Chinese names places and passages in Chinese, with the same figures', () => {
    const [en] = describeComparison(redSea);
    const [zh] = describeComparison(redSea, { locale: 'zh', network: fujianNetwork });
    expect(zh).toMatch(
      /^厦门 → 鹿特丹（海运）：\+\d+\.\d 天，[+−][\d,]+ 美元（绕航成本 \+[\d,]+，市场反应 \+[\d,]+），[+−][\d,]+ 千克二氧化碳当量，改经(.+、)?好望角$/,
    );
    const figures = (s: string | undefined) => (s ?? '').match(/[+−]\d[\d,.]*\d/g);
    expect(figures(zh)).toEqual(figures(en));
  });

  it('in Chinese words the assignment and the suspended services too', () => {
    const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset('malaszewicze-congestion')), {
      baseRouter: router,
      assignment: true,
    });
    const en = describeComparison(comparison, { network: fujianNetwork });
    const zh = describeComparison(comparison, { locale: 'zh', network: fujianNetwork });
    expect(zh).toHaveLength(en.length);
    // The Duisburg train's legs, full before, run under capacity once Brest slows every train: said in Chinese.
    expect(zh.some((line) => /不再满负荷：\d+ % → \d+ %$/.test(line))).toBe(true);
    for (const line of zh) expect(line).not.toMatch(/ by | share | suspended/);
  });

  it('says when a crossing already over capacity gets fuller, in both languages', () => {
    const comparison = compareScenario(congestedBase, applyScenario(congestedBase, preset('malaszewicze-congestion')), {
      assignment: true,
    });
    const worsened = comparison.assignment?.worsenedBottlenecks ?? [];
    expect(worsened.map((s) => s.id)).toContain('border-crossing:brest_malaszewicze');
    const en = describeComparison(comparison, { network: fujianNetwork });
    const zh = describeComparison(comparison, { locale: 'zh', network: fujianNetwork });
    expect(en.filter((l) => l.includes('was already full and gets fuller'))).toHaveLength(worsened.length);
    expect(en).toContainEqual(
      expect.stringMatching(
        /^Brest \/ Małaszewicze was already full and gets fuller: \d+ % → \d+ % \(\+[\d.]+ points\)$/,
      ),
    );
    expect(zh.filter((l) => l.includes('原已满负荷'))).toHaveLength(worsened.length);
  });
});
