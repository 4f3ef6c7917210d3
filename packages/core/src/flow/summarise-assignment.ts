import { CorridorError } from '../model/corridor-error.js';
import {
  MAX_DEMAND_TEU_PER_WEEK,
  MAX_DEMAND_TONNES_PER_WEEK,
  MAX_SCENARIO_FACTOR,
  MIN_SCENARIO_FACTOR,
} from '../model/flow-limits.js';
import type { Mode, Network } from '../model/network.js';
import { type AssignmentProblem, elementVolumes } from './assignment-problem.js';
import type {
  AssignmentMethod,
  AssignmentResult,
  AssignmentTotals,
  CarrierFlow,
  ElementFlow,
  ModeShare,
  OdFlow,
  UnservedDemand,
} from './assignment-result.js';
import type { CapacityPrices } from './capacity-prices.js';
import type { MethodOutcome } from './frank-wolfe.js';
import { totalEdgeFlow } from './path-flows.js';
import { unservedReasons } from './unserved-reasons.js';

/** What each method does with capacities, as its result says. */
const CAPACITY_RULE: Readonly<Record<AssignmentMethod, AssignmentResult['capacityRule']>> = {
  aon: 'uncapped',
  capacity: 'all-hard',
  equilibrium: 'hard',
  'equilibrium-uncapped': 'uncapped',
};

/** flow ÷ capacity, or `null` without a capacity or when the ratio is not a finite number. */
const ratio = (flow: number, capacity: number) => {
  const share = Number.isFinite(capacity) && capacity > 0 ? flow / capacity : Number.NaN;
  return Number.isFinite(share) ? share : null;
};

function mainMode(problem: AssignmentProblem, edges: readonly number[], distanceKm: Float64Array): Mode {
  const km = new Map<Mode, number>();
  for (const e of edges) {
    const edge = problem.prepared.edges[e];
    if (edge === undefined || (edge.kind !== 'ride' && edge.kind !== 'road')) continue;
    km.set(edge.mode, (km.get(edge.mode) ?? 0) + (distanceKm[e] as number));
  }
  let best: Mode = 'road';
  let bestKm = -1;
  for (const [mode, value] of km) {
    if (mode !== 'road' && value > bestKm) {
      best = mode;
      bestKm = value;
    }
  }
  return best;
}

/**
 * The price a hard element charges at the final flows: max(0, multiplier + penalty × (volume − residual)),
 * the multiplier the flows are in equilibrium with (it equals the multiplier once the capacity is met).
 */
function shadowPrice(prices: CapacityPrices, k: number, volume: Float64Array): number {
  const price =
    (prices.multiplier[k] as number) +
    (prices.penalty[k] as number) * ((volume[k] as number) - (prices.residual[k] as number));
  return Math.max(price, 0);
}

/**
 * Turns a method's flows into the readable result (docs/architecture.md, "The life of an assignment": outputs): per element, service and
 * corridor; mode split; totals; unserved demand; per-OD paths.
 *
 * @param noPath - 1 per OD pair that has no path even at zero load
 */
