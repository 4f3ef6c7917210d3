import type { Totals } from '@corridor/core';
import type { ScenarioAnswer } from '@corridor/core/engine';
import type { AssignmentTotals } from '@corridor/core/flow';
import type { CostSplit, RouteSide, Shift, UtilizationTerms } from '@corridor/core/scenario';
import { shortenLegName } from './format-assignment.js';
import { wrap } from './format-itinerary.js';
import { fixedDigits, type NumberFormat } from './number-format.js';
import type { ScenarioOutput } from './scenario-command.js';
import { padEndDisplay, table, truncate, WIDTH } from './text-table.js';

/** How many rows the corridor-shift and utilization tables list, largest change first. */
export const TOP_CHANGES = 10;

const n0 = fixedDigits(0);
const n1 = fixedDigits(1);

/** `+1.5` / `−1.5` / `±0.0`, with grouping; the minus is a real minus sign. */
function signed(x: number, format: NumberFormat): string {
  const text = format.format(Math.abs(x));
  if (/^[0.,]+$/.test(text)) return `±${text}`;
  return `${x > 0 ? '+' : '−'}${text}`;
}

const percent = (x: number) => `${n1.format(x * 100)} %`;

/** `32.1 days · USD 2,345 · 1.2 t CO2e · 19,076 km`. */
function totalsParts(totals: Totals): string[] {
  return [
    `${n1.format(totals.durationHours / 24)} days`,
    `USD ${n0.format(totals.costUsd)}`,
    `${n1.format(totals.co2eKg / 1000)} t CO2e`,
    `${n0.format(totals.distanceKm)} km`,
  ];
}

function sideLine(label: string, side: RouteSide): string {
  const first = `    ${padEndDisplay(label, 8)}`;
  if ('noRoute' in side) return wrap(first, ['no route:', ...side.noRoute.reason.split(' ')], ' ', 12);
  const parts = [...totalsParts(side.totals), side.modes.join('–')];
  if (side.passages.length > 0) parts.push(`via ${side.passages.join(', ')}`);
  return wrap(first, parts, ' · ', 12);
}

function changeLine(before: RouteSide, after: RouteSide, split?: CostSplit): string {
  if ('noRoute' in before || 'noRoute' in after) return '';
  const b = before.totals;
  const a = after.totals;
  if (JSON.stringify(before) === JSON.stringify(after)) return `    ${padEndDisplay('change', 8)}none\n`;
  // The carriers' re-routing cost and the market's reaction, apart, when the scenario moves both.
  const usdParts =
    split === undefined ? '' : ` (re-routing ${signed(split.reroutingUsd, n0)}, market ${signed(split.marketUsd, n0)})`;
  const parts = [
    `${signed((a.durationHours - b.durationHours) / 24, n1)} days`,
    `USD ${signed(a.costUsd - b.costUsd, n0)}${usdParts}`,
    `${signed((a.co2eKg - b.co2eKg) / 1000, n1)} t CO2e`,
    `${signed(a.distanceKm - b.distanceKm, n0)} km`,
  ];
  const added = after.passages.filter((p) => !before.passages.includes(p));
  const dropped = before.passages.filter((p) => !after.passages.includes(p));
  if (after.modes.join('–') !== before.modes.join('–')) parts.push(`now by ${after.modes.join('–')}`);
  if (added.length > 0) parts.push(`now via ${added.join(', ')}`);
  if (dropped.length > 0) parts.push(`no longer via ${dropped.join(', ')}`);
  return wrap(`    ${padEndDisplay('change', 8)}`, parts, ' · ', 12);
}

const by = (mode: string | undefined) => (mode === undefined ? '' : mode === 'any' ? ' by any mode' : ` by ${mode}`);

function routesHeading(answer: ScenarioAnswer): string {
  const objective = `objective ${answer.objective}`;
  if (answer.routesFrom === 'default') {
    return `Routes: default OD pairs (--route FROM:TO for others) · ${objective} · by sea, rail, any mode\n`;
  }
  return `Routes · ${objective}\n`;
}

