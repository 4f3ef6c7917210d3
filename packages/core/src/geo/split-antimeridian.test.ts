import fc from 'fast-check';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type AntimeridianOptions, lineGeometry, splitAntimeridian } from './split-antimeridian.js';

/**
 * The pieces end to end, unwrapped: each piece after a cut at 180° is shifted by +360° (by -360° after -180°),
 * and each cut's crossing point, now doubled, is kept once.
 */
function joined(pieces: readonly Position[][]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  pieces.forEach((piece, p) => {
    if (p > 0) offset += (pieces[p - 1]?.at(-1)?.[0] ?? 0) === 180 ? 360 : -360;
    piece.forEach(([lon = 0, lat = 0], k) => {
      if (p === 0 || k > 0) out.push([lon + offset, lat]);
    });
  });
  return out;
}

/** Planar distance from `p` to the segment `a`–`b`, degrees. */
function distanceToSegment([x, y]: number[], [ax, ay]: number[], [bx, by]: number[]): number {
  const [dx, dy] = [(bx ?? 0) - (ax ?? 0), (by ?? 0) - (ay ?? 0)];
  const squared = dx * dx + dy * dy;
  const t =
    squared === 0 ? 0 : Math.max(0, Math.min(1, (((x ?? 0) - (ax ?? 0)) * dx + ((y ?? 0) - (ay ?? 0)) * dy) / squared));
  return Math.hypot((x ?? 0) - (ax ?? 0) - t * dx, (y ?? 0) - (ay ?? 0) - t * dy);
}

const isBoundary = (lon: number) => Math.abs((((lon % 360) + 360) % 360) - 180) < 1e-9;

describe('splitAntimeridian()', () => {
  it('cuts Xiamen → Los Angeles at 180° into two pieces with the crossing interpolated on the segment', () => {
    expect(
      splitAntimeridian([
        [118, 24],
        [170, 30],
        [190, 40],
        [242, 34],
      ]),
    ).toEqual([
      [
        [118, 24],
        [170, 30],
        [180, 35],
      ],
      [
        [-180, 35],
        [-170, 40],
        [-118, 34],
      ],
    ]);
  });

  it('cuts westwards too, at -180° then 180°', () => {
    expect(
      splitAntimeridian([
        [-170, 0],
        [-190, 10],
      ]),
    ).toEqual([
      [
        [-170, 0],
        [-180, 5],
      ],
      [
        [180, 5],
        [170, 10],
      ],
    ]);
  });

  it('brings a line wholly past 180° back into [-180, 180] as one piece', () => {
    expect(
      splitAntimeridian([
        [200, 1],
        [250, 2],
      ]),
    ).toEqual([
      [
        [-160, 1],
        [-110, 2],
      ],
    ]);
  });

  it('returns a line that stays inside [-180, 180] unchanged, as one piece', () => {
    const line = [
      [118, 24],
      [4.5, 51.9],
    ];
    expect(splitAntimeridian(line)).toEqual([line]);
  });

  it('cuts at a vertex that lies on 180° without adding a point', () => {
    expect(
      splitAntimeridian([
        [170, 0],
        [180, 3],
        [190, 6],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 3],
      ],
      [
        [-180, 3],
        [-170, 6],
      ],
    ]);
  });

  it('starts a line that begins on 180° and heads east at -180°', () => {
    expect(
      splitAntimeridian([
        [180, 0],
        [185, 1],
      ]),
    ).toEqual([
      [
        [-180, 0],
        [-175, 1],
      ],
    ]);
  });

  it('starts a line that begins on -180° and heads west at 180°', () => {
    expect(
      splitAntimeridian([
        [-180, 0],
        [-180, 1],
        [-185, 2],
      ]),
    ).toEqual([
      [
        [180, 0],
        [180, 1],
        [175, 2],
      ],
    ]);
  });

  it('keeps a line that only touches 180° in one piece', () => {
    expect(
      splitAntimeridian([
        [170, 0],
        [180, 1],
        [170, 2],
      ]),
    ).toHaveLength(1);
  });

  it('cuts a segment longer than 360° at every boundary it passes', () => {
    const pieces = splitAntimeridian([
      [0, 0],
      [720, 72],
    ]);
    expect(pieces.map((piece) => piece.map(([lon]) => lon))).toEqual([
      [0, 180],
      [-180, 180],
      [-180, 0],
    ]);
    expect(pieces.map((piece) => piece.map(([, lat]) => lat))).toEqual([
      [0, 18],
      [18, 54],
      [54, 72],
    ]);
  });

  it('makes no piece of one position when a vertex lies within 1e-9° of the edge it leaves by', () => {
    expect(
      splitAntimeridian([
        [539.9999999995, 0],
        [549.9999999995, 0],
      ]),
    ).toEqual([
      [
        [-180, 0],
        [-170, 0],
      ],
    ]);
  });

  it('returns nothing for nothing, and one piece of one position for a point', () => {
    expect(splitAntimeridian([])).toEqual([]);
    expect(splitAntimeridian([[190, 5]])).toEqual([[[-170, 5]]]);
  });

  describe('properties, on random continuous lines', () => {
    // Whole tens as well as any doubles, so that vertices fall exactly on ±180° too.
    const degrees = (limit: number) =>
      fc.oneof(
        fc.double({ min: -limit, max: limit, noNaN: true }),
        fc.integer({ min: -limit / 10, max: limit / 10 }).map((k) => k * 10),
      );
    const step = fc.tuple(degrees(200), degrees(10));
    const lines = fc
      .tuple(fc.tuple(degrees(540), degrees(80)), fc.array(step, { maxLength: 12 }))
      .map(([start, steps]) => {
        const line: Position[] = [start];
        for (const [dLon, dLat] of steps) {
          const [lon = 0, lat = 0] = line.at(-1) ?? [];
          line.push([lon + dLon, Math.max(-89, Math.min(89, lat + dLat))]);
        }
        return line;
      });

    it('puts every longitude of every piece within [-180, 180], each piece of two positions or more', () => {
      fc.assert(
        fc.property(lines, (line) => {
          const pieces = splitAntimeridian(line);
          for (const piece of pieces) {
            if (line.length > 1) expect(piece.length).toBeGreaterThanOrEqual(2);
            for (const [lon = 0] of piece) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          }
        }),
      );
    });

    it('joins back, unwrapped, into the input shifted by a multiple of 360°, within 1e-9', () => {
      fc.assert(
        fc.property(lines, (line) => {
          const back = joined(splitAntimeridian(line));
          const shift = (back[0]?.[0] ?? 0) - (line[0]?.[0] ?? 0);
          expect(Math.abs(shift - 360 * Math.round(shift / 360))).toBeLessThan(1e-9);
          // Walk the input along the output: every input vertex appears, in order; what lies between is a cut.
          let k = 0;
          line.forEach(([lon = 0, lat = 0], i) => {
            const [lonA = 0, latA = 0] = line[i - 1] ?? [];
            while (k < back.length) {
              const [bLon = 0, bLat = 0] = back[k] as Position;
              if (Math.abs(bLon - shift - lon) <= 1e-9 && Math.abs(bLat - lat) <= 1e-9) break;
              // Not an input vertex: a cut, on the segment from the vertex before.
              expect(isBoundary(bLon)).toBe(true);
              expect(distanceToSegment([bLon - shift, bLat], [lonA, latA], [lon, lat])).toBeLessThan(1e-9);
              k++;
            }
            expect(k, `vertex [${lon}, ${lat}] of the input is missing`).toBeLessThan(back.length);
            k++;
          });
          for (; k < back.length; k++) expect(isBoundary(back[k]?.[0] ?? 0)).toBe(true);
        }),
      );
    });

    it('never loses a vertex: the output has the input positions plus at most two per cut', () => {
      fc.assert(
        fc.property(lines, (line) => {
          const pieces = splitAntimeridian(line);
          const count = pieces.reduce((n, piece) => n + piece.length, 0);
          expect(count).toBeGreaterThanOrEqual(line.length);
          expect(count).toBeLessThanOrEqual(line.length + 2 * (pieces.length - 1));
        }),
      );
    });

    it('puts each crossing on the segment it cuts: the same latitude at both ends of a cut', () => {
      fc.assert(
        fc.property(lines, (line) => {
          const pieces = splitAntimeridian(line);
          for (let p = 1; p < pieces.length; p++) {
            const end = pieces[p - 1]?.at(-1);
            const start = pieces[p]?.[0];
            expect(Math.abs(end?.[0] ?? 0)).toBe(180);
            expect(start?.[0]).toBe(-(end?.[0] ?? 0));
            expect(start?.[1]).toBe(end?.[1]);
          }
        }),
      );
    });
  });
});

