import type { Source } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { createEngine } from './create-engine';

const handDrawn: readonly Source[] = [
  { id: 'S1', category: 'Rail', title: 'A', url: 'https://example.org/a' },
  { id: 'S2', category: 'Sea', title: 'B', note: 'no URL recorded' },
  { id: 'S3', category: 'Rail', title: 'C' },
];

describe('createEngine', () => {
  it('info() counts the sources and lists categories in first-seen order', () => {
    expect(createEngine(handDrawn).info()).toEqual({
      engine: '@corridor/core',
      dataset: '@corridor/data (Fujian)',
      sourceCount: 3,
      categories: ['Rail', 'Sea'],
    });
  });

  it('sources() returns the register in register order', () => {
    expect(
      createEngine(handDrawn)
        .sources()
        .map((source) => source.id),
    ).toEqual(['S1', 'S2', 'S3']);
  });

  it('serves the bundled Fujian register by default, with unique ids', () => {
    const engine = createEngine();
    const ids = engine.sources().map((source) => source.id);
    expect(engine.info().sourceCount).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reports an empty register as zero sources and no categories', () => {
    expect(createEngine([]).info()).toMatchObject({ sourceCount: 0, categories: [] });
  });
});
