import type { Network } from '@corridor/core';
import type { AssignmentAnswer } from '@corridor/core/engine';
import type { CalibrationRow, ElementFlow, FlowUnit } from '@corridor/core/flow';

/** What `--select` adds: the element asked and the OD pairs through it. */
type SelectedLink = NonNullable<AssignmentAnswer['selectLink']>;

import { wrap } from './format-itinerary.js';
import { fixedDigits, NOT_A_FIGURE } from './number-format.js';
import { displayWidth, table, truncate, WIDTH } from './text-table.js';

/** How many elements the "busiest" table lists. */
export const BUSIEST_ELEMENTS = 15;

const n0 = fixedDigits(0);
const n1 = fixedDigits(1);

/** `1,234.5 TEU` or `12.0 t`. */
const amount = (value: number, unit: FlowUnit) => `${n1.format(value)} ${unit === 'teu' ? 'TEU' : 't'}`;
/** `87.5 %`, or `—` without a capacity. */
const percent = (share: number | null) => (share === null ? '—' : `${n1.format(share * 100)} %`);
/** A gap with 3 significant digits, `—` when there is none. */
const gapText = (gap: number) => (Number.isFinite(gap) ? gap.toExponential(2) : '—');

/** Columns a cut service name keeps at least, so a long leg does not hide which service it is. */
const SERVICE_MIN_WIDTH = 14;

/**
 * A service leg's name (`Service: From → To`) cut to `width` in the service part first, so the leg's ends
 * stay readable: `CR Express (Xiamen) Xiamen–Duis…: Alashankou / Dostyk → Brest / Małaszewicze`.
 */
export function shortenLegName(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const split = text.lastIndexOf(': ');
  if (split < 0 || width < 2 * SERVICE_MIN_WIDTH) return truncate(text, width);
  const leg = text.slice(split);
  const room = Math.max(SERVICE_MIN_WIDTH, width - displayWidth(leg));
  return `${truncate(text.slice(0, split), room)}${truncate(leg, width - room)}`;
}

const KIND_WORDS: Readonly<Record<ElementFlow['kind'], string>> = {
  'service-leg': 'leg',
  terminal: 'terminal',
  'border-crossing': 'border',
};

/** Fullest first; equal utilization by id, so the order never changes between runs. */
const byUtilization = (a: ElementFlow, b: ElementFlow) =>
  (b.utilization ?? -1) - (a.utilization ?? -1) || a.id.localeCompare(b.id);

/** What the run did with capacities, in the summary line. */
const CAPACITY_RULE_WORDS: Readonly<Record<AssignmentAnswer['capacityRule'], string>> = {
  hard: 'service legs capped (trains and ships carry at most what they offer)',
  uncapped: 'uncapped (unconstrained demand: capacities only slow the flow)',
  'all-hard': 'every capacity capped',
};

/**
 * The one-line summary: method, gap, iterations and the weekly totals (wrapped only if a dataset's figures
 * run past `WIDTH`).
 */
export function assignmentSummary(result: AssignmentAnswer): string {
  const { totals } = result;
  const unserved = totals.unservedTeuPerWeek + totals.unservedTonnesPerWeek;
  const parts = [
    `${result.method} assignment`,
    CAPACITY_RULE_WORDS[result.capacityRule],
    `gap ${gapText(result.relativeGap)}`,
    `${result.iterations} iteration${result.iterations === 1 ? '' : 's'}`,
    `served ${amount(totals.servedTeuPerWeek, 'teu')} + ${amount(totals.servedTonnesPerWeek, 'tonnes')}/wk`,
    unserved > 0
      ? `unserved ${amount(totals.unservedTeuPerWeek, 'teu')} + ${amount(totals.unservedTonnesPerWeek, 'tonnes')}`
      : 'none unserved',
    `USD ${n0.format(totals.costUsdPerWeek)}/wk`,
    `${n0.format(totals.co2eKgPerWeek / 1000)} t CO2e/wk`,
  ];
  return wrap('', parts, ' · ', 2);
}