function routeSection(answer: ScenarioAnswer): string {
  const { routes } = answer;
  if (answer.routesFrom === 'none') return '';
  if (routes.length === 0) return `\n${routesHeading(answer)}  none of these places is in the dataset\n`;
  const blocks = routes.map((route) => {
    const modes = route.by === undefined && route.modes !== null ? ` (${route.modes.join(', ')})` : '';
    const title = truncate(
      `  ${route.fromName} (${route.from}) → ${route.toName} (${route.to})${by(route.by)}${modes}`,
      WIDTH,
    );
    const split = route.costSplit ?? undefined;
    return `${title}\n${sideLine('before', route.before)}${sideLine('after', route.after)}${changeLine(route.before, route.after, split)}`;
  });
  return `\n${routesHeading(answer)}${blocks.join('')}`;
}

const amountRows: readonly [string, (t: AssignmentTotals) => number, NumberFormat, number][] = [
  ['served TEU/wk', (t) => t.servedTeuPerWeek, n1, 1],
  ['served air cargo t/wk', (t) => t.servedTonnesPerWeek, n1, 1],
  ['unserved TEU/wk', (t) => t.unservedTeuPerWeek, n1, 1],
  ['unserved air cargo t/wk', (t) => t.unservedTonnesPerWeek, n1, 1],
  ['cost USD/wk', (t) => t.costUsdPerWeek, n0, 1],
  ['t CO2e/wk', (t) => t.co2eKgPerWeek, n0, 1000],
  ['TEU-km/wk', (t) => t.teuKmPerWeek, n0, 1],
  ['TEU-days/wk', (t) => t.teuHoursPerWeek, n0, 24],
];

function shiftTable(shifts: readonly Shift[], title: string, show: (x: number) => string, change: string): string {
  return table([
    { title, flexible: true, shorten: shortenLegName, cells: shifts.map((s) => s.nameEn) },
    { title: 'before', right: true, cells: shifts.map((s) => show(s.before)) },
    { title: 'after', right: true, cells: shifts.map((s) => show(s.after)) },
    {
      title: 'change',
      right: true,
      cells: shifts.map((s) =>
        change === 'points' ? `${signed((s.after - s.before) * 100, n1)} pt` : signed(s.after - s.before, n1),
      ),
    },
  ]);
}

/** `flow+other/capacity`, e.g. `267+12,672/13,146`: what a utilization divides, whole units. */
function termsText(terms: UtilizationTerms | undefined): string {
  if (terms === undefined) return '';
  const whole = fixedDigits(0).format;
  const capacity = terms.capacityPerWeek === null ? '—' : whole(terms.capacityPerWeek);
  return `${whole(terms.flowPerWeek)}+${whole(terms.backgroundPerWeek)}/${capacity}`;
}

/** Element utilization shifts with their terms: use = (flow + other) ÷ capacity on each side. */
function utilizationTable(shifts: readonly Shift[]): string {
  return table([
    { title: 'element', flexible: true, shorten: shortenLegName, cells: shifts.map((s) => s.nameEn) },
    { title: 'before', right: true, cells: shifts.map((s) => percent(s.before)) },
    { title: '(flow+other/cap)', right: true, cells: shifts.map((s) => termsText(s.terms?.before)) },
    { title: 'after', right: true, cells: shifts.map((s) => percent(s.after)) },
    { title: '(flow+other/cap)', right: true, cells: shifts.map((s) => termsText(s.terms?.after)) },
  ]);
}

const byChange = (a: Shift, b: Shift) =>
  Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.id.localeCompare(b.id);

