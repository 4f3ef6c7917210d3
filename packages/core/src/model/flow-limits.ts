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
/** The longest delay a scenario may add at a terminal or crossing, hours: a year. */
export const MAX_SCENARIO_DELAY_HOURS = 8_760;
/** The highest tariff a scenario may set, USD per TEU (the dearest published box rates are a few thousand). */
export const MAX_SCENARIO_USD_PER_TEU = 1_000_000;
/** The highest tariff a scenario may set, USD per tonne (air cargo is a few USD per kg). */
export const MAX_SCENARIO_USD_PER_TONNE = 100_000;
/** The highest emission factor a scenario may set, g CO2e per tonne-km (air freight is about 600–1,000). */
export const MAX_SCENARIO_G_PER_TONNE_KM = 10_000;
