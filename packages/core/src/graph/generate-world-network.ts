import { DirectedGraph } from 'graphology';
import { greatCircleKm } from '../model/great-circle-km.js';
import type { LonLat } from '../model/network.js';

/** Options of {@link generateWorldNetwork}. */
export interface GenerateWorldNetworkOptions {
  /** Seed of the pseudo-random generator (an integer; mulberry32). Same seed, same graph. */
  readonly seed: number;
  /** Number of nodes; default {@link WORLD_NETWORK_DEFAULTS}.nodes. */
  readonly nodes?: number;
  /** Mean number of out-edges per node (about); default {@link WORLD_NETWORK_DEFAULTS}.averageOutDegree. */
  readonly averageOutDegree?: number;
}

/** A generated world network: nodes with a position, directed edges with a length (km). */
export type WorldNetwork = DirectedGraph<{ position: LonLat }, { lengthKm: number }>;

/** Defaults of {@link generateWorldNetwork}: 50,000 nodes and about 600,000 directed edges. */
export const WORLD_NETWORK_DEFAULTS = { nodes: 50_000, averageOutDegree: 12 } as const;

/** Populated regions: name, then lon, lat, spread (° of latitude, one σ) and weight; some straddle ±180°. */
const REGIONS = `
  Yangtze delta 120 30 4 10 | North China plain 116 37 4 8 | Pearl River delta 113 23 3 7 | Sichuan 104 30 3 4
  Japan 137 36 3 6 | Korea 127.5 36.5 1.5 3 | Ganges plain 78 27 5 8 | South India 78 13 3 5 | Bengal 90 24 2 3
  Java 110 -7 3 4 | Indochina 103 15 4 4 | Philippines 122 12 2.5 3 | Gulf 50 27 3 2 | Anatolia 33 39 4 3
  Iran 52 33 4 2 | Rhine–Seine 5 49 5 8 | Central Europe 20 50 5 5 | Iberia -4 40 3 3 | Italy 12 43 2.5 3
  Britain -2 53 2 3 | Moscow 38 55 4 3 | Scandinavia 15 60 4 1 | Nigeria 6 8 3 3 | East Africa 36 -2 3 2
  Highveld 27 -27 3 2 | Nile delta 31 29 1.5 2 | Maghreb 2 34 4 1.5 | Congo 20 -4 4 1.5 | US Northeast -76 40 4 6
  US Midwest -88 41 4 4 | US South -92 32 5 3 | California -120 36 3 4 | Mexico -100 20 3 3 | Colombia -74 5 3 2
  Southeast Brazil -46 -22 4 4 | Pampas -60 -34 3 2 | Andes -71 -20 3 1.5 | New South Wales 149 -34 3 2
  Western Australia 116 -32 2 1 | New Zealand 174 -39 2.5 1 | Fiji 178.5 -17.5 1.5 0.5 | Chukotka -175 64 3 0.3
  Kamchatka 158 55 2.5 0.5 | Alaska -150 62 4 0.6 | Aleutians -178 52 3 0.3 | Hawaii -157 20.5 1.5 0.4
  West Siberia 83 55 5 1.5 | Kazakhstan 70 45 6 1.5`
  .split(/[|\n]/)
  .filter((entry) => entry.trim() !== '')
  .map((entry) => entry.trim().split(' ').slice(-4).map(Number) as [number, number, number, number]);

/**
 * Generates a seeded, world-scale, strongly connected directed network for benchmarks and tests:
 * nodes in Gaussian clusters over the world's populated regions (both sides of the antimeridian),
 * each node linked to a varying number of its nearest neighbours (lognormal, so degrees vary), a
 * sparse set of long-range trunk edges between cluster hubs (a spanning tree of the clusters plus
 * sea-lane / air-route-like extras), and every edge paired with its reverse. Lengths are great-circle
 * km × a circuity factor (1.15–1.35 local, 1.05 trunk). Deterministic: same options, same graph,
 * same node and edge order (keys `n0…`, `e0…`).
 *
 * @param options - seed, node count and average out-degree
 * @returns a graphology `DirectedGraph` with `position` on nodes and `lengthKm` on edges
 * @throws RangeError when `nodes` is not a positive integer or `averageOutDegree` not a positive number
 * @example
 * ```ts
 * import { generateWorldNetwork } from '@corridor/core/graph';
 *
 * const graph = generateWorldNetwork({ seed: 7, nodes: 2_000 });
 * console.log(graph.order, graph.size); // → 2000 24074
 * console.log(graph.getNodeAttributes('n0').position.map((degrees) => degrees.toFixed(2))); // → [ '22.42', '-6.96' ]
 * ```
 */
