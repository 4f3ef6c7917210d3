import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countAntimeridianJumps, unwrapLine, unwrapRing } from './unwrap-ring.js';

// Hand-drawn: a small island straddling the antimeridian, as world-atlas stores Fiji (cut at ±180°).
const straddlingIsland: Position[] = [
  [179, -16],
  [-179, -16],
  [-179, -17],
  [179, -17],
  [179, -16],
];

// Same island, but the ring starts on the western side.
const straddlingIslandFromWest: Position[] = [
  [-179, -16],
  [-179, -17],
  [179, -17],
  [179, -16],
  [-179, -16],
];

// Antarctica-like: runs once around the pole, closed along the bottom edge; one jump.
const polarRing: Position[] = [
  [-180, -70],
  [0, -68],
  [180, -70],
  [180, -90],
  [-180, -90],
  [-180, -70],
];

describe('countAntimeridianJumps', () => {
  it('counts every step longer than 180° in longitude', () => {
    expect(countAntimeridianJumps(straddlingIsland)).toBe(2);
    expect(countAntimeridianJumps(polarRing)).toBe(1);
  });

  it('counts none for an empty path, a single position, or a path that stays on one side', () => {
    expect(countAntimeridianJumps([])).toBe(0);
    expect(countAntimeridianJumps([[10, 10]])).toBe(0);
    expect(
      countAntimeridianJumps([
        [0, 0],
        [179, 0],
        [0, 1],
        [0, 0],
      ]),
    ).toBe(0);
  });
});

describe('unwrapRing', () => {
  it('makes a ring cut at the antimeridian continuous, east of 180°', () => {
    const ring = unwrapRing(straddlingIsland);
    expect(ring).toEqual([
      [179, -16],
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
    ]);
    expect(countAntimeridianJumps(ring)).toBe(0);
  });

  it('shifts a ring that would start west of -180° back by +360°', () => {
    const ring = unwrapRing(straddlingIslandFromWest);
    expect(ring).toEqual([
      [181, -16],
      [181, -17],
      [179, -17],
      [179, -16],
      [181, -16],
    ]);
  });

  it('returns a ring without jumps unchanged and by reference', () => {
    const ring: Position[] = [
      [118, 24],
      [119, 24],
      [119, 25],
      [118, 24],
    ];
    expect(unwrapRing(ring)).toBe(ring);
  });

  it('leaves a ring with an odd number of jumps (Antarctica) untouched', () => {
    expect(unwrapRing(polarRing)).toBe(polarRing);
  });

  it('does not mutate its input', () => {
    const copy = structuredClone(straddlingIsland);
    unwrapRing(straddlingIsland);
    expect(straddlingIsland).toEqual(copy);
  });

  it('returns an empty ring unchanged', () => {
    const empty: Position[] = [];
    expect(unwrapRing(empty)).toBe(empty);
  });
});

describe('unwrapLine', () => {
  it('makes a line crossing the antimeridian once continuous', () => {
    expect(
      unwrapLine([
        [178, 65],
        [-178, 66],
      ]),
    ).toEqual([
      [178, 65],
      [182, 66],
    ]);
  });

  it('returns a line without jumps by reference', () => {
    const line: Position[] = [
      [0, 0],
      [1, 1],
    ];
    expect(unwrapLine(line)).toBe(line);
  });
});
