import { describe, expect, it } from 'vitest';
import { MODE_COLORS } from '../../map/network-colors';
import { corridorShiftLayout, SHIFT_COLORS } from './corridor-shift-chart';
import { modeSplitLayout } from './mode-split-chart';

const shift = (id: string, before: number, after: number) => ({ id, nameEn: id, nameZh: id, before, after });

describe('modeSplitLayout()', () => {
  const layout = modeSplitLayout(
    [shift('container:sea', 0.9, 0.8), shift('air-cargo:air', 1, 1), shift('container:rail', 0.1, 0.2)],
    420,
  );

  it('orders by cargo then mode, in the map colour of each mode', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['air-cargo:air', 'container:sea', 'container:rail']);
    expect(layout.rows.map((r) => r.colour)).toEqual([MODE_COLORS.air, MODE_COLORS.sea, MODE_COLORS.rail]);
  });

  it('scales shares onto the plot width, a full share filling it', () => {
    const [air, sea, rail] = layout.rows;
    const full = 420 - layout.left - 8;
    expect(air?.afterWidthPx).toBeCloseTo(full);
    expect(sea?.beforeWidthPx).toBeCloseTo(0.9 * full);
    expect(rail?.afterWidthPx).toBeCloseTo(0.2 * full);
    expect(layout.ticks.at(-1)).toEqual({ x: 420 - 8, percent: 100 });
  });

  it('rejects an unknown mode by name', () => {
    expect(() => modeSplitLayout([shift('container:ferry', 0, 1)], 300)).toThrow(/container:ferry.*ferry/);
  });
});

describe('corridorShiftLayout()', () => {
  const layout = corridorShiftLayout(
    [shift('sea', 1000, 900), shift('rail', 100, 160), shift('air', 0, 0), shift('road', 50, 50)],
    400,
  );

  it('sorts by change, gains first, and drops corridors that carry nothing', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['rail', 'road', 'sea']);
  });

  it('colours the after bar by the direction of change, as the delta map does, and grey when unchanged', () => {
    expect(layout.rows.map((r) => r.afterColour)).toEqual([
      SHIFT_COLORS.grew,
      SHIFT_COLORS.before,
      SHIFT_COLORS.shrank,
    ]);
  });

  it('keeps bar lengths proportional to units carried', () => {
    const sea = layout.rows.find((r) => r.id === 'sea');
    expect((sea?.afterWidthPx ?? 0) / (sea?.beforeWidthPx ?? 1)).toBeCloseTo(0.9);
  });
});