export function generateWorldNetwork(options: GenerateWorldNetworkOptions): WorldNetwork {
  const n = options.nodes ?? WORLD_NETWORK_DEFAULTS.nodes;
  const averageOutDegree = options.averageOutDegree ?? WORLD_NETWORK_DEFAULTS.averageOutDegree;
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`generateWorldNetwork: nodes ${n} must be an integer ≥ 1`);
  if (!(averageOutDegree > 0 && Number.isFinite(averageOutDegree))) {
    throw new RangeError(`generateWorldNetwork: averageOutDegree ${averageOutDegree} must be a positive number`);
  }
  const random = mulberry32(options.seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

  // Nodes: a region by weight (jittered per seed), then a Gaussian offset around its centre.
  const weights = REGIONS.map(([, , , weight]) => weight * (0.5 + random()));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const positions: LonLat[] = new Array(n);
  const regionOf = new Int32Array(n);
  const hubs = new Int32Array(REGIONS.length).fill(-1);
  const hubOffset = new Float64Array(REGIONS.length).fill(Number.POSITIVE_INFINITY);
  for (let u = 0; u < n; u++) {
    let pick = random() * totalWeight;
    let region = 0;
    while (region < REGIONS.length - 1 && pick >= (weights[region] as number)) pick -= weights[region++] as number;
    const [lon, lat, spread] = REGIONS[region] as readonly [number, number, number, number];
    const dLat = spread * gaussian();
    const dLon = (spread * gaussian()) / Math.cos((lat * Math.PI) / 180);
    positions[u] = [((((lon + dLon + 180) % 360) + 360) % 360) - 180, Math.max(-80, Math.min(80, lat + dLat))];
    regionOf[u] = region;
    const offset = dLat * dLat + dLon * dLon;
    if (offset < (hubOffset[region] as number)) [hubOffset[region], hubs[region]] = [offset, u];
  }

  const pairs: number[] = []; // flat [u, v, circuity, …]; each pair becomes two opposite edges
  const linked = new Set<number>();
  const degree = new Int32Array(n);
  const parent = Int32Array.from({ length: n }, (_, u) => u);
  const find = (u: number): number => {
    while (parent[u] !== u) u = parent[u] = parent[parent[u] as number] as number;
    return u;
  };
  const link = (u: number, v: number, circuity: number): boolean => {
    const key = u < v ? u * n + v : v * n + u;
    if (u === v || linked.has(key)) return false;
    linked.add(key);
    pairs.push(u, v, circuity);
    degree[u] = (degree[u] as number) + 1;
    degree[v] = (degree[v] as number) + 1;
    parent[find(u)] = find(v);
    return true;
  };

  // Local edges: each node links to its k nearest not-yet-linked neighbours, k lognormal around the mean.
  const index = new NearestNeighbours(positions);
  const meanLinks = averageOutDegree / 2;
  for (let u = 0; u < n; u++) {
    const x = meanLinks * Math.exp(0.6 * gaussian() - 0.18);
    const wanted = Math.min(n - 1, Math.max(1, Math.floor(x) + (random() < x % 1 ? 1 : 0)));
    let added = 0;
    for (const v of index.nearest(u, Math.min(n - 1, wanted + (degree[u] as number)))) {
      if (added === wanted) break;
      if (link(u, v, 1.15 + 0.2 * random())) added++;
    }
  }

  // Trunks between hubs: a spanning tree of the regions (Prim), each region's 2 nearest, and random extras.
  const live = [...hubs].filter((hub) => hub >= 0);
  const hubKm = (a: number, b: number) => greatCircleKm(positions[a] as LonLat, positions[b] as LonLat);
  const inTree = [live[0] as number];
  const outside = live.slice(1);
  while (outside.length > 0) {
    let best = [Number.POSITIVE_INFINITY, 0, 0];
    for (const a of inTree)
      for (const [j, b] of outside.entries()) if (hubKm(a, b) < (best[0] as number)) best = [hubKm(a, b), a, j];
    const [, a, j] = best as [number, number, number];
    const [b] = outside.splice(j, 1) as [number];
    link(a, b, 1.05);
    inTree.push(b);
  }
  for (const a of live) {
    for (const b of [...live].sort((p, q) => hubKm(a, p) - hubKm(a, q)).slice(1, 3)) link(a, b, 1.05);
  }
  for (let extra = 0; extra < live.length; extra++) {
    link(live[Math.floor(random() * live.length)] as number, live[Math.floor(random() * live.length)] as number, 1.05);
  }
  // Feeders: one edge from each stray component to its region's hub, so the whole graph is connected.
  for (let u = 0; u < n; u++) {
    const hub = hubs[regionOf[u] as number] as number;
    if (find(u) !== find(hub)) link(u, hub, 1.15);
  }

  const graph: WorldNetwork = new DirectedGraph();
  for (let u = 0; u < n; u++) graph.addNode(`n${u}`, { position: positions[u] as LonLat });
  for (let i = 0; i < pairs.length; i += 3) {
    const u = pairs[i] as number;
    const v = pairs[i + 1] as number;
    const lengthKm = greatCircleKm(positions[u] as LonLat, positions[v] as LonLat) * (pairs[i + 2] as number);
    graph.addDirectedEdgeWithKey(`e${(i / 3) * 2}`, `n${u}`, `n${v}`, { lengthKm });
    graph.addDirectedEdgeWithKey(`e${(i / 3) * 2 + 1}`, `n${v}`, `n${u}`, { lengthKm });
  }
  return graph;
}

