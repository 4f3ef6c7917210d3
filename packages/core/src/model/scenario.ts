/**
 * A scenario is data (docs/architecture.md, "The life of a scenario run"): a list of edits on a base network — closures, capacity and delay
 * changes, tariffs and emission factors, a new service, demand growth. Applying one never changes the base.
 */
import type { CargoClass, PassageId, Service, Sourced, VehicleClass } from './network.js';

/** One edit of a scenario, discriminated on `kind`. */
export type ScenarioEdit =
  /** Sea services re-route over the lanes left open, longer and slower; one with no way through is suspended. */
  | { readonly kind: 'close-passage'; readonly passage: PassageId }
  /** Services skip the terminal (a port, rail terminal or airport); one left with fewer than two stops is suspended. */
  | { readonly kind: 'close-terminal'; readonly terminal: string }
  /** Trains through the crossing are suspended. */
  | { readonly kind: 'close-border-crossing'; readonly terminal: string }
  | { readonly kind: 'close-service'; readonly service: string }
  /** Every service of the corridor is suspended. */
  | { readonly kind: 'close-corridor'; readonly corridor: string }
  /** Multiplies the capacity of a terminal, a border crossing (trains per day) or a service (unit capacity). */
  | { readonly kind: 'scale-capacity'; readonly target: string; readonly factor: number }
  /** Adds hours at a terminal (handling) or a border crossing (the dwell of every train stopping there). */
  | { readonly kind: 'add-delay'; readonly terminal: string; readonly hours: number }
  /**
   * Sets a service's tariff, or multiplies it by `factor`; with `lane`, only the service's rates of that
   * trade lane (`tariffs[].lane`), e.g. a market reaction on one lane.
   */
  | {
      readonly kind: 'set-tariff';
      readonly service: string;
      readonly lane?: string;
      readonly usdPerTeu?: number;
      readonly usdPerTonne?: number;
      readonly factor?: number;
    }
  | { readonly kind: 'set-emission-factor'; readonly vehicle: VehicleClass; readonly gPerTonneKm: number }
  | { readonly kind: 'add-service'; readonly service: Service }
  /**
   * Multiplies the demand, all of it or the flows from and/or to a region or place, of one cargo class or
   * both.
   */
  | {
      readonly kind: 'scale-demand';
      readonly factor: number;
      readonly from?: string;
      readonly to?: string;
      readonly cargo?: CargoClass;
    };

/** The kinds of edit, in the order the format documents them. */
export const SCENARIO_EDIT_KINDS = [
  'close-passage',
  'close-terminal',
  'close-border-crossing',
  'close-service',
  'close-corridor',
  'scale-capacity',
  'add-delay',
  'set-tariff',
  'set-emission-factor',
  'add-service',
  'scale-demand',
] as const satisfies readonly ScenarioEdit['kind'][];

/** A named, sourced set of edits. */
export interface Scenario extends Sourced {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly description: string;
  /** The description in Chinese (optional; views fall back to `description`). */
  readonly descriptionZh?: string;
  readonly edits: readonly ScenarioEdit[];
}
