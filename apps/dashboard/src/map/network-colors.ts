/**
 * Colours of the network on the map, from the Okabe–Ito palette (safe for the common colour-vision deficiencies).
 * Kept free of imports so that the end-to-end tests can read them too: they count these colours in a screenshot
 * of the map to prove that it drew the network. `network-paint.ts` checks that every mode and terminal kind of
 * the model has one.
 *
 * Each terminal kind that belongs to one mode shares that mode's colour, so a seaport reads as part of the sea
 * lines; border crossings and inland ports have their own.
 */

/** Service legs by transport mode. */
export const MODE_COLORS = {
  /** Okabe–Ito blue: darker than the sea, so lanes stand out on it. */
  sea: '#0072b2',
  /** Okabe–Ito vermillion. */
  rail: '#d55e00',
  /** Okabe–Ito reddish purple; air legs are also dashed. */
  air: '#cc79a7',
  /** Okabe–Ito orange. */
  road: '#e69f00',
} as const;

/** Terminals by kind. */
export const TERMINAL_KIND_COLORS = {
  seaport: MODE_COLORS.sea,
  'rail-terminal': MODE_COLORS.rail,
  airport: MODE_COLORS.air,
  /** Okabe–Ito black. */
  'border-crossing': '#000000',
  /** Okabe–Ito bluish green. */
  'inland-port': '#009e73',
} as const;

/** Ring around terminal circles, so that they stand out from lines of the same colour. */
export const TERMINAL_STROKE_COLOR = '#ffffff';

/** Casing under a highlighted service and ring around a highlighted terminal. */
export const HIGHLIGHT_COLOR = '#1d2733';