export function summariseAssignment(
  network: Network,
  problem: AssignmentProblem,
  method: AssignmentMethod,
  outcome: MethodOutcome,
  noPath: Uint8Array,
): AssignmentResult {
  const { state } = outcome;
  const total = totalEdgeFlow(state);
  const volume = elementVolumes(problem, total);
  const hard = problem.hard ?? new Uint8Array(problem.elements.length);
  const elements: ElementFlow[] = problem.elements.map((element, k) => ({
    id: element.id,
    kind: element.kind,
    nameEn: element.nameEn,
    nameZh: element.nameZh,
    mode: element.mode,
    unit: element.unit,
    flowPerWeek: volume[k] as number,
    backgroundPerWeek: element.backgroundPerWeek,
    capacityPerWeek: Number.isFinite(element.capacityPerWeek) ? element.capacityPerWeek : null,
    utilization: ratio((volume[k] as number) + element.backgroundPerWeek, element.capacityPerWeek),
    capacityKind: hard[k] === 1 ? 'hard' : 'soft',
    shadowPricePerUnit: hard[k] === 1 && outcome.prices !== undefined ? shadowPrice(outcome.prices, k, volume) : null,
  }));
  // Services: boardings per week, capacity offered, fullest leg.
  const boarded = new Map<string, number>();
  problem.prepared.edges.forEach((edge, e) => {
    if (edge.kind === 'board' && edge.serviceId !== undefined)
      boarded.set(edge.serviceId, (boarded.get(edge.serviceId) ?? 0) + (total[e] as number));
  });
  const peak = new Map<string, number>();
  const offered = new Map<string, number>();
  // Load factor: unit-km carried ÷ unit-km offered over a service's legs (a loop's boardings may exceed one
  // leg's capacity without any leg being full).
  const carriedKm = new Map<string, number>();
  const offeredKm = new Map<string, number>();
  problem.elements.forEach((element, k) => {
    if (element.kind !== 'service-leg' || element.serviceId === undefined) return;
    const u = ratio(volume[k] as number, element.capacityPerWeek);
    if (u !== null) peak.set(element.serviceId, Math.max(peak.get(element.serviceId) ?? 0, u));
    const km = element.edges.reduce((sum, e) => sum + (problem.prepared.edges[e]?.distanceKm ?? 0), 0);
    const id = element.serviceId;
    carriedKm.set(id, (carriedKm.get(id) ?? 0) + (volume[k] as number) * km);
    offeredKm.set(id, (offeredKm.get(id) ?? 0) + element.capacityPerWeek * km);
  });
  // The load factor with its two terms, so a reader can recompute it (issue: utilization you can recompute).
  const loadFactor = (ids: readonly string[]) => {
    const carriedUnitKm = ids.reduce((sum, id) => sum + (carriedKm.get(id) ?? 0), 0);
    const offeredUnitKm = ids.reduce((sum, id) => sum + (offeredKm.get(id) ?? 0), 0);
    return {
      carriedUnitKmPerWeek: carriedUnitKm,
      offeredUnitKmPerWeek: Number.isFinite(offeredUnitKm) ? offeredUnitKm : null,
      utilization: ratio(carriedUnitKm, offeredUnitKm),
    };
  };
  const services: CarrierFlow[] = network.services.map((service) => {
    const air = service.mode === 'air';
    const unitCapacity = air ? service.unitCapacity.tonnes : service.unitCapacity.teu;
    const perWeek = (service.departures?.length ?? service.frequencyPerWeek ?? 0) * (service.bidirectional ? 2 : 1);
    const capacity = unitCapacity === undefined ? Number.POSITIVE_INFINITY : perWeek * unitCapacity;
    offered.set(service.id, capacity);
    const carried = boarded.get(service.id) ?? 0;
    return {
      id: service.id,
      nameEn: service.nameEn,
      nameZh: service.nameZh ?? service.nameEn,
      unit: air ? 'tonnes' : 'teu',
      carriedPerWeek: carried,
      capacityPerWeek: Number.isFinite(capacity) ? capacity : null,
      ...loadFactor([service.id]),
      peakLegUtilization: peak.get(service.id) ?? null,
    };
  });
  const corridors: CarrierFlow[] = network.corridors.map((corridor) => {
    const carried = corridor.serviceIds.reduce((sum, id) => sum + (boarded.get(id) ?? 0), 0);
    const capacity = corridor.serviceIds.reduce((sum, id) => sum + (offered.get(id) ?? 0), 0);
    const peaks = corridor.serviceIds.map((id) => peak.get(id)).filter((u): u is number => u !== undefined);
    const air = corridor.serviceIds.every((id) => network.services.find((s) => s.id === id)?.mode === 'air');
    return {
      id: corridor.id,
      nameEn: corridor.nameEn,
      nameZh: corridor.nameZh,
      unit: air ? 'tonnes' : 'teu',
      carriedPerWeek: carried,
      capacityPerWeek: Number.isFinite(capacity) ? capacity : null,
      ...loadFactor(corridor.serviceIds),
      peakLegUtilization: peaks.length === 0 ? null : Math.max(...peaks),
    };
  });
  const unserved: UnservedDemand[] = [];
  const reasons = unservedReasons(problem, state, noPath, hard);
  const ods: OdFlow[] = [];
  const split = new Map<string, ModeShare & { amountPerWeek: number }>();
  problem.ods.forEach((od, i) => {
    const setup = problem.classes[od.classIndex];
    const paths = [...(state.pathFlows[i]?.values() ?? [])]
      .filter((p) => p.flowPerWeek > 1e-9)
      .map((p) => {
        const modes: Mode[] = [];
        const services: string[] = [];
        for (const e of p.edges) {
          const edge = problem.prepared.edges[e];
          if (edge?.kind === 'ride' || edge?.kind === 'road' || edge?.kind === 'access' || edge?.kind === 'egress') {
            if (modes.at(-1) !== edge.mode) modes.push(edge.mode);
          }
          if (edge?.kind === 'board' && edge.serviceId !== undefined) services.push(edge.serviceId);
        }
        const mode = setup === undefined ? 'road' : mainMode(problem, p.edges, setup.criteria.distanceKm);
        const key = `${od.od.cargo}:${mode}`;
        const share = split.get(key);
        split.set(key, {
          cargo: od.od.cargo,
          mode,
          amountPerWeek: (share?.amountPerWeek ?? 0) + p.flowPerWeek,
          share: 0,
        });
        return { flowPerWeek: p.flowPerWeek, modes, mainMode: mode, services, edges: p.edges };
      })
      .sort((a, b) => b.flowPerWeek - a.flowPerWeek);
    const missing = state.unserved[i] as number;
    ods.push({
      from: od.od.fromPlaceId,
      to: od.od.toPlaceId,
      cargo: od.od.cargo,
      unit: od.od.unit,
      demandPerWeek: od.od.amountPerWeek,
      servedPerWeek: od.od.amountPerWeek - missing,
      paths,
    });
    const why = reasons[i];
    if (missing > 1e-9 && why !== null && why !== undefined) {
      unserved.push({
        from: od.od.fromPlaceId,
        to: od.od.toPlaceId,
        cargo: od.od.cargo,
        unit: od.od.unit,
        amountPerWeek: missing,
        reason: why.reason,
        fullElements: why.fullElements,
      });
    }
  });
  const classTotals = new Map<string, number>();
  for (const s of split.values()) classTotals.set(s.cargo, (classTotals.get(s.cargo) ?? 0) + s.amountPerWeek);
  const modeSplit = [...split.values()].map((s) => ({
    ...s,
    share: s.amountPerWeek / (classTotals.get(s.cargo) ?? 1),
  }));
  return {
    method,
    capacityRule: CAPACITY_RULE[method],
    relativeGap: outcome.relativeGap,
    iterations: outcome.iterations,
    history: outcome.history,
    totals: finiteTotals(totalsOf(problem, outcome, ods)),
    elements,
    services,
    corridors,
    modeSplit,
    unserved,
    ods,
    edgeFlowTeu: Float64Array.from(state.classFlows[0] ?? []),
    edgeFlowTonnes: Float64Array.from(state.classFlows[1] ?? []),
    problem,
    state,
    ...(outcome.prices === undefined ? {} : { prices: outcome.prices }),
  };
}

