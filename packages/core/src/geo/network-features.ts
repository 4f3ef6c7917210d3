import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Network } from '../model/network.js';
import { roundTo } from '../model/round-to.js';
import { greatCirclePath } from './great-circle-path.js';
import type { InfrastructureGraphs } from './infrastructure-graphs.js';
import { serviceLegs } from './service-legs.js';
import { type AntimeridianOptions, lineGeometry, type SplitLine } from './split-antimeridian.js';

/** What to export: the whole network, or one part of it. */
export type NetworkPart = 'network' | 'terminals' | 'infrastructure' | 'services';

/** A feature of {@link networkFeatures}: a terminal's point, or a way's or service leg's line. */
export type NetworkFeature<Line extends LineString | MultiLineString = LineString | MultiLineString> = Feature<
  Point | Line,
  Record<string, string | number | boolean | string[] | null>
>;

/** Options of {@link networkFeatures}. */
export interface NetworkFeatureOptions extends AntimeridianOptions {
  /** Which part to export (default `network`: everything). */
  readonly part?: NetworkPart;
}

function line<O extends AntimeridianOptions>(points: readonly (readonly [number, number])[], options: O | undefined) {
  return lineGeometry(
    greatCirclePath(points).map(([lon, lat]) => [roundTo(lon, 5), roundTo(lat, 5)]),
    options,
  );
}

/**
 * GeoJSON (RFC 7946) of a network or a part of it. Every feature has a stable `id`, unique in the collection:
 * `terminal:<id>`, `sea-lane:<id>`, `rail-track:<id>`, `road-link:<id>` or `service-leg:<service>#<leg>`; and
 * carries `kind`, `id` and `name` in its properties; terminals their `terminalKind`; infrastructure its `mode`,
 * `distanceKm` and `passages`; service legs `mode`, `service`, `from`, `to`, `distanceKm` and `passages`. Lines
 * are densified great circles with continuous longitudes (they may pass ±180°, as MapLibre expects) unless
 * `splitAntimeridian` cuts them at ±180°. Output order follows the files.
 *
 * @param network - the validated network
 * @param graphs - its infrastructure graphs
 * @param options - which part (default everything), and whether to cut lines at the antimeridian
 * @returns a new FeatureCollection
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, networkFeatures } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * const graphs = buildInfrastructureGraphs(fujianNetwork);
 * const terminals = networkFeatures(fujianNetwork, graphs, { part: 'terminals' });
 * console.log(terminals.features.length, terminals.features[0]?.id); // → 104 terminal:xmn_port_haicang
 * const everything = networkFeatures(fujianNetwork, graphs, { splitAntimeridian: true });
 * console.log(everything.features.length); // → 1008
 * ```
 */
export function networkFeatures<O extends NetworkFeatureOptions = Record<never, never>>(
  network: Network,
  graphs: InfrastructureGraphs,
  options?: O,
): FeatureCollection<Point | SplitLine<O>> {
  const part = options?.part ?? 'network';
  const features: NetworkFeature<SplitLine<O>>[] = [];
  const all = part === 'network';
  if (all || part === 'terminals') {
    for (const t of network.terminals) {
      features.push({
        type: 'Feature',
        id: `terminal:${t.id}`,
        geometry: { type: 'Point', coordinates: [t.position[0], t.position[1]] },
        properties: {
          kind: 'terminal',
          terminalKind: t.kind,
          id: t.id,
          name: t.nameEn,
          nameZh: t.nameZh,
          country: t.country,
          place: t.placeId ?? null,
        },
      });
    }
  }
  if (all || part === 'infrastructure') {
    for (const mode of ['sea', 'rail', 'road'] as const) {
      const kind = mode === 'sea' ? 'sea-lane' : mode === 'rail' ? 'rail-track' : 'road-link';
      graphs[mode].forEachEdge((_edge, way) => {
        features.push({
          type: 'Feature',
          id: `${kind}:${way.id}`,
          geometry: line(way.points, options),
          properties: {
            kind,
            mode,
            id: way.id,
            name: way.id,
            distanceKm: roundTo(way.lengthKm, 1),
            passages: [...way.passages],
            gaugeMm: way.gaugeMm ?? null,
          },
        });
      });
    }
  }
  if (all || part === 'services') {
    for (const service of network.services) {
      for (const leg of serviceLegs(network, graphs, service).legs) {
        features.push({
          type: 'Feature',
          id: `service-leg:${service.id}#${leg.index}`,
          geometry: line(leg.points, options),
          properties: {
            kind: 'service-leg',
            mode: leg.mode,
            id: `${service.id}#${leg.index}`,
            name: service.nameEn,
            service: service.id,
            from: leg.fromTerminalId,
            to: leg.toTerminalId,
            distanceKm: roundTo(leg.distanceKm, 1),
            passages: [...leg.passages],
          },
        });
      }
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * @deprecated Use {@link networkFeatures}, which takes the part in its options: `networkFeatures(network,
 * graphs, { part })`. Kept so that callers written before it keep compiling.
 * @example
 * ```ts
 * import { buildInfrastructureGraphs, networkGeoJson } from '@corridor/core/geo';
 * import { fujianNetwork } from '@corridor/data';
 *
 * // Deprecated: networkFeatures(network, graphs, { part: 'terminals' }) gives the same.
 * const terminals = networkGeoJson(fujianNetwork, buildInfrastructureGraphs(fujianNetwork), 'terminals');
 * console.log(terminals.features[0]?.id); // → terminal:xmn_port_haicang
 * ```
 */
export function networkGeoJson(
  network: Network,
  graphs: InfrastructureGraphs,
  part: NetworkPart = 'network',
): FeatureCollection<Point | LineString> {
  return networkFeatures(network, graphs, { part });
}
