import type { Mode, TerminalKind } from '@corridor/core/model';
import type { ExpressionSpecification } from 'maplibre-gl';
import { MODE_COLORS, TERMINAL_KIND_COLORS } from './network-colors';

// The model's unions must each have a colour: a new mode or kind fails the type check here.
const modeColors: Readonly<Record<Mode, string>> = MODE_COLORS;
const terminalKindColors: Readonly<Record<TerminalKind, string>> = TERMINAL_KIND_COLORS;

/** Colour of anything with a mode or kind the palette does not know (never seen with a validated dataset). */
export const FALLBACK_COLOR = '#6b6b6b';

/**
 * The dash of air legs, in line widths (dash, gap): air is drawn dashed wherever service legs are (the Data view's
 * network and the flow map), so that air tells itself from sea at a glance. Drawn with butt caps (round caps
 * would fill the gaps).
 */
export const AIR_DASH: readonly [number, number] = [2.5, 1.5];

/** Filter of the air legs of a line source with a `mode` property. */
export const AIR_FILTER: ExpressionSpecification = ['==', ['get', 'mode'], 'air'];

/** Filter of the other legs (sea, rail, road), drawn solid. */
export const SURFACE_FILTER: ExpressionSpecification = ['!=', ['get', 'mode'], 'air'];

/**
 * The colour of a service leg of a mode.
 * @param mode - `sea`, `rail`, `air` or `road`
 * @returns `#rrggbb`
 * @example
 * modeColor('rail'); // '#d55e00'
 */
export function modeColor(mode: Mode): string {
  return modeColors[mode];
}

/**
 * The colour of a terminal of a kind.
 * @param kind - the terminal kind
 * @returns `#rrggbb`
 * @example
 * terminalKindColor('seaport'); // '#0072b2', the sea colour
 */
export function terminalKindColor(kind: TerminalKind): string {
  return terminalKindColors[kind];
}

function matchColor(property: string, colors: Readonly<Record<string, string>>): ExpressionSpecification {
  const [first, ...others] = Object.entries(colors);
  const [label, color] = first ?? ['', FALLBACK_COLOR];
  return ['match', ['get', property], label, color, ...others.flat(), FALLBACK_COLOR];
}

/**
 * A MapLibre expression colouring features by their `mode` property.
 * @returns `['match', ['get', 'mode'], 'sea', '#0072b2', …, fallback]`
 */
export function modeColorExpression(): ExpressionSpecification {
  return matchColor('mode', modeColors);
}

/**
 * A MapLibre expression colouring features by their `terminalKind` property.
 * @returns `['match', ['get', 'terminalKind'], 'seaport', '#0072b2', …, fallback]`
 */
export function terminalKindColorExpression(): ExpressionSpecification {
  return matchColor('terminalKind', terminalKindColors);
}
