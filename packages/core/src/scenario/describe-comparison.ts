import type { Network, PassageId } from '../model/network.js';
import type { ScenarioComparison, Shift } from './compare-scenario.js';
import { PASSAGE_NAMES } from './passage-names.js';
import { REGION_NAMES } from './region-names.js';

/** How to word the summary. */
export interface DescribeOptions {
  /** `en` (the default) or `zh`. */
  readonly locale?: 'en' | 'zh';
  /**
   * The base network: with it, places, elements and passages are named ("now via the Cape of Good Hope")
   * instead of given by id. Chinese always names passages (their ids are English words).
   */
  readonly network?: Network;
}

const signed = (x: number, digits: number) =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}`;
// A share that is not a finite number (no figure could be formed) reads as a dash, never "NaN %".
const percent = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)} %` : '—');

const MODE_ZH: Readonly<Record<string, string>> = { sea: '海运', rail: '铁路', road: '公路', air: '航空' };
const CARGO_ZH: Readonly<Record<string, string>> = { container: '集装箱', 'air-cargo': '航空货物' };

/** Names by id or English name (places, terminals, services, corridors). */
function nameIndex(network: Network | undefined): Map<string, { en: string; zh: string }> {
  const names = new Map<string, { en: string; zh: string }>();
  if (network === undefined) return names;
  for (const e of [...network.places, ...network.terminals, ...network.services, ...network.corridors]) {
    const named = e as { id: string; nameEn?: string; nameZh?: string };
    if (named.nameEn === undefined) continue;
    const both = { en: named.nameEn, zh: named.nameZh ?? named.nameEn };
    names.set(named.id, both);
    // Route queries may name a place in English ("Xiamen") rather than by id.
    if (!names.has(named.nameEn)) names.set(named.nameEn, both);
  }
  return names;
}

/** A regional mode share reads as news when it moves by this much (2 percentage points). */
const REGION_SHARE_POINTS = 0.02;

/**
 * One line per cargo class and destination region whose shares moved by {@link REGION_SHARE_POINTS} or more: the
 * mode that carried the least before (its change is the news — rail to the EU, not sea), largest moves first, at
 * most three.
 */
function regionShareLines(shares: readonly Shift[]) {
  const byRegion = new Map<string, { cargo: string; region: string; mode: string; before: number; after: number }>();
  for (const s of shares) {
    if (Math.abs(s.after - s.before) < REGION_SHARE_POINTS - 1e-9) continue;
    const [cargo = '', region = '', mode = ''] = s.id.split(':');
    const key = `${cargo}:${region}`;
    const held = byRegion.get(key);
    if (held === undefined || s.before < held.before)
      byRegion.set(key, { cargo, region, mode, before: s.before, after: s.after });
  }
  return [...byRegion.values()]
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.region.localeCompare(b.region))
    .slice(0, 3);
}

/** New bottlenecks grouped by service (its legs, fullest first), in the order of each group's fullest leg. */
function byService(shifts: readonly Shift[]): { serviceId?: string; legs: Shift[] }[] {
  const groups = new Map<string, { serviceId?: string; legs: Shift[] }>();
  for (const shift of shifts) {
    const serviceId = /^service:(.+):\d+$/.exec(shift.id)?.[1];
    const key = serviceId ?? shift.id;
    const group = groups.get(key) ?? (serviceId === undefined ? { legs: [] } : { serviceId, legs: [] });
    group.legs.push(shift);
    groups.set(key, group);
  }
  const fullest = (g: { legs: Shift[] }) => Math.max(...g.legs.map((l) => l.after));
  for (const group of groups.values()) group.legs.sort((a, b) => b.after - a.after || a.id.localeCompare(b.id));
  return [...groups.values()].sort((a, b) => fullest(b) - fullest(a));
}