describe('lineGeometry()', () => {
  const pacific = [
    [170, 10],
    [190, 20],
  ];

  it('gives a LineString as given without splitAntimeridian', () => {
    expect(lineGeometry(pacific)).toEqual({ type: 'LineString', coordinates: pacific });
    expect(lineGeometry(pacific, { splitAntimeridian: false }).coordinates).not.toBe(pacific);
  });

  it('gives a MultiLineString for a line that crosses, with splitAntimeridian', () => {
    expect(lineGeometry(pacific, { splitAntimeridian: true })).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [170, 10],
          [180, 15],
        ],
        [
          [-180, 15],
          [-170, 20],
        ],
      ],
    });
  });

  it('gives a LineString for a line that does not cross, with splitAntimeridian', () => {
    expect(
      lineGeometry(
        [
          [0, 0],
          [1, 1],
        ],
        { splitAntimeridian: true },
      ).type,
    ).toBe('LineString');
  });
});

describe('the geometry type of a line', () => {
  it('is a LineString when the options cannot split, and either kind when they can', () => {
    const line = [[0, 0]];
    expectTypeOf(lineGeometry(line)).toEqualTypeOf<LineString>();
    expectTypeOf(lineGeometry(line, { splitAntimeridian: false })).toEqualTypeOf<LineString>();
    expectTypeOf(lineGeometry(line, { splitAntimeridian: true })).toEqualTypeOf<LineString | MultiLineString>();
    const chosen: AntimeridianOptions = { splitAntimeridian: Math.random() > 2 };
    expectTypeOf(lineGeometry(line, chosen)).toEqualTypeOf<LineString | MultiLineString>();
  });
});
