// Writes data/fujian/road-links.csv from places.csv and terminals.csv by one documented rule (docs/dataset-format.md,
// "road-links.csv"): a truck joins two places, a place and a terminal, or two terminals, when
//   1. the road distance — great circle × ROAD_CIRCUITY (1.3, sources.csv T02, T03) — is within TRUCKING_RANGE_KM
//      (450 km: one driver's daily driving limit of 9 h, T04, at the costing's 50 km/h road speed; X130);
//   2. both ends lie on the same Natural Earth 1:50m landmass (no truck crosses the Taiwan Strait or any sea),
//      or a listed fixed link (bridge, causeway) joins their landmasses;
//   3. both ends are in one country, or both in the EU customs union, or their two countries share a listed open
//      road border (X131: no trucking across closed or hard borders such as CN–KZ, whose freight moves by rail).
// A place is always joined to its own terminals (the dataset names them), whatever the rule says.
// Deterministic: pairs in file order (places, then terminals), figures rounded. Run from the repository root:
//   node packages/data/scripts/generate-road-links.mjs
// then `pnpm build` (the loader checks the file like any other).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const datasetDir = join(packageDir, '..', '..', 'data', 'fujian');
// The land polygons and the CSV parser are @corridor/core's own dependencies.
const requireFromCore = createRequire(join(packageDir, '..', 'core', 'package.json'));
const Papa = requireFromCore('papaparse');
const { feature } = requireFromCore('topojson-client');
const land50m = requireFromCore('world-atlas/land-50m.json');

/** Road km ÷ great-circle km (T02: 1.3 on motorway networks; T03: 1.324 on average in 25 Chinese cities). */
export const ROAD_CIRCUITY = 1.3;
/** Longest truck haul by road, km: 9 h of driving a day (T04) × 50 km/h (costing default road speed). X130. */
export const TRUCKING_RANGE_KM = 450;
/** A port or terminal this close to a landmass (1:50m coastline error, harbours on piers) belongs to it, km. */
const SNAP_KM = 15;
/** EU member states in the dataset: one customs union, no border checks for trucks (X131). */
const EU = new Set(['NL', 'BE', 'DE', 'FR', 'PL', 'HU', 'FI', 'GR', 'IT', 'ES']);
/** Road borders trucks cross every day (X131): Hong Kong–Shenzhen, the Johor–Singapore causeway and Second Link. */
const OPEN_BORDERS = new Set(['CN-HK', 'MY-SG']);
/**
 * Fixed links between landmasses that 1:50m draws apart, each by the id of a place or terminal on either side
 * (X131): bridges, causeways and tunnels trucks use every day.
 */
const FIXED_LINKS = [
  ['CNXMN', 'xmn_port_haicang'], // Xiamen Island: Xiamen, Haicang and Jimei bridges
  ['pingtan', 'CNFOC'], // Pingtan Island: Pingtan Strait road bridge and road–rail bridge
  ['sha_port', 'CNSHA'], // Yangshan deep-water port: Donghai Bridge (1:50m has no land there at all)
  ['apt_hkg', 'HKHKG'], // Lantau (Hong Kong airport): Tsing Ma Bridge
  ['SGSIN', 'MYTPP'], // Singapore: Johor–Singapore Causeway and Second Link
  ['abu_dhabi', 'khalifa_port'], // Abu Dhabi Island: Sheikh Zayed and Maqta bridges
  ['pir_port', 'GRPIR'], // Piraeus: the container terminal is on the mainland; 1:50m snaps its berth to Salamis
];
const SOURCES = 'T02;T03;T04;X130;X131';
const EARTH_RADIUS_KM = 6371.0088;

