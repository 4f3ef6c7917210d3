// The bundled dataset's geometry, checked against Natural Earth 1:10m land: no sea lane crosses land (1:10m
// draws the islands lanes thread between: Kinmen and Penghu, the Cyclades, Musandam, the Philippines), and
// every rail border crossing changes gauge where the gauges of its two sides differ.
import {
  buildInfrastructureGraphs,
  gaugeChangeCrossings,
  greatCirclePath,
  infrastructurePath,
  networkGeoJson,
} from '@corridor/core';
import { countAntimeridianJumps, greatCircleKm, type LonLat, unwrapRing } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import land10m from 'world-atlas/land-10m.json' with { type: 'json' };

/** Samples along every sea lane, at most this far apart. */
const SAMPLE_KM = 2;
/** Land is tolerated this close to a seaport: harbours sit inside the 1:10m coastline. */
const PORT_TOLERANCE_KM = 8;
/**
 * Waterways Natural Earth draws as land (sources.csv X41): the Suez and Panama canals, and the river fairways
 * up to Antwerp (Scheldt) and Hamburg (Elbe). Their lanes follow the real fairway through shape points.
 */
const CANAL_PASSAGES = new Set(['suez', 'panama']);
const RIVER_PORT_TOLERANCE_KM: Record<string, number> = { anr_port: 40, ham_port: 110 };

