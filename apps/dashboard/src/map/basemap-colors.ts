/**
 * Colours of the offline basemap. Kept free of imports so that the end-to-end tests can read them too: they
 * count these colours in a screenshot of the map to prove that it drew sea and land.
 */

/** Sea: the MapLibre background, seen wherever there is no land. */
export const SEA_COLOR = '#a6cbe3';

/** Land fill (Natural Earth land polygons). */
export const LAND_COLOR = '#f3eedf';

/** Coastline drawn over the land edge, a shade darker than the sea. */
export const COAST_COLOR = '#7fa9c6';

/** Land borders between countries. */
export const BORDER_COLOR = '#968b76';
