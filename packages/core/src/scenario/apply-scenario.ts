import type { CostingOverrides } from '../costing/costing-defaults.js';
import type { DemandFlow, Network, PassageId, Service, VehicleClass } from '../model/network.js';
import type { Scenario, ScenarioEdit } from '../model/scenario.js';

/** A service the scenario took out, and why. */
export interface SuspendedService {
  readonly serviceId: string;
  readonly reason: string;
}

/** A scenario applied: a new network (the base is untouched), passages to close, costing overrides. */
export interface AppliedScenario {
  readonly scenario: Scenario;
  readonly network: Network;
  /** Closed passages: sea services re-route round them when the routing graph is built. */
  readonly avoidPassages: ReadonlySet<PassageId>;
  readonly costing: CostingOverrides;
  /** Services closed or left without a way through by the edits (passage closures are reported by routing). */
  readonly suspended: readonly SuspendedService[];
}

function matches(network: Network, spec: string | undefined, placeId: string): boolean {
  if (spec === undefined) return true;
  if (spec.startsWith('region:')) {
    const region = spec.slice('region:'.length);
    return network.places.find((p) => p.id === placeId)?.regions.includes(region) ?? false;
  }
  return spec === placeId;
}

/**
 * The terminals with one closed: its background traffic stops with it (a closed crossing carries no one's
 * trains). Every other terminal keeps its background — an edit changes only what it names — so closing
 * Alashankou leaves Brest's other trains running.
 */
function withoutBackground(network: Network, terminalId: string): Network['terminals'] {
  return network.terminals.map((t) => {
    if (t.id !== terminalId || t.backgroundTeuPerWeek === undefined) return t;
    const { backgroundTeuPerWeek: _, ...rest } = t;
    return rest;
  });
}

