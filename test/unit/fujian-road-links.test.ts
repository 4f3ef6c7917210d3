// The bundled road links keep the rule that generates them (packages/data/scripts/generate-road-links.mjs,
// docs/dataset-format.md): within one truck's range, no truck across the Taiwan Strait or a closed border, and
// the trucks a planner would take — Fuzhou to Xiamen — are there.
import { greatCircleKm, type LonLat } from '@corridor/core/model';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';

/** One driver's day (9 h, T04) at 50 km/h: X130. */
const TRUCKING_RANGE_KM = 450;
const EU = new Set(['NL', 'BE', 'DE', 'FR', 'PL', 'HU', 'FI', 'GR', 'IT', 'ES']);
const OPEN_BORDERS = new Set(['CN-HK', 'MY-SG']);

const ends = new Map<string, { position: LonLat; country: string; place?: string }>([
  ...fujianNetwork.places.map((p) => [p.id, { position: p.position, country: p.country }] as const),
  ...fujianNetwork.terminals.map(
    (t) => [t.id, { position: t.position, country: t.country, ...(t.placeId ? { place: t.placeId } : {}) }] as const,
  ),
]);

describe('Fujian road links', () => {
  const links = fujianNetwork.roadLinks.map((link) => {
    const from = ends.get(link.from);
    const to = ends.get(link.to);
    if (from === undefined || to === undefined) throw new Error(`${link.id}: unknown end`);
    const own = from.place === link.to || to.place === link.from;
    return { link, from, to, own, roadKm: greatCircleKm(from.position, to.position) * link.detourFactor };
  });

  it(`stay within one truck's range of ${TRUCKING_RANGE_KM} km by road, a place's own terminals aside`, () => {
    const far = links.filter((l) => !l.own && l.roadKm > TRUCKING_RANGE_KM + 1e-6).map((l) => l.link.id);
    expect(far).toEqual([]);
  });

  it('never cross the Taiwan Strait or a border trucks do not cross (CN–KZ, CN–RU, CN–MN, EU–BY …)', () => {
    const crossing = links.filter(({ from, to }) => {
      if (from.country === to.country) return false;
      if (EU.has(from.country) && EU.has(to.country)) return false;
      return !OPEN_BORDERS.has([from.country, to.country].sort().join('-'));
    });
    expect(crossing.map((l) => l.link.id)).toEqual([]);
    expect(links.some(({ from, to }) => [from.country, to.country].sort().join('-') === 'CN-TW')).toBe(false);
  });

  it('join Fuzhou to Xiamen, Quanzhou and their ports, at about 280 km to Xiamen', () => {
    const pair = (a: string, b: string) =>
      links.find((l) => (l.link.from === a && l.link.to === b) || (l.link.from === b && l.link.to === a));
    const fuzhouXiamen = pair('CNFOC', 'CNXMN');
    expect(fuzhouXiamen?.roadKm).toBeGreaterThan(250);
    expect(fuzhouXiamen?.roadKm).toBeLessThan(320);
    expect(pair('CNFOC', 'CNQZJ')).toBeDefined();
    expect(pair('CNFOC', 'xmn_port_haicang')).toBeDefined();
    expect(pair('CNFOC', 'xmn_rail_haicang')).toBeDefined();
    expect(pair('rtm_port', 'DEDUI')).toBeDefined();
  });
});
