import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { notoSansScSubset } from './scripts/chinese-font/noto-sans-sc-subset-plugin.js';
import { basemapFile } from './src/map/basemap-file.js';
import { basemapGeometry, isCountriesTopology } from './src/map/basemap-geometry.js';
import { type BasemapTile, basemapTiles } from './src/map/basemap-tiles.js';

/** The module whose default export is the URL of the basemap's tile folder (read by `map/MapView.svelte`). */
const BASEMAP_TILES_MODULE = 'virtual:corridor/basemap-tiles-url';
/** Where `vite dev` serves the basemap's tiles. */
const BASEMAP_DEV_PATH = '/@corridor/basemap-tiles/';
/** The path of a tile inside the tile folder: `{z}/{x}/{y}.pbf`, the style's template (`map/basemap-style.ts`). */
const tilePath = ({ z, x, y }: { z: number; x: number; y: number }): string => `${z}/${x}/${y}.pbf`;

/** The basemap's tiles: Natural Earth 1:50m countries (world-atlas), converted and cut once per build. */
function basemapTileSet(): {
  readonly tiles: BasemapTile[];
  readonly byPath: ReadonlyMap<string, Uint8Array>;
  readonly folder: string;
} {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(topology)) throw new Error(`basemap: ${path} is not a world-atlas countries topology`);
  const tiles = basemapTiles(basemapFile(basemapGeometry(topology)));
  // The folder is named after its content, so a browser may cache its tiles for good.
  const hash = createHash('sha256');
  for (const tile of tiles) hash.update(tilePath(tile)).update(tile.bytes);
  const byPath = new Map(tiles.map((tile) => [tilePath(tile), tile.bytes]));
  return { tiles, byPath, folder: `basemap-tiles-${hash.digest('hex').slice(0, 10)}` };
}

/**
 * Ships the basemap as vector tiles cut at build time (`map/basemap-tiles.ts`), static files in a folder named after
 * their hash beside the page's assets, which MapLibre's worker fetches tile by tile. Before, the worker fetched one
 * 1.5 MB GeoJSON file, parsed it and indexed the world before it could draw a tile (about 1 s of a cold load, while
 * SwiftShader wanted the same two cores); and before that, the page converted TopoJSON on its own main thread.
 * `vite dev` serves the same tiles from memory.
 */
function basemapAsset(): Plugin {
  const resolvedId = `\0${BASEMAP_TILES_MODULE}`;
  let tileSet: ReturnType<typeof basemapTileSet> | undefined;
  let serving = false;
  /** The first tile's file in the bundle, once the page's code has asked for the tiles' URL. */
  let firstTileFile: string | undefined;
  const tiles = () => {
    tileSet ??= basemapTileSet();
    return tileSet;
  };
  return {
    name: 'corridor:basemap-asset',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === BASEMAP_TILES_MODULE ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      if (serving) return `export default ${JSON.stringify(BASEMAP_DEV_PATH)};`;
      // Only the first tile goes through Rollup, for its URL: thousands of assets would each take a line of Vite's
      // report. The others are written beside it once the bundle is written (`writeBundle`).
      const [first] = tiles().tiles;
      if (first === undefined) throw new Error('basemap: no tiles');
      firstTileFile = `assets/${tiles().folder}/${tilePath(first)}`;
      const reference = this.emitFile({ type: 'asset', fileName: firstTileFile, source: first.bytes });
      // The folder's URL is the first tile's (0/0/0.pbf) without its path: Vite resolves it against the page's base.
      return `export default import.meta.ROLLUP_FILE_URL_${reference}.slice(0, -${tilePath(first).length});`;
    },
    writeBundle(options, bundle) {
      if (firstTileFile === undefined || !(firstTileFile in bundle) || options.dir === undefined) return;
      const folder = join(options.dir, dirname(dirname(dirname(firstTileFile))));
      for (const tile of tiles().tiles) {
        const path = join(folder, tilePath(tile));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, tile.bytes);
      }
    },
    configureServer(server) {
      server.middlewares.use(BASEMAP_DEV_PATH, (request, response) => {
        const path = (request.url ?? '').replace(/^\//, '').split('?')[0];
        const bytes = tiles().byPath.get(path ?? '');
        // Not the page as Vite's fallback would answer: MapLibre reads a 404 as a tile with nothing in it.
        if (bytes === undefined) {
          response.statusCode = 404;
          response.end();
          return;
        }
        response.setHeader('Content-Type', 'application/x-protobuf');
        response.end(bytes);
      });
    },
  };
}

/**
 * Asks the browser for MapLibre's chunk (imported dynamically by `map/MapView.svelte`) from the page's head, beside
 * the entry script: fetched and compiled while the entry runs, it is evaluated in a task of its own once the page
 * has rendered, instead of inside the entry's evaluation.
 */
function preloadMapLibre(): Plugin {
  return {
    name: 'corridor:preload-maplibre',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.isDynamicEntry && /maplibre-gl/.test(output.facadeModuleId ?? ''),
      );
      if (chunk === undefined) return [];
      const attrs = { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` };
      return [{ tag: 'link', attrs, injectTo: 'head' }];
    },
  };
}

/** Loopback only: the dashboard is a static site and nothing it serves or fetches leaves 127.0.0.1. */
const LOOPBACK = { host: '127.0.0.1', port: 4173, strictPort: true } as const;

export default defineConfig({
  // Relative asset URLs, so the built site works from any folder of a static host.
  base: './',
  plugins: [svelte(), basemapAsset(), preloadMapLibre(), notoSansScSubset()],
  server: LOOPBACK,
  preview: LOOPBACK,
  // The engine worker imports comlink and the dataset as ES modules.
  worker: { format: 'es' },
  build: {
    // MapLibre's own chunk is ~1.06 MB (the entry ~0.4 MB); warn only when a chunk grows well past that.
    chunkSizeWarningLimit: 1400,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
