import 'maplibre-gl/dist/maplibre-gl.css';
// Noto Sans SC (OFL-1.1), self-hosted: one variable face (weights 100–900) cut by @fontsource into ~100 woff2 files
// by unicode-range, so the browser fetches from this host only the files holding characters the page shows.
import '@fontsource-variable/noto-sans-sc';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no <div id="app">; the dashboard has nowhere to mount');

export default mount(App, { target });
