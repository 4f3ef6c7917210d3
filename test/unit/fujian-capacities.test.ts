// The bundled dataset's capacities agree with the traffic observed at them (sources.csv X160, X70, X161):
// no terminal's other traffic alone fills it, and the base-case assignment leaves every border crossing
// and every port within its capacity.
import { assign } from '@corridor/core/flow';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';

/** A block train's TEU when a crossing's capacity is counted in trains (X17), as the assignment counts it. */
const TEU_PER_TRAIN = 100;
const WEEKS_PER_YEAR = 52;

describe('the Fujian dataset’s capacities', () => {
  const terminalsWithBackground = fujianNetwork.terminals.filter((t) => (t.backgroundTeuPerWeek ?? 0) > 0);

  it('gives other traffic to every crossing on the Fujian lines to Europe, Russia and Central Asia', () => {
    const ids = new Set(terminalsWithBackground.map((t) => t.id));
    for (const id of [
      'alashankou_dostyk',
      'khorgos_altynkol',
      'erenhot_zamynuud',
      'manzhouli_zabaikalsk',
      'brest_malaszewicze',
    ])
      expect(ids, id).toContain(id);
  });

  it('never lets a terminal’s other traffic alone exceed its capacity', () => {
    for (const terminal of terminalsWithBackground) {
      const capacityTeuPerWeek =
        terminal.kind === 'border-crossing'
          ? (terminal.capacityTrainsPerDay ?? 0) * 7 * TEU_PER_TRAIN
          : (terminal.capacityTeuPerYear ?? 0) / WEEKS_PER_YEAR;
      expect(terminal.backgroundTeuPerWeek, terminal.id).toBeLessThan(capacityTeuPerWeek);
    }
  });

  it('leaves every border crossing and port within capacity in the base-case equilibrium', () => {
    const result = assign(fujianNetwork, { method: 'equilibrium' });
    const shared = result.elements.filter((e) => e.kind !== 'service-leg' && e.backgroundPerWeek > 0);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    for (const element of shared) {
      const summary = `${element.id}: ${element.flowPerWeek.toFixed(1)} + ${element.backgroundPerWeek} of ${element.capacityPerWeek}`;
      expect(element.utilization, summary).not.toBeNull();
      expect(element.utilization as number, summary).toBeLessThanOrEqual(1 + 1e-9);
    }
  });
});
