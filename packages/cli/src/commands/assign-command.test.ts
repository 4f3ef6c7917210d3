import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { assignCommand, progressBar } from './assign-command.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface ElementJson {
  id: string;
  kind: string;
  nameEn: string;
  flowPerWeek: number;
  backgroundPerWeek: number;
  capacityPerWeek: number | null;
  utilization: number | null;
  capacityKind: 'hard' | 'soft';
  shadowPricePerUnit: number | null;
  unit: 'teu' | 'tonnes';
}

interface AssignmentJson {
  method: string;
  relativeGap: number | null;
  iterations: number;
  totals: Record<string, number>;
  elements: ElementJson[];
  corridors: { id: string; carriedPerWeek: number }[];
  capacityRule: string;
  unserved: { from: string; to: string; amountPerWeek: number; reason: string; fullElements: string[] }[];
  calibration: { id: string }[];
  history: { iteration: number; relativeGap: number | null }[];
  selectLink?: { element: string; flows: { from: string; to: string; share: number }[] };
}

async function json(...argv: string[]): Promise<{ code: number; body: AssignmentJson; out: string }> {
  const { code, out, err } = await run('assign', ...argv, '--json');
  expect(err).toBe('');
  return { code, out, body: JSON.parse(out) as AssignmentJson };
}

const isRounded = (x: number, step: number) => Math.abs(Math.round(x / step) * step - x) < 1e-9;

function demandFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'corridor-assign-')), 'demand.csv');
  writeFileSync(file, text);
  return file;
}

const HEADER = 'from,to,cargo,teu_per_week,tonnes_per_week,basis,sources\n';

