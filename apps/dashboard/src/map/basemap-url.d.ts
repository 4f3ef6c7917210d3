/** The URL of the basemap file the build ships (`vite.config.ts`, `basemapAsset`). */
declare module 'virtual:corridor/basemap-url' {
  const url: string;
  export default url;
}
