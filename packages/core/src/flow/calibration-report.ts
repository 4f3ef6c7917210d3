import type { CalibrationPeriod, Network } from '../model/network.js';
import type { AssignmentResult } from './assignment-result.js';

/** Weeks in each period a published volume may be given per. */
const WEEKS_PER: Readonly<Record<CalibrationPeriod, number>> = { week: 1, quarter: 13, year: 52 };

/** One published volume against the model. */
export interface CalibrationRow {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly unit: 'teu' | 'tonnes';
  readonly observedPerWeek: number;
  readonly modelledPerWeek: number;
  /** Modelled − observed. */
  readonly errorPerWeek: number;
  /** (Modelled − observed) ÷ observed. */
  readonly relativeError: number;
  readonly basis: string;
  readonly sources: readonly string[];
}

/**
 * The calibration report (docs/architecture.md, "The life of an assignment"): each published volume of the dataset's `calibration.json` against
 * the assigned flows — what its services carried (boardings) or its terminals handled (lifts on and off, on
 * any service or, when the target lists services too, on those services only) — so users see how far the
 * demand is from reality.
 *
 * @param result - an assignment on the network
 * @param network - the network, with its calibration targets
 * @returns one row per target, in file order
 * @example
 * ```ts
 * import { assign, calibrationReport } from '@corridor/core/flow';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const rows = calibrationReport(assign(fujianNetwork), fujianNetwork);
 * const [first] = rows;
 * console.log(rows.length, first?.id, first?.unit); // → 6 xmn-cr-express teu
 * console.log(Math.round(first?.observedPerWeek ?? 0), Math.round(first?.modelledPerWeek ?? 0)); // → 464 441
 * ```
 */
export function calibrationReport(result: AssignmentResult, network: Network): CalibrationRow[] {
  const { problem } = result;
  const flows = [result.edgeFlowTeu, result.edgeFlowTonnes];
  return network.calibration.map((target) => {
    const services = new Set(target.serviceIds);
    const terminals = new Set(target.terminalIds);
    const flow = flows[target.unit === 'teu' ? 0 : 1] as Float64Array;
    // A "handled" target that also lists services counts only the lifts of those services at its terminals
    // (e.g. the boxes a port lifts on its named liner calls), so a per-call figure compares like with like.
    const anyService = target.measure === 'handled' && services.size === 0;
    let modelled = 0;
    problem.prepared.edges.forEach((edge, e) => {
      const onService = edge.serviceId !== undefined && services.has(edge.serviceId);
      const counts =
        target.measure === 'carried'
          ? edge.kind === 'board' && onService
          : (edge.kind === 'board' || edge.kind === 'alight') &&
            edge.terminalId !== undefined &&
            terminals.has(edge.terminalId) &&
            (anyService || onService);
      if (counts) modelled += flow[e] as number;
    });
    const observedPerWeek = target.observed / WEEKS_PER[target.period];
    return {
      id: target.id,
      nameEn: target.nameEn,
      nameZh: target.nameZh,
      unit: target.unit,
      observedPerWeek,
      modelledPerWeek: modelled,
      errorPerWeek: modelled - observedPerWeek,
      relativeError: (modelled - observedPerWeek) / observedPerWeek,
      basis: target.basis,
      sources: target.sources,
    };
  });
}
