/**
 * Emissions as ISO 14083 (and the GLEC Framework) report them: per transport operation (a leg) and per hub
 * operation (a terminal's handling), split into well-to-wheel (WTW), tank-to-wheel (TTW) and well-to-tank (WTT),
 * with the GHG emission intensity per unit of transport activity. docs/emissions.md maps each field to its term.
 */

/** The emissions of one transport operation (a ride or road haul): ISO 14083's transport chain element. */
export interface TransportOperationEmissions {
  /** Well-to-wheel GHG emissions, kg CO2e: TTW + WTT. */
  readonly wtwCo2eKg: number;
  /** Tank-to-wheel GHG emissions (the vehicle's own, 0 for electric traction), kg CO2e. */
  readonly ttwCo2eKg: number;
  /** Well-to-tank GHG emissions (producing and delivering the fuel or electricity), kg CO2e. */
  readonly wttCo2eKg: number;
  /** Transport activity: cargo mass × distance, tonne-km. */
  readonly transportActivityTonneKm: number;
  /** Transport activity in boxes: TEU × distance, TEU-km. */
  readonly transportActivityTeuKm: number;
  /** WTW GHG emission intensity, g CO2e per tonne-km; null without transport activity (0 km). */
  readonly wtwIntensityGPerTonneKm: number | null;
  /** TTW GHG emission intensity, g CO2e per tonne-km; null without transport activity. */
  readonly ttwIntensityGPerTonneKm: number | null;
  /** WTW GHG emission intensity, g CO2e per TEU-km; null without transport activity. */
  readonly wtwIntensityGPerTeuKm: number | null;
  /** TTW GHG emission intensity, g CO2e per TEU-km; null without transport activity. */
  readonly ttwIntensityGPerTeuKm: number | null;
}

/**
 * The emissions of one hub operation (loading, unloading, a transshipment or a gauge change at a terminal). Only
 * WTW is modelled (`Costing.hubKgCo2ePerTonne`): its TTW and WTT are null, with the reason.
 */
export interface HubOperationEmissions {
  /** Well-to-wheel GHG emissions of the handling, kg CO2e. */
  readonly wtwCo2eKg: number;
  /** Tank-to-wheel part: not modelled, so null. */
  readonly ttwCo2eKg: null;
  /** Well-to-tank part: not modelled, so null. */
  readonly wttCo2eKg: null;
  /** Why TTW and WTT are null. */
  readonly ttwNotModelledReason: string;
  /** WTW GHG emission intensity of the hub operation, g CO2e per tonne handled. */
  readonly wtwIntensityGPerTonne: number;
  /** WTW GHG emission intensity of the hub operation, g CO2e per TEU handled. */
  readonly wtwIntensityGPerTeu: number;
}

/** The emissions of a leg: its transport operation, plus any gauge change on the ride (a hub operation). */
export interface LegEmissions extends TransportOperationEmissions {
  /**
   * Gauge changes passed on the ride, WTW kg CO2e (0 without one): hub operations inside the leg, counted in the
   * leg's `co2eKg` = `wtwCo2eKg` + this.
   */
  readonly gaugeChangeWtwCo2eKg: number;
}

/** The emissions of a whole itinerary, ISO 14083's transport chain: its transport and hub operations summed. */
export interface TransportChainEmissions {
  /** All WTW GHG emissions of the chain, kg CO2e (= `totals.co2eKg`). */
  readonly wtwCo2eKg: number;
  /** The legs' transport operations summed, with the chain's intensities (WTW ÷ tonne-km over all legs). */
  readonly transportOperations: TransportOperationEmissions;
  /** The terminals' hub operations summed (handling and gauge changes), WTW only. */
  readonly hubOperations: HubOperationEmissions;
}

/** Why a hub operation's TTW and WTT are null. */
export const HUB_TTW_NOT_MODELLED =
  'not modelled: no sourced split of terminal emissions into TTW (fuel burnt on site) and WTT (its supply)';