/**
 * The comparison in plain sentences, most telling first: how each route changed (days, USD, CO2e, passages),
 * mode shares that moved by half a point or more, mode shares by destination region that moved by 2 points or
 * more (the least-used mode's: "containers to the EU: rail share 19 % → 36 %"), new bottlenecks, bottlenecks already full that get fuller,
 * bottlenecks relieved, unserved demand and suspended services.
 *
 * @param comparison - from `compareScenario`
 * @param options - the locale, and the network to name things by
 * @returns sentences ("Xiamen → Rotterdam by sea: +10.5 days, USD +905, +745 kg CO2e, now via the Cape of Good
 *   Hope"; "厦门 → 鹿特丹（海运）：+10.5 天，+905 美元，+745 千克二氧化碳当量，改经好望角"); a route held to one main
 *   mode is named by it
 * @example
 * ```ts
 * import { applyScenario, compareScenario, describeComparison } from '@corridor/core/scenario';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const redSea = fujianNetwork.scenarios.find((scenario) => scenario.id === 'red-sea-closure');
 * if (redSea) {
 *   const comparison = compareScenario(fujianNetwork, applyScenario(fujianNetwork, redSea), {
 *     routes: [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], objective: 'cost' }],
 *   });
 *   console.log(describeComparison(comparison)[0]); // → Xiamen → Rotterdam by sea: +10.9 days, USD +2,673 (re-routing +214, market reaction +2,458), +636 kg CO2e, now via cape-of-good-hope
 *   console.log(describeComparison(comparison, { locale: 'zh', network: fujianNetwork })[0]); // → 厦门 → 鹿特丹（海运）：+10.9 天，+2,673 美元（绕航成本 +214，市场反应 +2,458），+636 千克二氧化碳当量，改经好望角
 * }
 * ```
 */
