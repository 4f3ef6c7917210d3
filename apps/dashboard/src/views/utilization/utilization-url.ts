/**
 * The Corridor utilization view's keys in the URL: `method` (`aon` | `capacity` | `equilibrium`) and `element`, the
 * element (`service:…`, `terminal:…`, `border-crossing:…`) or corridor (`corridor:<id>`) whose detail is shown. An
 * element without a valid method is dropped. Pure functions; see `url/url-state.ts` for the rest of the URL.
 */
import { ASSIGNMENT_METHODS, type AssignmentMethod } from '@corridor/core/flow';
import type { ViewUrlKeys } from '../view-module';

/** The Corridor utilization view's part of the URL. */
export interface UtilizationUrlState {
  readonly method: AssignmentMethod;
  /** An element id or `corridor:<id>`; `null` when none is selected. */
  readonly element: string | null;
}

/** An element id as the URL may carry it: letters, digits and `_ : . # -`, at most 200 characters. */
const ELEMENT_ID = /^[A-Za-z0-9_:.#-]{1,200}$/;

/**
 * Reads the Corridor utilization view's run from the URL's parameters; never throws.
 * @param params - the URL's query
 * @returns the method and element, or `null` without a valid `method`
 * @example
 * parseUtilizationState(new URLSearchParams('method=capacity&element=border-crossing:brest_malaszewicze'));
 * // { method: 'capacity', element: 'border-crossing:brest_malaszewicze' }
 */
export function parseUtilizationState(params: URLSearchParams): UtilizationUrlState | null {
  const method = params.get('method');
  if (method === null || !(ASSIGNMENT_METHODS as readonly string[]).includes(method)) return null;
  const element = params.get('element');
  return {
    method: method as AssignmentMethod,
    element: element !== null && ELEMENT_ID.test(element) ? element : null,
  };
}

/**
 * Writes the Corridor utilization view's run into URL parameters: `method`, then `element` when one is selected.
 */
export function writeUtilizationState(params: URLSearchParams, utilization: UtilizationUrlState): void {
  params.set('method', utilization.method);
  if (utilization.element !== null) params.set('element', utilization.element);
}

/** The Corridor utilization view's URL keys, for its view module. */
export const UTILIZATION_URL_KEYS: ViewUrlKeys<UtilizationUrlState> = {
  read: parseUtilizationState,
  write: writeUtilizationState,
};
