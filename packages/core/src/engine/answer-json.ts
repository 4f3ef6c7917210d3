/**
 * The one wire format of the engine's answers (the CLI's `--json`, the HTTP API): the answer's own fields, with
 * each figure rounded by the unit its name states, so the same answer always gives the same bytes and no
 * output claims a precision its inputs lack.
 */

/** Significant digits kept of a relative gap (`2.07e-13`). */
const GAP_DIGITS = 3;

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

/** The rounding step of a figure by its field name; undefined keeps it as it is. */
function stepOf(key: string): number | 'gap' | undefined {
  if (key === 'relativeGap' || key === 'overload') return 'gap';
  // Emission intensities: g CO2e per tonne-km, TEU-km, tonne or TEU handled.
  if (/IntensityGPer\w+$/.test(key)) return 0.1;
  if (/(Hours|Km|PerWeek|Teu|Tonnes)$/.test(key) && !/Usd|Kg/.test(key)) return 0.1;
  if (/(Usd|Kg)(PerWeek|PerTeu|PerTonne)?$/.test(key)) return 1;
  if (/^(utilization|share|relativeError|step|before|after|change)$|Utilization$|Share$/.test(key)) return 1e-4;
  return undefined;
}

/**
 * Rounds one field for the wire: hours, km, TEU, tonnes and emission intensities (g per unit) to 0.1; USD and kg to 1; utilizations, shares and
 * relative errors to 4 decimals; gaps to 3 significant digits; a figure that is not finite becomes `null`.
 * Coordinates (`position`, `coordinates`, `lon`, `lat`) and counts pass unchanged.
 *
 * @param key - the field name
 * @param value - its value
 * @returns the value to write
 * @example
 * ```ts
 * import { roundForWire } from '@corridor/core/engine';
 *
 * console.log(roundForWire('durationHours', 12.345), roundForWire('costUsd', 1234.5)); // → 12.3 1235
 * console.log(roundForWire('utilization', 0.123456), roundForWire('co2eKg', Number.NaN)); // → 0.1235 null
 * console.log(JSON.stringify({ distanceKm: 18664.93, position: [118.0893, 24.4798] }, roundForWire)); // → {"distanceKm":18664.9,"position":[118.0893,24.4798]}
 * ```
 */
export function roundForWire(key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (!Number.isFinite(value)) return null;
  const step = stepOf(key);
  if (step === undefined) return value;
  if (step === 'gap') return Number(value.toExponential(GAP_DIGITS - 1));
  // Fixed decimals, so 0.1 steps print as 12.3, not 12.299999999999999; `|| 0` turns −0 into 0.
  const decimals = step >= 1 ? 0 : Math.round(-Math.log10(step));
  return Number(roundTo(value, step).toFixed(decimals)) || 0;
}

/**
 * An engine answer as one line of JSON, rounded by {@link roundForWire}, newline-terminated.
 *
 * @param answer - any engine answer
 * @returns the text the CLI prints and the HTTP API sends
 * @example
 * ```ts
 * import { answerJson } from '@corridor/core/engine';
 *
 * console.log(answerJson({ totals: { durationHours: 12.345, costUsd: 1234.5, utilization: 0.123456 } })); // → {"totals":{"durationHours":12.3,"costUsd":1235,"utilization":0.1235}}
 * ```
 */
export function answerJson(answer: unknown): string {
  return `${JSON.stringify(answer, roundForWire)}\n`;
}
