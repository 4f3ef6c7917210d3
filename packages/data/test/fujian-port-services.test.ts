// The Fuzhou Jiangyin and Quanzhou services added from published schedules (sources.csv Q01, Q02, Q12; the modelling
// choices in X171, X172, X175), checked through the router: each ride takes the published days at sea.
import { createRouter } from '@corridor/core/routing';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../src/index.js';

const router = createRouter(fujianNetwork);

/** The ride on `service` of the fastest sea route between two terminals. */
function ride(from: string, to: string, service: string) {
  const result = router.route({ from, to, modes: ['sea'], objective: 'time' });
  if (!('itineraries' in result)) throw new Error(`no sea route ${from} → ${to}`);
  const leg = result.itineraries[0]?.legs.find((l) => l.service === service);
  if (leg === undefined) throw new Error(`${from} → ${to} does not ride ${service}`);
  return leg;
}

describe('the published Fuzhou Jiangyin and Quanzhou services', () => {
  it('OOCL sails Quanzhou → Ho Chi Minh in 3 days and on to Laem Chabang in 5 days at sea [Q02]', () => {
    expect(ride('qzj_port', 'caimep_port', 'oocl-qzj-hcm-lch').durationHours).toBeCloseTo(3 * 24, 6);
    const callHours = 12; // X10: the Ho Chi Minh call, which X172 does not count in the 5 days
    expect(ride('qzj_port', 'lch_port', 'oocl-qzj-hcm-lch').durationHours - callHours).toBeCloseTo(5 * 24, 6);
  });

  it('the Weitou–Manila express crosses in 36 hours [Q12]', () => {
    expect(ride('qzj_port', 'mnl_port', 'qzj-weitou-manila-express').durationHours).toBeCloseTo(36, 6);
  });

  it('COSCO sails Fuzhou Jiangyin → Los Angeles within the 15–18 days of standard US West Coast services [M43]', () => {
    const days = ride('foc_port_jiangyin', 'lax_port', 'cosco-foc-uswc').durationHours / 24;
    expect(days).toBeGreaterThanOrEqual(15);
    expect(days).toBeLessThanOrEqual(18);
  });

  it('offers each service weekly, with the ship sizes of Q01 and X172', () => {
    const service = (id: string) => fujianNetwork.services.find((s) => s.id === id);
    expect(service('cosco-foc-uswc')?.unitCapacity.teu).toBe(10000);
    expect(service('oocl-qzj-hcm-lch')?.unitCapacity.teu).toBe(Math.round(40000 / 13 / 100) * 100);
    for (const id of ['cosco-foc-uswc', 'oocl-qzj-hcm-lch', 'qzj-weitou-manila-express'])
      expect(service(id)?.frequencyPerWeek).toBe(1);
  });
});
