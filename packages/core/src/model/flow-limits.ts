/**
 * The bounds of the numbers a demand file or a scenario may state, in one place for the loader, the engine and
 * the dashboard: physically plausible and far above anything in the bundled dataset, and small enough that no
 * total formed from them can overflow into Infinity or NaN.
 */

/** The most TEU per week a demand row may state for one OD pair: about the boxes of the world's largest port. */
export const MAX_DEMAND_TEU_PER_WEEK = 1_000_000;
/** The most tonnes per week a demand row may state for one OD pair: about the world's air cargo. */
export const MAX_DEMAND_TONNES_PER_WEEK = 1_000_000;
/** The smallest factor a scenario may scale a capacity or a tariff by (a thousandth). */
export const MIN_SCENARIO_FACTOR = 1e-3;
/** The largest factor a scenario may scale a capacity, a tariff or demand by (a thousandfold). */
export const MAX_SCENARIO_FACTOR = 1e3;
