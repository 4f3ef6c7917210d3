import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
// Noto Sans SC cut to the characters the app shows (scripts/chinese-font/): two small files, one per weight, in the
// first CSS, so the Chinese of the page never waits for the rules below.
import 'virtual:noto-sans-sc-subset.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no <div id="app">; the dashboard has nowhere to mount');

export default mount(App, { target });

// The rest of Noto Sans SC (OFL-1.1), self-hosted, for characters outside the subset (text the user types): one
// variable face cut by @fontsource into ~100 woff2 files by unicode-range, less the subset's characters, so the
// browser fetches only the files holding such a character. Its 101 @font-face rules load after the first render
// instead of blocking it; text laid out before they arrive is shaped again then (app.css, word-spacing).
void import('virtual:noto-sans-sc-fallback.css');
