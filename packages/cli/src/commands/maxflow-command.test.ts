import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface CapacityJson {
  maxFlowTeuPerWeek: number | null;
  unlimited: boolean;
  cut: { id: string; kind: string; nameEn: string; capacityTeuPerWeek: number; backgroundTeuPerWeek: number }[];
  hardKinds?: string[];
  queues?: { id: string; kind: string; nameEn: string; capacityTeuPerWeek: number; backgroundTeuPerWeek: number }[];
}

async function json(...argv: string[]): Promise<CapacityJson> {
  const { code, out, err } = await run('maxflow', ...argv, '--json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as CapacityJson;
}

describe('corridor maxflow', () => {
  it('Fujian → EU by rail: the trains bind, the cut names their legs, the crossings are listed as queues, within 100 columns', async () => {
    const { code, out, err } = await run('maxflow', '--from', 'region:fujian', '--to', 'region:eu', '--modes', 'rail');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^region:fujian \(5 places\) → region:eu \(\d+ places\) · modes rail/);
    expect(out).toMatch(/\n {2}maximum flow {2}[\d,]+\.\d TEU\/week\n/);
    expect(out).toMatch(
      /Minimum cut \(\d+ elements?; the assignment's hard capacities, net of other traffic, add up to it\)/,
    );
    expect(out).toMatch(/\n {2}leg +CR Express \(Xiamen\)/);
    expect(out).toMatch(/Queues on the way \(soft: boxes wait there, they do not bound the flow\)/);
    expect(out).toMatch(/border +Brest \/ Małaszewicze +[\d,]+\.\d TEU\/wk \(other [\d,]+\.\d\)/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--json gives maxFlowTeuPerWeek, the cut (whose spare capacities add up to it), the hard kinds and the queues', async () => {
    const body = await json('--from', 'region:fujian', '--to', 'region:eu', '--modes', 'rail');
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['maxFlowTeuPerWeek', 'cut', 'hardKinds', 'queues', 'unlimited']),
    );
    expect(body.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(body.cut.length).toBeGreaterThan(0);
    for (const element of body.cut)
      expect(Object.keys(element)).toEqual([
        'id',
        'kind',
        'nameEn',
        'nameZh',
        'capacityTeuPerWeek',
        'backgroundTeuPerWeek',
      ]);
    expect(body.cut.every((c) => c.kind === 'service-leg')).toBe(true);
    expect(body.cut.reduce((s, c) => s + c.capacityTeuPerWeek, 0)).toBeCloseTo(body.maxFlowTeuPerWeek ?? 0, 6);
    expect(body.hardKinds).toEqual(['service-leg']);
    expect(body.queues?.some((q) => q.id === 'border-crossing:brest_malaszewicze')).toBe(true);
  });

  it('takes place lists as well as regions, and measures ASEAN and Central Asia', async () => {
    const places = await json('--from', 'Xiamen,Fuzhou', '--to', 'Hamburg', '--modes', 'sea');
    expect(places.maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect((await json('--from', 'region:fujian', '--to', 'region:asean')).maxFlowTeuPerWeek).toBeGreaterThan(0);
    const centralAsia = await json('--from', 'region:fujian', '--to', 'region:central-asia', '--modes', 'rail');
    expect(centralAsia.maxFlowTeuPerWeek).toBeGreaterThan(0);
  });

  it('says "unlimited" when an uncapacitated chain joins the sets, and JSON gives null with unlimited: true', async () => {
    const { out } = await run('maxflow', '--from', 'region:fujian', '--to', 'region:china', '--modes', 'road');
    expect(out).toMatch(/maximum flow {2}unlimited: an uncapacitated chain joins the sets\n$/);
    const body = await json('--from', 'region:fujian', '--to', 'region:china', '--modes', 'road');
    expect(body).toMatchObject({
      maxFlowTeuPerWeek: null,
      unlimited: true,
      cut: [],
      hardKinds: ['service-leg'],
      queues: [],
    });
  });

  it('says so when no chain of the modes joins the sets (0 TEU/week)', async () => {
    const { code, out } = await run('maxflow', '--from', 'CNXMN', '--to', 'region:asean', '--modes', 'road');
    expect(code).toBe(0);
    expect(out).toMatch(/0\.0 TEU\/week — no chain of services on these modes joins the sets/);
  });

  it('exits 2 naming every unknown region, place and mode, with did-you-mean', async () => {
    const { code, out, err } = await run('maxflow', '--from', 'region:fujain', '--to', 'Hambrg', '--modes', 'rail,air');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/maxflow: 3 problems/);
    expect(err).toMatch(/--from: "region:fujain" — unknown region; did you mean "fujian"\?/);
    expect(err).toMatch(/--to: "Hambrg" — unknown place or terminal; did you mean "Hamburg"\?/);
    expect(err).toMatch(/--modes: "air" — corridor capacity counts containers, which do not fly/);
  });

  it('exits 2 when --from or --to is missing', async () => {
    const { code, err } = await run('maxflow', '--from', 'region:fujian');
    expect(code).toBe(2);
    expect(err).toMatch(/required option '--to <set>' not specified/);
  });
});
