import { describe, expect, it } from 'vitest';
import { TINY_NETWORK } from '../test-support/tiny-network';
import { datasetSummary, planFigures } from './dataset-summary';

describe('datasetSummary', () => {
  const summary = datasetSummary(TINY_NETWORK, 'loaded');

  it('names the dataset and says where it comes from', () => {
    expect(summary).toMatchObject({ name: 'Tiny', description: 'Hand-drawn test network.', origin: 'loaded' });
  });

  it('counts the rows of every table', () => {
    expect(summary.counts).toEqual({
      places: 4,
      terminals: 7,
      seaWaypoints: 2,
      seaLanes: 3,
      railJunctions: 1,
      railTracks: 3,
      roadLinks: 6,
      services: 3,
      corridors: 1,
      demandFlows: 2,
      sources: 2,
    });
  });

  it('counts terminals by kind and services by mode, listing every kind and mode even at zero', () => {
    expect(summary.terminalsByKind).toEqual({
      seaport: 2,
      'rail-terminal': 2,
      airport: 2,
      'border-crossing': 1,
      'inland-port': 0,
    });
    expect(summary.servicesByMode).toEqual({ sea: 1, rail: 1, road: 0, air: 1 });
  });

  it('boxes the places and terminals', () => {
    expect(summary.bounds).toEqual([76.89, 1.264, 118.128, 45.21]);
  });

  it('has no box for a dataset without places or terminals', () => {
    expect(datasetSummary({ ...TINY_NETWORK, places: [], terminals: [] }, 'loaded').bounds).toBeNull();
  });

  it("lists a per-plan source's figures, one per semicolon-separated item of its note", () => {
    const plan = {
      id: 'P01',
      category: 'Plan',
      title: 'A five-year plan',
      confidence: 'per plan' as const,
      note: '70 routes, 57 ports; 910 trains ;',
    };
    const network = { ...TINY_NETWORK, sources: [...TINY_NETWORK.sources, plan] };
    expect(planFigures(network)).toEqual([
      { sourceId: 'P01', title: 'A five-year plan', figures: ['70 routes, 57 ports', '910 trains'] },
    ]);
  });

  it('has no plan figures when no source is cited per plan', () => {
    expect(summary.planFigures).toEqual([]);
  });
});