/**
 * The totals, checked where they are formed: a total that overflowed to Infinity or NaN (demand or factors far
 * beyond the documented bounds, through the library's own API) cannot be reported as a figure, so the assignment
 * says which one and why instead.
 *
 * @throws CorridorError `invalid-input` naming the totals that are not finite numbers
 */
export function finiteTotals(totals: AssignmentTotals): AssignmentTotals {
  const broken = Object.entries(totals).filter(([, value]) => !Number.isFinite(value));
  if (broken.length === 0) return totals;
  throw new CorridorError(
    'invalid-input',
    `assign: the total${broken.length === 1 ? '' : 's'} ${broken.map(([name]) => name).join(', ')} cannot be ` +
      `computed (not a finite number); keep demand within ${MAX_DEMAND_TEU_PER_WEEK} TEU or ` +
      `${MAX_DEMAND_TONNES_PER_WEEK} t per week per OD pair and scenario factors within ` +
      `${MIN_SCENARIO_FACTOR}–${MAX_SCENARIO_FACTOR}`,
  );
}

function totalsOf(problem: AssignmentProblem, outcome: MethodOutcome, ods: readonly OdFlow[]): AssignmentTotals {
  let costUsd = 0;
  let co2eKg = 0;
  const hours = [0, 0];
  const km = [0, 0];
  outcome.state.classFlows.forEach((flows, c) => {
    const criteria = problem.classes[c]?.criteria;
    if (criteria === undefined) return;
    for (let e = 0; e < flows.length; e++) {
      const x = flows[e] as number;
      if (x === 0) continue;
      costUsd += x * (criteria.usd[e] as number);
      co2eKg += x * (criteria.co2eKg[e] as number);
      hours[c] = (hours[c] as number) + x * ((criteria.hours[e] as number) + (criteria.waitHours[e] as number));
      km[c] = (km[c] as number) + x * (criteria.distanceKm[e] as number);
    }
  });
  const sum = (unit: string, pick: (od: OdFlow) => number) =>
    ods.filter((od) => od.unit === unit).reduce((s, od) => s + pick(od), 0);
  return {
    servedTeuPerWeek: sum('teu', (od) => od.servedPerWeek),
    servedTonnesPerWeek: sum('tonnes', (od) => od.servedPerWeek),
    unservedTeuPerWeek: sum('teu', (od) => od.demandPerWeek - od.servedPerWeek),
    unservedTonnesPerWeek: sum('tonnes', (od) => od.demandPerWeek - od.servedPerWeek),
    costUsdPerWeek: costUsd,
    co2eKgPerWeek: co2eKg,
    teuHoursPerWeek: hours[0] as number,
    tonneHoursPerWeek: hours[1] as number,
    teuKmPerWeek: km[0] as number,
    tonneKmPerWeek: km[1] as number,
  };
}
