import { describe, expect, it } from 'vitest';
import type { AssignmentSummary, ElementDetail } from '../../engine/utilization-api';
import {
  formatAmount,
  formatGap,
  formatMillionsUsd,
  formatPercent,
  formatSignedPercent,
  formatTonnes,
} from '../../shared/utilization-format';
import { csvField, toCsv } from './csv';
import {
  CIRCLE_RADIUS,
  legendFlows,
  sqrtSize,
  utilizationClass,
  utilizationColor,
  utilizationColorExpression,
} from './flow-scales';
import { throughputLayout } from './throughput-chart';
import { throughputRows } from './throughput-rows';
import { NO_CAPACITY_COLOR, UTILIZATION_CLASSES } from './utilization-colors';
import { ELEMENTS_CSV_HEADER, elementsCsv, exportFileName, flowGeoJson } from './utilization-exports';

describe('utilization colour classes', () => {
  it('puts 0–50 %, 50–80 %, 80–100 % and over 100 % in four classes, with 100 % exactly in the third', () => {
    expect([0, 0.5, 0.51, 0.8, 0.81, 1, 1.0001, 3].map((u) => utilizationClass(u)?.id)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'over',
      'over',
    ]);
    expect(utilizationClass(null)).toBeNull();
    expect(utilizationColor(null)).toBe(NO_CAPACITY_COLOR);
    expect(utilizationColor(1.2)).toBe(UTILIZATION_CLASSES[3].color);
  });

  it('has distinct colours, none the no-capacity grey', () => {
    const colours = UTILIZATION_CLASSES.map((c) => c.color);
    expect(new Set([...colours, NO_CAPACITY_COLOR]).size).toBe(5);
  });

  it('draws over capacity in red: a red channel well above green and blue (it was yellow before)', () => {
    const [r, g, b] = rgb(UTILIZATION_CLASSES[3].color);
    expect(r).toBeGreaterThan(180);
    expect(r - Math.max(g, b)).toBeGreaterThan(100);
  });

  it('keeps over capacity apart from every other class for a deuteranope (Machado 2009 simulation)', () => {
    const over = deuteranope(rgb(UTILIZATION_CLASSES[3].color));
    for (const c of UTILIZATION_CLASSES.slice(0, 3)) {
      const other = deuteranope(rgb(c.color));
      const distance = Math.hypot(...over.map((v, k) => v - (other[k] ?? 0)));
      expect(distance, `${c.id} vs over`).toBeGreaterThan(40);
    }
  });

  it('builds a MapLibre step expression with the same colours and breaks', () => {
    const expression = JSON.stringify(utilizationColorExpression());
    for (const c of UTILIZATION_CLASSES) expect(expression).toContain(c.color);
    expect(expression).toContain(NO_CAPACITY_COLOR);
    expect(expression).toContain('"step"');
  });
});

/** `#rrggbb` → [r, g, b] in 0–255. */
function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];
}

/** A colour as a deuteranope sees it (Machado, Oliveira & Fernandes 2009, severity 1, on sRGB values). */
function deuteranope([r, g, b]: [number, number, number]): [number, number, number] {
  return [
    0.367322 * r + 0.860646 * g - 0.227968 * b,
    0.280085 * r + 0.672501 * g + 0.047413 * b,
    -0.01182 * r + 0.04294 * g + 0.968881 * b,
  ];
}

describe('size scales', () => {
  it('grows with the square root of flow, from the minimum to the maximum', () => {
    expect(sqrtSize(0, 100, { min: 0, max: 10 })).toBe(0);
    expect(sqrtSize(25, 100, { min: 0, max: 10 })).toBe(5);
    expect(sqrtSize(100, 100, { min: 0, max: 10 })).toBe(10);
    expect(sqrtSize(400, 100, { min: 0, max: 10 })).toBe(10);
    expect(sqrtSize(5, 0, CIRCLE_RADIUS)).toBe(CIRCLE_RADIUS.min);
  });

  it('offers legend flows at 1, 1/4 and 1/16 of a round maximum', () => {
    expect(legendFlows(1234)).toEqual([1000, 250, 62.5]);
    expect(legendFlows(8)).toEqual([8, 2]);
    expect(legendFlows(0)).toEqual([]);
  });
});

