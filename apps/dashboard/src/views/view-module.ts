/**
 * The contract between the dashboard's shell and its views. A view is a folder, `views/<id>/`, whose
 * `<id>-view.ts` describes it with {@link defineView}: its state, side panel, map layers, URL keys and messages.
 * The shell (`App.svelte`, the tabs, the URL, the map) loops over the modules listed in `views/registry.ts` and
 * knows nothing else about any view.
 *
 * A view's state, URL keys and messages are always in the page's entry script (the tabs, deep links and the URL
 * need them from the start). Its components may be loaded on demand: a view that is not the first screen gives
 * a loader (`components: () => import('./<id>-components')`), so its panel, map layers and charts are a chunk of
 * their own, fetched when the view is first shown or when the shell prefetches it.
 */
import type { Component } from 'svelte';
import type { AsyncEngineApi } from '../engine/engine-api';
import type { MessageCatalogPart } from '../i18n/messages';
import type { MapFocus } from '../map/map-focus';
import type { LayerWarmUp } from '../map/warm-layer-programs';
import type { DatasetSwitches } from './dataset-switches.svelte';

/**
 * Calls the engine, failing instead of waiting forever if the worker has died (`askEngine` bound to the page's
 * connection; tests pass the engine itself).
 */
export type EngineAsk = <T>(call: (api: AsyncEngineApi) => Promise<T>) => Promise<T>;

/** Where a request to the engine has come. */
export type RequestStatus = 'idle' | 'running' | 'done' | 'failed';

/** What the shell hands a view when it opens it, once per page. */
export interface ViewShell {
  /** The engine worker. */
  readonly ask: EngineAsk;
  /** The browser's `localStorage`, or `undefined` where it is unavailable. */
  readonly storage: Storage | undefined;
  /** The query the page was opened with; a view reads its own URL keys from it. */
  readonly query: URLSearchParams;
  /** Switches of the engine's current dataset: the Data view records them, the others forget their answers. */
  readonly datasetSwitches: DatasetSwitches;
}

/** A view's keys in the URL query: read once when the page opens, written whenever its state changes. */
export interface ViewUrlKeys<UrlState> {
  /**
   * Reads the view's part of the query; never throws.
   * @returns the state, or `null` when the query holds none (or none valid)
   */
  read(query: URLSearchParams): UrlState | null;
  /** Writes the view's part into the query, in a fixed order. */
  write(query: URLSearchParams, state: UrlState): void;
}

/** A view's components: its side panel and, if it draws any, its layers over the basemap (and their legend). */
export interface ViewComponents<State> {
  /** The side panel's content. */
  readonly Panel: Component<{ viewState: State }>;
  /** The view's layers over the basemap (and their legend), rendered inside `MapView` while the view is shown. */
  readonly MapLayers?: Component<{ viewState: State }>;
  /**
   * The map layers it will draw, for the map to compile their shaders while the page is idle, before the view's
   * first result (`map/warm-layer-programs.ts`). Left out: none.
   */
  readonly mapWarmUp?: readonly LayerWarmUp[];
}

/** Everything a view is made of; see {@link defineView}. */
export interface ViewSpec<Id extends string, State, UrlState, Parts extends readonly MessageCatalogPart<string>[]> {
  /** The id in `?view=` and in the tab's label key `view.<id>` (one of its messages). */
  readonly id: Id;
  /** The view's parts of the message catalogue (the files `i18n/messages.ts` finds; listed here for their keys). */
  readonly messages: Parts;
  /** Its URL keys; leave out for a view that keeps nothing in the URL. */
  readonly url?: ViewUrlKeys<UrlState>;
  /** Creates the view's state, once per page, from what the URL held for it. */
  create(shell: ViewShell, fromUrl: UrlState | null): State;
  /** The view's part of the URL now, `null` for nothing. */
  urlState?(state: State): UrlState | null;
  /** Called when the view is shown (and again when what it reads changes): start loading what it needs. */
  show?(state: State): void;
  /** Where the view last asked the map to go, if anywhere. */
  focus?(state: State): MapFocus | null;
  /**
   * Whether the shell should draw the whole network under the view now, because the view's own layers draw
   * nothing (the Route planner before a route: the first screen). Left out: never.
   */
  networkBackdrop?(state: State): boolean;
  /**
   * Its components, or a loader of them (a dynamic `import()`) to keep them out of the entry script. The loader
   * runs at most once per page while it succeeds; after a failure the next call tries again.
   */
  readonly components: ViewComponents<State> | (() => Promise<ViewComponents<State>>);
}

