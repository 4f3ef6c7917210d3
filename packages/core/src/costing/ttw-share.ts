/**
 * The tank-to-wheel (TTW) share of each vehicle class's well-to-wheel (WTW) emissions, ISO 14083 / GLEC style:
 * TTW is what the vehicle emits burning its fuel, WTT (well-to-tank) what producing and delivering the fuel or
 * electricity emitted, WTW = WTT + TTW. Each share names its source (`data/fujian/sources.csv`).
 */
import type { VehicleClass } from '../model/network.js';
import type { SourcedValue } from './costing-defaults.js';

/** Energy carriers whose TTW share of WTW is published. */
export const ENERGY_CARRIERS = ['electricity', 'diesel', 'marine-fuel-oil', 'jet-fuel'] as const;
/** An energy carrier a vehicle class runs on (one of `ENERGY_CARRIERS`). */
export type EnergyCarrier = (typeof ENERGY_CARRIERS)[number];

/** TTW ÷ WTW of each energy carrier, from published factor pairs (a property of the fuel, not the vehicle). */
export const TTW_SHARE_BY_ENERGY_CARRIER: Readonly<Record<EnergyCarrier, SourcedValue>> = {
  electricity: { value: 0, source: '[C27] electric traction burns nothing on board: all its emissions are WTT' },
  diesel: { value: 3.04 / 3.8, source: '[C26] EN 16258 diesel (5 % bio): TTW 3.04 ÷ WTW 3.80 kg CO2e per kg' },
  'marine-fuel-oil': {
    value: (0.098 - 0.0145) / 0.098,
    source: '[C25] GLEC v3.0 Table 14, VLSFO: (WTW 0.098 − WTT 0.0145) ÷ WTW 0.098 kg CO2e per tonne-km',
  },
  'jet-fuel': { value: 720 / 880, source: '[C14] GLEC v3.2 §8.1 long-haul freighter: TTW 720 ÷ WTW 880 g per t-km' },
};

/**
 * The TTW share of a mix of energy carriers, each weighted by its share of the WTW emissions.
 *
 * @param mix - share of the WTW emissions by carrier (summing to 1)
 * @returns TTW ÷ WTW, 0–1
 * @example
 * ```ts
 * import { ttwShareOfEnergyMix } from '@corridor/core/costing';
 *
 * console.log(ttwShareOfEnergyMix({ diesel: 1 })); // → 0.8
 * console.log(ttwShareOfEnergyMix({ electricity: 0.5, diesel: 0.5 })); // → 0.4
 * ```
 */
export function ttwShareOfEnergyMix(mix: Readonly<Partial<Record<EnergyCarrier, number>>>): number {
  let share = 0;
  for (const carrier of ENERGY_CARRIERS) share += (mix[carrier] ?? 0) * TTW_SHARE_BY_ENERGY_CARRIER[carrier].value;
  return share;
}

/** Of the China rail defaults' 25 g WTW per t-km, the part diesel traction emits (X177): 0.6 × 35 ÷ 25. */
const CHINA_RAIL_DIESEL_SHARE_OF_WTW = (((25 - 10) / (35 - 10)) * 35) / 25;

/** The TTW share of WTW of each vehicle class, defaults of `Costing.ttwShareOfWtw`. */
export const DEFAULT_TTW_SHARE_OF_WTW: Readonly<Record<VehicleClass, SourcedValue>> = {
  'deep-sea-container': {
    value: ttwShareOfEnergyMix({ 'marine-fuel-oil': 1 }),
    source: '[X176] assumption: very-low-sulphur fuel oil, TTW 85.2 % of WTW [C25]',
  },
  'feeder-container': {
    value: ttwShareOfEnergyMix({ 'marine-fuel-oil': 1 }),
    source: '[X176] assumption: very-low-sulphur fuel oil, TTW 85.2 % of WTW [C25]',
  },
  'rail-china-europe': {
    value: ttwShareOfEnergyMix({
      diesel: CHINA_RAIL_DIESEL_SHARE_OF_WTW,
      electricity: 1 - CHINA_RAIL_DIESEL_SHARE_OF_WTW,
    }),
    source: '[X177] derived: 84 % of WTW from diesel traction (TTW 80 % [C26]), 16 % electric (TTW 0 [C27])',
  },
  'rail-domestic-china': {
    value: ttwShareOfEnergyMix({
      diesel: CHINA_RAIL_DIESEL_SHARE_OF_WTW,
      electricity: 1 - CHINA_RAIL_DIESEL_SHARE_OF_WTW,
    }),
    source: '[X177] derived: as China–Europe rail, whose 25 g WTW default it shares',
  },
  truck: { value: ttwShareOfEnergyMix({ diesel: 1 }), source: '[C26] EN 16258 diesel: TTW 3.04 ÷ WTW 3.80' },
  'air-freighter': {
    value: ttwShareOfEnergyMix({ 'jet-fuel': 1 }),
    source: '[C14] GLEC v3.2 long-haul freighter: TTW 720 ÷ WTW 880 g per t-km',
  },
  'air-belly': { value: 495 / 608, source: '[C14] GLEC v3.2 long-haul belly: TTW 495 ÷ WTW 608 g per t-km' },
};
