/**
 * The rows of the itinerary's emissions breakdown (ISO 14083): transport operations in t CO2e and their
 * intensities in g per t-km and per TEU-km, each as well-to-wheel, tank-to-wheel and well-to-tank; hub operations
 * in t CO2e, WTW only (their split is not modelled).
 */
import type { TransportChainEmissions } from '@corridor/core/model';
import { format } from 'd3';
import { formatTonnesCo2e } from './route-format';

/** What the table prints for a figure that is not modelled or has nothing to divide by. */
export const NO_FIGURE = '—';

/** A row's key in the message catalogue, `route.emissions.<key>`. */
export type EmissionRowKey = 'transport' | 'perTonneKm' | 'perTeuKm' | 'hubs';

/** One row: its label key and its WTW, TTW and WTT cells, as text. */
export interface EmissionRow {
  readonly key: EmissionRowKey;
  readonly wtw: string;
  readonly ttw: string;
  readonly wtt: string;
}

const grams = (g: number | null): string => (g === null ? NO_FIGURE : format(',.1f')(g));
const tonnes = (kg: number | null): string => (kg === null ? NO_FIGURE : formatTonnesCo2e(kg));

/**
 * The breakdown's rows, transport first.
 *
 * @param emissions - an itinerary's `emissions`
 * @returns four rows of text cells
 * @example
 * emissionRows(itinerary.emissions)[0]; // { key: 'transport', wtw: '3.0', ttw: '2.0', wtt: '1.0' }
 */
export function emissionRows(emissions: TransportChainEmissions): EmissionRow[] {
  const { transportOperations: t, hubOperations: h } = emissions;
  // WTT intensity is WTW − TTW of the same activity: the table shows it so that each row adds up.
  const wttOf = (wtw: number | null, ttw: number | null) => (wtw === null || ttw === null ? null : wtw - ttw);
  return [
    { key: 'transport', wtw: tonnes(t.wtwCo2eKg), ttw: tonnes(t.ttwCo2eKg), wtt: tonnes(t.wttCo2eKg) },
    {
      key: 'perTonneKm',
      wtw: grams(t.wtwIntensityGPerTonneKm),
      ttw: grams(t.ttwIntensityGPerTonneKm),
      wtt: grams(wttOf(t.wtwIntensityGPerTonneKm, t.ttwIntensityGPerTonneKm)),
    },
    {
      key: 'perTeuKm',
      wtw: grams(t.wtwIntensityGPerTeuKm),
      ttw: grams(t.ttwIntensityGPerTeuKm),
      wtt: grams(wttOf(t.wtwIntensityGPerTeuKm, t.ttwIntensityGPerTeuKm)),
    },
    { key: 'hubs', wtw: tonnes(h.wtwCo2eKg), ttw: tonnes(h.ttwCo2eKg), wtt: tonnes(h.wttCo2eKg) },
  ];
}