const rad = (deg) => (deg * Math.PI) / 180;
function greatCircleKm([lon1, lat1], [lon2, lat2]) {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function readTable(file) {
  const text = readFileSync(join(datasetDir, file), 'utf8');
  const { data, errors } = Papa.parse(text, { header: true, skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0].message} (row ${errors[0].row})`);
  return data;
}

/** Natural Earth 1:50m land as polygons (outer ring and holes), with bounding boxes. */
function landPolygons() {
  const polygons = feature(land50m, land50m.objects.land).features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  return polygons.map((rings) => {
    const lons = rings[0].map((p) => p[0]);
    const lats = rings[0].map((p) => p[1]);
    return {
      rings,
      box: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)],
    };
  });
}

function inRing(ring, lon, lat) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from a point to a ring's edges, km (planar on a local equirectangular projection; fine within 15 km). */
function distanceToRingKm(ring, lon, lat) {
  const kx = 111.32 * Math.cos(rad(lat));
  const ky = 110.57;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const ax = (ring[j][0] - lon) * kx;
    const ay = (ring[j][1] - lat) * ky;
    const bx = (ring[i][0] - lon) * kx;
    const by = (ring[i][1] - lat) * ky;
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  }
  return best;
}

/** The index of the landmass a point is on, or the nearest within SNAP_KM; -1 when at sea. */
function landmassOf(polygons, [lon, lat]) {
  let nearest = -1;
  let nearestKm = SNAP_KM;
  polygons.forEach((polygon, index) => {
    const [w, s, e, n] = polygon.box;
    const margin = 0.2;
    if (lon < w - margin || lon > e + margin || lat < s - margin || lat > n + margin) return;
    const [outer, ...holes] = polygon.rings;
    if (inRing(outer, lon, lat) && !holes.some((hole) => inRing(hole, lon, lat))) {
      nearest = index;
      nearestKm = 0;
      return;
    }
    if (nearestKm === 0) return;
    const km = distanceToRingKm(outer, lon, lat);
    if (km < nearestKm) {
      nearest = index;
      nearestKm = km;
    }
  });
  return nearest;
}

const places = readTable('places.csv').map((row) => ({
  id: row.id,
  kind: 'place',
  position: [Number(row.lon), Number(row.lat)],
  country: row.country,
}));
const terminals = readTable('terminals.csv')
  .filter((row) => row.kind !== 'border-crossing')
  .map((row) => ({
    id: row.id,
    kind: 'terminal',
    place: row.place,
    position: [Number(row.lon), Number(row.lat)],
    country: row.country,
  }));

const polygons = landPolygons();
// A node off every landmass gets one of its own, which only a fixed link joins to others.
const landmass = new Map(
  [...places, ...terminals].map((node) => {
    const index = landmassOf(polygons, node.position);
    return [node.id, index === -1 ? `sea:${node.id}` : `land:${index}`];
  }),
);
// Union–find over landmasses, joined by the fixed links.
const parent = new Map();
const root = (key) => {
  let at = key;
  while (parent.has(at)) at = parent.get(at);
  return at;
};
for (const [a, b] of FIXED_LINKS) {
  const [ra, rb] = [root(landmass.get(a)), root(landmass.get(b))];
  if (ra === undefined || rb === undefined) throw new Error(`fixed link ${a}–${b}: unknown place or terminal`);
  if (ra !== rb) parent.set(rb, ra);
}

const sameLand = (a, b) => root(landmass.get(a.id)) === root(landmass.get(b.id));

function borderOpen(a, b) {
  if (a.country === b.country) return true;
  if (EU.has(a.country) && EU.has(b.country)) return true;
  return OPEN_BORDERS.has([a.country, b.country].sort().join('-'));
}

const rows = [];
const consider = (a, b, own) => {
  const roadKm = greatCircleKm(a.position, b.position) * ROAD_CIRCUITY;
  if (own || (roadKm <= TRUCKING_RANGE_KM && sameLand(a, b) && borderOpen(a, b))) {
    rows.push(`rd_${a.id}_${b.id},${a.id},${b.id},${ROAD_CIRCUITY},${SOURCES}`);
  }
};
// Place to place too: a truck from Xiamen to Fuzhou drives there, it does not pass through a terminal (the
// router never chains two road hauls, docs/architecture.md route query step 6).
for (let i = 0; i < places.length; i++) {
  for (let j = i + 1; j < places.length; j++) consider(places[i], places[j], false);
}
for (const place of places) {
  for (const terminal of terminals) consider(place, terminal, terminal.place === place.id);
}
for (let i = 0; i < terminals.length; i++) {
  for (let j = i + 1; j < terminals.length; j++) consider(terminals[i], terminals[j], false);
}

const atSea = [...landmass].filter(([, key]) => key.startsWith('sea:')).map(([id]) => id);
writeFileSync(join(datasetDir, 'road-links.csv'), ['id,from,to,detour_factor,sources', ...rows, ''].join('\n'));
console.log(
  `road-links.csv: ${rows.length} links (range ${TRUCKING_RANGE_KM} km by road, circuity ${ROAD_CIRCUITY})` +
    (atSea.length > 0 ? `; off every 1:50m landmass (fixed links only): ${atSea.join(', ')}` : ''),
);