/** Applies one edit to the network being built (every step makes new arrays: the base is never touched). */
function applyEdit(
  network: Network,
  edit: ScenarioEdit,
  out: { avoid: Set<PassageId>; emissions: Partial<Record<VehicleClass, number>>; suspended: SuspendedService[] },
): Network {
  const suspend = (keep: (s: Service) => boolean, reason: string): Network => {
    for (const s of network.services) if (!keep(s)) out.suspended.push({ serviceId: s.id, reason });
    return { ...network, services: network.services.filter(keep) };
  };
  const mapServices = (f: (s: Service) => Service): Network => ({ ...network, services: network.services.map(f) });
  switch (edit.kind) {
    case 'close-passage':
      out.avoid.add(edit.passage);
      return network;
    case 'close-terminal': {
      // Services skip the terminal; one left with fewer than two stops cannot run.
      const skipped = mapServices((s) => ({
        ...s,
        stops: s.stops.filter((stop) => stop.terminalId !== edit.terminal),
      }));
      return {
        ...skipped,
        terminals: withoutBackground(network, edit.terminal),
        services: skipped.services.filter((s) => {
          if (s.stops.length >= 2) return true;
          out.suspended.push({ serviceId: s.id, reason: `${edit.terminal} closed and it has no other stops` });
          return false;
        }),
      };
    }
    case 'close-border-crossing':
      return {
        ...suspend(
          (s) => !s.stops.some((stop) => stop.terminalId === edit.terminal),
          `border crossing ${edit.terminal} closed`,
        ),
        terminals: withoutBackground(network, edit.terminal),
      };
    case 'close-service':
      return suspend((s) => s.id !== edit.service, 'service closed');
    case 'close-corridor': {
      const ids = new Set(network.corridors.find((c) => c.id === edit.corridor)?.serviceIds ?? []);
      return suspend((s) => !ids.has(s.id), `corridor ${edit.corridor} closed`);
    }
    case 'scale-capacity': {
      const f = edit.factor;
      const scale = (x: number | undefined) => (x === undefined ? undefined : x * f);
      if (network.terminals.some((t) => t.id === edit.target)) {
        return {
          ...network,
          terminals: network.terminals.map((t) => {
            if (t.id !== edit.target) return t;
            const { capacityTeuPerYear, capacityTonnesPerYear, capacityTrainsPerDay, ...rest } = t;
            const teu = scale(capacityTeuPerYear);
            const tonnes = scale(capacityTonnesPerYear);
            const trains = scale(capacityTrainsPerDay);
            return {
              ...rest,
              ...(teu === undefined ? {} : { capacityTeuPerYear: teu }),
              ...(tonnes === undefined ? {} : { capacityTonnesPerYear: tonnes }),
              ...(trains === undefined ? {} : { capacityTrainsPerDay: trains }),
            };
          }),
        };
      }
      return mapServices((s) => {
        if (s.id !== edit.target) return s;
        const { teu, tonnes } = s.unitCapacity;
        return {
          ...s,
          unitCapacity: {
            ...(teu === undefined ? {} : { teu: teu * f }),
            ...(tonnes === undefined ? {} : { tonnes: tonnes * f }),
          },
        };
      });
    }
    case 'add-delay': {
      const terminal = network.terminals.find((t) => t.id === edit.terminal);
      if (terminal?.kind === 'border-crossing') {
        // Every train stopping at the crossing dwells longer (a queue).
        return mapServices((s) => ({
          ...s,
          stops: s.stops.map((stop) =>
            stop.terminalId === edit.terminal ? { ...stop, dwellHours: stop.dwellHours + edit.hours } : stop,
          ),
        }));
      }
      return {
        ...network,
        terminals: network.terminals.map((t) =>
          t.id === edit.terminal ? { ...t, handlingHours: t.handlingHours + edit.hours } : t,
        ),
      };
    }
    case 'set-tariff':
      return mapServices((s) => {
        if (s.id !== edit.service) return s;
        const f = edit.factor ?? 1;
        const priced = <T extends { readonly usdPerTeu?: number; readonly usdPerTonne?: number }>(rate: T): T => {
          const teu = edit.usdPerTeu ?? (rate.usdPerTeu === undefined ? undefined : rate.usdPerTeu * f);
          const tonnes = edit.usdPerTonne ?? (rate.usdPerTonne === undefined ? undefined : rate.usdPerTonne * f);
          const { usdPerTeu: _teu, usdPerTonne: _tonnes, ...rest } = rate;
          return {
            ...rest,
            ...(teu === undefined ? {} : { usdPerTeu: teu }),
            ...(tonnes === undefined ? {} : { usdPerTonne: tonnes }),
          } as T;
        };
        // A pair-priced service: every rate, or only those of the edit's lane (a market reaction on one lane).
        if (s.tariffs !== undefined) {
          return {
            ...s,
            tariffs: s.tariffs.map((t) => (edit.lane === undefined || t.lane === edit.lane ? priced(t) : t)),
          };
        }
        return s.tariff === undefined || edit.lane !== undefined ? s : { ...s, tariff: priced(s.tariff) };
      });
    case 'set-emission-factor':
      out.emissions[edit.vehicle] = edit.gPerTonneKm;
      return network;
    case 'add-service':
      return { ...network, services: [...network.services, edit.service] };
    case 'scale-demand':
      return {
        ...network,
        demand: network.demand.map((d): DemandFlow => {
          if (
            (edit.cargo !== undefined && d.cargo !== edit.cargo) ||
            !matches(network, edit.from, d.fromPlaceId) ||
            !matches(network, edit.to, d.toPlaceId)
          ) {
            return d;
          }
          const { teuPerWeek, tonnesPerWeek, ...rest } = d;
          return {
            ...rest,
            ...(teuPerWeek === undefined ? {} : { teuPerWeek: teuPerWeek * edit.factor }),
            ...(tonnesPerWeek === undefined ? {} : { tonnesPerWeek: tonnesPerWeek * edit.factor }),
          };
        }),
      };
  }
}

/**
 * Applies a scenario to a base network (docs/architecture.md, "The life of a scenario run"). Pure: the base is never changed; the result is a new
 * network sharing the untouched parts, plus the passages to close and the costing overrides. Edits apply in
 * order. Closing a passage re-routes sea services over the remaining lanes when the routing graph is built
 * (as carriers did in 2024); a service left with no way through is suspended there and reported by routing.
 *
 * @param base - a validated network
 * @param scenario - a scenario checked against it (`parseScenario`, or a preset of `base.scenarios`)
 * @returns the scenario network, closed passages, costing overrides and suspended services
 * @example
 * ```ts
 * import { applyScenario } from '@corridor/core/scenario';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const redSea = fujianNetwork.scenarios.find((scenario) => scenario.id === 'red-sea-closure');
 * if (redSea) {
 *   const applied = applyScenario(fujianNetwork, redSea); // the base network is never changed
 *   console.log([...applied.avoidPassages], applied.suspended.length); // → [ 'bab-el-mandeb', 'suez' ] 0
 *   console.log(applied.network === fujianNetwork, applied.network.services.length); // → false 65
 * }
 * ```
 */
export function applyScenario(base: Network, scenario: Scenario): AppliedScenario {
  const out = {
    avoid: new Set<PassageId>(),
    emissions: {} as Partial<Record<VehicleClass, number>>,
    suspended: [] as SuspendedService[],
  };
  let network = base;
  for (const edit of scenario.edits) network = applyEdit(network, edit, out);
  return {
    scenario,
    network,
    avoidPassages: out.avoid,
    costing: Object.keys(out.emissions).length === 0 ? {} : { emissionGPerTonneKm: out.emissions },
    suspended: out.suspended,
  };
}
