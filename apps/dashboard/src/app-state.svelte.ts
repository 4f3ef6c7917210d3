import { type Locale, resolveLocale } from './i18n/locale';
import { LocaleState } from './i18n/locale-state.svelte';
import {
  type MapPosition,
  parseUrlState,
  type RouteUrlState,
  type ScenariosUrlState,
  serializeUrlState,
  type UtilizationUrlState,
} from './url/url-state';
import type { ViewId } from './view-id';

/** Where the app's first state comes from. */
export interface StartingPoint {
  /** `location.search` */
  readonly search: string;
  /** `location.hash` */
  readonly hash: string;
  /** The language stored by an earlier visit, if any. */
  readonly storedLocale: Locale | null;
  /** `navigator.languages` */
  readonly browserLanguages: readonly string[];
}

/**
 * The dashboard's shared state: active view, map camera and language. Everything in it is mirrored in the URL
 * (see `url/url-state.ts`), so a reload or a shared link restores it.
 * @example
 * const app = AppState.from({ search: '?view=data', hash: '', storedLocale: null, browserLanguages: ['en'] });
 * app.urlSuffix; // '?view=data&lang=en#map=4.00/24.5000/119.5000'
 */
export class AppState {
  /** The view shown in the side panel. */
  view: ViewId = $state('route');
  /** The map camera as last reported by the map (already rounded to URL precision). */
  mapPosition: MapPosition = $state.raw({ zoom: 0, latitudeDeg: 0, longitudeDeg: 0 });
  /** The Route planner's last query and selected option, `null` before one has run. */
  route: RouteUrlState | null = $state.raw(null);
  /** The Corridor utilization view's last run and selected element, `null` before one has run. */
  utilization: UtilizationUrlState | null = $state.raw(null);
  /** The Scenarios view's last run, `null` before one has run. */
  scenarios: ScenariosUrlState | null = $state.raw(null);
  /** The current language. */
  readonly locale: LocaleState;

  private constructor(
    view: ViewId,
    mapPosition: MapPosition,
    locale: Locale,
    route: RouteUrlState | null,
    utilization: UtilizationUrlState | null,
    scenarios: ScenariosUrlState | null,
  ) {
    this.view = view;
    this.mapPosition = mapPosition;
    this.route = route;
    this.utilization = utilization;
    this.scenarios = scenarios;
    this.locale = new LocaleState(locale);
  }

  /**
   * Builds the starting state from the URL, falling back silently to the defaults for anything invalid.
   * @param start - the URL and the language hints
   * @returns the state
   */
  static from(start: StartingPoint): AppState {
    const url = parseUrlState(start.search, start.hash);
    return new AppState(
      url.view,
      url.map,
      resolveLocale(url.lang, start.storedLocale, start.browserLanguages),
      url.route ?? null,
      url.utilization ?? null,
      url.scenarios ?? null,
    );
  }

  /** The canonical query and fragment for the current state, e.g. `?view=route&lang=en#map=4.00/24.5000/119.5000`. */
  get urlSuffix(): string {
    return serializeUrlState({
      view: this.view,
      lang: this.locale.current,
      map: this.mapPosition,
      ...(this.route === null ? {} : { route: this.route }),
      ...(this.utilization === null ? {} : { utilization: this.utilization }),
      ...(this.scenarios === null ? {} : { scenarios: this.scenarios }),
    });
  }

  /**
   * Follows a fragment the user edited (a `hashchange`): moves the map, leaves view and language alone.
   * @param hash - the new `location.hash`
   */
  followHash(hash: string): void {
    this.mapPosition = parseUrlState('', hash).map;
  }
}