function elementRows(elements: readonly ElementFlow[]): string {
  return table([
    { title: 'kind', cells: elements.map((e) => KIND_WORDS[e.kind]) },
    { title: 'element', flexible: true, shorten: shortenLegName, cells: elements.map((e) => e.nameEn) },
    { title: 'flow/wk', right: true, cells: elements.map((e) => amount(e.flowPerWeek, e.unit)) },
    // Other (non-Fujian) traffic at a crossing: not assigned, but counted in `use`.
    {
      title: 'other/wk',
      right: true,
      cells: elements.map((e) => (e.backgroundPerWeek > 0 ? amount(e.backgroundPerWeek, e.unit) : '—')),
    },
    {
      title: 'capacity/wk',
      right: true,
      cells: elements.map((e) => (e.capacityPerWeek === null ? '—' : amount(e.capacityPerWeek, e.unit))),
    },
    { title: 'use', right: true, cells: elements.map((e) => percent(e.utilization)) },
  ]);
}

function corridorRows(result: AssignmentAnswer): string {
  const corridors = result.corridors;
  if (corridors.length === 0) return '  none in the dataset\n';
  return table([
    { title: 'corridor', flexible: true, cells: corridors.map((c) => c.nameEn) },
    { title: 'carried/wk', right: true, cells: corridors.map((c) => amount(c.carriedPerWeek, c.unit)) },
    { title: 'unit-km carried', right: true, cells: corridors.map((c) => megaUnitKm(c.carriedUnitKmPerWeek)) },
    {
      title: 'unit-km offered',
      right: true,
      cells: corridors.map((c) => (c.offeredUnitKmPerWeek === null ? '—' : megaUnitKm(c.offeredUnitKmPerWeek))),
    },
    { title: 'use', right: true, cells: corridors.map((c) => percent(c.utilization)) },
    { title: 'peak leg', right: true, cells: corridors.map((c) => percent(c.peakLegUtilization)) },
  ]).concat("  use = unit-km carried ÷ unit-km offered per week over the corridor's legs (TEU; t for air)\n");
}

/** Millions of unit-km, e.g. "3.67 M". */
function megaUnitKm(unitKm: number): string {
  return Number.isFinite(unitKm) ? `${(unitKm / 1e6).toFixed(2)} M` : NOT_A_FIGURE;
}

const REASON_WORDS: Readonly<Record<AssignmentAnswer['unserved'][number]['reason'], string>> = {
  'no-path': 'no path',
  capacity: 'capacity full',
  cost: 'queues dearer than not shipping',
};

/** The unserved OD pairs, then for each one blocked by capacity the full elements that cut its paths. */
function unservedRows(result: AssignmentAnswer, names: ReadonlyMap<string, string>): string {
  if (result.unserved.length === 0) return '  none: every OD pair is served\n';
  const place = (id: string) => `${names.get(id) ?? id} (${id})`;
  const rows = table([
    { title: 'from → to', flexible: true, cells: result.unserved.map((u) => `${place(u.from)} → ${place(u.to)}`) },
    { title: 'cargo', cells: result.unserved.map((u) => u.cargo) },
    { title: 'amount/wk', right: true, cells: result.unserved.map((u) => amount(u.amountPerWeek, u.unit)) },
    { title: 'reason', cells: result.unserved.map((u) => REASON_WORDS[u.reason]) },
  ]);
  const elementNames = new Map(result.elements.map((e) => [e.id, e.nameEn]));
  // Each pair blocked by full elements, then those elements one a line (together they cut every path).
  const full = result.unserved
    .filter((u) => u.fullElements.length > 0)
    .map(
      (u) =>
        `  ${truncate(`${names.get(u.from) ?? u.from} → ${names.get(u.to) ?? u.to}`, WIDTH - 12)}: full at\n${u.fullElements
          .map((id) => `    ${shortenLegName(elementNames.get(id) ?? id, WIDTH - 4)}\n`)
          .join('')}`,
    );
  return full.length === 0 ? rows : `${rows}${full.join('')}`;
}

