import type { ScenarioComparison } from './compare-scenario.js';

const signed = (x: number, digits: number) =>
  `${x >= 0 ? '+' : '−'}${Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}`;
const percent = (x: number) => `${(x * 100).toFixed(0)} %`;

/**
 * The comparison in plain sentences, most telling first: how each route changed (days, USD, CO2e, passages),
 * mode shares that moved by half a point or more, new bottlenecks, suspended services and unserved demand.
 *
 * @param comparison - from `compareScenario`
 * @returns English sentences ("Xiamen → Rotterdam: +10.0 days, USD +39, +1,430 kg CO2e, now via cape-of-good-hope")
 */
export function describeComparison(comparison: ScenarioComparison): string[] {
  const lines: string[] = [];
  for (const route of comparison.routes) {
    const { before, after } = route;
    const what = `${route.from} → ${route.to}`;
    if ('noRoute' in after && !('noRoute' in before))
      lines.push(`${what}: no route any more (${after.noRoute.reason})`);
    else if ('noRoute' in before && !('noRoute' in after))
      lines.push(`${what}: a route now exists (${(after.totals.durationHours / 24).toFixed(1)} days)`);
    else if (!('noRoute' in before) && !('noRoute' in after)) {
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
        lines.push(`${what}: unchanged`);
        continue;
      }
      const added = after.passages.filter((p) => !before.passages.includes(p));
      const modes =
        after.modes.join('–') === before.modes.join('–')
          ? ''
          : `, by ${after.modes.join('–')} instead of ${before.modes.join('–')}`;
      lines.push(
        `${what}: ${signed(days, 1)} days, USD ${signed(usd, 0)}, ${signed(kg, 0)} kg CO2e${modes}${added.length > 0 ? `, now via ${added.join(', ')}` : ''}`,
      );
    }
  }
  const assignment = comparison.assignment;
  if (assignment !== undefined) {
    for (const share of assignment.modeShares) {
      const points = (share.after - share.before) * 100;
      if (Math.abs(points) >= 0.5)
        lines.push(
          `${share.id.replace(':', ' by ')} share ${percent(share.before)} → ${percent(share.after)} (${signed(points, 1)} points)`,
        );
    }
    for (const bottleneck of assignment.newBottlenecks.slice(0, 5))
      lines.push(`${bottleneck.nameEn} at ${percent(bottleneck.after)} (was ${percent(bottleneck.before)})`);
    const unserved = assignment.after.unservedTeuPerWeek - assignment.before.unservedTeuPerWeek;
    if (Math.abs(unserved) > 0.05) lines.push(`unserved containers ${signed(unserved, 1)} TEU per week`);
  }
  if (comparison.suspended.length > 0) {
    lines.push(
      `${comparison.suspended.length} service${comparison.suspended.length === 1 ? '' : 's'} suspended: ${comparison.suspended.map((s) => s.serviceId).join(', ')}`,
    );
  }
  return lines;
}
