import fc from 'fast-check';
import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };
import { countAntimeridianJumps, unwrapRing } from '../model/unwrap-ring.js';
import { distanceToCoastKm, isOnLand } from './coastline.js';

// The brute force the band index must agree with: every edge of every ring, for every point.
const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
const RINGS: Position[][] = feature(topology, topology.objects.land)
  .features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [],
  )
  .flat()
  .filter((ring) => countAntimeridianJumps(ring) % 2 === 0)
  .map(unwrapRing);

function crosses(points: Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi = 0, yi = 0] = points[i] ?? [];
    const [xj = 0, yj = 0] = points[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onLandByBruteForce(lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of RINGS) {
    if (crosses(ring, lon, lat) || crosses(ring, lon + 360, lat) || crosses(ring, lon - 360, lat)) inside = !inside;
  }
  return inside;
}

function coastKmByBruteForce(lon: number, lat: number): number {
  const kmPerDegLat = 111.195;
  const kmPerDegLon = kmPerDegLat * Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of RINGS) {
    for (const shift of [0, 360, -360]) {
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        if (Math.abs(ay - lat) > 3 && Math.abs(by - lat) > 3) continue;
        const x1 = (ax - lon - shift) * kmPerDegLon;
        const y1 = (ay - lat) * kmPerDegLat;
        const dx = (bx - lon - shift) * kmPerDegLon - x1;
        const dy = (by - lat) * kmPerDegLat - y1;
        const lengthSquared = dx * dx + dy * dy;
        const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
        best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
      }
    }
  }
  return best;
}

const lonLat = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -85, max: 85, noNaN: true }));

describe('the coastline', () => {
  it('puts Xiamen, Duisburg and Almaty on land, and the South China Sea and mid-Atlantic off it', () => {
    expect(isOnLand([118.089, 24.48])).toBe(true);
    expect(isOnLand([6.76, 51.43])).toBe(true);
    expect(isOnLand([76.89, 43.24])).toBe(true);
    expect(isOnLand([114, 15])).toBe(false);
    expect(isOnLand([-35, 30])).toBe(false);
  });

  it('answers as testing every edge of every ring would, on land, at sea, on whole degrees and across the antimeridian', () => {
    const wholeDegrees = fc.tuple(fc.integer({ min: -180, max: 180 }), fc.integer({ min: -85, max: 85 }));
    fc.assert(
      fc.property(fc.oneof(lonLat, wholeDegrees), ([lon, lat]) => {
        expect(isOnLand([lon, lat])).toBe(onLandByBruteForce(lon, lat));
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('measures the same distance to the coast as measuring every edge within three degrees of latitude', () => {
    fc.assert(
      fc.property(lonLat, ([lon, lat]) => {
        expect(distanceToCoastKm([lon, lat])).toBe(coastKmByBruteForce(lon, lat));
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
