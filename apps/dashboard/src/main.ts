import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no <div id="app">; the dashboard has nowhere to mount');

export default mount(App, { target });

// Noto Sans SC (OFL-1.1), self-hosted: one variable face (weights 100–900) cut by @fontsource into ~100 woff2 files
// by unicode-range, so the browser fetches from this host only the files holding characters the page shows. Its
// 101 @font-face rules (44 KB gzipped) load after the first render instead of blocking it; text laid out before
// they arrive is shaped again then (app.css, word-spacing).
void import('@fontsource-variable/noto-sans-sc');
