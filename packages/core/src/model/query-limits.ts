/**
 * The bounds of a route query, in one place for every front end (the engine's request schemas, the router's own
 * check, the dashboard's form): physically plausible and far above any booking.
 */

/** Most alternatives a query may ask for. */
export const MAX_ALTERNATIVES = 10;
/** Most changes of vehicle a query may allow. */
export const MAX_TRANSFERS = 20;
/** The largest shipment a query may state, TEU: a month of a large port's boxes. */
export const MAX_SHIPMENT_TEU = 100_000;
/** The heaviest shipment a query may state, tonnes. */
export const MAX_SHIPMENT_TONNES = 1_000_000;
