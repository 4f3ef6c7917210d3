import type { Feature, LineString } from 'geojson';
import { CorridorError } from '../model/corridor-error.js';
import { type LonLat, MODES, type Mode, type Network, PASSAGE_IDS, type PassageId } from '../model/network.js';
import { roundTo } from '../model/round-to.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { kmToNauticalMiles } from '../model/units.js';
import { DEFAULT_MAX_SEGMENT_KM, greatCirclePath, pathLengthKm } from './great-circle-path.js';
import type { InfrastructureGraphs } from './infrastructure-graphs.js';
import { type InfrastructurePath, infrastructurePath } from './infrastructure-path.js';

/** What to measure on. */
export interface InfrastructureDistanceOptions {
  /** Sea lanes, rail tracks, road links, or the great circle between airports. */
  readonly mode: Mode;
  /** Passages a sea path may not use (default: none). Only sea lanes pass passages, so other modes ignore it. */
  readonly avoidPassages?: ReadonlySet<PassageId>;
}

/** The shortest infrastructure distance between two places or terminals, and what it runs along. */
export interface InfrastructureDistance {
  readonly mode: Mode;
  /** Along the ways (sea lanes, rail tracks, road links × detour factor) or the great circle (air), km. */
  readonly distanceKm: number;
  /** Passages used, in order of first use, without repeats (empty except by sea). */
  readonly passages: readonly PassageId[];
  /** The terminal the distance starts at; by road from a place, the place itself (it is a road node). */
  readonly fromTerminalId: string;
  /** The terminal the distance ends at; by road to a place, the place itself. */
  readonly toTerminalId: string;
  /** Graph nodes from the first end to the last (the two airports for air). */
  readonly nodes: readonly string[];
  /** Way ids (lanes, tracks, road links) in order; empty for air. */
  readonly ways: readonly string[];
  /** Points from the first end to the last: ends and shape points, not densified. */
  readonly points: readonly LonLat[];
}

/** No path between the two ends, with a sentence saying why ("Chengdu has no seaport"). */
export interface NoInfrastructurePath {
  readonly noPath: { readonly reason: string };
}

/** The properties of the GeoJSON feature of a distance. */
export interface InfrastructureDistanceProperties {
  readonly kind: 'infrastructure-distance';
  readonly mode: Mode;
  readonly from: string;
  readonly to: string;
  /** Rounded to 0.1 km. */
  readonly distanceKm: number;
  /** Rounded to 0.1 nautical mile. */
  readonly distanceNm: number;
  readonly passages: PassageId[];
}

/** The terminal kinds that serve a place for each mode (road uses the place node itself). */
const TERMINAL_KINDS_OF_MODE = {
  sea: ['seaport'],
  rail: ['rail-terminal', 'inland-port'],
  air: ['airport'],
} as const;

const MODE_TERMINAL_WORD = { sea: 'seaport', rail: 'rail terminal', air: 'airport' } as const;
const MODE_NETWORK_WORD = { sea: 'sea-lane network', rail: 'rail network', road: 'road network' } as const;

interface EndNode {
  readonly id: string;
  readonly position: LonLat;
}