interface Ring {
  /** Edges `[x1, y1, x2, y2]` by ¼° latitude band, so a horizontal ray only meets the edges of its band. */
  bands: Map<number, number[][]>;
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/** The ¼° latitude band of a latitude: 1:10m rings have up to ~100,000 points, so the bands are kept narrow. */
function bandOf(lat: number): number {
  return Math.floor(lat * 4);
}

function landRings(): Ring[] {
  const topology = land10m as unknown as Topology<{ land: GeometryCollection }>;
  const polygons = feature(topology, topology.objects.land).features.flatMap((f) => {
    const geometry = f.geometry as Polygon | MultiPolygon;
    return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  });
  // Rings cut at the antimeridian (Chukotka, Fiji) are made continuous, then tested at lon and lon ± 360;
  // planar ray casting on the cut rings would see land across whole bands of latitude.
  return polygons.flat().map((ring) => {
    const points = countAntimeridianJumps(ring) % 2 === 0 ? unwrapRing(ring) : ring;
    const lons = points.map((p) => p[0] as number);
    const lats = points.map((p) => p[1] as number);
    const bands = new Map<number, number[][]>();
    for (let i = 1; i < points.length; i++) {
      const [x1 = 0, y1 = 0] = points[i - 1] as Position;
      const [x2 = 0, y2 = 0] = points[i] as Position;
      for (let band = bandOf(Math.min(y1, y2)); band <= bandOf(Math.max(y1, y2)); band++) {
        const list = bands.get(band) ?? [];
        list.push([x1, y1, x2, y2]);
        bands.set(band, list);
      }
    }
    return {
      bands,
      minLon: Math.min(...lons),
      maxLon: Math.max(...lons),
      minLat: Math.min(...lats),
      maxLat: Math.max(...lats),
    };
  });
}

function inRing(ring: Ring, lon: number, lat: number): boolean {
  let inside = false;
  for (const [xi = 0, yi = 0, xj = 0, yj = 0] of ring.bands.get(bandOf(lat)) ?? []) {
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const rings = landRings();
/** The rings whose latitude span meets each 1° band: 1:10m has ~10,000 rings, and a point needs only a few. */
const ringsByBand = new Map<number, Ring[]>();
for (const ring of rings) {
  for (let band = Math.floor(ring.minLat); band <= Math.floor(ring.maxLat); band++) {
    const list = ringsByBand.get(band) ?? [];
    list.push(ring);
    ringsByBand.set(band, list);
  }
}
function onLand([rawLon, lat]: LonLat): boolean {
  const lon = ((((rawLon + 180) % 360) + 360) % 360) - 180;
  let inside = false;
  for (const ring of ringsByBand.get(Math.floor(lat)) ?? []) {
    if (lat < ring.minLat || lat > ring.maxLat) continue;
    const hit = [lon, lon + 360, lon - 360].some((x) => x >= ring.minLon && x <= ring.maxLon && inRing(ring, x, lat));
    if (hit) inside = !inside;
  }
  return inside;
}

describe('the Fujian dataset geometry', () => {
  const graphs = buildInfrastructureGraphs(fujianNetwork);
  const seaports = fujianNetwork.terminals.filter((t) => t.kind === 'seaport');

  it('the land test itself tells land from sea, across the antimeridian too', () => {
    expect(onLand([105, 35])).toBe(true); // China
    expect(onLand([115, 15])).toBe(false); // South China Sea
    expect(onLand([178.0, -17.8])).toBe(true); // Viti Levu, a ring cut at ±180°
    expect(onLand([86.5, -16.5])).toBe(false); // Indian Ocean at Fiji's latitude
    expect(onLand([-176, 67])).toBe(true); // Chukotka, east of ±180°
    // Islands a lane threads between, drawn at 1:10m (1:50m misses some of them).
    expect(onLand([118.38, 24.45])).toBe(true); // Kinmen, off Xiamen
    expect(onLand([119.58, 23.57])).toBe(true); // Penghu, in the Taiwan Strait
    expect(onLand([23.45, 37.73])).toBe(true); // Aegina, in the Saronic Gulf off Piraeus
    expect(onLand([56.2, 26.2])).toBe(true); // Musandam, on the Strait of Hormuz
    expect(onLand([119.85, 23.3])).toBe(false); // the Penghu Channel
  });

  it(`has no sea lane on land (sampled every ${SAMPLE_KM} km against Natural Earth 1:10m, ${PORT_TOLERANCE_KM} km tolerance at seaports)`, () => {
    const onLandSamples: string[] = [];
    let samples = 0;
    graphs.sea.forEachEdge((_edge, lane) => {
      if (lane.passages.some((passage) => CANAL_PASSAGES.has(passage))) return;
      for (const point of greatCirclePath(lane.points, SAMPLE_KM)) {
        samples++;
        if (!onLand(point)) continue;
        const tolerated = (port: (typeof seaports)[number]) =>
          greatCircleKm(port.position, point) <= (RIVER_PORT_TOLERANCE_KM[port.id] ?? PORT_TOLERANCE_KM);
        if (seaports.some(tolerated)) continue;
        onLandSamples.push(`${lane.id} at ${point[0].toFixed(3)} ${point[1].toFixed(3)}`);
      }
    });
    expect(samples).toBeGreaterThan(10_000);
    expect(onLandSamples.slice(0, 20)).toEqual([]);
  });

  it('changes gauge at every rail border crossing whose two sides differ, and nowhere else', () => {
    const crossings = gaugeChangeCrossings(fujianNetwork);
    for (const terminal of fujianNetwork.terminals.filter((t) => t.kind === 'border-crossing')) {
      expect(crossings.has(terminal.id), terminal.id).toBe(terminal.gaugeMm !== terminal.farGaugeMm);
    }
    // Every China–EU train changes gauge twice: leaving China and entering the EU.
    const toEurope = fujianNetwork.services.filter(
      (s) => s.mode === 'rail' && s.stops.some((stop) => stop.terminalId === 'brest_malaszewicze'),
    );
    expect(toEurope.length).toBeGreaterThan(0);
    for (const service of toEurope) {
      const breaks = service.stops.filter((stop) => crossings.has(stop.terminalId));
      expect(breaks.length, service.id).toBe(2);
    }
  });

  it('gives each gauge-change crossing tracks of both gauges', () => {
    for (const id of gaugeChangeCrossings(fujianNetwork)) {
      if (!graphs.rail.hasNode(id)) continue;
      const gauges = new Set(graphs.rail.mapEdges(id, (_e, track) => track.gaugeMm));
      const terminal = fujianNetwork.terminals.find((t) => t.id === id);
      expect(gauges, id).toEqual(new Set([terminal?.gaugeMm, terminal?.farGaugeMm]));
    }
  });

  it('routes Xiamen → Rotterdam via Suez, and via the Cape when Suez is closed, ~7–14 days longer at 16 kn (FACTS.md §3.8)', () => {
    const viaSuez = infrastructurePath(graphs.sea, 'xmn_port_haicang', 'rtm_port');
    const viaCape = infrastructurePath(graphs.sea, 'xmn_port_haicang', 'rtm_port', {
      avoidPassages: new Set(['suez'] as const),
    });
    expect(viaSuez?.passages).toEqual(
      expect.arrayContaining(['malacca', 'bab-el-mandeb', 'suez', 'gibraltar', 'dover']),
    );
    expect(viaCape?.passages).toContain('cape-of-good-hope');
    expect(viaCape?.passages).not.toContain('suez');
    const extraDays = ((viaCape?.distanceKm ?? 0) - (viaSuez?.distanceKm ?? 0)) / (16 * 1.852) / 24;
    expect(extraDays).toBeGreaterThan(7);
    expect(extraDays).toBeLessThan(14);
  });

  it('crosses the Pacific from Xiamen to Los Angeles as one continuous GeoJSON line', () => {
    const path = infrastructurePath(graphs.sea, 'xmn_port_haicang', 'lax_port');
    expect(path?.distanceKm).toBeGreaterThan(10_500); // ≈ 6,100–6,500 nm
    expect(path?.distanceKm).toBeLessThan(12_500);
    const legs = networkGeoJson(fujianNetwork, graphs, 'services').features.filter(
      (f) => f.properties?.to === 'lax_port' || f.properties?.from === 'lax_port',
    );
    expect(legs.length).toBeGreaterThan(0);
    for (const leg of legs) {
      const coordinates = leg.geometry.type === 'LineString' ? leg.geometry.coordinates : [];
      for (let i = 1; i < coordinates.length; i++) {
        expect(Math.abs((coordinates[i]?.[0] ?? 0) - (coordinates[i - 1]?.[0] ?? 0))).toBeLessThan(180);
      }
    }
  });
});
