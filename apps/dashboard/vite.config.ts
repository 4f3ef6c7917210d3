import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { notoSansScSubset } from './scripts/chinese-font/noto-sans-sc-subset-plugin.js';
import { basemapFile } from './src/map/basemap-file.js';
import { basemapGeometry, isCountriesTopology } from './src/map/basemap-geometry.js';

/** The module whose default export is the URL of the basemap file (read by `map/MapView.svelte`). */
const BASEMAP_URL_MODULE = 'virtual:corridor/basemap-url';
/** Where `vite dev` serves the basemap file. */
const BASEMAP_DEV_PATH = '/@corridor/basemap-50m.json';

/** The basemap file's text: Natural Earth 1:50m countries (world-atlas), converted once per build. */
function basemapFileText(): string {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topology: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isCountriesTopology(topology)) throw new Error(`basemap: ${path} is not a world-atlas countries topology`);
  return JSON.stringify(basemapFile(basemapGeometry(topology)));
}

/**
 * Ships the basemap as GeoJSON converted at build time (`map/basemap-file.ts`), an asset beside the page that
 * MapLibre's worker fetches: the page used to fetch the TopoJSON, convert it on its main thread and hand the result
 * to MapLibre, which copied it to its worker (together ~300 ms of main-thread tasks in a cold load's CPU profile).
 * It is not preloaded: the worker's request would not take a preload of the page. `vite dev` serves the same file
 * from memory.
 */
function basemapAsset(): Plugin {
  const resolvedId = `\0${BASEMAP_URL_MODULE}`;
  let text: string | undefined;
  let serving = false;
  const fileText = () => {
    text ??= basemapFileText();
    return text;
  };
  return {
    name: 'corridor:basemap-asset',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === BASEMAP_URL_MODULE ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      if (serving) return `export default ${JSON.stringify(BASEMAP_DEV_PATH)};`;
      const reference = this.emitFile({ type: 'asset', name: 'basemap-50m.json', source: fileText() });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
    configureServer(server) {
      server.middlewares.use(BASEMAP_DEV_PATH, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(fileText());
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
