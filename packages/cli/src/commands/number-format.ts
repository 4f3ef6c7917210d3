/**
 * Numbers as the readable tables print them: grouped, a fixed number of decimals, and a dash for a figure that
 * is not a finite number, so that no table ever prints `NaN` or `Infinity` (a figure that cannot be computed is
 * refused upstream; this is the last guard).
 */

/** Formats a number for a table. */
export interface NumberFormat {
  format(value: number): string;
}

/** What a table prints for a figure that is not a finite number. */
export const NOT_A_FIGURE = '—';

/**
 * A formatter with grouping (`1,234.5`) and exactly `digits` decimals; `—` for NaN and the infinities.
 *
 * @param digits - decimals to print
 * @returns the formatter
 * @example
 * fixedDigits(1).format(1234.56); // '1,234.6'
 * fixedDigits(0).format(Number.NaN); // '—'
 */
export function fixedDigits(digits: number): NumberFormat {
  const format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return { format: (value) => (Number.isFinite(value) ? format.format(value) : NOT_A_FIGURE) };
}
