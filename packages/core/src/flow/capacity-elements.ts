import { runKey } from '../graph/build-routing-graph.js';
import type { PreparedGraph } from '../graph/prepare-graph.js';
import type { Mode, Network } from '../model/network.js';

/** What an element measures its flow in: containers (TEU) or air cargo (tonnes). */
export type FlowUnit = 'teu' | 'tonnes';

/** Kinds of capacity-bearing element (docs/architecture.md, "The life of an assignment"). */
export type ElementKind = 'service-leg' | 'terminal' | 'border-crossing';

/** A physical element with a weekly capacity, loaded by some edges of the routing graph. */
export interface CapacityElement {
  /** `service:<id>[:reverse]:<leg index>`, `terminal:<id>` or `border-crossing:<id>`. */
  readonly id: string;
  readonly kind: ElementKind;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly mode: Mode;
  readonly unit: FlowUnit;
  /** Weekly capacity in `unit`; `Infinity` where the dataset gives none. */
  readonly capacityPerWeek: number;
  /**
   * Other traffic on the element per week in `unit` (the terminal's background TEU in the dataset; 0 for
   * service legs and airports). It takes capacity first: counted in utilization, volume-delay and hard
   * capacity, never assigned. A terminal with background stays an element even when no service calls.
   */
  readonly backgroundPerWeek: number;
  readonly serviceId?: string;
  readonly terminalId?: string;
  /** Compiled edges whose flow loads this element. */
  readonly edges: readonly number[];
}

/** Options of {@link capacityElements}. */
export interface CapacityOptions {
  /** TEU one train carries across a border: trains per day × this × 7 = TEU per week. */
  readonly teuPerTrain?: number;
}

/** TEU per block train at a border crossing: 50 FEU (X17, observed on Xiamen–Hamburg 2022). */
export const DEFAULT_TEU_PER_TRAIN = 100;

const WEEKS_PER_YEAR = 52;

/**
 * The capacity-bearing elements of a network on its compiled routing graph (docs/architecture.md, "The life of an assignment"): each service
 * leg (departures per week × unit capacity), each terminal with a yearly capacity (÷ 52; loaded by every box
 * lifted on or off a vehicle there, so a transshipment counts twice, as port statistics count it), each
 * border crossing with a train capacity (trains per day × 7 × TEU per train; loaded by the trains that dwell
 * there). Road has no capacity in the dataset and none here.
 *
 * @param prepared - the compiled routing graph
 * @param network - its network
 * @param options - TEU per train
 * @returns the elements, in a stable order: service legs in service order, then terminals in file order
 * @example
 * ```ts
 * import { capacityElements } from '@corridor/core/flow';
 * import { createGraphCache } from '@corridor/core/graph';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const elements = capacityElements(createGraphCache().prepared(fujianNetwork), fujianNetwork, { teuPerTrain: 100 });
 * const crossing = elements.find((e) => e.id === 'border-crossing:brest_malaszewicze');
 * console.log(elements.length, crossing?.capacityPerWeek, crossing?.unit); // → 318 19600 teu
 * ```
 */
export function capacityElements(
  prepared: PreparedGraph,
  network: Network,
  options: CapacityOptions = {},
): CapacityElement[] {
  const teuPerTrain = options.teuPerTrain ?? DEFAULT_TEU_PER_TRAIN;
  const services = new Map(network.services.map((s) => [s.id, s]));
  const terminals = new Map(network.terminals.map((t) => [t.id, t]));
  const legs = new Map<string, { element: Omit<CapacityElement, 'edges'>; edges: number[] }>();
  const atTerminal = new Map<string, number[]>();
  prepared.edges.forEach((edge, e) => {
    if (edge.kind === 'ride' && edge.serviceId !== undefined) {
      const service = services.get(edge.serviceId);
      if (service === undefined) return;
      const perWeek = service.departures?.length ?? service.frequencyPerWeek ?? 0;
      const air = service.mode === 'air';
      const unitCapacity = air ? service.unitCapacity.tonnes : service.unitCapacity.teu;
      const from = terminals.get(
        prepared.routing.runs.get(runKey(edge.serviceId, edge.reverse === true))?.terminalIds[edge.stopIndex ?? 0] ??
          '',
      );
      const to = terminals.get(
        prepared.routing.runs.get(runKey(edge.serviceId, edge.reverse === true))?.terminalIds[
          (edge.stopIndex ?? 0) + 1
        ] ?? '',
      );
      const id = `service:${runKey(edge.serviceId, edge.reverse === true)}:${edge.stopIndex ?? 0}`;
      legs.set(id, {
        element: {
          id,
          kind: 'service-leg',
          nameEn: `${service.nameEn}: ${from?.nameEn ?? '?'} → ${to?.nameEn ?? '?'}`,
          nameZh: `${service.nameZh ?? service.nameEn}：${from?.nameZh ?? '?'} → ${to?.nameZh ?? '?'}`,
          mode: service.mode,
          unit: air ? 'tonnes' : 'teu',
          capacityPerWeek: unitCapacity === undefined ? Number.POSITIVE_INFINITY : perWeek * unitCapacity,
          backgroundPerWeek: 0,
          serviceId: service.id,
        },
        edges: [e],
      });
    } else if (
      (edge.kind === 'board' || edge.kind === 'alight' || edge.kind === 'dwell') &&
      edge.terminalId !== undefined
    ) {
      const list = atTerminal.get(edge.terminalId) ?? [];
      list.push(e);
      atTerminal.set(edge.terminalId, list);
    }
  });
  const out: CapacityElement[] = [...legs.values()].map(({ element, edges }) => ({ ...element, edges }));
  for (const terminal of network.terminals) {
    // A terminal no service calls at still has its background traffic (a scenario that suspends every
    // Fujian train through Brest leaves Brest's other trains running): it stays, loaded by no edge.
    const background = terminal.kind === 'airport' ? 0 : (terminal.backgroundTeuPerWeek ?? 0);
    const edges = atTerminal.get(terminal.id) ?? [];
    if (edges.length === 0 && background <= 0) continue;
    const crossing = terminal.kind === 'border-crossing';
    const air = terminal.kind === 'airport';
    const capacityPerWeek = crossing
      ? (terminal.capacityTrainsPerDay ?? Number.POSITIVE_INFINITY) * 7 * teuPerTrain
      : air
        ? (terminal.capacityTonnesPerYear ?? Number.POSITIVE_INFINITY) / WEEKS_PER_YEAR
        : (terminal.capacityTeuPerYear ?? Number.POSITIVE_INFINITY) / WEEKS_PER_YEAR;
    // Only the edges that lift a box (or, at a crossing, every train that dwells) load the element.
    const loading = crossing
      ? edges.filter((e) => prepared.edges[e]?.kind === 'dwell')
      : edges.filter((e) => prepared.edges[e]?.kind !== 'dwell');
    if (loading.length === 0 && background <= 0) continue;
    out.push({
      id: `${crossing ? 'border-crossing' : 'terminal'}:${terminal.id}`,
      kind: crossing ? 'border-crossing' : 'terminal',
      nameEn: terminal.nameEn,
      nameZh: terminal.nameZh,
      mode: crossing ? 'rail' : terminal.kind === 'seaport' ? 'sea' : air ? 'air' : 'rail',
      unit: air ? 'tonnes' : 'teu',
      capacityPerWeek,
      backgroundPerWeek: background,
      terminalId: terminal.id,
      edges: loading,
    });
  }
  return out;
}
