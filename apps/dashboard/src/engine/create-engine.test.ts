import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { editedTinyDataset, TINY_DATASET_FILES } from '../test-support/tiny-dataset';
import { createEngine } from './create-engine';

describe('createEngine', () => {
  it('serves the bundled Fujian dataset by default', () => {
    const engine = createEngine();
    const summary = engine.summary();
    expect(summary).toMatchObject({ name: 'Fujian corridors', origin: 'bundled' });
    expect(summary.counts.terminals).toBe(fujianNetwork.terminals.length);
    expect(summary.counts.services).toBe(fujianNetwork.services.length);
    expect(engine.terminals()).toHaveLength(fujianNetwork.terminals.length);
    expect(engine.services()).toHaveLength(fujianNetwork.services.length);
  });

  it('info() counts the sources and lists categories in first-seen order; sources() returns the register', () => {
    const engine = createEngine();
    const ids = engine.sources().map((source) => source.id);
    expect(engine.info()).toMatchObject({ engine: '@corridor/core', dataset: 'Fujian corridors', origin: 'bundled' });
    expect(engine.info().sourceCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(engine.info().categories[0]).toBe(engine.sources()[0]?.category);
  });

  it('networkGeoJson() computes the map data once and returns the same object after', () => {
    const engine = createEngine();
    const first = engine.networkGeoJson();
    expect(engine.networkGeoJson()).toBe(first);
    expect(first.terminals.features).toHaveLength(fujianNetwork.terminals.length);
    expect(first.serviceLegs.features.length).toBeGreaterThan(fujianNetwork.services.length);
  });

  it('draws legs of every mode the dataset has, each leg a line of at least two points', () => {
    const { serviceLegs } = createEngine().networkGeoJson();
    const modes = new Set(serviceLegs.features.map((feature) => feature.properties.mode));
    expect([...modes].sort()).toEqual(['air', 'rail', 'sea']);
    for (const feature of serviceLegs.features) expect(feature.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
  });

  it('loadDataset() switches to a valid dataset and useBundledDataset() switches back', () => {
    const engine = createEngine();
    const bundledMap = engine.networkGeoJson();
    const result = engine.loadDataset(TINY_DATASET_FILES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary).toMatchObject({ name: 'Tiny', origin: 'loaded' });
    expect(result.summary.counts).toMatchObject({ places: 4, terminals: 7 });
    expect(engine.summary()).toEqual(result.summary);
    expect(engine.terminals().map((row) => row.id)).toContain('alashankou_dostyk');
    expect(engine.sources().map((source) => source.id)).toEqual(['S1', 'X1']);
    expect(engine.info()).toMatchObject({ dataset: 'Tiny', origin: 'loaded', sourceCount: 2 });

    const restored = engine.useBundledDataset();
    expect(restored).toMatchObject({ name: 'Fujian corridors', origin: 'bundled' });
    expect(engine.networkGeoJson()).toBe(bundledMap); // kept in memory, not recomputed
  });

  it('loadDataset() returns every problem and keeps the current dataset when the files are invalid', () => {
    const engine = createEngine();
    const broken = editedTinyDataset('places.csv', (text) => text.replace('118.089,24.480', '118.089,95'));
    const terminalsCsv = broken['terminals.csv'] ?? '';
    broken['terminals.csv'] = terminalsCsv.replace('xmn_port,seaport', 'xmn_port,harbour');
    const result = engine.loadDataset(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ file: 'places.csv', row: 2, field: 'lat', value: '95' }),
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ file: 'terminals.csv', field: 'kind' }));
    expect(engine.summary().name).toBe('Fujian corridors');
  });

  it('loadDataset() reports garbage and missing files as issues instead of throwing', () => {
    const result = createEngine().loadDataset({ 'places.csv': '\u0000\uFFFD,,,"', 'photo.jpg': 'ÿØÿà' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const files = result.issues.map((issue) => issue.file);
    expect(files).toContain('dataset.json');
    expect(files).toContain('photo.jpg');
  });
});
