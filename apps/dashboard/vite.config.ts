import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { notoSansScSubset } from './scripts/chinese-font/noto-sans-sc-subset-plugin';

/**
 * Asks the browser for the basemap (`map/load-basemap-geometry.ts`) from the page's head, alongside the entry
 * script, instead of once that script has run: in a trace of a cold load the 756 KB file was requested only
 * after the 1.4 MB script had downloaded and run, ~450 ms after the page, and took ~500 ms more to arrive. The
 * `fetch()` then takes the preloaded answer (`as="fetch"` with `crossorigin`, as `fetch` asks by default).
 */
function preloadBasemap(): Plugin {
  return {
    name: 'corridor:preload-basemap',
    apply: 'build',
    transformIndexHtml(_html, context) {
      const file = Object.keys(context.bundle ?? {}).find((name) => /countries-50m-[\w-]+\.json$/.test(name));
      if (file === undefined) return [];
      const attrs = { rel: 'preload', as: 'fetch', href: `./${file}`, crossorigin: 'anonymous' };
      return [{ tag: 'link', attrs, injectTo: 'head-prepend' }];
    },
  };
}

/** Loopback only: the dashboard is a static site and nothing it serves or fetches leaves 127.0.0.1. */
const LOOPBACK = { host: '127.0.0.1', port: 4173, strictPort: true } as const;

export default defineConfig({
  // Relative asset URLs, so the built site works from any folder of a static host.
  base: './',
  plugins: [svelte(), preloadBasemap(), notoSansScSubset()],
  server: LOOPBACK,
  preview: LOOPBACK,
  // The engine worker imports comlink and the dataset as ES modules.
  worker: { format: 'es' },
  build: {
    // MapLibre alone is a ~1.1 MB chunk; warn only when something else grows the entry past that.
    chunkSizeWarningLimit: 1400,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
