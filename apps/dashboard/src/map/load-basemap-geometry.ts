import countriesUrl from 'world-atlas/countries-50m.json?url';
import { type BasemapGeometry, basemapGeometry, isCountriesTopology } from './basemap-geometry';

/**
 * Fetches the Natural Earth 1:50m countries file that the build ships beside the page (same origin, never the
 * network) and converts it into basemap GeoJSON.
 * @returns land and borders
 * @throws Error naming the file when it cannot be fetched or is not a world-atlas countries topology
 */
export async function loadBasemapGeometry(): Promise<BasemapGeometry> {
  const response = await fetch(countriesUrl);
  if (!response.ok) {
    throw new Error(`basemap: ${countriesUrl} answered HTTP ${response.status}; rebuild the dashboard`);
  }
  const topology: unknown = await response.json();
  if (!isCountriesTopology(topology)) {
    throw new Error(`basemap: ${countriesUrl} is not a world-atlas countries topology; rebuild the dashboard`);
  }
  return basemapGeometry(topology);
}
