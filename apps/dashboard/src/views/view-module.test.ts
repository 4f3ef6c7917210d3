import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { MessageCatalogPart } from '../i18n/messages';
import { DatasetSwitches } from './dataset-switches.svelte';
import { defineView, type ViewShell } from './view-module';

/** A stand-in for a Svelte component: the module only passes it on. */
const Panel = (() => undefined) as unknown as Component<{ viewState: Counter }>;
const messages: MessageCatalogPart<'view.counter'> = {
  en: { 'view.counter': 'Counter' },
  zh: { 'view.counter': '计数' },
};

class Counter {
  shown = 0;
  constructor(public count: number) {}
}

const counterView = defineView({
  id: 'counter',
  messages: [messages],
  url: {
    read: (query) => (query.has('count') ? Number(query.get('count')) : null),
    write: (query, count) => query.set('count', String(count)),
  },
  create: (_shell, fromUrl) => new Counter(fromUrl ?? 0),
  urlState: (counter) => (counter.count === 0 ? null : counter.count),
  show: (counter) => {
    counter.shown += 1;
  },
  components: { Panel },
});

const shellWith = (search: string): ViewShell => ({
  ask: () => Promise.reject(new Error('no engine in this test')),
  storage: undefined,
  query: new URLSearchParams(search),
  datasetSwitches: new DatasetSwitches(),
});

describe('defineView', () => {
  it('creates the state from what the page URL holds for the view', () => {
    const view = counterView.open(shellWith('view=counter&count=3'));
    expect(view.id).toBe('counter');
    expect((view.state as Counter).count).toBe(3);
    expect(view.components()).toEqual({ Panel, MapLayers: null, mapWarmUp: [] });
  });

  it('hands the shell the map layers a view will draw, for the map to compile ahead', () => {
    const warmUp = { layers: [], properties: { mode: 'rail' } };
    const mapView = defineView({
      id: 'counter',
      messages: [messages],
      create: () => new Counter(0),
      components: { Panel, mapWarmUp: [warmUp] },
    });
    expect(mapView.open(shellWith('')).components()).toEqual({ Panel, MapLayers: null, mapWarmUp: [warmUp] });
  });

  it("writes the view's keys only when its state has something for the URL", () => {
    const view = counterView.open(shellWith(''));
    const query = new URLSearchParams('view=counter');
    view.writeUrl(query);
    expect(query.toString()).toBe('view=counter');
    (view.state as Counter).count = 5;
    view.writeUrl(query);
    expect(query.toString()).toBe('view=counter&count=5');
  });

  it('passes show to the state, and has no map focus when the view names none', () => {
    const view = counterView.open(shellWith(''));
    view.show();
    view.show();
    expect((view.state as Counter).shown).toBe(2);
    expect(view.focus).toBeNull();
  });

  it('asks for no network backdrop unless the view says when it wants one', () => {
    expect(counterView.open(shellWith('')).networkBackdrop).toBe(false);
    const emptyWhenZero = defineView({
      id: 'counter',
      messages: [messages],
      create: () => new Counter(0),
      networkBackdrop: (counter) => counter.count === 0,
      components: { Panel },
    }).open(shellWith(''));
    expect(emptyWhenZero.networkBackdrop).toBe(true);
    (emptyWhenZero.state as Counter).count = 1;
    expect(emptyWhenZero.networkBackdrop).toBe(false);
  });
});

describe('defineView with components loaded on demand', () => {
  /** A counter view whose components come from a loader that counts its calls and fails while `failing`. */
  function lazyCounterView() {
    const loader = { calls: 0, failing: false };
    const module = defineView({
      id: 'counter',
      messages: [messages],
      create: () => new Counter(0),
      components: async () => {
        loader.calls += 1;
        if (loader.failing) throw new Error('chunk request failed');
        return { Panel };
      },
    });
    return { module, loader };
  }

  it('loads nothing until the components are asked for, and is pending until then', () => {
    const { module, loader } = lazyCounterView();
    module.open(shellWith(''));
    expect(loader.calls).toBe(0);
    expect(module.pending).toBe(true);
  });

  it('gives a promise on the first ask, then the same components at once, loading them only once', async () => {
    const { module, loader } = lazyCounterView();
    const view = module.open(shellWith(''));
    const first = view.components();
    expect(first).toBeInstanceOf(Promise);
    expect(view.components()).toBe(first);
    const loaded = await first;
    expect(loaded).toEqual({ Panel, MapLayers: null, mapWarmUp: [] });
    expect(view.components()).toBe(loaded);
    expect(module.open(shellWith('')).components()).toBe(loaded);
    expect(module.pending).toBe(false);
    expect(loader.calls).toBe(1);
  });

  it('prefetches the components for every view it opens later', async () => {
    const { module, loader } = lazyCounterView();
    await module.prefetch();
    await module.prefetch();
    expect(module.open(shellWith('')).components()).toEqual({ Panel, MapLayers: null, mapWarmUp: [] });
    expect(loader.calls).toBe(1);
  });

  it('tries again after a failed load, instead of keeping the failure for the page', async () => {
    const { module, loader } = lazyCounterView();
    const view = module.open(shellWith(''));
    loader.failing = true;
    await expect(view.components()).rejects.toThrow('chunk request failed');
    expect(module.pending).toBe(true);
    loader.failing = false;
    await expect(view.components()).resolves.toEqual({ Panel, MapLayers: null, mapWarmUp: [] });
    expect(loader.calls).toBe(2);
  });

  it('keeps an eager view loaded from the start', () => {
    expect(counterView.pending).toBe(false);
  });
});
