import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { Network } from '../model/network.js';
import { roundTo } from '../model/round-to.js';
import { greatCirclePath } from './great-circle-path.js';
import type { InfrastructureGraphs } from './infrastructure-graphs.js';
import { serviceLegs } from './service-legs.js';

/** What to export: the whole network, or one part of it. */
export type NetworkPart = 'network' | 'terminals' | 'infrastructure' | 'services';

export type NetworkFeature = Feature<Point | LineString, Record<string, string | number | boolean | string[] | null>>;

function line(points: readonly (readonly [number, number])[]): LineString {
  return {
    type: 'LineString',
    coordinates: greatCirclePath(points).map(([lon, lat]) => [roundTo(lon, 5), roundTo(lat, 5)]),
  };
}

/**
 * GeoJSON (RFC 7946) of a network or a part of it. Every feature carries `kind`, `id` and `name`;
 * terminals their `terminalKind`; infrastructure its `mode`, `distanceKm` and `passages`; service legs
 * `mode`, `service`, `from`, `to`, `distanceKm` and `passages`. Lines are densified great circles with
 * continuous longitudes (they may pass ±180°, as MapLibre expects). Output order follows the files.
 *
 * @param network - the validated network
 * @param graphs - its infrastructure graphs
 * @param part - which part to export (default: everything)
 */
export function networkGeoJson(
  network: Network,
  graphs: InfrastructureGraphs,
  part: NetworkPart = 'network',
): FeatureCollection<Point | LineString> {
  const features: NetworkFeature[] = [];
  const all = part === 'network';
  if (all || part === 'terminals') {
    for (const t of network.terminals) {
      features.push({
        type: 'Feature',
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
      graphs[mode].forEachEdge((_edge, way) => {
        features.push({
          type: 'Feature',
          geometry: line(way.points),
          properties: {
            kind: mode === 'sea' ? 'sea-lane' : mode === 'rail' ? 'rail-track' : 'road-link',
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
          geometry: line(leg.points),
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
