import type { ExpressionSpecification } from 'maplibre-gl';
import { HIGHLIGHT_COLOR, TERMINAL_STROKE_COLOR } from '../../map/network-colors';
import { modeColorExpression } from '../../map/network-paint';
import type { LayerWarmUp } from '../../map/warm-layer-programs';
import type { GeoJsonLayer } from '../../ui/geojson-layer';

const lineLayout = { 'line-join': 'round', 'line-cap': 'round' } as const;
/** Legs are the collection's lines (its points are the stops). */
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

/**
 * The selected route's layers (`RouteLayer.svelte`): casing under the legs, the legs by mode (air dashed), then the
 * rings at the legs' ends, over core's `itineraryFeatures`.
 */
export const ROUTE_LAYERS: readonly GeoJsonLayer[] = [
  {
    id: 'route-casing',
    type: 'line',
    filter: isLine,
    layout: lineLayout,
    paint: { 'line-color': HIGHLIGHT_COLOR, 'line-width': 9 },
  },
  {
    id: 'route-line',
    type: 'line',
    filter: ['all', isLine, ['!=', ['get', 'mode'], 'air']],
    layout: lineLayout,
    paint: { 'line-color': modeColorExpression(), 'line-width': 5 },
  },
  {
    id: 'route-air',
    type: 'line',
    filter: ['all', isLine, ['==', ['get', 'mode'], 'air']],
    layout: { 'line-join': 'round' },
    paint: { 'line-color': modeColorExpression(), 'line-width': 5, 'line-dasharray': [2, 1] },
  },
  {
    id: 'route-ends',
    type: 'circle',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 5,
      'circle-color': TERMINAL_STROKE_COLOR,
      'circle-stroke-color': HIGHLIGHT_COLOR,
      'circle-stroke-width': 2.5,
    },
  },
];

/** The route's layers to compile ahead of the first route (see `warmLayerPrograms`). */
export const ROUTE_WARM_UP: LayerWarmUp = { layers: ROUTE_LAYERS, properties: { mode: 'sea' } };
