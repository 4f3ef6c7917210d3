import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface Totals {
  durationHours: number;
  costUsd: number;
  co2eKg: number;
}

describe('corridor pareto', () => {
  it('prints one line per point of the front, fastest first, within 100 columns', async () => {
    const { code, out, err } = await run('pareto', '厦门', 'Duisburg', '--teu', '2');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(
      /^Xiamen \(CNXMN\) → Duisburg \(DEDUI\) · Pareto front over time, cost and CO2e: \d routes · 2 TEU\n/,
    );
    expect(out).toMatch(/\n {2}# +days +USD +t CO2e +km +transfers +modes +passages\n/);
    expect(out).toMatch(/\n {2}1 +\d\.\d +[\d,]+ .* air → road +—\n/);
    // Drayage to and from the rail terminals is no mode of the route.
    expect(out).toMatch(/\d +rail +—\n/);
    expect(out).toMatch(/sea → road +singapore-strait/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--json gives a front in which no route beats another on time, cost and CO2e at once', async () => {
    const { code, out } = await run('pareto', 'Xiamen', 'Duisburg', '--json');
    expect(code).toBe(0);
    const totals = (JSON.parse(out) as { itineraries: { totals: Totals }[] }).itineraries.map((i) => i.totals);
    expect(totals.length).toBeGreaterThan(2);
    for (const a of totals) {
      for (const b of totals) {
        if (a === b) continue;
        const dominates =
          a.durationHours <= b.durationHours &&
          a.costUsd <= b.costUsd &&
          a.co2eKg <= b.co2eKg &&
          (a.durationHours < b.durationHours || a.costUsd < b.costUsd || a.co2eKg < b.co2eKg);
        expect(dominates).toBe(false);
      }
    }
    const hours = totals.map((t) => t.durationHours);
    expect([...hours].sort((x, y) => x - y)).toEqual(hours);
  });

  it('takes the options of route: --alternatives keeps the K best by --objective, --via keeps those through a place', async () => {
    const all = await run('pareto', 'Xiamen', 'Duisburg', '--json');
    const two = await run('pareto', 'Xiamen', 'Duisburg', '--objective', 'cost', '--alternatives', '2', '--json');
    expect(two.code).toBe(0);
    const count = (out: string) => (JSON.parse(out) as { itineraries: unknown[] }).itineraries.length;
    expect(count(two.out)).toBe(2);
    expect(count(all.out)).toBeGreaterThan(2);
    const via = await run('pareto', 'Xiamen', 'Rotterdam', '--via', 'Singapore', '--json');
    expect(via.code).toBe(0);
    expect(count(via.out)).toBeGreaterThan(0);
  });

  it('exits 1 with the reason when the constraints cut every path', async () => {
    const { code, err } = await run(
      'pareto',
      'Xiamen',
      'Rotterdam',
      '--modes',
      'sea',
      '--avoid',
      'suez,cape-of-good-hope,panama',
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^corridor: pareto: no route from Xiamen to Rotterdam/);
  });
});
