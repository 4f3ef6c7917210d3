/**
 * Colours of the flow map, by utilization class: four of ColorBrewer's 6-class RdYlBu (a diverging scheme that
 * ColorBrewer marks colour-blind safe), blue for little used, light blue, orange, and red for over capacity, so
 * that "over" reads as an alarm (it was viridis' yellow before). Blue against orange/red stays apart for
 * protanopes, deuteranopes and tritanopes, and the four also differ in lightness (about 49, 75, 70 and 50 L*),
 * with the lines' dark casing setting the light ones off the basemap. Kept free of imports so that the
 * end-to-end tests can read them: they count these colours in a screenshot of the map to prove that it drew the
 * flows, and that over-capacity is drawn red.
 */

/** Utilization classes, in order: each up to (and including) `upTo`; the last has no upper bound. */
export const UTILIZATION_CLASSES = [
  /** RdYlBu-6 #6 (dark blue) */
  { id: 'low', upTo: 0.5, color: '#4575b4' },
  /** RdYlBu-6 #5 (light blue) */
  { id: 'medium', upTo: 0.8, color: '#91bfdb' },
  /** RdYlBu-6 #2 (orange) */
  { id: 'high', upTo: 1, color: '#fc8d59' },
  /** RdYlBu-6 #1 (red): over capacity, a class of its own above 100 % */
  { id: 'over', upTo: Number.POSITIVE_INFINITY, color: '#d73027' },
] as const;

/** An element without a capacity in the dataset. */
export const NO_CAPACITY_COLOR = '#8a8a8a';

/** Dark casing under flow lines and ring of the selected element. */
export const FLOW_CASING_COLOR = '#1d2733';

/** Ring around terminal circles. */
export const FLOW_NODE_STROKE_COLOR = '#ffffff';
