import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import { MAX_DEMAND_TEU_PER_WEEK, MAX_DEMAND_TONNES_PER_WEEK } from '../model/flow-limits.js';
import type { DemandFlow } from '../model/network.js';

/**
 * Checks a caller's demand matrix at the engine's edge, as the loader checks `demand.csv`: every amount a finite
 * number above 0 and within the documented bound per OD pair, so that no total of the assignment overflows.
 *
 * @param demand - the rows to assign
 * @returns the rows, unchanged
 * @throws CorridorError `invalid-argument` with one issue per row out of bounds
 * @example
 * checkDemand([{ fromPlaceId: 'CNXMN', toPlaceId: 'NLRTM', cargo: 'container', teuPerWeek: 1e300, basis: '', sources: [] }]);
 * // throws: assign demand: 1 problem — demand[0].teuPerWeek: "1e+300" — must be between 0 and 1000000 TEU per week
 */
export function checkDemand(demand: readonly DemandFlow[]): readonly DemandFlow[] {
  const issues: InputIssue[] = [];
  demand.forEach((flow, i) => {
    const air = flow.cargo === 'air-cargo';
    const field = air ? 'tonnesPerWeek' : 'teuPerWeek';
    const amount = air ? flow.tonnesPerWeek : flow.teuPerWeek;
    const max = air ? MAX_DEMAND_TONNES_PER_WEEK : MAX_DEMAND_TEU_PER_WEEK;
    if (amount === undefined || (Number.isFinite(amount) && amount > 0 && amount <= max)) return;
    issues.push({
      file: 'assign demand',
      field: `demand[${i}].${field}`,
      value: String(amount),
      code: 'out-of-range',
      params: { min: 0, exclusiveMin: true, max, unit: air ? 'tonnes per week' : 'TEU per week' },
      message: `must be between 0 and ${max} ${air ? 'tonnes' : 'TEU'} per week`,
      fix: 'give a plausible weekly amount for one OD pair',
    });
  });
  if (issues.length > 0) {
    throw new CorridorError(
      'invalid-argument',
      `assign demand: ${issues.length} problem${issues.length === 1 ? '' : 's'}`,
      issues,
    );
  }
  return demand;
}