export function describeComparison(comparison: ScenarioComparison, options: DescribeOptions = {}): string[] {
  const zh = options.locale === 'zh';
  const names = nameIndex(options.network);
  const named = (id: string, fallback = id) => {
    const key = id.includes(':') && !names.has(id) ? id.slice(id.indexOf(':') + 1) : id;
    const found = names.get(key);
    return found === undefined ? fallback : zh ? found.zh : found.en;
  };
  const passage = (id: PassageId) =>
    zh ? PASSAGE_NAMES[id].zh : options.network === undefined ? id : PASSAGE_NAMES[id].en;
  const mode = (m: string) => (zh ? (MODE_ZH[m] ?? m) : m);
  const modes = (list: readonly string[]) => list.map(mode).join('–');
  const lines: string[] = [];
  for (const route of comparison.routes) {
    const { before, after } = route;
    // A query held to one main mode (road allowed for the ends) says so: the same pair may be asked by sea and by rail.
    const held = (route.modes ?? []).filter((m) => m !== 'road');
    const by = held.length === 1 ? (zh ? `（${mode(held[0] as string)}）` : ` by ${held[0]}`) : '';
    const what = `${named(route.from)} → ${named(route.to)}${by}`;
    const colon = zh ? '：' : ': ';
    if ('noRoute' in after && !('noRoute' in before))
      lines.push(
        zh
          ? `${what}${colon}不再有路线（${after.noRoute.reason}）`
          : `${what}${colon}no route any more (${after.noRoute.reason})`,
      );
    else if ('noRoute' in before && !('noRoute' in after)) {
      const days = (after.totals.durationHours / 24).toFixed(1);
      lines.push(zh ? `${what}${colon}现有路线（${days} 天）` : `${what}${colon}a route now exists (${days} days)`);
    } else if (!('noRoute' in before) && !('noRoute' in after)) {
      const days = (after.totals.durationHours - before.totals.durationHours) / 24;
      const usd = after.totals.costUsd - before.totals.costUsd;
      const kg = after.totals.co2eKg - before.totals.co2eKg;
      const same =
        Math.abs(days) < 0.05 &&
        Math.abs(usd) < 0.5 &&
        Math.abs(kg) < 0.5 &&
        after.passages.join() === before.passages.join() &&
        after.modes.join() === before.modes.join();
      if (same) {
        lines.push(`${what}${colon}${zh ? '不变' : 'unchanged'}`);
        continue;
      }
      const added = after.passages.filter((p) => !before.passages.includes(p)).map(passage);
      const sameModes = modes(after.modes) === modes(before.modes);
      // Which part of the cost is the carriers' re-routing and which the market's reaction, when both move.
      const split = route.costSplit;
      if (zh) {
        const byModes = sameModes ? '' : `，改用${modes(after.modes)}（原为${modes(before.modes)}）`;
        const via = added.length > 0 ? `，改经${added.join('、')}` : '';
        const parts =
          split === undefined
            ? ''
            : `（绕航成本 ${signed(split.reroutingUsd, 0)}，市场反应 ${signed(split.marketUsd, 0)}）`;
        lines.push(
          `${what}${colon}${signed(days, 1)} 天，${signed(usd, 0)} 美元${parts}，${signed(kg, 0)} 千克二氧化碳当量${byModes}${via}`,
        );
      } else {
        const byModes = sameModes ? '' : `, by ${modes(after.modes)} instead of ${modes(before.modes)}`;
        const via = added.length > 0 ? `, now via ${added.join(', ')}` : '';
        const parts =
          split === undefined
            ? ''
            : ` (re-routing ${signed(split.reroutingUsd, 0)}, market reaction ${signed(split.marketUsd, 0)})`;
        lines.push(
          `${what}${colon}${signed(days, 1)} days, USD ${signed(usd, 0)}${parts}, ${signed(kg, 0)} kg CO2e${byModes}${via}`,
        );
      }
    }
  }
  const assignment = comparison.assignment;
  if (assignment !== undefined) {
    for (const share of assignment.modeShares) {
      const points = (share.after - share.before) * 100;
      if (Math.abs(points) < 0.5) continue;
      const [cargo = share.id, shareMode = ''] = share.id.split(':');
      const change = `${percent(share.before)} → ${percent(share.after)}`;
      lines.push(
        zh
          ? `${CARGO_ZH[cargo] ?? cargo}${mode(shareMode)}份额 ${change}（${signed(points, 1)} 个百分点）`
          : `${cargo} by ${shareMode} share ${change} (${signed(points, 1)} points)`,
      );
    }
    for (const line of regionShareLines(assignment.regionModeShares)) {
      const region = REGION_NAMES[line.region];
      const where = region === undefined ? line.region : zh ? region.zh : region.en;
      const change = `${percent(line.before)} → ${percent(line.after)}`;
      const points = signed((line.after - line.before) * 100, 1);
      lines.push(
        zh
          ? `发往${where}的${CARGO_ZH[line.cargo] ?? line.cargo}：${mode(line.mode)}份额 ${change}（${points} 个百分点）`
          : `${line.cargo === 'container' ? 'containers' : line.cargo} to ${where}: ${line.mode} share ${change} (${points} points)`,
      );
    }
    // Elements carry their own Chinese names (a service leg's is more than its service's).
    const elementZh = new Map(
      [...assignment.baseResult.elements, ...assignment.scenarioResult.elements].map((e) => [e.id, e.nameZh]),
    );
    for (const group of byService(assignment.newBottlenecks).slice(0, 5)) {
      const [worst] = group.legs;
      if (worst === undefined) continue;
      const legs = group.legs.length;
      if (legs === 1 || group.serviceId === undefined) {
        const name = zh ? (elementZh.get(worst.id) ?? worst.nameEn) : worst.nameEn;
        lines.push(
          zh
            ? `${name} 利用率 ${percent(worst.after)}（原为 ${percent(worst.before)}）`
            : `${name} at ${percent(worst.after)} (was ${percent(worst.before)})`,
        );
      } else {
        // A train full on one leg is full on the legs it runs through: one line per service, the fullest leg.
        const name = named(group.serviceId, group.serviceId);
        lines.push(
          zh
            ? `${name}：${legs} 个区段利用率最高 ${percent(worst.after)}（原为 ${percent(worst.before)}）`
            : `${name}: ${legs} legs at up to ${percent(worst.after)} (was ${percent(worst.before)})`,
        );
      }
    }
    // Already over capacity before (background traffic included) and fuller after: the Małaszewicze question.
    for (const bottleneck of assignment.worsenedBottlenecks.slice(0, 5)) {
      const name = zh ? (elementZh.get(bottleneck.id) ?? bottleneck.nameEn) : bottleneck.nameEn;
      const points = signed((bottleneck.after - bottleneck.before) * 100, 1);
      lines.push(
        zh
          ? `${name} 原已满负荷，更加拥堵：${percent(bottleneck.before)} → ${percent(bottleneck.after)}（${points} 个百分点）`
          : `${name} was already full and gets fuller: ${percent(bottleneck.before)} → ${percent(bottleneck.after)} (${points} points)`,
      );
    }
    for (const relieved of assignment.relievedBottlenecks.slice(0, 5)) {
      const name = zh ? (elementZh.get(relieved.id) ?? relieved.nameEn) : relieved.nameEn;
      lines.push(
        zh
          ? `${name} 不再满负荷：${percent(relieved.before)} → ${percent(relieved.after)}`
          : `${name} no longer full: ${percent(relieved.before)} → ${percent(relieved.after)}`,
      );
    }
    const unserved = assignment.after.unservedTeuPerWeek - assignment.before.unservedTeuPerWeek;
    if (Math.abs(unserved) > 0.05)
      lines.push(
        zh
          ? `未能运输的集装箱 ${signed(unserved, 1)} 标准箱/周`
          : `unserved containers ${signed(unserved, 1)} TEU per week`,
      );
  }
  if (comparison.suspended.length > 0) {
    const n = comparison.suspended.length;
    const list = comparison.suspended.map((s) => named(s.serviceId));
    lines.push(
      zh ? `${n} 条服务停运：${list.join('、')}` : `${n} service${n === 1 ? '' : 's'} suspended: ${list.join(', ')}`,
    );
  }
  return lines;
}