describe('formats', () => {
  it('writes amounts, percentages, gaps, dollars and tonnes', () => {
    expect(formatAmount(13471.2)).toBe('13,471');
    expect(formatAmount(0.42)).toBe('0.4');
    expect(formatAmount(0)).toBe('0');
    expect(formatAmount(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatPercent(0.8543)).toBe('85 %');
    expect(formatPercent(null)).toBe('—');
    expect(formatSignedPercent(0.0915)).toBe('+9 %');
    expect(formatSignedPercent(-0.5)).toBe('−50 %');
    expect(formatSignedPercent(0.001)).toBe('0 %');
    expect(formatGap(2.07e-13)).toBe('2.1e-13');
    expect(formatGap(Number.NaN)).toBe('—');
    expect(formatMillionsUsd(21634849.6)).toBe('21.6');
    expect(formatTonnes(24403152.3)).toBe('24,403');
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    // Regression (issue 15): on main a cell starting with a tab or a CR was written raw (core's csvTextCell now).
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField(1.5)).toBe('1.5');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('writes a header and rows, each line ending with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, 'y,z'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
});

const summary = {
  method: 'equilibrium',
  elements: [
    {
      id: 'border-crossing:brest_malaszewicze',
      kind: 'border-crossing',
      nameEn: 'Brest / Małaszewicze',
      nameZh: '布列斯特／马拉舍维奇',
      mode: 'rail',
      unit: 'teu',
      flowPerWeek: 298.3954,
      backgroundPerWeek: 5532,
      capacityPerWeek: 4620,
      utilization: 1.2619913419913,
    },
    {
      id: 'service:x:0',
      kind: 'service-leg',
      nameEn: 'X, leg 1',
      nameZh: 'X',
      mode: 'sea',
      unit: 'teu',
      flowPerWeek: 0,
      backgroundPerWeek: 0,
      capacityPerWeek: null,
      utilization: null,
    },
  ],
  flowMap: {
    legs: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: { id: 'service:x:0' },
        },
      ],
    },
    nodes: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [23.6, 52.1] },
          properties: { id: 'border-crossing:brest_malaszewicze' },
        },
      ],
    },
  },
} as unknown as AssignmentSummary;

describe('exports', () => {
  it('writes the elements table as CSV with rounded figures, the background traffic, and empty fields for no capacity', () => {
    const lines = elementsCsv(summary).split('\r\n');
    expect(lines[0]).toBe(ELEMENTS_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      'border-crossing:brest_malaszewicze,border-crossing,rail,Brest / Małaszewicze,布列斯特／马拉舍维奇,teu,298.4,5532,4620,1.262',
    );
    expect(lines[2]).toBe('service:x:0,service-leg,sea,"X, leg 1",X,teu,0,0,,');
    expect(lines).toHaveLength(4);
  });

  it('writes the flow map as one FeatureCollection, lines then points', () => {
    const parsed = JSON.parse(flowGeoJson(summary));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.method).toBe('equilibrium');
    expect(parsed.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual([
      'LineString',
      'Point',
    ]);
    expect(exportFileName('aon', 'geojson')).toBe('corridor-utilization-aon.geojson');
  });
});

const detail: ElementDetail = {
  id: 'border-crossing:brest_malaszewicze',
  kind: 'border-crossing',
  nameEn: 'Brest / Małaszewicze',
  nameZh: '布列斯特／马拉舍维奇',
  unit: 'teu',
  flowPerWeek: 300,
  backgroundPerWeek: 0,
  capacityPerWeek: 4620,
  utilization: 300 / 4620,
  parts: [
    {
      serviceId: 'a',
      serviceNameEn: 'A',
      serviceNameZh: 'A',
      mode: 'rail',
      corridorIds: ['c1', 'c2'],
      flowPerWeek: 200,
    },
    { serviceId: 'b', serviceNameEn: 'B', serviceNameZh: 'B', mode: 'rail', corridorIds: ['c1'], flowPerWeek: 60 },
    { serviceId: 'c', serviceNameEn: 'C', serviceNameZh: 'C', mode: 'road', corridorIds: [], flowPerWeek: 40 },
  ],
  corridors: [
    { id: 'c1', nameEn: 'One', nameZh: '一' },
    { id: 'c2', nameEn: 'Two', nameZh: '二' },
  ],
  ods: [],
  bounds: null,
};

describe('throughput rows and chart', () => {
  it('totals by mode, then each corridor largest first, then flows in no corridor', () => {
    const rows = throughputRows(detail);
    expect(rows.map((row) => [row.key, row.total])).toEqual([
      ['total', 300],
      ['c1', 260],
      ['c2', 200],
      ['none', 40],
    ]);
    expect(rows[0]?.byMode).toEqual({ sea: 0, rail: 260, air: 0, road: 40 });
  });

  it('for a corridor, one row per service', () => {
    const rows = throughputRows({ ...detail, kind: 'corridor' });
    expect(rows.map((row) => row.key)).toEqual(['total', 'a', 'b', 'c']);
  });

  it('stacks each row by mode with d3, segments end to end within the frame', () => {
    const frame = { width: 340, band: 24, margin: { top: 4, right: 12, bottom: 22, left: 120 } };
    const layout = throughputLayout(throughputRows(detail), frame);
    const total = layout.segments.filter((s) => s.row === 'total');
    expect(total.map((s) => s.mode)).toEqual(['rail', 'road']);
    expect(total[1]?.x).toBeCloseTo((total[0]?.x ?? 0) + (total[0]?.width ?? 0), 6);
    for (const s of layout.segments) expect(s.x + s.width).toBeLessThanOrEqual(frame.width - frame.margin.right + 1e-9);
    expect(layout.modes).toEqual(['rail', 'road']);
    expect(layout.height).toBe(4 + 22 + 4 * 24);
  });
});
