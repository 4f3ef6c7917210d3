import type { Network } from '../model/network.js';
import { CheckContext } from './check-context.js';
import { checkGeography } from './check-geography.js';
import { checkIdsAndSources } from './check-ids-and-sources.js';
import { checkInfrastructure } from './check-infrastructure.js';
import { checkLinks } from './check-links.js';
import { checkRouteKm } from './check-route-km.js';
import { checkServices } from './check-services.js';
import type { IssueList } from './issue-list.js';
import type { Locator } from './locator.js';

export { MAX_LAND_POINT_OFFSHORE_KM, MAX_PORT_DISTANCE_FROM_COAST_KM } from './check-geography.js';
export { demandKey } from './check-ids-and-sources.js';
export { ROUTE_KM_PER_DRAWN_KM } from './check-route-km.js';

/**
 * Cross-file checks of a network whose files each parsed: unique ids, ways between two different nodes and
 * no two ways of a mode between the same pair, references that resolve, stop
 * kinds per mode, gauges, rail route km against the drawn line, connectivity of every service leg, sources, and plausible geography.
 * `rawIds` are ids written in rows that failed to parse: references to them are not reported again.
 */
export function checkNetwork(
  network: Network,
  locate: Locator,
  issues: IssueList,
  rawIds: ReadonlySet<string> = new Set(),
): void {
  const context = new CheckContext(network, locate, issues, rawIds);
  checkIdsAndSources(context);
  checkLinks(context);
  const adjacency = checkInfrastructure(context);
  checkRouteKm(context);
  checkServices(context, adjacency);
  checkGeography(context);
}
