/**
 * Colours of the flow map, by utilization class: four samples of viridis (a sequential scale that stays readable
 * with the common colour-vision deficiencies and in greyscale), dark for little used, bright yellow for over
 * capacity. Kept free of imports so that the end-to-end tests can read them: they count these colours in a
 * screenshot of the map to prove that it drew the flows.
 */

/** Utilization classes, in order: each up to (and including) `upTo`; the last has no upper bound. */
export const UTILIZATION_CLASSES = [
  /** viridis(0.25) */
  { id: 'low', upTo: 0.5, color: '#3b528b' },
  /** viridis(0.5) */
  { id: 'medium', upTo: 0.8, color: '#21918c' },
  /** viridis(0.75) */
  { id: 'high', upTo: 1, color: '#5ec962' },
  /** viridis(1) */
  { id: 'over', upTo: Number.POSITIVE_INFINITY, color: '#fde725' },
] as const;

/** An element without a capacity in the dataset. */
export const NO_CAPACITY_COLOR = '#8a8a8a';

/** Dark casing under flow lines and ring of the selected element. */
export const FLOW_CASING_COLOR = '#1d2733';

/** Ring around terminal circles. */
export const FLOW_NODE_STROKE_COLOR = '#ffffff';
