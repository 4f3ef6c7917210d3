import type { Network } from '@corridor/core/model';
import type { LonLatBounds, NetworkMapData, ServiceRow, StopRef } from './engine-api';
import { lonLatBounds } from './lon-lat-bounds';
import { sourceResolver } from './source-resolver';

/**
 * Builds the Services table: one row per service, with its stops named, the countries it calls at, its sources
 * resolved and the box around its legs as the map draws them.
 * @param network - a validated network
 * @param serviceLegs - the service-leg features of {@link NetworkMapData} for the same network
 * @returns the rows, in file order
 * @example
 * serviceRows(network, mapData.serviceLegs)[0]?.bounds; // e.g. [103.8, 1.2, 118.1, 24.5]
 */
export function serviceRows(network: Network, serviceLegs: NetworkMapData['serviceLegs']): ServiceRow[] {
  const terminals = new Map(network.terminals.map((terminal) => [terminal.id, terminal]));
  const resolve = sourceResolver(network.sources);
  const pointsByService = new Map<string, [number, number][]>();
  const lengthByService = new Map<string, number>();
  for (const { geometry, properties } of serviceLegs.features) {
    lengthByService.set(properties.service, (lengthByService.get(properties.service) ?? 0) + properties.distanceKm);
    const points = pointsByService.get(properties.service) ?? [];
    for (const [lon = 0, lat = 0] of geometry.coordinates) points.push([lon, lat]);
    pointsByService.set(properties.service, points);
  }
  return network.services.map((service) => {
    const stops: StopRef[] = service.stops.map(({ terminalId }) => {
      const terminal = terminals.get(terminalId);
      return { terminalId, nameEn: terminal?.nameEn ?? terminalId, nameZh: terminal?.nameZh ?? terminalId };
    });
    const countries = [...new Set(service.stops.flatMap(({ terminalId }) => terminals.get(terminalId)?.country ?? []))];
    const bounds: LonLatBounds | null = lonLatBounds(pointsByService.get(service.id) ?? []);
    const air = service.mode === 'air';
    const dates = [service.tariff?.asOf, ...(service.tariffs ?? []).map((t) => t.asOf)].filter(
      (d): d is string => d !== undefined,
    );
    return {
      id: service.id,
      mode: service.mode,
      nameEn: service.nameEn,
      ...(service.nameZh === undefined ? {} : { nameZh: service.nameZh }),
      ...(service.operator === undefined ? {} : { operator: service.operator }),
      countries,
      stops,
      sources: resolve(service.sources),
      bounds,
      capacity: {
        departuresPerWeek: service.departures?.length ?? service.frequencyPerWeek ?? 0,
        unitCapacity: (air ? service.unitCapacity.tonnes : service.unitCapacity.teu) ?? 0,
        unit: air ? 'tonnes' : 'teu',
      },
      timing:
        service.stops.some((stop) => stop.runningHours !== undefined) || service.speedKmh === undefined
          ? { kind: 'schedule' }
          : { kind: 'speed', speedKmh: service.speedKmh },
      lengthKm: lengthByService.get(service.id) ?? 0,
      ratesAsOf: [...new Set(dates)].sort(),
    };
  });
}
