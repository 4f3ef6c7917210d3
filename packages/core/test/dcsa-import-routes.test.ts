/**
 * Issue 16's "Done when": the DCSA importer turns the fixture schedules into services that route. Here, not
 * beside the importer, because routing comes after `import` in the concern order.
 */
import { describe, expect, it } from 'vitest';
import { importDcsaSchedules } from '../src/import/import-dcsa-schedules.js';
import { loadNetwork } from '../src/load/load-network.js';
import { createRouter } from '../src/routing/create-router.js';
import { dcsaFixture, fujianWithDcsaPorts, withServices } from './dcsa-dataset.js';
import { fujianNetwork } from './fujian-dataset.js';

const FAL = dcsaFixture('vessel-schedules-fal.json');
/** Test inputs for what DCSA does not carry (not facts); the speed is the dataset's sourced 13.8 kn (V02). */
const CALLER = {
  sources: ['DCSA1'],
  frequencyPerWeek: 1,
  unitCapacityTeu: 8000,
  usdPerTeu: 1500,
  speedKmh: 25.558,
  dwellHours: 24,
};

describe('services imported from the published DCSA vessel schedule', () => {
  it('route Ningbo → Le Havre along the French Asia Line 1 once merged into the Fujian dataset (with its ports added)', () => {
    const files = fujianWithDcsaPorts();
    const { services } = importDcsaSchedules(FAL, loadNetwork(files), CALLER);
    const network = loadNetwork(withServices(files, services));
    const result = createRouter(network).route({ from: 'Ningbo', to: 'Le Havre', modes: ['sea'] });
    if ('noRoute' in result) throw new Error(result.noRoute.reason);
    const sea = result.itineraries[0]?.legs.filter((leg) => leg.mode === 'sea') ?? [];
    expect(sea.map((leg) => leg.service)).toEqual(['dcsa-fal']);
    expect(sea[0]?.from.id).toBe('nbo_port');
    expect(sea[0]?.to.id).toBe('leh_port');
  });

  it('route Shenzhen → Antwerp on the bundled dataset as it is, the ports it lacks skipped', () => {
    const { services } = importDcsaSchedules(FAL, fujianNetwork, { ...CALLER, skipUnknownPorts: true });
    const network = loadNetwork(withServices(fujianWithDcsaPorts(true), services));
    const result = createRouter(network).route({ from: 'Shenzhen', to: 'Antwerp', modes: ['sea'], alternatives: 3 });
    if ('noRoute' in result) throw new Error(result.noRoute.reason);
    expect(result.itineraries.some((it) => it.legs.some((leg) => leg.service === 'dcsa-fal'))).toBe(true);
  });
});
