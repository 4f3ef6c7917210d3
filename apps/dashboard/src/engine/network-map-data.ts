import type { Engine } from '@corridor/core/engine';
import { MODES, type Mode, TERMINAL_KINDS, type TerminalKind } from '@corridor/core/model';
import type { Feature, LineString, Point } from 'geojson';
import type {
  NetworkMapData,
  RoadLinkFeatureProperties,
  ServiceLegFeatureProperties,
  TerminalFeatureProperties,
} from './engine-api';

type Properties = Readonly<Record<string, unknown>> | null;

const isMode = (value: unknown): value is Mode => (MODES as readonly unknown[]).includes(value);
const isTerminalKind = (value: unknown): value is TerminalKind =>
  (TERMINAL_KINDS as readonly unknown[]).includes(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function terminalProperties(properties: Properties): TerminalFeatureProperties | null {
  const terminalKind = properties?.terminalKind;
  if (properties?.kind !== 'terminal' || !isTerminalKind(terminalKind)) return null;
  return {
    kind: 'terminal',
    terminalKind,
    id: text(properties.id),
    name: text(properties.name),
    nameZh: text(properties.nameZh),
  };
}

function serviceLegProperties(properties: Properties): ServiceLegFeatureProperties | null {
  const mode = properties?.mode;
  if (properties?.kind !== 'service-leg' || !isMode(mode)) return null;
  return {
    kind: 'service-leg',
    mode,
    id: text(properties.id),
    service: text(properties.service),
    from: text(properties.from),
    to: text(properties.to),
    distanceKm: typeof properties.distanceKm === 'number' ? properties.distanceKm : 0,
  };
}

/**
 * The network as the map draws it: terminals, service legs and road links from the engine's `networkGeoJson`, lines whole
 * across the antimeridian (MapLibre draws them so), each feature's properties narrowed to the few the map uses
 * (the feature ids are kept). Sea legs follow the sea lanes, rail legs the tracks, air legs are great-circle arcs.
 * @param engine - the dataset's engine (its infrastructure graphs are built once, in its graph cache)
 * @returns the three feature collections, in file order
 * @example
 * networkMapData(createEngine(fujianNetwork)).serviceLegs.features.length; // 132
 */
export function networkMapData(engine: Engine): NetworkMapData {
  const part = (name: 'terminals' | 'services' | 'infrastructure') =>
    engine.networkGeoJson({ part: name, splitAntimeridian: false }).features;
  const terminals: Feature<Point, TerminalFeatureProperties>[] = [];
  for (const { id, geometry, properties } of part('terminals')) {
    const narrowed = terminalProperties(properties);
    if (geometry.type === 'Point' && narrowed !== null)
      terminals.push({ type: 'Feature', id, geometry, properties: narrowed });
  }
  const serviceLegs: Feature<LineString, ServiceLegFeatureProperties>[] = [];
  for (const { id, geometry, properties } of part('services')) {
    const narrowed = serviceLegProperties(properties);
    if (geometry.type === 'LineString' && narrowed !== null) {
      serviceLegs.push({ type: 'Feature', id, geometry, properties: narrowed });
    }
  }
  // Road has no scheduled services: the road links are what the map shows of it (sea lanes and rail tracks are
  // drawn through the services that run on them).
  const roadLinks: Feature<LineString, RoadLinkFeatureProperties>[] = [];
  for (const { id, geometry, properties } of part('infrastructure')) {
    if (properties?.kind === 'road-link' && geometry.type === 'LineString') {
      roadLinks.push({
        type: 'Feature',
        id,
        geometry,
        properties: { kind: 'road-link', mode: 'road', id: text(properties.id) },
      });
    }
  }
  return {
    terminals: { type: 'FeatureCollection', features: terminals },
    serviceLegs: { type: 'FeatureCollection', features: serviceLegs },
    roadLinks: { type: 'FeatureCollection', features: roadLinks },
  };
}