/** A view's components as the shell holds them (its state type erased). */
export interface OpenViewComponents {
  readonly Panel: Component<{ viewState: unknown }>;
  readonly MapLayers: Component<{ viewState: unknown }> | null;
  readonly mapWarmUp: readonly LayerWarmUp[];
}

/** A view as the shell holds it once opened: its state, and what the shell may ask of it. */
export interface OpenView<Id extends string = string> {
  readonly id: Id;
  /** The view's own state, handed back to its components. */
  readonly state: unknown;
  /**
   * The view's components: at once when they are in the entry script or already loaded, else a promise of them
   * (the shell shows a loading state meanwhile). Every call after the first load returns the same object.
   */
  components(): OpenViewComponents | Promise<OpenViewComponents>;
  /** Where the view last asked the map to go (reactive). */
  readonly focus: MapFocus | null;
  /** Whether the shell draws the whole network under the view now (reactive; see {@link ViewSpec.networkBackdrop}). */
  readonly networkBackdrop: boolean;
  show(): void;
  /** Writes the view's part of the URL now (reactive). */
  writeUrl(query: URLSearchParams): void;
}

/** A view as the registry lists it. */
export interface ViewModule<Id extends string, Parts extends readonly MessageCatalogPart<string>[]> {
  readonly id: Id;
  readonly messages: Parts;
  /** Creates the view's state and binds it to the view's components. */
  open(shell: ViewShell): OpenView<Id>;
  /** Whether its components are loaded on demand and not loaded yet (what the shell prefetches when idle). */
  readonly pending: boolean;
  /** Loads its components (once; a no-op when they are in the entry script or loaded). */
  prefetch(): Promise<void>;
}

/**
 * Describes a view for the registry. Its state type stays inside: the shell only ever passes a view's state back
 * to that view's own components and functions.
 * @param spec - the view's parts
 * @returns the module to list in `views/registry.ts`
 * @example
 * export const notesView = defineView({
 *   id: 'notes',
 *   messages: [messages],
 *   create: () => new NotesState(),
 *   components: () => import('./notes-components'), // or `{ Panel: NotesPanel }` to keep it in the entry
 * });
 */
export function defineView<
  Id extends string,
  State,
  UrlState = never,
  const Parts extends readonly MessageCatalogPart<string>[] = readonly MessageCatalogPart<string>[],
>(spec: ViewSpec<Id, State, UrlState, Parts>): ViewModule<Id, Parts> {
  // Sound: these components are only ever rendered with a state this spec created.
  const erase = (components: ViewComponents<State>): OpenViewComponents => ({
    Panel: components.Panel as Component<{ viewState: unknown }>,
    MapLayers: (components.MapLayers ?? null) as Component<{ viewState: unknown }> | null,
    mapWarmUp: components.mapWarmUp ?? [],
  });
  const source = spec.components;
  const load = typeof source === 'function' ? source : () => Promise.resolve(source);
  let loaded: OpenViewComponents | undefined = typeof source === 'function' ? undefined : erase(source);
  let loading: Promise<OpenViewComponents> | undefined;
  const components = (): OpenViewComponents | Promise<OpenViewComponents> => {
    if (loaded !== undefined) return loaded;
    loading ??= load().then(
      (module) => {
        loaded = erase(module);
        return loaded;
      },
      (error: unknown) => {
        loading = undefined; // a failed chunk request may succeed on the next try
        throw error;
      },
    );
    return loading;
  };
  return {
    id: spec.id,
    messages: spec.messages,
    get pending() {
      return loaded === undefined;
    },
    prefetch: async () => {
      await components();
    },
    open(shell) {
      const state = spec.create(shell, spec.url?.read(shell.query) ?? null);
      return {
        id: spec.id,
        state,
        components,
        get focus() {
          return spec.focus?.(state) ?? null;
        },
        get networkBackdrop() {
          return spec.networkBackdrop?.(state) ?? false;
        },
        show: () => spec.show?.(state),
        writeUrl(query) {
          const urlState = spec.urlState?.(state) ?? null;
          if (urlState !== null && spec.url !== undefined) spec.url.write(query, urlState);
        },
      };
    },
  };
}