/** The nodes one end may use, or why it can use none. */
type End = { readonly name: string; readonly nodes: readonly EndNode[] } | { readonly reason: string };

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function endOf(network: Network, graphs: InfrastructureGraphs, id: string, mode: Mode): End {
  const place = network.places.find((p) => p.id === id);
  if (place !== undefined) {
    if (mode === 'road') {
      return graphs.road.hasNode(place.id)
        ? { name: place.nameEn, nodes: [{ id: place.id, position: place.position }] }
        : { reason: `${place.nameEn} is on no road link` };
    }
    const kinds: readonly string[] = TERMINAL_KINDS_OF_MODE[mode];
    const serving = network.terminals.filter((t) => t.placeId === place.id && kinds.includes(t.kind));
    if (serving.length === 0) return { reason: `${place.nameEn} has no ${MODE_TERMINAL_WORD[mode]}` };
    const usable = mode === 'air' ? serving : serving.filter((t) => graphs[mode].hasNode(t.id));
    if (usable.length === 0 && mode !== 'air') {
      return { reason: `${place.nameEn} has no ${MODE_TERMINAL_WORD[mode]} on the ${MODE_NETWORK_WORD[mode]}` };
    }
    return { name: place.nameEn, nodes: usable.map((t) => ({ id: t.id, position: t.position })) };
  }
  const terminal = network.terminals.find((t) => t.id === id);
  if (terminal === undefined) {
    const ids = [...network.places.map((p) => p.id), ...network.terminals.map((t) => t.id)];
    throw new CorridorError(
      'unknown-reference',
      `infrastructureDistance: unknown place or terminal "${id}"${didYouMean(suggest(id, ids))}; resolve names with createNetworkLookup`,
    );
  }
  const usable = mode === 'air' ? terminal.kind === 'airport' : graphs[mode].hasNode(terminal.id);
  if (usable) return { name: terminal.nameEn, nodes: [{ id: terminal.id, position: terminal.position }] };
  const where = mode === 'air' ? 'not an airport' : `not on the ${MODE_NETWORK_WORD[mode]}`;
  const served = network.places.find((p) => p.id === terminal.placeId);
  const instead = mode === 'road' ? 'instead' : `to use any ${MODE_TERMINAL_WORD[mode]} of ${served?.nameEn}`;
  const hint = served === undefined ? '' : `; give the place ${served.id} ${instead}`;
  return { reason: `${terminal.nameEn} (${terminal.id}) is ${where}${hint}` };
}

/**
 * The shortest infrastructure distance between two places or terminals, whatever services run: along the
 * sea-lane network, rail tracks or road links, or the great circle between airports — what a sea-distance
 * table gives a planner. A place is measured from every terminal of the mode that serves it (seaports for
 * sea; rail terminals and inland ports on the rail network for rail; airports for air; the place node itself
 * for road) and the shortest pair is kept; among equal pairs the first in file order wins, so results are
 * deterministic.
 *
 * Rail paths may pass *through* border crossings where the gauge changes: a distance table measures track,
 * and a box is transshipped across a break of gauge. (Service legs, by contrast, close those crossings to
 * trains that do not stop there — see `gaugeChangeCrossings`.)
 *
 * @param network - the validated network
 * @param graphs - its infrastructure graphs, from `buildInfrastructureGraphs`
 * @param from - a place or terminal id, already resolved (use `createNetworkLookup` for names and codes)
 * @param to - a place or terminal id, already resolved
 * @param options - the mode, and the passages a sea path may not use
 * @returns the distance (km), the passages in order, the end terminals, ways and points; or `{ noPath }`
 *   with the reason when an end has no terminal of the mode or no path joins them
 * @throws CorridorError `unknown-reference` when `from` or `to` is no place or terminal id; `invalid-argument`
 *   for an unknown mode
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, infrastructureDistance } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = buildInfrastructureGraphs(fujianNetwork);
 * const sea = infrastructureDistance(fujianNetwork, graphs, 'CNXMN', 'NLRTM', { mode: 'sea' });
 * if (!('noPath' in sea)) console.log(Math.round(sea.distanceKm), sea.passages); // → 18665 [ 'singapore-strait', 'malacca', 'bab-el-mandeb', 'suez', 'gibraltar', 'dover' ]
 * const rail = infrastructureDistance(fujianNetwork, graphs, 'CNXMN', 'DEDUI', { mode: 'rail' });
 * if (!('noPath' in rail)) console.log(Math.round(rail.distanceKm)); // → 12080
 * ```
 */
