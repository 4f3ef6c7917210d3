// `pnpm bench:map-frames`: what one map frame costs under the e2e flags (software compositing, SwiftShader WebGL), as
// a function of what the frame draws. Every configuration is a fresh page holding only a MapLibre map at the
// dashboard's map size (1080×850 at 1440×900) on the dashboard's default camera, with the built basemap tiles and the
// network the dashboard's engine sends its first screen (captured from the built dashboard first). Once the map is
// idle, it is asked to redraw BENCH_MAP_FRAMES times (default 10), 300 ms apart, and each frame is timed two ways:
//   - on the page's main thread, MapLibre's `render` → the end of its task (the compositor's `Commit`, which reads
//     the WebGL canvas back and waits for SwiftShader to finish drawing it), the long task a user meets;
//   - the CPU time of Chromium's GPU process (SwiftShader's drawing, the software compositor), read from /proc for
//     this script's own Chromium only: it moves far less with the load of a shared machine than wall time does.
// BENCH_MAP_ROUNDS=N repeats the whole list (default 2), interleaved, so that drift in the machine's load shows;
// BENCH_MAP_ONLY=word,word keeps the configurations whose name holds one of the words.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { median } from './timing.js';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(benchDir, '..');
const dashboardDir = join(repoRoot, 'apps', 'dashboard');
const maplibreDir = join(dashboardDir, 'node_modules', 'maplibre-gl', 'dist');
const frames = Number(process.env.BENCH_MAP_FRAMES ?? 10);
const rounds = Number(process.env.BENCH_MAP_ROUNDS ?? 2);
const only = (process.env.BENCH_MAP_ONLY ?? '').split(',').filter((word) => word !== '');

/** The network's three feature collections, as the engine sends them to the page. */
interface NetworkData {
  readonly terminals: unknown;
  readonly serviceLegs: unknown;
  readonly roadLinks: unknown;
}

/** What a configuration draws, and how. */
interface Configuration {
  readonly name: string;
  /** `sea` (the background only), `land` (+ land fill), `basemap` (+ coast, borders), `network` (sea + network), `full`. */
  readonly content: 'sea' | 'land' | 'basemap' | 'network' | 'full';
  readonly size?: readonly [number, number];
  readonly fillAntialias?: boolean;
  /** geojson-vt's simplification, px (MapLibre's default 0.375). */
  readonly tolerance?: number;
  /** The network as one source told apart by `kind`, instead of three. */
  readonly mergedNetwork?: boolean;
}

const CONFIGURATIONS: readonly Configuration[] = [
  { name: 'sea only (background)', content: 'sea' },
  { name: 'sea + land fill', content: 'land' },
  { name: 'basemap (land, coast, borders)', content: 'basemap' },
  { name: 'sea + network (no basemap)', content: 'network' },
  { name: 'basemap + network (first screen)', content: 'full' },
  { name: '… at half the canvas (540×425)', content: 'full', size: [540, 425] },
  { name: '… land without fill-antialias', content: 'full', fillAntialias: false },
  { name: '… every source simplified to 1 px', content: 'full', tolerance: 1 },
  { name: '… the network as one source', content: 'full', mergedNetwork: true },
  { name: 'network as one source, no basemap', content: 'network', mergedNetwork: true },
];

