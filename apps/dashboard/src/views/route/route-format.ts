/**
 * Number formats of the Route planner: days, US dollars, tonnes of CO2e. Plain text in the page's language
 * (figures use the same digits in English and Chinese; the units come from the message catalogue).
 */
import { format } from 'd3';

const oneDecimal = format(',.1f');
const wholeNumber = format(',.0f');

/**
 * Hours as days with one decimal.
 * @example
 * formatDays(481.8); // '20.1'
 */
export function formatDays(hours: number): string {
  return oneDecimal(hours / 24);
}

/**
 * US dollars, whole, with thousands separators.
 * @example
 * formatUsd(3641.8); // '3,642'
 */
export function formatUsd(usd: number): string {
  return wholeNumber(usd);
}

/**
 * Kilograms of CO2e as tonnes with one decimal (two below 1 t, so small shipments do not read 0.0).
 * @example
 * formatTonnesCo2e(5567.3); // '5.6'
 * formatTonnesCo2e(412); // '0.41'
 */
export function formatTonnesCo2e(kg: number): string {
  const tonnes = kg / 1000;
  return tonnes < 1 ? format(',.2f')(tonnes) : oneDecimal(tonnes);
}

/** A duration to show with a unit from the message catalogue. */
export interface DurationText {
  readonly unit: 'hours' | 'days';
  readonly value: string;
}

/**
 * Hours as a short duration: hours with one decimal below 10 h, whole hours below two days, days with one decimal
 * above.
 * @example
 * durationText(0.23); // { unit: 'hours', value: '0.2' }
 * durationText(12); // { unit: 'hours', value: '12' }
 * durationText(84); // { unit: 'days', value: '3.5' }
 */
export function durationText(hours: number): DurationText {
  if (hours < 10) return { unit: 'hours', value: oneDecimal(hours) };
  return hours < 48 ? { unit: 'hours', value: wholeNumber(hours) } : { unit: 'days', value: oneDecimal(hours / 24) };
}