export function infrastructureDistance(
  network: Network,
  graphs: InfrastructureGraphs,
  from: string,
  to: string,
  options: InfrastructureDistanceOptions,
): InfrastructureDistance | NoInfrastructurePath {
  const { mode } = options;
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new CorridorError(
      'invalid-argument',
      `infrastructureDistance: unknown mode "${mode}"${didYouMean(suggest(mode, MODES))}`,
    );
  }
  const avoidPassages = options.avoidPassages ?? new Set<PassageId>();
  const start = endOf(network, graphs, from, mode);
  const end = endOf(network, graphs, to, mode);
  if ('reason' in start) return { noPath: { reason: start.reason } };
  if ('reason' in end) return { noPath: { reason: end.reason } };

  let best: (InfrastructurePath & { fromTerminalId: string; toTerminalId: string }) | undefined;
  for (const a of start.nodes) {
    for (const b of end.nodes) {
      const path: InfrastructurePath | undefined =
        mode === 'air'
          ? {
              nodes: a.id === b.id ? [a.id] : [a.id, b.id],
              ways: [],
              passages: [],
              distanceKm: pathLengthKm([a.position, b.position]),
              points: [a.position, b.position],
            }
          : infrastructurePath(graphs[mode], a.id, b.id, { avoidPassages });
      if (path !== undefined && (best === undefined || path.distanceKm < best.distanceKm)) {
        best = { ...path, fromTerminalId: a.id, toTerminalId: b.id };
      }
    }
  }
  if (best === undefined) {
    const avoided = mode === 'sea' ? PASSAGE_IDS.filter((passage) => avoidPassages.has(passage)) : [];
    const avoiding = avoided.length === 0 ? '' : ` avoiding ${listWords(avoided)}`;
    return { noPath: { reason: `no ${mode} path from ${start.name} to ${end.name}${avoiding}` } };
  }
  return {
    mode,
    distanceKm: best.distanceKm,
    passages: best.passages,
    fromTerminalId: best.fromTerminalId,
    toTerminalId: best.toTerminalId,
    nodes: best.nodes,
    ways: best.ways,
    points: best.points,
  };
}

/**
 * A distance as a GeoJSON (RFC 7946) LineString feature: every segment drawn as a great circle with points at
 * most `maxSegmentKm` apart (so air lines are densified), longitudes continuous across ±180° (Xiamen–Los
 * Angeles draws as one line in MapLibre), coordinates rounded to 5 decimals (about 1 m), distances to 0.1.
 * A zero-length distance gives a line of its one point twice, as a LineString needs two positions.
 *
 * @param distance - a result of `infrastructureDistance` that found a path
 * @param maxSegmentKm - the largest spacing between points of the line, km (default 50)
 * @returns a Feature with `kind`, `mode`, `from`, `to`, `distanceKm`, `distanceNm` and `passages`
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, infrastructureDistance, infrastructureDistanceFeature } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = buildInfrastructureGraphs(fujianNetwork);
 * const result = infrastructureDistance(fujianNetwork, graphs, 'CNXMN', 'NLRTM', { mode: 'sea' });
 * if (!('noPath' in result)) {
 *   const feature = infrastructureDistanceFeature(result);
 *   console.log(feature.geometry.type, feature.geometry.coordinates.length); // → LineString 405
 *   console.log(Object.keys(feature.properties)); // → [ 'kind', 'mode', 'from', 'to', 'distanceKm', 'distanceNm', 'passages' ]
 * }
 * ```
 */
export function infrastructureDistanceFeature(
  distance: InfrastructureDistance,
  maxSegmentKm = DEFAULT_MAX_SEGMENT_KM,
): Feature<LineString, InfrastructureDistanceProperties> {
  const coordinates = greatCirclePath(distance.points, maxSegmentKm).map(([lon, lat]) => [
    roundTo(lon, 5),
    roundTo(lat, 5),
  ]);
  const first = coordinates[0];
  if (coordinates.length === 1 && first !== undefined) coordinates.push([...first]);
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: {
      kind: 'infrastructure-distance',
      mode: distance.mode,
      from: distance.fromTerminalId,
      to: distance.toTerminalId,
      distanceKm: roundTo(distance.distanceKm, 1),
      distanceNm: roundTo(kmToNauticalMiles(distance.distanceKm), 1),
      passages: [...distance.passages],
    },
  };
}
