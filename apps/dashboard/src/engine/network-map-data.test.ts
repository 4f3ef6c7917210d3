import { createEngine } from '@corridor/core/engine';
import { describe, expect, it } from 'vitest';
import { TINY_NETWORK } from '../test-support/tiny-network';
import { networkMapData } from './network-map-data';

describe('networkMapData', () => {
  const mapData = networkMapData(createEngine(TINY_NETWORK));

  it('has a line per road link of the dataset, with mode road, so the map can draw road by mode', () => {
    expect(mapData.roadLinks.features.map((f) => f.properties.id).sort()).toEqual(
      TINY_NETWORK.roadLinks.map((link) => link.id).sort(),
    );
    for (const feature of mapData.roadLinks.features) {
      expect(feature.properties).toEqual({ kind: 'road-link', mode: 'road', id: feature.properties.id });
      expect(feature.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps terminals and service legs apart from the road links', () => {
    expect(mapData.terminals.features.length).toBe(TINY_NETWORK.terminals.length);
    expect(mapData.serviceLegs.features.every((f) => f.properties.kind === 'service-leg')).toBe(true);
  });
});
