import { buildInfrastructureGraphs, networkFeatures } from '@corridor/core/geo';
import { MODES, type Mode, type Network, TERMINAL_KINDS, type TerminalKind } from '@corridor/core/model';
import type { Feature, LineString, Point } from 'geojson';
import type { NetworkMapData, ServiceLegFeatureProperties, TerminalFeatureProperties } from './engine-api';

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
 * The network as the map draws it: terminals and service legs from `networkFeatures` (`@corridor/core/geo`),
 * each feature's properties narrowed to the few the map uses (the feature ids are kept). Sea legs follow the sea
 * lanes, rail legs the tracks, air legs are great-circle arcs; longitudes are continuous along each line.
 * @param network - a validated network
 * @returns the two feature collections, in file order
 * @example
 * networkMapData(fujianNetwork).serviceLegs.features.length; // 132
 */
export function networkMapData(network: Network): NetworkMapData {
  const graphs = buildInfrastructureGraphs(network);
  const terminals: Feature<Point, TerminalFeatureProperties>[] = [];
  for (const { id, geometry, properties } of networkFeatures(network, graphs, { part: 'terminals' }).features) {
    const narrowed = terminalProperties(properties);
    if (geometry.type === 'Point' && narrowed !== null)
      terminals.push({ type: 'Feature', id, geometry, properties: narrowed });
  }
  const serviceLegs: Feature<LineString, ServiceLegFeatureProperties>[] = [];
  for (const { id, geometry, properties } of networkFeatures(network, graphs, { part: 'services' }).features) {
    const narrowed = serviceLegProperties(properties);
    if (geometry.type === 'LineString' && narrowed !== null) {
      serviceLegs.push({ type: 'Feature', id, geometry, properties: narrowed });
    }
  }
  return {
    terminals: { type: 'FeatureCollection', features: terminals },
    serviceLegs: { type: 'FeatureCollection', features: serviceLegs },
  };
}
