import type { LineString } from 'geojson';
import { infrastructureDistance, infrastructureDistanceFeature } from '../geo/infrastructure-distance.js';
import type { InfrastructureGraphs } from '../geo/infrastructure-graphs.js';
import { gaugeChangeCrossings } from '../geo/service-legs.js';
import type { Location } from '../load/network-lookup.js';
import type { Mode, Network, PassageId } from '../model/network.js';
import type { ReadDistanceRequest } from './read-distance-request.js';

/** A border crossing a rail distance passes, and whether the track gauge changes there. */
export interface DistanceCrossing {
  readonly id: string;
  readonly nameEn: string;
  readonly nameZh: string;
  readonly gaugeBreak: boolean;
}

/**
 * The answer to a distance request: the shortest infrastructure path between two places or terminals (sea lanes,
 * rail, road, or the great circle between airports), whatever services run; or why there is none.
 */
export type DistanceAnswer =
  | {
      /** The ends, as ids (a place, or the terminal asked for). */
      readonly from: string;
      readonly to: string;
      readonly mode: Mode;
      /** Rounded to 0.1 km. */
      readonly distanceKm: number;
      /** Rounded to 0.1 nautical mile. */
      readonly distanceNm: number;
      /** Sea passages in the order passed (empty off the sea). */
      readonly passages: readonly PassageId[];
      /** Rail: the border crossings in the order passed (empty on other modes). */
      readonly crossings: readonly DistanceCrossing[];
      /** The terminals the path starts and ends at (a place's own id on road). */
      readonly fromTerminalId: string;
      readonly toTerminalId: string;
      /** The path as a GeoJSON line, continuous across ±180°, coordinates to 5 decimals. */
      readonly geometry: LineString;
    }
  | {
      readonly from: string;
      readonly to: string;
      readonly mode: Mode;
      readonly noPath: { readonly reason: string };
    };

/**
 * Answers a checked distance request on a network's infrastructure graphs (the engine's, from its graph cache).
 * @param network - the network
 * @param graphs - its infrastructure graphs
 * @param read - the checked request (`readDistanceRequest`)
 * @returns the distance with its path, or why there is none
 * @example
 * ```ts
 * import { distanceAnswer, readDistanceRequest } from '@corridor/core/engine';
 * import { buildInfrastructureGraphs } from '@corridor/core/geo';
 * import { createNetworkLookup } from '@corridor/core/load';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const request = readDistanceRequest({ from: 'Xiamen', to: 'Duisburg', mode: 'rail' }, createNetworkLookup(fujianNetwork));
 * const answer = distanceAnswer(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), request);
 * if ('distanceKm' in answer) {
 *   console.log(Math.round(answer.distanceKm), answer.crossings.map((crossing) => crossing.id)); // → 12080 [ 'alashankou_dostyk', 'brest_malaszewicze' ]
 * }
 * ```
 */
export function distanceAnswer(
  network: Network,
  graphs: InfrastructureGraphs,
  read: ReadDistanceRequest,
): DistanceAnswer {
  const id = (location: Location) => (location.kind === 'place' ? location.place.id : location.terminal.id);
  const ends = { from: id(read.from), to: id(read.to), mode: read.mode };
  const result = infrastructureDistance(network, graphs, ends.from, ends.to, {
    mode: read.mode,
    avoidPassages: read.avoidPassages,
  });
  if ('noPath' in result) return { ...ends, noPath: { reason: result.noPath.reason } };
  const feature = infrastructureDistanceFeature(result);
  const breaks = read.mode === 'rail' ? gaugeChangeCrossings(network) : new Set<string>();
  const crossings =
    read.mode !== 'rail'
      ? []
      : result.nodes.slice(1, -1).flatMap((node) => {
          const terminal = network.terminals.find((t) => t.id === node && t.kind === 'border-crossing');
          return terminal === undefined
            ? []
            : [
                {
                  id: terminal.id,
                  nameEn: terminal.nameEn,
                  nameZh: terminal.nameZh,
                  gaugeBreak: breaks.has(terminal.id),
                },
              ];
        });
  return {
    ...ends,
    distanceKm: feature.properties.distanceKm,
    distanceNm: feature.properties.distanceNm,
    passages: feature.properties.passages,
    crossings,
    fromTerminalId: result.fromTerminalId,
    toTerminalId: result.toTerminalId,
    geometry: feature.geometry,
  };
}
