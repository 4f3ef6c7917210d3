import { describe, expect, it } from 'vitest';
import { CorridorError } from '../model/corridor-error.js';
import type { AssignmentTotals } from './assignment-result.js';
import { finiteTotals } from './summarise-assignment.js';

const totals: AssignmentTotals = {
  servedTeuPerWeek: 10,
  servedTonnesPerWeek: 1,
  unservedTeuPerWeek: 0,
  unservedTonnesPerWeek: 0,
  costUsdPerWeek: 1000,
  co2eKgPerWeek: 50,
  teuHoursPerWeek: 240,
  tonneHoursPerWeek: 24,
  teuKmPerWeek: 5000,
  tonneKmPerWeek: 500,
};

// Regression (issue 15): on main an overflowing total reached the answer as NaN ("USD NaN/wk").
describe('finiteTotals()', () => {
  it('passes totals that are all finite numbers through unchanged', () => {
    expect(finiteTotals(totals)).toBe(totals);
  });

  it('refuses NaN and Infinity with an error naming each total that cannot be computed', () => {
    let caught: unknown;
    try {
      finiteTotals({ ...totals, costUsdPerWeek: Number.NaN, teuKmPerWeek: Number.POSITIVE_INFINITY });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CorridorError);
    expect((caught as CorridorError).code).toBe('invalid-input');
    expect((caught as CorridorError).message).toMatch(/totals costUsdPerWeek, teuKmPerWeek cannot be computed/);
  });
});