/** The dashboard's layers (colours do not change the cost), for one configuration; the network inlined. */
function styleOf(config: Configuration, basemapTilesUrl: string, network: NetworkData): object {
  const tolerance = config.tolerance === undefined ? {} : { tolerance: config.tolerance };
  const zoomed = (pairs: number[]) => ['interpolate', ['linear'], ['zoom'], ...pairs];
  const sources: Record<string, object> = {};
  const layers: Record<string, unknown>[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': '#a6cbe3' } },
  ];
  const kind = (value: string) => ['==', ['get', 'kind'], value];
  const basemap = { source: 'basemap', 'source-layer': 'basemap' };
  if (config.content !== 'sea' && config.content !== 'network') {
    // The dashboard's basemap: vector tiles cut at build time (cut with MapLibre's tolerance, so `tolerance` leaves it).
    sources.basemap = { type: 'vector', tiles: [`${basemapTilesUrl}{z}/{x}/{y}.pbf`], maxzoom: 6 };
    const paint = { 'fill-color': '#f3eedf', 'fill-antialias': config.fillAntialias ?? true };
    layers.push({ id: 'land', type: 'fill', ...basemap, filter: kind('land'), paint });
  }
  if (config.content === 'basemap' || config.content === 'full') {
    const coast = { 'line-color': '#7fa9c6', 'line-width': zoomed([2, 0.4, 8, 1.2]) };
    layers.push({ id: 'coast', type: 'line', ...basemap, filter: kind('land'), paint: coast });
    const borders = { 'line-color': '#968b76', 'line-width': zoomed([2, 0.6, 4, 1, 8, 1.8]) };
    const layout = { 'line-join': 'round' };
    layers.push({ id: 'borders', type: 'line', ...basemap, filter: kind('border'), layout, paint: borders });
  }
  if (config.content === 'network' || config.content === 'full') {
    const parts = { road: network.roadLinks, legs: network.serviceLegs, terminals: network.terminals };
    const features = (data: unknown) => (data as { features: unknown[] }).features;
    if (config.mergedNetwork === true) {
      const all = Object.values(parts).flatMap(features);
      sources.network = { type: 'geojson', data: { type: 'FeatureCollection', features: all }, ...tolerance };
    } else {
      for (const [id, data] of Object.entries(parts)) sources[id] = { type: 'geojson', data, ...tolerance };
    }
    const source = (id: string, own: unknown[]) =>
      config.mergedNetwork === true
        ? { source: 'network', filter: ['all', ...own] }
        : { source: id, filter: ['all', ...own.slice(1)] };
    const lineLayout = { 'line-join': 'round', 'line-cap': 'round' };
    const legWidth = (scale: number) => zoomed([2, 1.5 * scale, 5, 2.5 * scale, 8, 4 * scale]);
    const none = ['==', ['get', 'service'], ''];
    layers.push(
      {
        id: 'road',
        type: 'line',
        ...source('road', [kind('road-link'), true]),
        layout: lineLayout,
        paint: { 'line-color': '#8a8a8a', 'line-width': zoomed([2, 1, 5, 1.5, 8, 2.5]) },
      },
      {
        id: 'legs',
        type: 'line',
        ...source('legs', [kind('service-leg'), ['!=', ['get', 'mode'], 'air']]),
        layout: lineLayout,
        paint: { 'line-color': '#0072b2', 'line-width': legWidth(1) },
      },
      {
        id: 'air',
        type: 'line',
        ...source('legs', [kind('service-leg'), ['==', ['get', 'mode'], 'air']]),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#cc79a7', 'line-width': legWidth(0.9), 'line-dasharray': [2.5, 1.5] },
      },
      {
        id: 'casing',
        type: 'line',
        ...source('legs', [kind('service-leg'), none]),
        layout: lineLayout,
        paint: { 'line-color': '#111', 'line-width': legWidth(2.4) },
      },
      {
        id: 'highlight',
        type: 'line',
        ...source('legs', [kind('service-leg'), none]),
        layout: lineLayout,
        paint: { 'line-color': '#0072b2', 'line-width': legWidth(1.4) },
      },
      {
        id: 'terminals',
        type: 'circle',
        ...source('terminals', [kind('terminal'), true]),
        paint: {
          'circle-color': '#0072b2',
          'circle-radius': zoomed([2, 2.5, 5, 4, 8, 6.5]),
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      },
    );
  }
  return { version: 8, sources, layers };
}

/** CPU time of this script's Chromium's GPU process so far, ms (its descendants only: other browsers may run). */
function gpuProcessCpuMs(): number {
  const rows = execSync('ps -eo pid,ppid,args --no-headers')
    .toString()
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((row) => row.length > 2);
  const mine = new Set([String(process.pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of rows) {
      if (pid !== undefined && parent !== undefined && mine.has(parent) && !mine.has(pid)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const [pid, , ...args] of rows) {
    if (pid === undefined || !mine.has(pid) || !args.includes('--type=gpu-process')) continue;
    // utime and stime, the 14th and 15th fields, counted after the command name's closing parenthesis.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * (1000 / Number(execSync('getconf CLK_TCK').toString()));
}

/** The network the built dashboard's engine sends to its first screen, caught on its way from the worker. */
async function captureNetwork(page: Page, origin: string): Promise<NetworkData> {
  await page.addInitScript(() => {
    const Original = window.Worker;
    const find = (value: unknown, depth: number): void => {
      if (value === null || typeof value !== 'object' || depth > 4) return;
      if ('serviceLegs' in value && 'terminals' in value && 'roadLinks' in value) {
        Object.assign(window, { capturedNetwork: value });
        return;
      }
      for (const inner of Object.values(value)) find(inner, depth + 1);
    };
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event) => find(event.data, 0));
      }
    };
  });
  await page.goto(`${origin}/?lang=en`);
  await page.waitForFunction(() => 'capturedNetwork' in window, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { capturedNetwork: NetworkData }).capturedNetwork);
}

