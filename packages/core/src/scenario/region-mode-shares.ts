import type { AssignmentResult } from '../flow/assignment-result.js';
import type { Network } from '../model/network.js';
import type { Shift } from './compare-scenario.js';

/** Served amount per week by `cargo:region:mode`, with the class-and-region totals under `cargo:region`. */
function servedByRegion(network: Network, result: AssignmentResult): Map<string, number> {
  const regionsOf = new Map(network.places.map((p) => [p.id, p.regions]));
  const amounts = new Map<string, number>();
  const add = (key: string, amount: number) => amounts.set(key, (amounts.get(key) ?? 0) + amount);
  for (const od of result.ods)
    for (const region of regionsOf.get(od.to) ?? [])
      for (const path of od.paths) {
        add(`${od.cargo}:${region}`, path.flowPerWeek);
        add(`${od.cargo}:${region}:${path.mainMode}`, path.flowPerWeek);
      }
  return amounts;
}

/**
 * Mode shares by destination region ("containers to the EU by rail"): for each cargo class and region a place
 * of the network belongs to, the share of the served demand bound there that each main mode carries, before and
 * after. Regions and modes served on neither side are left out.
 *
 * @param network - the base network (its places' regions; the scenario never changes them)
 * @param before - the base assignment
 * @param after - the scenario's assignment
 * @returns shifts with ids `cargo:region:mode`, sorted by id; shares 0–1
 * @example
 * ```ts
 * import { assign } from '@corridor/core/flow';
 * import { applyScenario, regionModeShares } from '@corridor/core/scenario';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const redSea = fujianNetwork.scenarios.find((scenario) => scenario.id === 'red-sea-closure');
 * if (redSea) {
 *   const applied = applyScenario(fujianNetwork, redSea);
 *   const before = assign(fujianNetwork);
 *   const after = assign(applied.network, { costing: applied.costing });
 *   const toEuByRail = regionModeShares(fujianNetwork, before, after).find((s) => s.id === 'container:eu:rail');
 *   console.log(toEuByRail?.before.toFixed(3), toEuByRail?.after.toFixed(3)); // → 0.078 0.103
 * }
 * ```
 */
export function regionModeShares(network: Network, before: AssignmentResult, after: AssignmentResult): Shift[] {
  const was = servedByRegion(network, before);
  const now = servedByRegion(network, after);
  const share = (amounts: Map<string, number>, key: string) => {
    const total = amounts.get(key.slice(0, key.lastIndexOf(':'))) ?? 0;
    return total > 0 ? (amounts.get(key) ?? 0) / total : 0;
  };
  const keys = [...new Set([...was.keys(), ...now.keys()])].filter((k) => k.split(':').length === 3).sort();
  return keys.map((id) => {
    const [cargo, region, mode] = id.split(':');
    return { id, nameEn: `${cargo} to ${region} by ${mode}`, before: share(was, id), after: share(now, id) };
  });
}
