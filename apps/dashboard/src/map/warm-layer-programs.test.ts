import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { GeoJsonLayer } from '../ui/geojson-layer';
import { ROUTE_WARM_UP } from '../views/route/route-layers';
import { DELTA_LEGS_WARM_UP } from '../views/scenarios/delta-leg-layers';
import { FLOW_LEGS_WARM_UP } from '../views/utilization/flow-leg-layers';
import { FLOW_NODES_WARM_UP } from '../views/utilization/flow-node-layers';
import { invisibleCopy, type LayerWarmUp, mergedProperties, warmLayerPrograms } from './warm-layer-programs';

const WARM_UPS: Readonly<Record<string, LayerWarmUp>> = {
  route: ROUTE_WARM_UP,
  'flow legs': FLOW_LEGS_WARM_UP,
  'flow nodes': FLOW_NODES_WARM_UP,
  'scenario delta legs': DELTA_LEGS_WARM_UP,
};

/** Every feature property an expression reads with `['get', name]`. */
function propertiesRead(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const own = value[0] === 'get' && typeof value[1] === 'string' && value.length === 2 ? [value[1]] : [];
  return [...own, ...value.flatMap(propertiesRead)];
}

/** A map that records what is added and removed, draws when told (`idle`) and emits what it is told to. */
function fakeMap() {
  const sources = new Map<string, unknown>();
  const layers: { id: string; source: string; paint: Record<string, unknown> }[] = [];
  const listeners = new Map<string, Set<() => void>>();
  const on = (event: string, listener: () => void) => {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)?.add(listener);
  };
  const emit = (event: string) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener();
  };
  const map = {
    project: () => ({ x: 400, y: 300 }),
    getCenter: () => ({ lng: 118.1, lat: 24.5 }),
    unproject: ([x]: [number, number]) => ({ toArray: () => [118.1 + (x - 400) / 100, 24.5] }),
    addSource: (id: string, spec: unknown) => sources.set(id, spec),
    getSource: (id: string) => sources.get(id),
    removeSource: (id: string) => sources.delete(id),
    addLayer: (layer: { id: string; source: string; paint: Record<string, unknown> }) => layers.push(layer),
    getLayer: (id: string) => layers.find((layer) => layer.id === id),
    removeLayer: (id: string) =>
      layers.splice(
        layers.findIndex((layer) => layer.id === id),
        1,
      ),
    on,
    off: (event: string, listener: () => void) => listeners.get(event)?.delete(listener),
    once: (event: string, listener: () => void) => {
      const wrapped = () => {
        listeners.get(event)?.delete(wrapped);
        listener();
      };
      on(event, wrapped);
    },
    triggerRepaint: () => undefined,
  };
  return { map: map as unknown as MapLibreMap, sources, layers, emit, listeners };
}

describe('invisibleCopy', () => {
  const legs: GeoJsonLayer = {
    id: 'legs',
    type: 'line',
    filter: ['==', ['get', 'mode'], 'air'],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': ['get', 'colour'], 'line-width': 5, 'line-opacity': 0.55 },
  };

  it('keeps the layout and every paint property but opacity, which becomes a constant no pixel shows', () => {
    const copy = invisibleCopy(legs, 'warm:0', 'warm:source') as unknown as GeoJsonLayer & { source: string };
    expect(copy).toMatchObject({ id: 'warm:0', source: 'warm:source', type: 'line', layout: legs.layout });
    expect(copy.paint).toMatchObject({ 'line-color': ['get', 'colour'], 'line-width': 5 });
    const opacity = Number((copy.paint as Record<string, number>)['line-opacity']);
    // Over any background, 8-bit blending rounds a stroke this faint to no change at all (and 0 is not drawn).
    expect(opacity).toBeGreaterThan(0);
    expect(255 * opacity).toBeLessThan(0.5);
  });

  it('drops the filter, so a single sample line is drawn by every layer', () => {
    expect(invisibleCopy(legs, 'warm:0', 'warm:source')).not.toHaveProperty('filter');
  });

  it("sets both of a circle's opacities, also where the layer left them at MapLibre's default", () => {
    const circles: GeoJsonLayer = { id: 'ends', type: 'circle', paint: { 'circle-radius': 5 } };
    const copy = invisibleCopy(circles, 'warm:1', 'warm:source') as unknown as { paint: Record<string, number> };
    expect(copy.paint['circle-opacity']).toBeLessThan(0.5 / 255);
    expect(copy.paint['circle-stroke-opacity']).toBeLessThan(0.5 / 255);
  });

  it('gives up on a layer whose opacity is data-driven: a constant would compile another program', () => {
    const faded: GeoJsonLayer = { id: 'faded', type: 'fill', paint: { 'fill-opacity': ['get', 'share'] } };
    expect(invisibleCopy(faded, 'warm:2', 'warm:source')).toBeNull();
  });
});

