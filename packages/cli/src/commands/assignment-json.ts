import type {
  AssignmentResult,
  AssignmentTotals,
  CalibrationRow,
  CarrierFlow,
  ElementFlow,
  SelectedFlow,
} from '@corridor/core/flow';

/** TEU and tonnes to 0.1, dollars, kilograms, hours and km to 1, shares to 4 decimals: byte-stable. */
const tenth = (x: number) => Math.round(x * 10) / 10 || 0;
const whole = (x: number) => Math.round(x) || 0;
const fourDecimals = (x: number) => Math.round(x * 10_000) / 10_000 || 0;
const nullable = (x: number | null, round: (x: number) => number) => (x === null ? null : round(x));

/**
 * A relative gap as printed: 3 significant digits (`2.07e-13`), `null` when there is none (capacity-restrained
 * loading reports NaN).
 */
export function roundGap(gap: number): number | null {
  if (!Number.isFinite(gap)) return null;
  return Number(gap.toExponential(2));
}

/** Totals rounded for output: TEU and tonnes to 0.1, USD, kg, hours and km to 1. */
export function roundAssignmentTotals(totals: AssignmentTotals): AssignmentTotals {
  return {
    servedTeuPerWeek: tenth(totals.servedTeuPerWeek),
    servedTonnesPerWeek: tenth(totals.servedTonnesPerWeek),
    unservedTeuPerWeek: tenth(totals.unservedTeuPerWeek),
    unservedTonnesPerWeek: tenth(totals.unservedTonnesPerWeek),
    costUsdPerWeek: whole(totals.costUsdPerWeek),
    co2eKgPerWeek: whole(totals.co2eKgPerWeek),
    teuHoursPerWeek: whole(totals.teuHoursPerWeek),
    tonneHoursPerWeek: whole(totals.tonneHoursPerWeek),
    teuKmPerWeek: whole(totals.teuKmPerWeek),
    tonneKmPerWeek: whole(totals.tonneKmPerWeek),
  };
}

/** `{ "unit": "tonnes" }` for air-cargo figures, nothing for TEU (the keys say TEU). */
const tonnesMark = (unit: 'teu' | 'tonnes') => (unit === 'tonnes' ? { unit: 'tonnes' as const } : {});

/** One element as `--json` shows it; tonnes elements keep the TEU-named keys and add `"unit": "tonnes"`. */
export function elementJson(element: ElementFlow) {
  return {
    id: element.id,
    kind: element.kind,
    name: element.nameEn,
    flowTeuPerWeek: tenth(element.flowPerWeek),
    capacityTeuPerWeek: nullable(element.capacityPerWeek, tenth),
    utilization: nullable(element.utilization, fourDecimals),
    // Non-Fujian traffic (border crossings; 0 elsewhere): never assigned, but in the utilization. Added last.
    backgroundTeuPerWeek: tenth(element.backgroundPerWeek),
    // Hard: the run kept flow + background within capacity (its multiplier, USD per TEU, is what a box would
    // pay to get on); soft: it only queues.
    capacityKind: element.capacityKind,
    shadowPriceUsdPerTeu: nullable(element.shadowPricePerUnit, tenth),
    ...tonnesMark(element.unit),
  };
}

function corridorJson(corridor: CarrierFlow) {
  return {
    id: corridor.id,
    name: corridor.nameEn,
    carriedTeuPerWeek: tenth(corridor.carriedPerWeek),
    capacityTeuPerWeek: nullable(corridor.capacityPerWeek, tenth),
    // utilization = carriedTeuKmPerWeek ÷ offeredTeuKmPerWeek (the load factor over its service legs).
    carriedTeuKmPerWeek: Math.round(corridor.carriedUnitKmPerWeek),
    offeredTeuKmPerWeek: nullable(corridor.offeredUnitKmPerWeek, Math.round),
    utilization: nullable(corridor.utilization, fourDecimals),
    peakLegUtilization: nullable(corridor.peakLegUtilization, fourDecimals),
    ...tonnesMark(corridor.unit),
  };
}

function calibrationJson(row: CalibrationRow) {
  return {
    id: row.id,
    name: row.nameEn,
    observedTeuPerWeek: tenth(row.observedPerWeek),
    modelledTeuPerWeek: tenth(row.modelledPerWeek),
    relativeError: fourDecimals(row.relativeError),
    ...tonnesMark(row.unit),
  };
}

/** What `--select ELEMENT` adds: the element asked and the OD pairs through it. */
export interface SelectedLink {
  readonly element: string;
  readonly flows: readonly SelectedFlow[];
}

function selectJson(select: SelectedLink) {
  return {
    element: select.element,
    ods: select.flows.map((flow) => ({
      from: flow.from,
      to: flow.to,
      cargo: flow.cargo,
      flowTeuPerWeek: tenth(flow.flowPerWeek),
      share: fourDecimals(flow.share),
      ...tonnesMark(flow.unit),
    })),
  };
}

/**
 * The `--json` document of `corridor assign`: `{ method, capacityRule, relativeGap, iterations, totals,
 * elements, corridors, unserved, modeSplit, calibration, history }` (and `selectLink` with `--select`); an
 * unserved row names its `reason` and the `fullElements` behind it, an element its `capacityKind` and
 * `shadowPriceUsdPerTeu`. Figures in TEU per week;
 * an element, corridor or calibration row measured in air-cargo tonnes keeps the same keys and adds
 * `"unit": "tonnes"`. TEU and tonnes are rounded to 0.1, utilizations and shares to 4 decimals, gaps to
 * 3 significant digits (`null` for capacity-restrained loading, which has none), USD, kg, hours and km
 * to 1, so the same assignment always gives the same text.
 *
 * @param result - what `assign` returned
 * @param calibration - `calibrationReport(result, network)`
 * @param select - the select-link answer, with `--select`
 * @returns one line of JSON, newline-terminated
 */
export function assignmentJson(
  result: AssignmentResult,
  calibration: readonly CalibrationRow[],
  select?: SelectedLink,
): string {
  const body = {
    method: result.method,
    capacityRule: result.capacityRule,
    relativeGap: roundGap(result.relativeGap),
    iterations: result.iterations,
    totals: roundAssignmentTotals(result.totals),
    elements: result.elements.map(elementJson),
    corridors: result.corridors.map(corridorJson),
    unserved: result.unserved.map((u) => ({
      from: u.from,
      to: u.to,
      cargo: u.cargo,
      amountTeuPerWeek: tenth(u.amountPerWeek),
      reason: u.reason,
      fullElements: u.fullElements,
      ...tonnesMark(u.unit),
    })),
    modeSplit: result.modeSplit.map((m) => ({
      cargo: m.cargo,
      mode: m.mode,
      amountTeuPerWeek: tenth(m.amountPerWeek),
      share: fourDecimals(m.share),
      ...(m.cargo === 'air-cargo' ? { unit: 'tonnes' as const } : {}),
    })),
    calibration: calibration.map(calibrationJson),
    history: result.history.map((h) => ({
      iteration: h.iteration,
      relativeGap: roundGap(h.relativeGap),
      step: fourDecimals(h.step),
      phase: h.phase,
      ...(h.overload === undefined ? {} : { overload: roundGap(h.overload) }),
    })),
    ...(select === undefined ? {} : { selectLink: selectJson(select) }),
  };
  return `${JSON.stringify(body)}\n`;
}
