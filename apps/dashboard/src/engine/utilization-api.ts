/**
 * The part of the engine API behind the Corridor utilization view: an assignment run in the worker, its plain
 * summaries and flow map, the detail of one element, and corridor capacity between two sets of places. The
 * library's `AssignmentResult` stays in the worker (it holds graphs and functions); only these plain,
 * structured-clonable shapes cross to the page.
 */
import type {
  AssignmentAnswer as EngineAssignmentAnswer,
  ErrorBody,
  MaxFlowAnswer,
  MaxFlowRequest,
} from '@corridor/core/engine';
import type {
  AssignmentMethod,
  AssignmentResult,
  AssignmentTotals,
  CalibrationRow,
  CarrierFlow,
  ElementFlow,
  ElementKind,
  FlowFeatureProperties,
  FlowUnit,
  IterationRecord,
  ModeShare,
  SelectedFlow,
  UnservedDemand,
} from '@corridor/core/flow';
import type { Mode } from '@corridor/core/model';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { PlaceName, WithPlaceNames } from './place-names';

export type {
  AssignmentMethod,
  AssignmentTotals,
  CalibrationRow,
  CarrierFlow,
  ElementFlow,
  ElementKind,
  ErrorBody,
  FlowUnit,
  ModeShare,
  PlaceName,
  SelectedFlow,
  UnservedDemand,
};

/** An OD pair using an element (select-link), with the names of its places. */
export type NamedSelectedFlow = WithPlaceNames<SelectedFlow>;

/** Demand the assignment could not serve, with the names of its places. */
export type NamedUnservedDemand = WithPlaceNames<UnservedDemand>;

/** One step of an equilibrium run, as the progress indicator shows it. */
export type AssignmentProgress = Pick<IterationRecord, 'iteration' | 'relativeGap' | 'phase'>;

/** Properties of a flow-map feature: one capacity-bearing element with its flow (`flowFeatures` of core). */
export type { FlowFeatureProperties };

/**
 * The flows as the map draws them: service legs along their geometry (longitudes continuous across the
 * antimeridian, air legs as great circles), terminals and border crossings as points. Features are sorted by
 * flow, smallest first, so the busiest are drawn on top.
 */
export interface FlowMapData {
  readonly legs: FeatureCollection<LineString, FlowFeatureProperties>;
  readonly nodes: FeatureCollection<Point, FlowFeatureProperties>;
}

/**
 * A finished assignment, as the page sees it: the engine's `AssignmentAnswer` (without the select-link it is not
 * asked for), with the progress steps only, the per-service flows, the unserved pairs named, the flow map and the
 * worker's time.
 */
export interface AssignmentSummary extends Omit<EngineAssignmentAnswer, 'history' | 'unserved' | 'selectLink'> {
  readonly history: readonly AssignmentProgress[];
  readonly services: AssignmentResult['services'];
  /** With the names of the places, for the page to show in its language. */
  readonly unserved: readonly NamedUnservedDemand[];
  readonly flowMap: FlowMapData;
  /** How long the worker took, ms. */
  readonly elapsedMs: number;
}

/** The answer to {@link UtilizationApi.assign}. */
export type AssignmentAnswer =
  | { readonly ok: true; readonly summary: AssignmentSummary }
  | { readonly ok: false; readonly error: ErrorBody };

/** Flow through an element from one service, for the detail charts. */
export interface ThroughputPart {
  readonly serviceId: string;
  readonly serviceNameEn: string;
  readonly serviceNameZh: string;
  readonly mode: Mode;
  /** Corridors of the dataset that list the service (a service may be in several, or none). */
  readonly corridorIds: readonly string[];
  readonly flowPerWeek: number;
}

/** A corridor of the dataset, named. */
export interface CorridorRef {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

/** One element (or corridor) in detail: its flow against capacity, who loads it, and which OD pairs use it. */
export interface ElementDetail {
  /** An element id or `corridor:<id>`. */
  readonly id: string;
  readonly kind: ElementKind | 'corridor';
  readonly nameEn: string;
  readonly nameZh: string;
  readonly unit: FlowUnit;
  readonly flowPerWeek: number;
  /** Other (non-Fujian) traffic at a border crossing, never assigned but in `utilization`; 0 elsewhere. */
  readonly backgroundPerWeek: number;
  readonly capacityPerWeek: number | null;
  readonly utilization: number | null;
  /** Flow by service, each with its mode and corridors; largest first. */
  readonly parts: readonly ThroughputPart[];
  /** The corridors named by `parts`, in dataset order. */
  readonly corridors: readonly CorridorRef[];
  /** OD pairs whose paths use it (select-link), largest first, with the names of their places. */
  readonly ods: readonly NamedSelectedFlow[];
  /** Where it is: a point or the box around its legs, for the map. */
  readonly bounds: readonly [number, number, number, number] | null;
}

/** The answer to {@link UtilizationApi.elementDetail}. */
export type ElementDetailAnswer =
  | { readonly ok: true; readonly detail: ElementDetail }
  | { readonly ok: false; readonly error: ErrorBody };

/**
 * A bottleneck question: the engine's `maxflow` request, two place sets (`region:fujian` or a comma list of places)
 * and the modes allowed (default sea, rail, road; road always stays open for access).
 */
export type BottleneckQuery = MaxFlowRequest;

/** Corridor capacity: the engine's `maxflow` answer (the cut, `unlimited` with a null flow), and the worker's time. */
export type Bottleneck = MaxFlowAnswer & { readonly elapsedMs: number };

/** The answer to {@link UtilizationApi.bottleneck}. */
export type BottleneckAnswer =
  | { readonly ok: true; readonly bottleneck: Bottleneck }
  | { readonly ok: false; readonly error: ErrorBody };

/** What the Corridor utilization view asks the engine; every answer is about the current dataset. */
export interface UtilizationApi {
  /**
   * Runs an assignment of the dataset's demand and keeps it for {@link UtilizationApi.elementDetail}.
   * @param method - `aon`, `capacity`, `equilibrium` (hard capacities on service legs) or `equilibrium-uncapped`
   * @param onProgress - called after each equilibrium iteration (from the page: a `Comlink.proxy`)
   */
  assign(method: AssignmentMethod, onProgress?: (progress: AssignmentProgress) => void): AssignmentAnswer;
  /**
   * Runs an assignment ahead of the user's click, answering nothing: the engine keeps the result (`assign` is
   * pure), so the run the view then asks for, or a scenario's "before", comes back at once. Called when the
   * Utilization or Scenarios view is first shown; a failure is left for the real run to report. The worker runs it
   * behind the requests already queued (`preparation-queue.ts`), and a later call replaces it if it has not started.
   * @param method - the method the view will run
   * @returns settles once it has run, or was replaced
   */
  prepareAssignment(method: AssignmentMethod): Promise<void>;
  /** An element (`service:…`, `terminal:…`, `border-crossing:…`) or `corridor:<id>` of the last assignment. */
  elementDetail(id: string): ElementDetailAnswer;
  /** Max-flow / min-cut between two sets of places. */
  bottleneck(query: BottleneckQuery): BottleneckAnswer;
  /** Region names the places list, sorted (for `region:<name>` pickers). */
  regions(): readonly string[];
}