describe('the views’ warm-ups', () => {
  for (const [name, warmUp] of Object.entries(WARM_UPS)) {
    it(`${name}: the sample carries every property the layers' paint reads, and every layer can be copied`, () => {
      const read = new Set(warmUp.layers.flatMap((layer) => Object.values(layer.paint ?? {}).flatMap(propertiesRead)));
      expect(read.size).toBeGreaterThan(0);
      for (const property of read) expect(warmUp.properties).toHaveProperty(property);
      for (const layer of warmUp.layers) expect(invisibleCopy(layer, 'warm', 'warm:source')).not.toBeNull();
    });
  }
});

describe('mergedProperties', () => {
  it('puts every view’s properties on one feature: the views agree on the type of each property they share', () => {
    const merged = mergedProperties(Object.values(WARM_UPS));
    for (const warmUp of Object.values(WARM_UPS)) {
      for (const [name, value] of Object.entries(warmUp.properties)) expect(typeof merged[name]).toBe(typeof value);
    }
  });

  it('refuses two warm-ups that give one property values of different types, naming it', () => {
    expect(() =>
      mergedProperties([
        { layers: [], properties: { delta: 1 } },
        { layers: [], properties: { delta: 'up' } },
      ]),
    ).toThrow('"delta" a number and a string');
  });
});

describe('warmLayerPrograms', () => {
  it("draws invisible copies of every warm-up from one source: a short line in the map's middle with all their properties", async () => {
    const { map, sources, layers, emit } = fakeMap();
    const done = warmLayerPrograms(map, [ROUTE_WARM_UP, DELTA_LEGS_WARM_UP], 'warm-up-0');
    expect(layers.map((layer) => layer.id)).toEqual(
      [...ROUTE_WARM_UP.layers, ...DELTA_LEGS_WARM_UP.layers].map((_, index) => `warm-up-0:${index}`),
    );
    expect([...sources.keys()]).toEqual(['warm-up-0:source']);
    expect(layers.every((layer) => layer.source === 'warm-up-0:source')).toBe(true);
    const sample = sources.get('warm-up-0:source') as {
      data: { properties: object; geometry: { coordinates: [number, number][] } };
    };
    expect(sample.data.properties).toEqual({ ...ROUTE_WARM_UP.properties, ...DELTA_LEGS_WARM_UP.properties });
    const [[west], [east]] = sample.data.geometry.coordinates as [[number, number], [number, number]];
    expect(west).toBeLessThan(118.1);
    expect(east).toBeGreaterThan(118.1);
    emit('idle');
    await done;
    // Still there: removing them now would cost a frame of its own.
    expect(sources.size).toBe(1);
  });

  for (const change of ['dataloading', 'movestart']) {
    it(`removes the copies when the map next draws anyway (${change}), once`, async () => {
      const { map, sources, layers, emit, listeners } = fakeMap();
      const done = warmLayerPrograms(map, [ROUTE_WARM_UP], 'warm-up-0');
      emit(change); // the copies' own loading, before their frame: nothing is removed
      expect(layers).toHaveLength(ROUTE_WARM_UP.layers.length);
      emit('idle');
      await done;
      emit(change);
      expect(layers).toEqual([]);
      expect(sources.size).toBe(0);
      expect(listeners.get('dataloading')?.size ?? 0).toBe(0);
      expect(listeners.get('movestart')?.size ?? 0).toBe(0);
    });
  }

  it('has nothing to remove when the map lost the copies meanwhile (a removed map)', async () => {
    const { map, sources, layers, emit } = fakeMap();
    const done = warmLayerPrograms(map, [DELTA_LEGS_WARM_UP], 'warm-up-1');
    emit('idle');
    await done;
    sources.clear();
    layers.length = 0;
    expect(() => emit('movestart')).not.toThrow();
  });
});
