import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Svelte compiler options for the dashboard; TypeScript in components goes through Vite's preprocessor. */
export default {
  preprocess: vitePreprocess(),
};
