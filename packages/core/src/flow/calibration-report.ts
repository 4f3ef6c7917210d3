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
 * The calibration report (DESIGN.md §6): each published volume of the dataset's `calibration.json` against
 * the assigned flows — what its services carried (boardings) or its terminals handled (lifts on and off) —
 * so users see how far the illustrative demand is from reality.
 *
 * @param result - an assignment on the network
 * @param network - the network, with its calibration targets
 * @returns one row per target, in file order
 */
export function calibrationReport(result: AssignmentResult, network: Network): CalibrationRow[] {
  const { problem } = result;
  const flows = [result.edgeFlowTeu, result.edgeFlowTonnes];
  return network.calibration.map((target) => {
    const services = new Set(target.serviceIds);
    const terminals = new Set(target.terminalIds);
    const flow = flows[target.unit === 'teu' ? 0 : 1] as Float64Array;
    let modelled = 0;
    problem.prepared.edges.forEach((edge, e) => {
      const counts =
        target.measure === 'carried'
          ? edge.kind === 'board' && edge.serviceId !== undefined && services.has(edge.serviceId)
          : (edge.kind === 'board' || edge.kind === 'alight') &&
            edge.terminalId !== undefined &&
            terminals.has(edge.terminalId);
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
