import { describe, expect, it } from 'vitest';
import { tinyDataset } from '../../test/tiny-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import { buildInfrastructureGraphs } from './infrastructure-graphs.js';
import { registerServiceLegs, type ServiceLegGeometry, serviceLegs } from './service-legs.js';

describe('serviceLegs with registered legs', () => {
  const network = loadNetwork(tinyDataset, { name: 'tiny' });
  const graphs = buildInfrastructureGraphs(network);
  const service = network.services[0] as (typeof network.services)[number];
  const searched = serviceLegs(network, graphs, service).legs;
  // A marker leg no search could give: the answer comes from the table, not the infrastructure.
  const marker: ServiceLegGeometry = { ...(searched[0] as ServiceLegGeometry), distanceKm: -1 };

  it('answers the registered legs of that network object when no passage is closed', () => {
    const registered = registerServiceLegs({ ...network }, { [service.id]: [marker] });
    expect(serviceLegs(registered, graphs, service)).toEqual({ legs: [marker], unroutable: [] });
  });

  it('searches as before for another network object, or with a passage closed', () => {
    const registered = registerServiceLegs({ ...network }, { [service.id]: [marker] });
    expect(serviceLegs(network, graphs, service).legs).toEqual(searched);
    expect(serviceLegs(registered, graphs, service, new Set(['suez'])).legs).toEqual(searched);
  });

  it('searches a service the table does not list', () => {
    const registered = registerServiceLegs({ ...network }, {});
    expect(serviceLegs(registered, graphs, service).legs).toEqual(searched);
  });
});