/** The little of MapLibre the probe page uses (the bench package does not depend on maplibre-gl). */
interface ProbeMap {
  once(event: 'idle' | 'render', listener: () => void): void;
  triggerRepaint(): void;
}
interface ProbeMapLibre {
  setWorkerUrl(url: string): void;
  Map: new (options: object) => ProbeMap;
}

/** The probe page: empty, on the preview's origin, so the map may fetch the built basemap file. */
const PAGE_HTML = '<!doctype html><html><head><style>html,body{margin:0}</style></head><body></body></html>';

/** Page code (serialised by Playwright): a map with `style` at `size`, until idle, kept as `window.benchMap`. */
async function loadMap(args: { style: object; size: readonly [number, number] }) {
  const moduleUrl = '/__frames/maplibre-gl.mjs';
  const maplibre = (await import(moduleUrl)) as ProbeMapLibre;
  maplibre.setWorkerUrl('/__frames/maplibre-gl-worker.mjs');
  const container = document.createElement('div');
  container.style.cssText = `position:absolute;left:0;top:0;width:${args.size[0]}px;height:${args.size[1]}px`;
  document.body.append(container);
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const startedAt = performance.now();
  const map = new maplibre.Map({
    container,
    style: args.style,
    center: [119.5, 24.5],
    zoom: 4,
    fadeDuration: 0,
  });
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  Object.assign(window, { benchMap: map });
  return { loadMs: performance.now() - startedAt, loadLongTasks: longTasks.length };
}

/** Page code: `count` frames, 300 ms apart, each timed from MapLibre's `render` to the end of its task. */
async function timeFrames(count: number) {
  const map = (window as unknown as { benchMap: ProbeMap }).benchMap;
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const channel = new MessageChannel();
  const frameMs: number[] = [];
  for (let i = 0; i < count; i++) {
    frameMs.push(
      await new Promise<number>((resolve) => {
        let renderedAt = 0;
        channel.port1.onmessage = () => resolve(performance.now() - renderedAt);
        map.once('render', () => {
          renderedAt = performance.now();
          channel.port2.postMessage(null); // delivered in a task after the frame's, its commit included
        });
        map.triggerRepaint();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { frameMs, longTasks: longTasks.length };
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(7);

const { CHROMIUM_ARGS, CHROMIUM_PATH } = (await import(
  pathToFileURL(join(repoRoot, 'test', 'chromium-args.js')).href
)) as {
  CHROMIUM_ARGS: string[];
  CHROMIUM_PATH: string;
};
const server = await preview({
  root: dashboardDir,
  logLevel: 'silent',
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
const address = server.httpServer.address();
if (address === null || typeof address === 'string') throw new Error('map-frame-cost: vite preview gave no port');
const origin = `http://127.0.0.1:${address.port}`;
const assetsDir = join(dashboardDir, 'dist', 'assets');
const basemapTiles = readdirSync(assetsDir).find((name) => name.startsWith('basemap-tiles-'));
if (basemapTiles === undefined) throw new Error('map-frame-cost: build the dashboard first (no basemap tiles in dist)');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });

try {
  const capturing = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const network = await captureNetwork(capturing, origin);
  await capturing.close();
  console.log(
    `One map frame by what it draws (${frames} frames a page, ${rounds} rounds; zoom 4 on Fujian, e2e flags)`,
  );
  console.log(`  ${'configuration'.padEnd(36)} GPU-process CPU  frame task  long tasks  load → idle`);
  for (let round = 0; round < rounds; round++) {
    for (const config of CONFIGURATIONS) {
      if (only.length > 0 && !only.some((word) => config.name.includes(word))) continue;
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.route(`${origin}/__frames/**`, (route) => {
        const name = new URL(route.request().url()).pathname.slice('/__frames/'.length);
        if (name === '') return route.fulfill({ body: PAGE_HTML, contentType: 'text/html' });
        return route.fulfill({ path: join(maplibreDir, name), contentType: 'text/javascript' });
      });
      await page.goto(`${origin}/__frames/`);
      const style = styleOf(config, `${origin}/assets/${basemapTiles}/`, network);
      const loaded = await page.evaluate(loadMap, { style, size: config.size ?? [1080, 850] });
      const cpuBefore = gpuProcessCpuMs();
      const timed = await page.evaluate(timeFrames, frames);
      const gpuMsPerFrame = (gpuProcessCpuMs() - cpuBefore) / frames;
      console.log(
        `  ${config.name.padEnd(36)} ${ms(gpuMsPerFrame)}        ${ms(median(timed.frameMs))}     ` +
          `${String(timed.longTasks).padStart(2)}/${frames}     ${ms(loaded.loadMs)} (${loaded.loadLongTasks} long)`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
