import type { LineString, MultiLineString, Point } from 'geojson';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Itinerary, ItineraryLeg, ItineraryStop } from '../model/itinerary.js';
import { type ItineraryLegProperties, itineraryFeatures } from './itinerary-features.js';

const stop = (id: string, nameEn: string, position: [number, number]): ItineraryStop => ({
  id,
  nameEn,
  nameZh: nameEn,
  kind: id === id.toUpperCase() ? 'place' : 'terminal',
  position,
});

const xiamen = stop('CNXMN', 'Xiamen', [118.089, 24.48]);
const haicang = stop('xmn_port_haicang', 'Xiamen Port – Haicang', [118.03, 24.45]);
const lax = stop('lax_port', 'Los Angeles / Long Beach', [-118.24, 33.74]);
const losAngeles = stop('USLAX', 'Los Angeles', [-118.25, 34.05]);

const leg = (from: ItineraryStop, to: ItineraryStop, coordinates: number[][], extra: Partial<ItineraryLeg>) =>
  ({
    mode: 'road',
    from,
    to,
    startHours: 0,
    passages: [],
    countries: [],
    borderCrossings: [],
    geometry: { type: 'LineString', coordinates },
    distanceKm: 8.94,
    durationHours: 0.24,
    costUsd: 9.4,
    co2eKg: 6.6,
    ...extra,
  }) as ItineraryLeg;

/** Xiamen → Los Angeles by sea, drawn by hand: a drayage, the Pacific crossing (unwrapped to 241.76°), a drayage. */
const pacific: Itinerary = {
  totals: { distanceKm: 12_000, durationHours: 500, costUsd: 1700, co2eKg: 1300 },
  modes: ['sea'],
  transfers: 0,
  legs: [
    leg(
      xiamen,
      haicang,
      [
        [118.089, 24.48],
        [118.03, 24.45],
      ],
      { drayage: true },
    ),
    leg(
      haicang,
      lax,
      [
        [118.03, 24.45],
        [170, 40],
        [190, 44],
        [241.76, 33.74],
      ],
      {
        mode: 'sea',
        service: 'cosco-sea3',
        serviceName: 'COSCO SEA3',
        passages: ['taiwan-strait'],
        countries: ['CN', 'US'],
        distanceKm: 11_960.46,
        durationHours: 480.05,
        costUsd: 1500.5,
        co2eKg: 1200.49,
        departure: '2026-12-01T00:00:00Z',
        arrival: '2026-12-21T00:00:00Z',
      },
    ),
    leg(
      lax,
      losAngeles,
      [
        [241.76, 33.74],
        [241.75, 34.05],
      ],
      { drayage: true },
    ),
  ],
  waits: [],
  borderCrossings: [],
  passages: ['taiwan-strait'],
  countries: ['CN', 'US'],
  // Not drawn: the map shows each leg's WTW `co2eKg` only.
  emissions: { wtwCo2eKg: 1300 } as Itinerary['emissions'],
  objectiveValue: 500,
};

const legsOf = (collection: ReturnType<typeof itineraryFeatures>) =>
  collection.features.filter((f) => f.properties.kind === 'route-leg');

