import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import { CorridorError } from '../model/corridor-error.js';
import type { DemandFlow } from '../model/network.js';
import { createEngine } from './create-engine.js';

const tinyNetwork = loadNetwork(tinyDataset);

const flow = (teuPerWeek: number): DemandFlow => ({
  fromPlaceId: 'CNXMN',
  toPlaceId: 'SGSIN',
  cargo: 'container',
  teuPerWeek,
  basis: 'test',
  sources: [],
});

// Regression (issue 15): on main, engine.assign(…, { demand }) took 1e300 TEU and answered NaN totals.
describe('engine.assign() with a caller’s demand', () => {
  it.each([1e300, Number.POSITIVE_INFINITY, Number.NaN, -5])(
    'refuses a demand of %s TEU per week with invalid-argument, naming the row',
    (teu) => {
      const engine = createEngine(tinyNetwork);
      let caught: unknown;
      try {
        engine.assign({ method: 'aon' }, { demand: [flow(100), flow(teu)] });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CorridorError);
      expect((caught as CorridorError).code).toBe('invalid-argument');
      expect((caught as CorridorError).issues.map((issue) => issue.field)).toEqual(['demand[1].teuPerWeek']);
    },
  );

  it('assigns a plausible demand, every total a finite number', () => {
    const answer = createEngine(tinyNetwork).assign({ method: 'aon' }, { demand: [flow(100)] });
    for (const value of Object.values(answer.totals)) expect(Number.isFinite(value)).toBe(true);
  });
});
