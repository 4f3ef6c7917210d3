/**
 * The URL of the folder of the basemap's tiles that the build ships (`vite.config.ts`, `basemapAsset`), ending in
 * `/`: each tile is `{z}/{x}/{y}.pbf` inside it. Relative to the page's base; resolve it against the page.
 */
declare module 'virtual:corridor/basemap-tiles-url' {
  const url: string;
  export default url;
}
