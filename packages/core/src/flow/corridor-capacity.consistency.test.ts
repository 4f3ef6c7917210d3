import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { buildInfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { prepareGraph } from '../graph/prepare-graph.js';
import { createNetworkLookup } from '../load/network-lookup.js';
import type { DemandFlow, Mode } from '../model/network.js';
import { assign } from './assign.js';
import type { AssignmentResult } from './assignment-result.js';
import { corridorCapacity, placeSet } from './corridor-capacity.js';

const prepared = prepareGraph(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), new Set());
const lookup = createNetworkLookup(fujianNetwork);
const set = (spec: string) => placeSet(fujianNetwork, lookup, spec);

/** Containers the assignment sends from one set of places to another on paths using only `modes` (and road). */
function assignedBetween(
  result: AssignmentResult,
  from: readonly string[],
  to: readonly string[],
  modes: readonly Mode[],
): number {
  const allowed = new Set<Mode>([...modes, 'road']);
  return result.ods
    .filter((od) => od.cargo === 'container' && from.includes(od.from) && to.includes(od.to))
    .flatMap((od) => od.paths)
    .filter((path) => path.modes.every((m) => allowed.has(m)))
    .reduce((sum, path) => sum + path.flowPerWeek, 0);
}

describe('corridor capacity and assignment agree', () => {
  it('Fujian → EU by rail: the maximum flow is at least the rail flow the default assignment sends there', () => {
    const from = set('region:fujian');
    const to = set('region:eu');
    const result = assign(fujianNetwork, { prepared });
    const capacity = corridorCapacity(prepared, fujianNetwork, from, to, { modes: ['rail'] });
    const sent = assignedBetween(result, from, to, ['rail']);
    expect(sent).toBeGreaterThan(0);
    expect(capacity.maxFlowTeuPerWeek).toBeGreaterThanOrEqual(sent * (1 - 1e-6));
    // The cut names the elements that bind, and they are the assignment's hard ones.
    const hard = new Set(result.elements.filter((e) => e.capacityKind === 'hard').map((e) => e.id));
    expect(capacity.cut.length).toBeGreaterThan(0);
    for (const element of capacity.cut) expect(hard.has(element.id)).toBe(true);
  });

  it('with crossings made hard in both, a crossing full of background carries nothing, and the max-flow still bounds the flow', () => {
    const hardKinds = ['service-leg', 'border-crossing'] as const;
    const from = set('region:fujian');
    const to = set('region:eu');
    const result = assign(fujianNetwork, { prepared, hardKinds });
    for (const element of result.elements) {
      if (element.kind !== 'border-crossing' || element.capacityPerWeek === null) continue;
      expect(element.capacityKind).toBe('hard');
      const spare = Math.max(0, element.capacityPerWeek - element.backgroundPerWeek);
      expect(element.flowPerWeek).toBeLessThanOrEqual(spare + 1e-6 * element.capacityPerWeek);
    }
    const capacity = corridorCapacity(prepared, fujianNetwork, from, to, { modes: ['rail'], hardKinds });
    expect(capacity.maxFlowTeuPerWeek).toBeGreaterThanOrEqual(assignedBetween(result, from, to, ['rail']) * (1 - 1e-6));
  });

  it('for random demand and random pairs of regions, the maximum flow is never below the flow sent', () => {
    const regions = [...new Set(fujianNetwork.places.flatMap((p) => p.regions))].sort();
    const placeIds = fujianNetwork.places.map((p) => p.id);
    const demand = fc.array(
      fc.record({
        from: fc.constantFrom(...placeIds),
        to: fc.constantFrom(...placeIds),
        amount: fc.integer({ min: 1, max: 600 }),
      }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        demand,
        fc.constantFrom(...regions),
        fc.constantFrom(...regions),
        fc.constantFrom<readonly Mode[]>(['rail'], ['sea'], ['sea', 'rail']),
        (rows, a, b, modes) => {
          if (a === b) return;
          const flows = rows
            .filter((r) => r.from !== r.to)
            .map(
              (r): DemandFlow => ({
                fromPlaceId: r.from,
                toPlaceId: r.to,
                cargo: 'container',
                teuPerWeek: r.amount,
                basis: 'random (property test)',
                sources: ['X34'],
              }),
            );
          const result = assign(fujianNetwork, { demand: flows, prepared, maxIterations: 60 });
          const from = set(`region:${a}`);
          const to = set(`region:${b}`);
          const sent = assignedBetween(result, from, to, modes);
          const capacity = corridorCapacity(prepared, fujianNetwork, from, to, { modes });
          expect(capacity.maxFlowTeuPerWeek).toBeGreaterThanOrEqual(sent * (1 - 1e-6) - 1e-6);
        },
      ),
      { numRuns: 10, seed: 20261206 },
    );
  });
});
