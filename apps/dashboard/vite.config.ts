import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/** Loopback only: the dashboard is a static site and nothing it serves or fetches leaves 127.0.0.1. */
const LOOPBACK = { host: '127.0.0.1', port: 4173, strictPort: true } as const;

export default defineConfig({
  // Relative asset URLs, so the built site works from any folder of a static host.
  base: './',
  plugins: [svelte()],
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
