import {
  HUB_TTW_NOT_MODELLED,
  type HubOperationEmissions,
  type TransportOperationEmissions,
} from '../model/emissions.js';
import type { Shipment } from './shipment.js';

/** g per kg. */
const G_PER_KG = 1000;

/** `kg` × 1000 ÷ `activity`, or null without activity. */
const intensity = (kg: number, activity: number): number | null => (activity > 0 ? (kg * G_PER_KG) / activity : null);

/**
 * A transport operation's emissions as ISO 14083 reports them: WTW, TTW and WTT (= WTW − TTW), the transport
 * activity, and the WTW and TTW intensities per tonne-km and per TEU-km (null at 0 km).
 *
 * @param wtwCo2eKg - well-to-wheel emissions, kg CO2e
 * @param ttwCo2eKg - their tank-to-wheel part, kg CO2e
 * @param distanceKm - distance the cargo travelled, km
 * @param shipment - its TEU and tonnes
 * @returns the ISO 14083 breakdown
 * @example
 * ```ts
 * import { DEFAULT_COSTING, resolveShipment, transportOperationEmissions } from '@corridor/core/costing';
 *
 * // 2 TEU (20 t) over 1,000 km, 300 kg CO2e well-to-wheel of which 240 kg tank-to-wheel:
 * const leg = transportOperationEmissions(300, 240, 1000, resolveShipment({ teu: 2 }, DEFAULT_COSTING));
 * console.log(leg.wttCo2eKg, leg.transportActivityTonneKm, leg.wtwIntensityGPerTonneKm, leg.wtwIntensityGPerTeuKm); // → 60 20000 15 150
 * ```
 */
export function transportOperationEmissions(
  wtwCo2eKg: number,
  ttwCo2eKg: number,
  distanceKm: number,
  shipment: Shipment,
): TransportOperationEmissions {
  const transportActivityTonneKm = shipment.tonnes * distanceKm;
  const transportActivityTeuKm = shipment.teu * distanceKm;
  return {
    wtwCo2eKg,
    ttwCo2eKg,
    wttCo2eKg: wtwCo2eKg - ttwCo2eKg,
    transportActivityTonneKm,
    transportActivityTeuKm,
    wtwIntensityGPerTonneKm: intensity(wtwCo2eKg, transportActivityTonneKm),
    ttwIntensityGPerTonneKm: intensity(ttwCo2eKg, transportActivityTonneKm),
    wtwIntensityGPerTeuKm: intensity(wtwCo2eKg, transportActivityTeuKm),
    ttwIntensityGPerTeuKm: intensity(ttwCo2eKg, transportActivityTeuKm),
  };
}

/**
 * A hub operation's emissions as ISO 14083 reports them: WTW, with its intensity per tonne and per TEU passing
 * through the hub; TTW and WTT are null (not modelled), with the reason.
 *
 * @param wtwCo2eKg - well-to-wheel emissions of the handling, kg CO2e
 * @param shipment - its TEU and tonnes
 * @returns the ISO 14083 breakdown
 * @example
 * ```ts
 * import { DEFAULT_COSTING, hubOperationEmissions, resolveShipment } from '@corridor/core/costing';
 *
 * const hub = hubOperationEmissions(12, resolveShipment({ teu: 2 }, DEFAULT_COSTING));
 * console.log(hub.wtwIntensityGPerTonne, hub.wtwIntensityGPerTeu, hub.ttwCo2eKg); // → 600 6000 null
 * ```
 */
export function hubOperationEmissions(wtwCo2eKg: number, shipment: Shipment): HubOperationEmissions {
  return {
    wtwCo2eKg,
    ttwCo2eKg: null,
    wttCo2eKg: null,
    ttwNotModelledReason: HUB_TTW_NOT_MODELLED,
    wtwIntensityGPerTonne: (wtwCo2eKg * G_PER_KG) / shipment.tonnes,
    wtwIntensityGPerTeu: (wtwCo2eKg * G_PER_KG) / shipment.teu,
  };
}

/**
 * Transport operations summed into one (a transport chain's), intensities over the summed activity.
 *
 * @param operations - the operations of one shipment
 * @param shipment - its TEU and tonnes
 * @returns their sum
 * @example
 * ```ts
 * import {
 *   DEFAULT_COSTING,
 *   resolveShipment,
 *   sumTransportOperations,
 *   transportOperationEmissions,
 * } from '@corridor/core/costing';
 *
 * const shipment = resolveShipment({ teu: 1 }, DEFAULT_COSTING);
 * const truck = transportOperationEmissions(60, 48, 50, shipment);
 * const ship = transportOperationEmissions(150, 128, 9000, shipment);
 * const chain = sumTransportOperations([truck, ship], shipment);
 * console.log(chain.wtwCo2eKg, chain.ttwCo2eKg, chain.transportActivityTonneKm); // → 210 176 90500
 * console.log(chain.wtwIntensityGPerTonneKm?.toFixed(2)); // → 2.32
 * ```
 */
export function sumTransportOperations(
  operations: readonly TransportOperationEmissions[],
  shipment: Shipment,
): TransportOperationEmissions {
  let wtw = 0;
  let ttw = 0;
  let tonneKm = 0;
  for (const o of operations) {
    wtw += o.wtwCo2eKg;
    ttw += o.ttwCo2eKg;
    tonneKm += o.transportActivityTonneKm;
  }
  return transportOperationEmissions(wtw, ttw, tonneKm / shipment.tonnes, shipment);
}
