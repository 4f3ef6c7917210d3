import { describe, expect, it } from 'vitest';
import type { PairTariff, Service } from './network.js';
import { dearestFares, pairTariff, runFares } from './pair-fares.js';

const rate = (to: string[], usdPerTeu: number, from: string[] = []): PairTariff => ({
  from,
  to,
  usdPerTeu,
  asOf: '2025-04-10',
  lane: 'test',
  sources: ['X1'],
});

/** An Asia–Europe loop as carriers price it: the Europe rate from every Asian port, intra-Asia between them. */
const loop: Service = {
  id: 'loop',
  mode: 'sea',
  nameEn: 'Asia–Europe loop',
  vehicle: 'deep-sea-container',
  stops: ['sha', 'xmn', 'sin', 'rtm', 'ham'].map((terminalId) => ({ terminalId, dwellHours: 24 })),
  frequencyPerWeek: 1,
  unitCapacity: { teu: 15000 },
  speedKmh: 25,
  bidirectional: true,
  tariffs: [
    rate(['rtm', 'ham'], 1196, ['sha', 'xmn', 'sin']),
    rate(['ham'], 150, ['rtm']),
    rate(['xmn', 'sin'], 228),
    rate(['rtm'], 90, ['ham']),
    rate(['sin', 'xmn', 'sha'], 238),
  ],
  sources: ['X1'],
};

/** What a box pays from stop i to stop j under per-stop charges. */
function paid(
  fares: { board: readonly number[]; ride: readonly number[]; alight: readonly number[] },
  i: number,
  j: number,
) {
  let sum = (fares.board[i] as number) + (fares.alight[j] as number);
  for (let k = i; k < j; k++) sum += fares.ride[k] as number;
  return sum;
}

describe('runFares()', () => {
  it('charges every boarding → alighting pair exactly its rate, in both directions, with no negative charge', () => {
    for (const reverse of [false, true]) {
      const fares = runFares(loop, reverse, 'usdPerTeu');
      if ('problems' in fares) throw new Error(fares.problems[0]?.message);
      const stops = (reverse ? [...loop.stops].reverse() : loop.stops).map((s) => s.terminalId);
      for (let i = 0; i < stops.length - 1; i++) {
        for (let j = i + 1; j < stops.length; j++) {
          const expected = pairTariff(loop.tariffs ?? [], stops[i] as string, stops[j] as string)?.usdPerTeu;
          expect(paid(fares, i, j)).toBeCloseTo(expected as number, 9);
        }
      }
      for (const charge of [...fares.board, ...fares.ride, ...fares.alight]) expect(charge).toBeGreaterThanOrEqual(0);
    }
  });

  it('charges an outbound leg the whole pair rate, not a share of the loop by distance', () => {
    const fares = runFares(loop, false, 'usdPerTeu');
    if ('problems' in fares) throw new Error('unexpected');
    expect(paid(fares, 1, 3)).toBeCloseTo(1196, 9); // Xiamen → Rotterdam
    expect(paid(fares, 1, 2)).toBeCloseTo(228, 9); // Xiamen → Singapore
  });

  it('names the pair a tariff leaves unpriced', () => {
    const gap: Service = { ...loop, bidirectional: false, tariffs: [rate(['rtm', 'ham'], 1196)] };
    const fares = runFares(gap, false, 'usdPerTeu');
    expect('problems' in fares && fares.problems[0]?.message).toBe('no rate from sha to xmn (forward run)');
  });

  it('refuses rates whose origin shifts destinations unequally (no per-stop charge can bill them)', () => {
    const skewed: Service = {
      ...loop,
      bidirectional: false,
      tariffs: [
        rate(['rtm'], 1000, ['sha']),
        rate(['ham'], 1500, ['sha']),
        rate(['rtm', 'ham'], 1200),
        rate(['xmn', 'sin'], 200),
      ],
    };
    const fares = runFares(skewed, false, 'usdPerTeu');
    expect('problems' in fares && fares.problems[0]?.message).toMatch(/differ by .* to sin but by .* to rtm/);
  });

  it('refuses a rate dearer than alighting and boarding again on the way', () => {
    const dear: Service = {
      ...loop,
      bidirectional: false,
      tariffs: [
        rate(['ham'], 5000, ['sha', 'xmn', 'sin']),
        rate(['rtm'], 1196, ['sha', 'xmn', 'sin']),
        rate(['ham'], 150, ['rtm']),
        rate(['xmn', 'sin'], 228),
      ],
    };
    const fares = runFares(dear, false, 'usdPerTeu');
    expect('problems' in fares && fares.problems.some((p) => /less by alighting at rtm/.test(p.message))).toBe(true);
  });

  it('skips border crossings, where no box boards or alights', () => {
    const train: Service = {
      ...loop,
      mode: 'rail',
      bidirectional: false,
      stops: ['a', 'border', 'b'].map((terminalId) => ({ terminalId, dwellHours: 0 })),
      tariffs: [rate(['b'], 1620)],
    };
    const fares = runFares(train, false, 'usdPerTeu', (id) => id === 'border');
    if ('problems' in fares) throw new Error('unexpected');
    expect(paid(fares, 0, 2)).toBe(1620);
  });

  it('dearestFares() charges a refused table the dearest rate into each stop, never less than a pair rate', () => {
    const skewed: Service = {
      ...loop,
      bidirectional: false,
      tariffs: [rate(['rtm'], 1000, ['sha']), rate(['rtm', 'ham'], 1200), rate(['xmn', 'sin'], 200)],
    };
    const fares = dearestFares(skewed, false, 'usdPerTeu');
    expect(fares.alight).toEqual([0, 200, 200, 1200, 1200]);
    expect(paid(fares, 0, 3)).toBeGreaterThanOrEqual(1000);
  });
});
