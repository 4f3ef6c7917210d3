import { createEngine } from '@corridor/core/engine';
import { describe, expect, it } from 'vitest';
import { TINY_NETWORK } from '../test-support/tiny-network';
import type { NetworkMapData } from './engine-api';
import { networkMapData } from './network-map-data';
import { serviceRows } from './service-rows';

describe('serviceRows', () => {
  const mapData = networkMapData(createEngine(TINY_NETWORK));
  const rows = serviceRows(TINY_NETWORK, mapData.serviceLegs);
  const rail = rows.find((row) => row.id === 'rail_urumqi_almaty');

  it('has one row per service, in file order, with mode and names', () => {
    expect(rows.map((row) => [row.id, row.mode])).toEqual([
      ['sea_xmn_sin', 'sea'],
      ['rail_urumqi_almaty', 'rail'],
      ['air_xmn_sin', 'air'],
    ]);
    expect(rows[0]?.nameEn).toBe('Xiamen–Singapore shuttle');
    expect(rows[0]?.nameZh).toBeUndefined(); // the dataset gives none: the table shows the English name
  });

  it('gives each service its weekly capacity, how it is timed, its length and the dates of its rates', () => {
    for (const row of rows) {
      const service = TINY_NETWORK.services.find((s) => s.id === row.id);
      const unit = row.mode === 'air' ? service?.unitCapacity.tonnes : service?.unitCapacity.teu;
      expect(row.capacity.unitCapacity).toBe(unit);
      expect(row.capacity.departuresPerWeek).toBe(service?.departures?.length ?? service?.frequencyPerWeek);
      const legsKm = mapData.serviceLegs.features
        .filter((f) => f.properties.service === row.id)
        .reduce((sum, f) => sum + f.properties.distanceKm, 0);
      expect(row.lengthKm).toBeCloseTo(legsKm, 9);
      expect([...row.ratesAsOf].sort()).toEqual(row.ratesAsOf);
      if (row.timing.kind === 'speed') expect(row.timing.speedKmh).toBe(service?.speedKmh);
    }
    expect(rows.find((row) => row.mode === 'air')?.capacity.unit).toBe('tonnes');
  });

  it('names every stop in both languages and lists the countries called at, each once', () => {
    expect(rail?.stops.map((stop) => stop.nameZh)).toEqual(['乌鲁木齐站', '阿拉山口／多斯特克', '阿拉木图站']);
    expect(rail?.countries).toEqual(['CN', 'KZ']);
  });

  it('boxes a service around its legs as drawn, which contain its stops', () => {
    const [west = 0, south = 0, east = 0, north = 0] = rail?.bounds ?? [];
    for (const stop of ['urumqi_rail', 'alashankou_dostyk', 'almaty_rail']) {
      const [lon = 0, lat = 0] = TINY_NETWORK.terminals.find((terminal) => terminal.id === stop)?.position ?? [];
      expect(lon).toBeGreaterThanOrEqual(west);
      expect(lon).toBeLessThanOrEqual(east);
      expect(lat).toBeGreaterThanOrEqual(south);
      expect(lat).toBeLessThanOrEqual(north);
    }
    // The track's shape point at 80.0 45.0 lies inside the box too, so the box follows the line, not the stops.
    expect(north).toBeGreaterThanOrEqual(45.0);
  });

  it('gives a service without drawn legs no box', () => {
    const empty: NetworkMapData['serviceLegs'] = { type: 'FeatureCollection', features: [] };
    expect(serviceRows(TINY_NETWORK, empty).every((row) => row.bounds === null)).toBe(true);
  });

  it('resolves the sources each service cites', () => {
    expect(rows[0]?.sources).toEqual([
      { id: 'S1', title: 'A sourced document', url: 'https://example.org/s1', confidence: 'high' },
    ]);
  });
});