function assignmentSection(answer: ScenarioAnswer): string {
  const { assignment } = answer;
  if (assignment === undefined) return '';
  const { before, after } = assignment;
  const totals = table([
    { title: 'equilibrium assignment', cells: amountRows.map(([name]) => name) },
    { title: 'before', right: true, cells: amountRows.map(([, get, f, d]) => f.format(get(before) / d)) },
    { title: 'after', right: true, cells: amountRows.map(([, get, f, d]) => f.format(get(after) / d)) },
    {
      title: 'change',
      right: true,
      cells: amountRows.map(([, get, f, d]) => signed((get(after) - get(before)) / d, f)),
    },
  ]);
  const moved = assignment.corridors.filter((s) => Math.abs(s.after - s.before) >= 0.05).sort(byChange);
  const corridors =
    moved.length === 0
      ? '  no corridor carries a different amount\n'
      : shiftTable(moved.slice(0, TOP_CHANGES), 'corridor (carried per week)', (x) => n1.format(x), 'amount');
  const shares = assignment.modeShares.map((s) => ({ ...s, nameEn: s.id.replace(':', ' by ') }));
  const modeShares =
    shares.length === 0 ? '  no demand served\n' : shiftTable(shares, 'cargo by main mode', percent, 'points');
  // Elements' utilization shifts: the first TOP_CHANGES as a table with the terms of each side, or why none.
  const elements = (list: readonly Shift[], none: string) =>
    list.length === 0 ? `  ${none}\n` : utilizationTable(list.slice(0, TOP_CHANGES));
  const bottlenecks = elements(assignment.newBottlenecks, 'none: nothing reaches its capacity that did not before');
  const worsened = elements(assignment.worsenedBottlenecks, 'none: nothing that was full got 5 points fuller');
  const relieved = elements(assignment.relievedBottlenecks, 'none: nothing that was full is under capacity now');
  const utilization = elements(assignment.utilization, 'no element is used differently');
  return [
    `\nAssignment before and after\n${totals}`,
    `\nCorridor shifts (largest ${Math.min(moved.length, TOP_CHANGES)} of ${moved.length} that moved)\n${corridors}`,
    `\nMode shares (main mode: the mode of the longest ride)\n${modeShares}`,
    `\nNew bottlenecks (at or over capacity after, not before: ${assignment.newBottlenecks.length})\n${bottlenecks}`,
    `\nWorsened bottlenecks (full before, ≥ 5 points fuller after: ${assignment.worsenedBottlenecks.length})\n${worsened}`,
    `\nRelieved bottlenecks (full before, under capacity after: ${assignment.relievedBottlenecks.length})\n${relieved}`,
    `\nUtilization, largest changes (top ${Math.min(assignment.utilization.length, TOP_CHANGES)} of ${assignment.utilization.length})\n${utilization}`,
  ].join('');
}

/**
 * The readable answer of `corridor scenario`: the scenario and its description; per route a before and an
 * after line (days, USD, t CO2e, km, modes, passages) and the change; with `--assign` the totals before and
 * after, corridor shifts, mode shares, new bottlenecks and the largest utilization changes; then always the
 * plain-language summary and the suspended services. Every line fits in `WIDTH` columns.
 *
 * @param run - the engine's answer and where the scenario came from
 */
export function formatScenario(run: ScenarioOutput): string {
  const { answer } = run;
  const { scenario } = answer;
  const origin = run.origin === 'preset' ? 'preset' : `from ${run.origin.file}`;
  const heading = wrap('', [`Scenario ${scenario.id}:`, ...`${scenario.nameEn} (${origin})`.split(' ')], ' ', 2);
  const description = wrap('  ', scenario.description.split(' '), ' ', 2);
  const summaryText =
    answer.summary.length === 0
      ? '  nothing compared changed\n'
      : answer.summary.map((line) => wrap('  - ', line.split(' '), ' ', 4)).join('');
  const suspended =
    answer.suspended.length === 0
      ? '  none\n'
      : answer.suspended.map((s) => wrap('  ', [`${s.serviceId}:`, ...s.reason.split(' ')], ' ', 4)).join('');
  return [
    heading,
    description,
    routeSection(answer),
    assignmentSection(answer),
    `\nSummary\n${summaryText}`,
    `\nSuspended services (${answer.suspended.length})\n${suspended}`,
  ].join('');
}
