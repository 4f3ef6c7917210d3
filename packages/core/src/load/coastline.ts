import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };
import type { LonLat } from '../model/network.js';
import { countAntimeridianJumps, unwrapRing } from '../model/unwrap-ring.js';

/**
 * Natural Earth 1:110m land, for the loader's plausibility checks (a port on the coast, a terminal not
 * out at sea). 1:110m is coarse (coastline error up to ~10 km), so the thresholds using it are generous.
 */
interface Ring {
  readonly points: readonly Position[];
  readonly minLat: number;
  readonly maxLat: number;
}

let rings: Ring[] | undefined;

function landRings(): Ring[] {
  if (rings !== undefined) return rings;
  const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
  const polygons = feature(topology, topology.objects.land).features.flatMap((f) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [],
  );
  rings = polygons
    .flat()
    .filter((ring) => countAntimeridianJumps(ring) % 2 === 0) // Antarctica (one jump) is no concern of freight
    .map((ring) => {
      const points = unwrapRing(ring);
      const lats = points.map((p) => p[1] ?? 0);
      return { points, minLat: Math.min(...lats), maxLat: Math.max(...lats) };
    });
  return rings;
}

function inRing(points: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi = 0, yi = 0] = points[i] ?? [];
    const [xj = 0, yj = 0] = points[j] ?? [];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point is on land (Natural Earth 1:110m; unwrapped rings are tested at lon and lon ± 360). */
export function isOnLand([lon, lat]: LonLat): boolean {
  let inside = false;
  for (const ring of landRings()) {
    if (lat < ring.minLat || lat > ring.maxLat) continue;
    if (inRing(ring.points, lon, lat) || inRing(ring.points, lon + 360, lat) || inRing(ring.points, lon - 360, lat)) {
      inside = !inside; // holes (lakes, inland seas) flip back
    }
  }
  return inside;
}

/** Distance from a point to the nearest coastline (Natural Earth 1:110m), km, in a local flat approximation. */
export function distanceToCoastKm([lon, lat]: LonLat): number {
  const kmPerDegLat = 111.195;
  const kmPerDegLon = kmPerDegLat * Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of landRings()) {
    if (lat < ring.minLat - 3 || lat > ring.maxLat + 3) continue;
    for (const shift of [0, 360, -360]) {
      for (let i = 1; i < ring.points.length; i++) {
        const [ax = 0, ay = 0] = ring.points[i - 1] ?? [];
        const [bx = 0, by = 0] = ring.points[i] ?? [];
        if (Math.abs(ay - lat) > 3 && Math.abs(by - lat) > 3) continue;
        const x1 = (ax - lon - shift) * kmPerDegLon;
        const y1 = (ay - lat) * kmPerDegLat;
        const x2 = (bx - lon - shift) * kmPerDegLon;
        const y2 = (by - lat) * kmPerDegLat;
        const dx = x2 - x1;
        const dy = y2 - y1;
        const lengthSquared = dx * dx + dy * dy;
        const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / lengthSquared));
        best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
      }
    }
  }
  return best;
}