function modeSplitRows(result: AssignmentAnswer): string {
  const split = result.modeSplit;
  if (split.length === 0) return '  no demand served\n';
  return table([
    { title: 'cargo', cells: split.map((m) => m.cargo) },
    { title: 'main mode', cells: split.map((m) => m.mode) },
    {
      title: 'amount/wk',
      right: true,
      cells: split.map((m) => amount(m.amountPerWeek, m.cargo === 'air-cargo' ? 'tonnes' : 'teu')),
    },
    { title: 'share', right: true, cells: split.map((m) => percent(m.share)) },
  ]);
}

function calibrationRows(rows: readonly CalibrationRow[]): string {
  if (rows.length === 0) return '  no published volumes in the dataset (calibration.json)\n';
  const signed = (x: number) => `${x > 0 ? '+' : ''}${n1.format(x * 100)} %`;
  return table([
    { title: 'published volume', flexible: true, cells: rows.map((r) => r.nameEn) },
    { title: 'observed/wk', right: true, cells: rows.map((r) => amount(r.observedPerWeek, r.unit)) },
    { title: 'modelled/wk', right: true, cells: rows.map((r) => amount(r.modelledPerWeek, r.unit)) },
    { title: 'error', right: true, cells: rows.map((r) => signed(r.relativeError)) },
  ]);
}

function selectRows(select: SelectedLink, names: ReadonlyMap<string, string>): string {
  if (select.flows.length === 0) return '  no OD pair uses it\n';
  const place = (id: string) => `${names.get(id) ?? id} (${id})`;
  return table([
    { title: 'from → to', flexible: true, cells: select.flows.map((f) => `${place(f.from)} → ${place(f.to)}`) },
    { title: 'cargo', cells: select.flows.map((f) => f.cargo) },
    { title: 'flow/wk', right: true, cells: select.flows.map((f) => amount(f.flowPerWeek, f.unit)) },
    { title: 'share', right: true, cells: select.flows.map((f) => percent(f.share)) },
  ]);
}

/**
 * The readable answer of `corridor assign`: the one-line summary, then the busiest elements by utilization,
 * the corridors, every border crossing, the unserved demand, the mode split and the calibration table (and,
 * with `--select`, the OD pairs through an element). Every line fits in `WIDTH` columns; names are cut with
 * an ellipsis where they would not.
 *
 * @param result - the engine's assignment answer (with its calibration and select-link)
 * @param network - the network assigned on (place names)
 */
export function formatAssignment(result: AssignmentAnswer, network: Network): string {
  const { calibration, selectLink: select } = result;
  const names = new Map(network.places.map((p) => [p.id, p.nameEn]));
  const capacitated = result.elements.filter((e) => e.utilization !== null);
  const busiest = [...capacitated].sort(byUtilization).slice(0, BUSIEST_ELEMENTS);
  const crossings = result.elements.filter((e) => e.kind === 'border-crossing').sort(byUtilization);
  const sections = [
    assignmentSummary(result),
    `\nBusiest elements (top ${busiest.length} of ${capacitated.length} with a capacity, by utilization)\n${elementRows(busiest)}`,
    `\nCorridors\n${corridorRows(result)}`,
    `\nBorder crossings\n${crossings.length === 0 ? '  none in the dataset\n' : elementRows(crossings)}`,
    `\nUnserved demand\n${unservedRows(result, names)}`,
    `\nMode split (main mode: the mode of the longest ride)\n${modeSplitRows(result)}`,
    `\nCalibration (published volumes against the model)\n${calibrationRows(calibration)}`,
  ];
  if (select !== undefined) sections.push(`\nOD pairs through ${select.element}\n${selectRows(select, names)}`);
  return sections.join('');
}
