import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { prepareGraph } from '../graph/prepare-graph.js';
import { createNetworkLookup } from '../load/network-lookup.js';
import { corridorCapacity, placeSet } from './corridor-capacity.js';

const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
const lookup = createNetworkLookup(fujianNetwork);
const set = (spec: string) => placeSet(fujianNetwork, lookup, spec);

describe('corridorCapacity()', () => {
  it('gives the rail capacity Fujian → EU as the sum of its cut, the Xiamen trains to Europe', () => {
    // Without background traffic the Xiamen trains bind; with it, Małaszewicze and Alashankou are full.
    const alone = {
      ...fujianNetwork,
      terminals: fujianNetwork.terminals.map(({ backgroundTeuPerWeek: _, ...t }) => t),
    };
    const graph = prepareGraph(alone, buildInfrastructureGraphs(alone), new Set());
    const result = corridorCapacity(graph, alone, set('region:fujian'), set('region:eu'), { modes: ['rail'] });
    expect(result.cut.reduce((s, c) => s + c.capacityTeuPerWeek, 0)).toBeCloseTo(result.maxFlowTeuPerWeek, 6);
    expect(result.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(result.cut.every((c) => c.kind !== 'terminal' || c.capacityTeuPerWeek > 0)).toBe(true);
    expect(result.cut.some((c) => c.id.startsWith('service:crx-xmn-hamburg'))).toBe(true);
  });

  it('nets background traffic out of hard capacities: spare capacity, never more than without it', () => {
    // Crossings made hard (as a caller may): their background takes capacity first.
    const hardKinds = ['service-leg', 'border-crossing'] as const;
    const withBackground = corridorCapacity(prepared, fujianNetwork, set('region:fujian'), set('region:eu'), {
      modes: ['rail'],
      hardKinds,
    });
    const alone = {
      ...fujianNetwork,
      terminals: fujianNetwork.terminals.map(({ backgroundTeuPerWeek: _, ...t }) => t),
    };
    const graph = prepareGraph(alone, buildInfrastructureGraphs(alone), new Set());
    const without = corridorCapacity(graph, alone, set('region:fujian'), set('region:eu'), {
      modes: ['rail'],
      hardKinds,
    });
    expect(withBackground.maxFlowTeuPerWeek).toBeLessThanOrEqual(without.maxFlowTeuPerWeek);
    expect(withBackground.cut.reduce((s, c) => s + c.capacityTeuPerWeek, 0)).toBeCloseTo(
      withBackground.maxFlowTeuPerWeek,
      6,
    );
  });

  it('by default bounds only what the assignment keeps hard: crossings queue, are listed, and never cut', () => {
    const result = corridorCapacity(prepared, fujianNetwork, set('region:fujian'), set('region:eu'), {
      modes: ['rail'],
    });
    expect(result.hardKinds).toEqual(['service-leg']);
    expect(result.cut.every((c) => c.kind === 'service-leg')).toBe(true);
    expect(result.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(result.queues.some((q) => q.id === 'border-crossing:brest_malaszewicze')).toBe(true);
    expect(result.queues.every((q) => q.kind !== 'service-leg')).toBe(true);
  });

  it('finds border crossings in the cut when they are hard and trains per day bind (one train a day, 100 TEU)', () => {
    const scarce = {
      ...fujianNetwork,
      // Without background traffic, which would leave no spare capacity at all.
      terminals: fujianNetwork.terminals.map(({ backgroundTeuPerWeek: _, ...t }) =>
        t.kind === 'border-crossing' ? { ...t, capacityTrainsPerDay: 0.01 } : t,
      ),
    };
    const graph = prepareGraph(scarce, buildInfrastructureGraphs(scarce), new Set());
    const result = corridorCapacity(graph, scarce, set('region:fujian'), set('region:eu'), {
      modes: ['rail'],
      hardKinds: ['service-leg', 'border-crossing'],
    });
    expect(result.cut.every((c) => c.kind === 'border-crossing')).toBe(true);
    expect(result.maxFlowTeuPerWeek).toBeCloseTo(result.cut.length * 0.01 * 7 * 100, 6);
  });

  it('is larger by sea and rail than by rail alone', () => {
    const rail = corridorCapacity(prepared, fujianNetwork, set('region:fujian'), set('region:eu'), { modes: ['rail'] });
    const both = corridorCapacity(prepared, fujianNetwork, set('region:fujian'), set('region:eu'));
    expect(both.maxFlowTeuPerWeek).toBeGreaterThan(rail.maxFlowTeuPerWeek);
  });

  it('placeSet() reads regions and places, and names an unknown region with a did-you-mean', () => {
    expect(set('region:central-asia').length).toBeGreaterThan(0);
    expect(set('Xiamen, Fuzhou')).toEqual(['CNXMN', 'CNFOC']);
    expect(() => set('region:centralasia')).toThrow(/did you mean "central-asia"/);
  });
});
