import { MODES, type Mode } from '@corridor/core/model';

/**
 * Which parts of the network the map shows, as toggled in the legend: service legs per mode, and terminals.
 * @example
 * const display = new NetworkDisplay();
 * display.modes.air = false;
 * display.visibleModes; // ['sea', 'rail', 'road']
 */
export class NetworkDisplay {
  /** Whether service legs of each mode are drawn. */
  modes: Record<Mode, boolean> = $state({ sea: true, rail: true, road: true, air: true });
  /** Whether terminals are drawn. */
  terminals = $state(true);

  /** The modes whose legs are drawn, in model order. */
  get visibleModes(): Mode[] {
    return MODES.filter((mode) => this.modes[mode]);
  }
}
