/** Number formats of the Corridor utilization view (plain text, the same in both languages). */

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/**
 * A weekly amount, whole units with thousands separators; a small non-zero amount keeps one decimal.
 * @example
 * formatAmount(13471.2); // '13,471'
 * formatAmount(0.42); // '0.4'
 */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '—';
  if (value !== 0 && Math.abs(value) < 10) return oneDecimal.format(value);
  return grouped.format(value);
}

/**
 * A utilization or share as a percentage; `—` for none.
 * @example
 * formatPercent(0.8543); // '85 %'
 * formatPercent(null); // '—'
 */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return `${grouped.format(value * 100)} %`;
}

/**
 * A signed relative error as a percentage.
 * @example
 * formatSignedPercent(0.0915); // '+9 %'
 */
export function formatSignedPercent(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${grouped.format(Math.abs(rounded))} %`;
}

/**
 * US dollars in millions.
 * @example
 * formatMillionsUsd(21634849.6); // '21.6'
 */
export function formatMillionsUsd(value: number): string {
  return oneDecimal.format(value / 1e6);
}

/**
 * Kilograms as tonnes, whole.
 * @example
 * formatTonnes(24403152.3); // '24,403'
 */
export function formatTonnes(kg: number): string {
  return grouped.format(kg / 1000);
}

/**
 * A relative gap: scientific with two significant figures; `—` when not defined (capacity-restrained).
 * @example
 * formatGap(2.07e-13); // '2.1e-13'
 */
export function formatGap(gap: number): string {
  if (!Number.isFinite(gap)) return '—';
  if (gap === 0) return '0';
  return gap.toExponential(1);
}
