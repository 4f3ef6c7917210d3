import type { Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../model/network.js';
import { countAntimeridianJumps, unwrapRing } from '../model/unwrap-ring.js';
import { land110m } from './generated/land-110m.js';

/**
 * Natural Earth 1:110m land, for the loader's plausibility checks (a port on the coast, a terminal not out at
 * sea): world-atlas's topology, copied into `generated/land-110m.ts` by `scripts/generate-land.mjs` so that the
 * 8 MB world-atlas package is not a dependency. 1:110m is coarse (coastline error up to ~10 km), so the
 * thresholds using it are generous.
 *
 * Each ring's edges are indexed by the one-degree latitude bands they cross, so a point is tested against the
 * few edges of its band instead of all of Eurasia's: a dataset of 285,000 places was checked in 18 s before the
 * index, in well under a second with it (the answers are the same; `coastline.test.ts`).
 */
interface Ring {
  /** Edge k runs from (x[4k], x[4k+1]) to (x[4k+2], x[4k+3]), lon/lat degrees, unwrapped. */
  readonly edges: Float64Array;
  readonly minLat: number;
  readonly maxLat: number;
  /** The first band, `Math.floor(minLat)`. */
  readonly firstBand: number;
  /** Per band from `firstBand`, the edges whose latitude span meets it. */
  readonly bands: readonly Int32Array[];
}

let rings: Ring[] | undefined;

function indexRing(points: readonly Position[]): Ring {
  // Edge k joins point k to the next; the last joins back to the first (a zero-length edge when the ring is closed).
  const edgeCount = points.length;
  const edges = new Float64Array(edgeCount * 4);
  let minLat = Number.POSITIVE_INFINITY;
  let maxLat = Number.NEGATIVE_INFINITY;
  for (const [, lat = 0] of points) {
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const firstBand = Math.floor(minLat);
  const lists: number[][] = Array.from({ length: Math.floor(maxLat) - firstBand + 1 }, () => []);
  for (let k = 0; k < edgeCount; k++) {
    const [ax = 0, ay = 0] = points[k] ?? [];
    const [bx = 0, by = 0] = points[(k + 1) % edgeCount] ?? [];
    edges.set([ax, ay, bx, by], k * 4);
    for (let band = Math.floor(Math.min(ay, by)); band <= Math.floor(Math.max(ay, by)); band++) {
      lists[band - firstBand]?.push(k);
    }
  }
  return { edges, minLat, maxLat, firstBand, bands: lists.map((list) => Int32Array.from(list)) };
}

function landRings(): Ring[] {
  if (rings !== undefined) return rings;
  const topology = land110m() as Topology<{ land: GeometryCollection }>;
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
    .map((ring) => indexRing(unwrapRing(ring)));
  return rings;
}

/** Even-odd crossing test of the ring's edges in the point's band. */
function inRing(ring: Ring, lon: number, lat: number): boolean {
  const band = ring.bands[Math.floor(lat) - ring.firstBand];
  if (band === undefined) return false;
  const { edges } = ring;
  let inside = false;
  for (const k of band) {
    const xi = edges[4 * k] as number;
    const yi = edges[4 * k + 1] as number;
    const xj = edges[4 * k + 2] as number;
    const yj = edges[4 * k + 3] as number;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when the point is on land (Natural Earth 1:110m; unwrapped rings are tested at lon and lon ± 360). */
export function isOnLand([lon, lat]: LonLat): boolean {
  let inside = false;
  for (const ring of landRings()) {
    if (lat < ring.minLat || lat > ring.maxLat) continue;
    if (inRing(ring, lon, lat) || inRing(ring, lon + 360, lat) || inRing(ring, lon - 360, lat)) {
      inside = !inside; // holes (lakes, inland seas) flip back
    }
  }
  return inside;
}

/** Within this many degrees of latitude of a point, coastline edges are measured (farther ones cannot be nearer). */
const SEARCH_BAND_DEG = 3;

/** Distance from a point to the nearest coastline (Natural Earth 1:110m), km, in a local flat approximation. */
export function distanceToCoastKm([lon, lat]: LonLat): number {
  const kmPerDegLat = 111.195;
  const kmPerDegLon = kmPerDegLat * Math.cos((lat * Math.PI) / 180);
  let best = Number.POSITIVE_INFINITY;
  for (const ring of landRings()) {
    if (lat < ring.minLat - SEARCH_BAND_DEG || lat > ring.maxLat + SEARCH_BAND_DEG) continue;
    const { edges } = ring;
    const from = Math.max(0, Math.floor(lat - SEARCH_BAND_DEG) - ring.firstBand);
    const to = Math.min(ring.bands.length - 1, Math.floor(lat + SEARCH_BAND_DEG) - ring.firstBand);
    for (let band = from; band <= to; band++) {
      // An edge in several bands is measured more than once; the minimum does not mind.
      for (const k of ring.bands[band] ?? []) {
        const ax = edges[4 * k] as number;
        const ay = edges[4 * k + 1] as number;
        const bx = edges[4 * k + 2] as number;
        const by = edges[4 * k + 3] as number;
        if (Math.abs(ay - lat) > SEARCH_BAND_DEG && Math.abs(by - lat) > SEARCH_BAND_DEG) continue;
        for (const shift of [0, 360, -360]) {
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
  }
  return best;
}
