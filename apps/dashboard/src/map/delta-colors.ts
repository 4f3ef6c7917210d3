/** Colours of the scenario delta map: the Okabe–Ito blue and orange, told apart with any colour vision. */
export const DELTA_GREW = '#0072b2';
export const DELTA_SHRANK = '#e69f00';