describe('corridor assign', () => {
  it('prints the summary line, then the busiest elements, corridors, crossings, unserved, mode split and calibration, within 100 columns', async () => {
    const { code, out, err } = await run('assign');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(
      /^equilibrium assignment · service legs capped \(trains and ships carry at most what they offer\) ·\n {2}gap \d\.\d\de[-+]\d+ · \d+ iterations · served [\d,.]+ TEU/,
    );
    for (const heading of [
      'Busiest elements (top 15 of',
      'Corridors',
      'Border crossings',
      'Unserved demand',
      'Mode split',
      'Calibration',
    ]) {
      expect(out).toContain(`\n${heading}`);
    }
    // A crossing's row shows its other traffic and capacity from the dataset, so its use can be recomputed.
    const brest = fujianNetwork.terminals.find((t) => t.id === 'brest_malaszewicze');
    const teu = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const row = out.match(
      /\n {2}border +Brest \/ Małaszewicze +([\d.,]+) TEU +([\d.,]+) TEU +([\d.,]+) TEU +([\d.]+) %\n/,
    );
    expect(row?.[2]).toBe(teu(brest?.backgroundTeuPerWeek ?? Number.NaN));
    expect(row?.[3]).toBe(teu((brest?.capacityTrainsPerDay ?? Number.NaN) * 7 * 100));
    const [flow, other, capacity, use] = (row ?? []).slice(1).map((cell) => Number(cell.replaceAll(',', '')));
    expect(use).toBeCloseTo((((flow as number) + (other as number)) / (capacity as number)) * 100, 0);
    expect(out).toMatch(/use = unit-km carried ÷ unit-km offered/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--json gives the method, gap, iterations, totals and every element with TEU keys, rounded', async () => {
    const { code, body } = await json();
    expect(code).toBe(0);
    expect(Object.keys(body).slice(0, 8)).toEqual([
      'method',
      'capacityRule',
      'relativeGap',
      'iterations',
      'totals',
      'elements',
      'corridors',
      'unserved',
    ]);
    expect(body.method).toBe('equilibrium');
    expect(body.capacityRule).toBe('hard');
    expect(body.relativeGap).toBeLessThanOrEqual(1e-4);
    // Rounded to three significant digits (roundGap).
    const gap = body.relativeGap ?? Number.NaN;
    expect(Number(gap.toExponential(2))).toBe(gap);
    expect(body.history.at(-1)?.iteration).toBe(body.iterations);
    expect(body.totals.servedTeuPerWeek).toBeGreaterThan(0);
    for (const element of body.elements) {
      // The engine's element, as the library and the HTTP API give it: a unit, and keys that do not repeat it.
      expect(Object.keys(element)).toEqual(
        expect.arrayContaining([
          'id',
          'kind',
          'nameEn',
          'flowPerWeek',
          'capacityPerWeek',
          'utilization',
          'backgroundPerWeek',
          'unit',
        ]),
      );
      // Service legs are hard and never over capacity; crossings and terminals queue (soft).
      expect(element.capacityKind).toBe(element.kind === 'service-leg' ? 'hard' : 'soft');
      if (element.kind === 'service-leg' && element.utilization !== null)
        expect(element.utilization).toBeLessThanOrEqual(1);
      expect(isRounded(element.flowPerWeek, 0.1)).toBe(true);
      expect(isRounded(element.backgroundPerWeek, 0.1)).toBe(true);
      // Utilization counts the background with the assigned flow.
      if (element.utilization !== null && element.capacityPerWeek !== null)
        expect(element.utilization).toBeCloseTo(
          (element.flowPerWeek + element.backgroundPerWeek) / element.capacityPerWeek,
          2,
        );
      if (element.utilization !== null) expect(isRounded(element.utilization, 1e-4)).toBe(true);
    }
  });

  it('--json marks air-cargo elements with "unit": "tonnes" and container elements with "teu"', async () => {
    const { body } = await json();
    const air = body.elements.filter((e) => e.unit === 'tonnes');
    expect(air.length).toBeGreaterThan(0);
    expect(air.some((e) => /flights|air/i.test(e.nameEn) || e.kind === 'terminal')).toBe(true);
    const crossing = body.elements.find((e) => e.id === 'border-crossing:brest_malaszewicze');
    expect(crossing).toBeDefined();
    expect(crossing?.unit).toBe('teu');
  });

  it('--json is the same text on two runs', async () => {
    const first = await json('--method', 'capacity');
    const second = await json('--method', 'capacity');
    expect(first.out).toBe(second.out);
  });

  it('--method capacity reports no gap (null) and never loads an element beyond its capacity', async () => {
    const { code, body } = await json('--method', 'capacity');
    expect(code).toBe(0);
    expect(body.method).toBe('capacity');
    expect(body.relativeGap).toBeNull();
    for (const e of body.elements) {
      // The assigned flow fits in what the background leaves.
      if (e.capacityPerWeek !== null)
        expect(e.flowPerWeek).toBeLessThanOrEqual(Math.max(0, e.capacityPerWeek - e.backgroundPerWeek) + 0.1);
    }
  });

  it('--uncapped runs the equilibrium without hard capacities, says so, and lets a leg run over', async () => {
    const { code, body } = await json('--uncapped');
    expect(code).toBe(0);
    expect(body.method).toBe('equilibrium-uncapped');
    expect(body.capacityRule).toBe('uncapped');
    expect(body.elements.every((e) => e.capacityKind === 'soft')).toBe(true);
    expect(body.elements.some((e) => e.kind === 'service-leg' && (e.utilization ?? 0) > 1)).toBe(true);
    const { out } = await run('assign', '--uncapped');
    expect(out).toMatch(/^equilibrium-uncapped assignment · uncapped \(unconstrained demand/);
    const refused = await run('assign', '--uncapped', '--method', 'aon');
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/--uncapped: applies to --method equilibrium only/);
  });

  it('lists demand the full trains leave unserved with its reason and the full legs, in the table and --json', async () => {
    // 2,000 TEU a week to Almaty, where only the Central Asia trains go: they fill, and the rest is unserved.
    const dir = mkdtempSync(join(tmpdir(), 'corridor-assign-'));
    const file = join(dir, 'demand.csv');
    writeFileSync(
      file,
      'from,to,cargo,teu_per_week,tonnes_per_week,basis,sources\nCNXMN,KZALA,container,2000,,test,X32\n',
    );
    const { body } = await json('--demand', file);
    expect(body.unserved.length).toBe(1);
    expect(body.unserved[0]?.reason).toBe('capacity');
    expect(body.unserved[0]?.fullElements.length).toBeGreaterThan(0);
    const served = body.totals.servedTeuPerWeek ?? 0;
    expect(served + (body.unserved[0]?.amountPerWeek ?? 0)).toBeCloseTo(2000, 0);
    for (const e of body.elements)
      if (e.kind === 'service-leg' && e.utilization !== null) expect(e.utilization).toBeLessThanOrEqual(1);
    const { out } = await run('assign', '--demand', file);
    expect(out).toMatch(/\n {2}Xiamen \(CNXMN\) → Almaty \(KZALA\) +container +[\d,.]+ TEU +capacity full\n/);
    expect(out).toMatch(/\n {2}Xiamen → Almaty: full at\n {4}CR Express/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--method aon loads every pair on its free-flow path in one iteration', async () => {
    const { body } = await json('--method', 'aon');
    expect(body.iterations).toBe(1);
    expect(body.unserved).toEqual([]);
  });

  it('--gap 1e-2 --max-iterations 3 stops after at most 3 equilibrium iterations', async () => {
    const { code, body } = await json('--gap', '1e-2', '--max-iterations', '3');
    expect(code).toBe(0);
    expect(body.history.filter((h) => h.iteration <= 3).length).toBeGreaterThan(0);
  });

  it('--select lists the OD pairs through an element, shares adding to 1', async () => {
    const { code, body } = await json('--select', 'border-crossing:brest_malaszewicze');
    expect(code).toBe(0);
    expect(body.selectLink?.element).toBe('border-crossing:brest_malaszewicze');
    expect(body.selectLink?.flows.some((od) => od.from === 'CNXMN' && od.to === 'DEHAM')).toBe(true);
    expect(body.selectLink?.flows.reduce((s, od) => s + od.share, 0)).toBeCloseTo(1, 3);
  });

  it('--select with an unknown element exits 2 with a did-you-mean', async () => {
    const { code, err } = await run('assign', '--method', 'aon', '--select', 'border-crossing:brest_malaszewice');
    expect(code).toBe(2);
    expect(err).toMatch(/--select: "border-crossing:brest_malaszewice" — unknown element .*did you mean/);
  });

  it('--demand FILE assigns that matrix instead of the dataset’s', async () => {
    const file = demandFile(`${HEADER}CNXMN,DEHAM,container,50,,test,X19\n`);
    const { code, body } = await json('--demand', file);
    expect(code).toBe(0);
    expect(body.totals.servedTeuPerWeek).toBe(50);
    expect(body.totals.servedTonnesPerWeek).toBe(0);
  });

  it('--demand FILE with bad rows exits 1 naming the file, row and field of each', async () => {
    const file = demandFile(`${HEADER}CNXMN,DEHAMM,container,50,,test,X19\nCNXMN,DEHAM,container,-3,,test,X19\n`);
    const { code, out, err } = await run('assign', '--demand', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/not a valid demand file/);
    expect(err).toContain(`${file} row 2`);
    expect(err).toContain(`${file} row 3`);
    expect(err).toMatch(/DEHAMM.*did you mean "DEHAM"/);
  });

  it('--demand with a missing file exits 2 and names it', async () => {
    const { code, err } = await run('assign', '--demand', '/nonexistent/demand.csv');
    expect(code).toBe(2);
    expect(err).toMatch(/--demand: cannot read "\/nonexistent\/demand.csv" \(ENOENT\)/);
  });

  it('refuses a bad method, gap and iteration count at once, exit 2', async () => {
    const { code, err } = await run('assign', '--method', 'equilibrum', '--gap', '2', '--max-iterations', '1.5');
    expect(code).toBe(2);
    expect(err).toMatch(/3 problems/);
    expect(err).toMatch(/--method: "equilibrum" — unknown value; did you mean "equilibrium"\?/);
    expect(err).toMatch(/--gap: "2" — must be between 0 and 1/);
    expect(err).toMatch(/--max-iterations: "1.5" — must be a whole number/);
  });

  it('refuses --gap with a method that has no gap', async () => {
    const { code, err } = await run('assign', '--method', 'capacity', '--gap', '1e-3');
    expect(code).toBe(2);
    expect(err).toMatch(/--gap: "0.001" — applies to the equilibrium methods only/);
  });

  it('draws a progress bar on stderr only when stderr is a terminal, and clears it', async () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
    await assignCommand(io, true).parseAsync(['--gap', '1e-4'], { from: 'user' });
    expect(err.startsWith('\r\x1b[2Kassign ')).toBe(true);
    expect(err).toMatch(/assign [█░]{24} iteration 1 · gap \d\.\d\de[-+]\d+ → 1e-4/);
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
    expect(out).toMatch(/^equilibrium assignment/);
    err = '';
    await assignCommand(io, true).parseAsync(['--json'], { from: 'user' });
    expect(err).toBe('');
  });

  it('progressBar() fills on a log scale from the first gap to the target', () => {
    let text = '';
    const bar = progressBar({ err: (t) => (text = t), isTerminal: true }, 1e-4);
    bar.onIteration({ iteration: 1, relativeGap: 1e-1, step: 0, phase: 'frank-wolfe' });
    expect(text).toContain('░'.repeat(24));
    bar.onIteration({ iteration: 5, relativeGap: 1e-2, step: 0.5, phase: 'frank-wolfe' });
    expect(text).toContain(`${'█'.repeat(8)}${'░'.repeat(16)}`);
    bar.onIteration({ iteration: 9, relativeGap: 1e-5, step: 0.1, phase: 'frank-wolfe' });
    expect(text).toContain('█'.repeat(24));
  });
});