/** mulberry32: a tiny, fast 32-bit seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A static 3-d k-d tree over points on the unit sphere: chord order = great-circle order, no antimeridian. */
class NearestNeighbours {
  private readonly xyz: Float64Array;
  private readonly ids: Uint32Array;

  constructor(positions: readonly LonLat[]) {
    const rad = Math.PI / 180;
    this.xyz = new Float64Array(positions.length * 3);
    positions.forEach(([lon, lat], i) => {
      this.xyz.set(
        [Math.cos(lat * rad) * Math.cos(lon * rad), Math.cos(lat * rad) * Math.sin(lon * rad), Math.sin(lat * rad)],
        i * 3,
      );
    });
    this.ids = Uint32Array.from(positions.keys());
    this.sort(0, positions.length - 1, 0);
  }

  /** The `k` points nearest to point `u` (excluding it), nearest first. */
  nearest(u: number, k: number): number[] {
    const { xyz, ids } = this;
    const found: number[] = [];
    const found2: number[] = [];
    const visit = (left: number, right: number, axis: number): void => {
      if (left > right) return;
      const middle = (left + right) >> 1;
      const id = ids[middle] as number;
      let d2 = 0;
      for (let c = 0; c < 3; c++) d2 += ((xyz[id * 3 + c] as number) - (xyz[u * 3 + c] as number)) ** 2;
      if (id !== u && (found.length < k || d2 < (found2[k - 1] as number))) {
        let at = found.length < k ? found.length : k - 1;
        for (; at > 0 && (found2[at - 1] as number) > d2; at--)
          [found[at], found2[at]] = [found[at - 1] as number, found2[at - 1] as number];
        [found[at], found2[at]] = [id, d2];
      }
      const side = (xyz[u * 3 + axis] as number) - (xyz[id * 3 + axis] as number);
      const next = (axis + 1) % 3;
      visit(side < 0 ? left : middle + 1, side < 0 ? middle - 1 : right, next);
      if (found.length < k || side * side < (found2[k - 1] as number))
        visit(side < 0 ? middle + 1 : left, side < 0 ? right : middle - 1, next);
    };
    visit(0, ids.length - 1, 0);
    return found;
  }

  /** Quickselect-builds the tree: median of [left, right] on `axis` in the middle, halves recursively. */
  private sort(left: number, right: number, axis: number): void {
    if (left >= right) return;
    const { xyz, ids } = this;
    const middle = (left + right) >> 1;
    const at = (i: number) => xyz[(ids[i] as number) * 3 + axis] as number;
    for (let lo = left, hi = right; hi > lo; ) {
      const pivot = at((lo + hi) >> 1);
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (at(i) < pivot) i++;
        while (at(j) > pivot) j--;
        if (i <= j) {
          const swap = ids[i] as number;
          ids[i++] = ids[j] as number;
          ids[j--] = swap;
        }
      }
      if (middle <= j) hi = j;
      else if (middle >= i) lo = i;
      else break;
    }
    this.sort(left, middle - 1, (axis + 1) % 3);
    this.sort(middle + 1, right, (axis + 1) % 3);
  }
}
