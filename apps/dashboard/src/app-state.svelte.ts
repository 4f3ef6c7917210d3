import { type Locale, resolveLocale } from './i18n/locale';
import { LocaleState } from './i18n/locale-state.svelte';
import { type MapPosition, parseUrlState, serializeUrlState } from './url/url-state';
import type { ViewId } from './views/registry';

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
 * The shell's state: active view, map camera and language. Everything in it is mirrored in the URL (see
 * `url/url-state.ts`), together with each view's own keys, so a reload or a shared link restores it.
 * @example
 * const start = { search: '?view=data', hash: '', storedLocale: null, browserLanguages: ['en'] };
 * const app = AppState.from(start, VIEW_IDS);
 * app.urlSuffix(); // '?view=data&lang=en#map=4.00/24.5000/119.5000'
 */
export class AppState {
  /** The view shown in the side panel. */
  view: ViewId = $state('route');
  /** The map camera as last reported by the map (already rounded to URL precision). */
  mapPosition: MapPosition = $state.raw({ zoom: 0, latitudeDeg: 0, longitudeDeg: 0 });
  /** The current language. */
  readonly locale: LocaleState;

  private constructor(view: ViewId, mapPosition: MapPosition, locale: Locale) {
    this.view = view;
    this.mapPosition = mapPosition;
    this.locale = new LocaleState(locale);
  }

  /**
   * Builds the starting state from the URL, falling back silently to the defaults for anything invalid.
   * @param start - the URL and the language hints
   * @param viewIds - the views there are (`VIEW_IDS`), the first being the default
   * @returns the state
   */
  static from(start: StartingPoint, viewIds: readonly [ViewId, ...ViewId[]]): AppState {
    const url = parseUrlState(start.search, start.hash, viewIds);
    return new AppState(url.view, url.map, resolveLocale(url.lang, start.storedLocale, start.browserLanguages));
  }

  /**
   * The canonical query and fragment for the current state.
   * @param writeViews - adds the views' keys after `view` and `lang` (none when left out)
   * @returns e.g. `?view=route&lang=en&from=CNXMN&…#map=4.00/24.5000/119.5000`
   */
  urlSuffix(writeViews?: (query: URLSearchParams) => void): string {
    return serializeUrlState({ view: this.view, lang: this.locale.current, map: this.mapPosition }, writeViews);
  }

  /**
   * Follows a fragment the user edited (a `hashchange`): moves the map, leaves view and language alone.
   * @param hash - the new `location.hash`
   */
  followHash(hash: string): void {
    this.mapPosition = parseUrlState('', hash, [this.view]).map;
  }
}
