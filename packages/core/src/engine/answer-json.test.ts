import { describe, expect, it } from 'vitest';
import { answerJson } from './answer-json.js';

describe('answerJson()', () => {
  it('rounds emission intensities to 0.1 g, emissions to 1 kg, and keeps a not-modelled TTW null', () => {
    const wire = answerJson({
      emissions: {
        wtwCo2eKg: 3025.4,
        ttwCo2eKg: 2032.80000001,
        wtwIntensityGPerTonneKm: 16.800000000000001,
        ttwIntensityGPerTeuKm: 168.00000000000003,
        wtwIntensityGPerTonne: 500.00000000001,
        hub: { ttwCo2eKg: null },
      },
    });
    expect(JSON.parse(wire)).toEqual({
      emissions: {
        wtwCo2eKg: 3025,
        ttwCo2eKg: 2033,
        wtwIntensityGPerTonneKm: 16.8,
        ttwIntensityGPerTeuKm: 168,
        wtwIntensityGPerTonne: 500,
        hub: { ttwCo2eKg: null },
      },
    });
  });
});