describe('itineraryFeatures()', () => {
  it('draws one line per leg, then a point at the start and at each leg end', () => {
    const { features } = itineraryFeatures(pacific);
    expect(features.map((f) => f.geometry.type)).toEqual([
      'LineString',
      'LineString',
      'LineString',
      'Point',
      'Point',
      'Point',
      'Point',
    ]);
    expect(features.slice(3).map((f) => f.properties.kind === 'route-stop' && f.properties.at)).toEqual([
      'CNXMN',
      'xmn_port_haicang',
      'lax_port',
      'USLAX',
    ]);
  });

  it('gives every feature an id unique in the collection and the same on every run', () => {
    const ids = itineraryFeatures(pacific).features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[1]).toBe('itinerary:0:leg:1');
    expect(ids[3]).toBe('itinerary:0:stop:0');
    expect(JSON.stringify(itineraryFeatures(pacific))).toBe(JSON.stringify(itineraryFeatures(pacific)));
  });

  it('numbers the itinerary in the ids and properties, so that alternatives drawn together keep unique ids', () => {
    const both = [0, 1].flatMap((i) => itineraryFeatures(pacific, { itinerary: i }).features);
    expect(new Set(both.map((f) => f.id)).size).toBe(both.length);
    expect(both.at(-1)?.properties.itinerary).toBe(1);
  });

  it('gives a leg its service, ends, times, rounded figures, passages and drayage flag', () => {
    const [first, sea] = legsOf(itineraryFeatures(pacific)).map((f) => f.properties as ItineraryLegProperties);
    expect(sea).toEqual({
      kind: 'route-leg',
      itinerary: 0,
      leg: 1,
      mode: 'sea',
      service: 'cosco-sea3',
      serviceName: 'COSCO SEA3',
      from: 'xmn_port_haicang',
      to: 'lax_port',
      fromName: 'Xiamen Port – Haicang',
      toName: 'Los Angeles / Long Beach',
      departure: '2026-12-01T00:00:00Z',
      arrival: '2026-12-21T00:00:00Z',
      distanceKm: 11_960.5,
      durationHours: 480.1,
      costUsd: 1501,
      co2eKg: 1200,
      passages: ['taiwan-strait'],
      countries: ['CN', 'US'],
      borderCrossings: [],
      drayage: false,
    });
    expect(first).toMatchObject({ service: null, serviceName: null, departure: null, arrival: null, drayage: true });
  });

  it('keeps the lines continuous across the antimeridian by default, as the map draws them', () => {
    const [, sea, last] = legsOf(itineraryFeatures(pacific));
    expect(sea?.geometry).toEqual(pacific.legs[1]?.geometry);
    expect(sea?.geometry).not.toBe(pacific.legs[1]?.geometry);
    expect(last?.geometry.type === 'LineString' && last.geometry.coordinates[0]).toEqual([241.76, 33.74]);
  });

  it('with splitAntimeridian, cuts the Pacific leg at 180° and brings every position into [-180, 180]', () => {
    const { features } = itineraryFeatures(pacific, { splitAntimeridian: true });
    const sea = features[1];
    expect(sea?.geometry.type).toBe('MultiLineString');
    expect(sea?.geometry.type === 'MultiLineString' && sea.geometry.coordinates[1]?.[0]).toEqual([-180, 42]);
    const positions = features.flatMap(({ geometry: g }) =>
      g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat(),
    );
    expect(positions).toHaveLength(2 + 5 + 1 + 2 + 4);
    for (const [lon = 0] of positions) expect(Math.abs(lon)).toBeLessThanOrEqual(180);
    expect(features.at(-1)?.geometry).toEqual({ type: 'Point', coordinates: [-118.25, 34.05] });
  });

  it('is typed LineString or Point without splitAntimeridian, and may be a MultiLineString with it', () => {
    expectTypeOf(itineraryFeatures(pacific).features[0]?.geometry).toEqualTypeOf<LineString | Point | undefined>();
    expectTypeOf(itineraryFeatures(pacific, { itinerary: 2 }).features[0]?.geometry).toEqualTypeOf<
      LineString | Point | undefined
    >();
    expectTypeOf(itineraryFeatures(pacific, { splitAntimeridian: true }).features[0]?.geometry).toEqualTypeOf<
      LineString | MultiLineString | Point | undefined
    >();
  });

  it('leaves the stops out with stops: false', () => {
    expect(itineraryFeatures(pacific, { stops: false }).features).toHaveLength(3);
  });

  it('returns an empty collection for an itinerary without legs', () => {
    expect(itineraryFeatures({ ...pacific, legs: [] }).features).toEqual([]);
  });
});
