import { MODES, TERMINAL_KINDS } from '@corridor/core/model';
import { describe, expect, it } from 'vitest';
import { BORDER_COLOR, COAST_COLOR, LAND_COLOR, SEA_COLOR } from './basemap-colors';
import { MODE_COLORS } from './network-colors';
import {
  AIR_DASH,
  AIR_FILTER,
  FALLBACK_COLOR,
  modeColor,
  modeColorExpression,
  SURFACE_FILTER,
  terminalKindColor,
  terminalKindColorExpression,
} from './network-paint';

const rgb = (hex: string): number[] => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
const distance = (a: string, b: string): number => {
  const [x, y] = [rgb(a), rgb(b)];
  return x.reduce((sum, value, k) => sum + Math.abs(value - (y[k] ?? 0)), 0);
};

describe('network colours', () => {
  it('gives every mode a distinct #rrggbb colour', () => {
    const colours = MODES.map(modeColor);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(colours).size).toBe(MODES.length);
  });

  it('colours seaports, rail terminals and airports like their mode', () => {
    expect(terminalKindColor('seaport')).toBe(modeColor('sea'));
    expect(terminalKindColor('rail-terminal')).toBe(modeColor('rail'));
    expect(terminalKindColor('airport')).toBe(modeColor('air'));
  });

  it('gives border crossings and inland ports colours of their own', () => {
    const modeColours = new Set<string>(Object.values(MODE_COLORS));
    expect(modeColours.has(terminalKindColor('border-crossing'))).toBe(false);
    expect(modeColours.has(terminalKindColor('inland-port'))).toBe(false);
    expect(terminalKindColor('border-crossing')).not.toBe(terminalKindColor('inland-port'));
  });

  it('keeps every network colour far from the basemap colours, so screenshots can count them', () => {
    const network = [...MODES.map(modeColor), ...TERMINAL_KINDS.map(terminalKindColor)];
    for (const colour of network) {
      for (const base of [SEA_COLOR, LAND_COLOR, COAST_COLOR, BORDER_COLOR]) {
        expect(distance(colour, base), `${colour} vs ${base}`).toBeGreaterThan(100);
      }
    }
  });

  it('keeps the mode colours apart by more than twice the tolerance screenshots are counted with', () => {
    // Rail (vermillion) and road (orange) are the closest pair, 82 apart; the end-to-end tests allow 24.
    for (const a of MODES) {
      for (const b of MODES) if (a < b) expect(distance(modeColor(a), modeColor(b)), `${a}/${b}`).toBeGreaterThan(60);
    }
  });
});

describe('colour expressions', () => {
  it('match every mode to its colour, with a fallback', () => {
    const expression: unknown[] = modeColorExpression();
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'mode']]);
    for (const mode of MODES) expect(expression[expression.indexOf(mode) + 1]).toBe(modeColor(mode));
    expect(expression.at(-1)).toBe(FALLBACK_COLOR);
    expect(expression).toHaveLength(2 + 2 * MODES.length + 1);
  });

  it('match every terminal kind to its colour, with a fallback', () => {
    const expression: unknown[] = terminalKindColorExpression();
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'terminalKind']]);
    for (const kind of TERMINAL_KINDS) expect(expression[expression.indexOf(kind) + 1]).toBe(terminalKindColor(kind));
    expect(expression.at(-1)).toBe(FALLBACK_COLOR);
  });
});

describe('air dash', () => {
  /** Evaluates the two filters' one form, `[op, ['get', 'mode'], value]`, on a feature of a mode. */
  const passes = (filter: unknown, mode: string): boolean => {
    const [op, [get, property], value] = filter as [string, [string, string], string];
    expect([get, property]).toEqual(['get', 'mode']);
    if (op === '==') return mode === value;
    if (op === '!=') return mode !== value;
    throw new Error(`unexpected filter ${op}`);
  };

  it('is a dash and a gap, both positive, the dash longer', () => {
    const [dash, gap] = AIR_DASH;
    expect(AIR_DASH).toHaveLength(2);
    expect(gap).toBeGreaterThan(0);
    expect(dash).toBeGreaterThan(gap);
  });

  it('goes to air legs only, and every other mode to the solid layers', () => {
    for (const mode of MODES) {
      expect(passes(AIR_FILTER, mode), mode).toBe(mode === 'air');
      expect(passes(SURFACE_FILTER, mode), mode).toBe(mode !== 'air');
    }
  });
});
