import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

interface SideJson {
  totals?: { durationHours: number; costUsd: number; co2eKg: number; distanceKm: number };
  modes?: string[];
  passages?: string[];
  noRoute?: { reason: string };
}

interface ScenarioJson {
  scenario: { id: string; origin: string };
  routesFrom: string;
  routes: { from: string; to: string; modes: string[] | null; before: SideJson; after: SideJson }[];
  assignment?: {
    before: { servedTeuPerWeek: number };
    after: { servedTeuPerWeek: number };
    corridors: { id: string; before: number; after: number }[];
    modeShares: { id: string; before: number; after: number }[];
    newBottlenecks: { id: string }[];
    worsenedBottlenecks: { id: string; before: number; after: number }[];
    utilization: { id: string; before: number; after: number }[];
  };
  suspended: { serviceId: string; reason: string }[];
  summary: string[];
}

async function json(...argv: string[]): Promise<ScenarioJson> {
  const { code, out, err } = await run('scenario', ...argv, '--json');
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as ScenarioJson;
}

const file = (name: string, body: unknown) => {
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-scenario-')), name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
};

const mine = { id: 'mine', nameEn: 'Mine', nameZh: '我的', description: 'A test scenario.', sources: ['X60'] };

describe('corridor scenario', () => {
  it.each(fujianNetwork.scenarios.map((s) => s.id))(
    'runs the preset %s on the default OD pairs (exit 0)',
    async (id) => {
      const { code, out, err } = await run('scenario', id);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Scenario ${id}: `));
      expect(out).toMatch(/\nRoutes: default OD pairs \(--route FROM:TO for others\)/);
      expect(out).toMatch(/\n {2}Xiamen \(CNXMN\) → Rotterdam \(NLRTM\) by sea\n {4}before {2}[\d.]+ days · USD/);
      expect(out).toMatch(/\nSummary\n {2}- /);
      expect(out).toMatch(/\nSuspended services \(\d+\)\n/);
      for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    },
  );

  it('red-sea-closure sends Xiamen–Rotterdam by sea round the Cape, more than 6,000 km longer', async () => {
    const result = await json('red-sea-closure', '--route', 'CNXMN:NLRTM');
    expect(result.scenario).toMatchObject({ id: 'red-sea-closure', origin: 'preset' });
    const sea = result.routes.find((r) => r.modes?.join() === 'sea');
    expect(sea).toMatchObject({ from: 'CNXMN', to: 'NLRTM' });
    expect(sea?.before.passages).toContain('suez');
    expect(sea?.after.passages).toContain('cape-of-good-hope');
    expect(sea?.after.passages).not.toContain('suez');
    expect(sea?.after.passages).not.toContain('bab-el-mandeb');
    expect((sea?.after.totals?.distanceKm ?? 0) - (sea?.before.totals?.distanceKm ?? 0)).toBeGreaterThan(6_000);
    expect((sea?.after.totals?.durationHours ?? 0) - (sea?.before.totals?.durationHours ?? 0)).toBeGreaterThan(7 * 24);
    expect(result.summary.join('\n')).toMatch(
      /Xiamen → Rotterdam by sea: \+\d+\.\d days, .*now via (.+, )?cape-of-good-hope/,
    );
  });

  it('prints the before, after and change lines of a route, within 100 columns', async () => {
    const { code, out } = await run('scenario', 'suez-closure', '--route', 'Xiamen:Rotterdam', '--modes', 'sea');
    expect(code).toBe(0);
    expect(out).toMatch(/\nRoutes · objective cost\n {2}Xiamen \(CNXMN\) → Rotterdam \(NLRTM\) \(sea\)\n/);
    expect(out).toMatch(/\n {4}before {2}.*\n {12}via .*suez/);
    expect(out).toMatch(/\n {4}after {3}.*\n {12}via .*cape-of-good-hope/);
    expect(out).toMatch(
      /\n {4}change {2}\+\d+\.\d days · USD \+[\d,]+ · \+[\d.]+ t CO2e · \+[\d,]+ km · now via (\S+, )?cape/,
    );
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--route splits at the colon that leaves two places, so names may hold spaces', async () => {
    const result = await json('suez-closure', '--route', 'Xiamen:Los Angeles', '--modes', 'sea');
    expect(result.routes.map((r) => [r.from, r.to])).toEqual([['CNXMN', 'USLAX']]);
  });

  it('--json is byte-identical across runs', async () => {
    const first = await run('scenario', 'red-sea-closure', '--json');
    const second = await run('scenario', 'red-sea-closure', '--json');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    expect(JSON.parse(first.out)).toMatchObject({ routesFrom: 'default', objective: 'cost' });
  });

  it('--assign prints the totals, corridor shifts, mode shares, new bottlenecks and utilization changes', async () => {
    const { code, out } = await run('scenario', 'red-sea-closure', '--assign');
    expect(code).toBe(0);
    expect(out).not.toMatch(/\nRoutes/);
    expect(out).toMatch(/\nAssignment before and after\n {2}equilibrium assignment +before +after +change\n/);
    expect(out).toMatch(/\nCorridor shifts \(largest \d+ of \d+ that moved\)\n {2}corridor \(carried per week\)/);
    expect(out).toMatch(/\n {2}Silk Road Maritime – North-West Europe +[\d,.]+ +[\d,.]+ +−[\d,.]+\n/);
    expect(out).toMatch(/\nMode shares .*\n(.*\n)* {2}container by rail +[\d.]+ % +[\d.]+ % +\+[\d.]+ pt\n/);
    expect(out).toMatch(/\nNew bottlenecks \(at or over capacity after, not before: \d+\)\n/);
    expect(out).toMatch(/\nWorsened bottlenecks \(full before, ≥ 5 points fuller after: \d+\)\n/);
    expect(out).toMatch(/\nUtilization, largest changes \(top \d+ of \d+\)\n/);
    // The trains carry at most what they offer: the rail shift shows where it is largest, by destination.
    expect(out).toMatch(/\nSummary\n {2}- containers? (by|to) .*rail share/);
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--assign --json carries the shifts by corridor, with the North-West Europe sea corridor losing cargo', async () => {
    const result = await json('red-sea-closure', '--assign');
    expect(result.routes).toEqual([]);
    const nwe = result.assignment?.corridors.find((s) => s.before > 0 && s.after < s.before);
    expect(nwe).toBeDefined();
    expect(result.assignment?.modeShares.map((s) => s.id)).toContain('container:rail');
    // Every element whose use changed, largest change first (the table shows the first few).
    const changes = (result.assignment?.utilization ?? []).map((s) => Math.abs(s.after - s.before));
    expect(changes.length).toBeGreaterThan(0);
    // Written at 4 decimals, so neighbours may tie or swap within rounding.
    for (let i = 1; i < changes.length; i++) expect(changes[i]).toBeLessThanOrEqual((changes[i - 1] ?? 0) + 2e-4);
    for (const s of result.assignment?.worsenedBottlenecks ?? []) {
      expect(s.before).toBeGreaterThanOrEqual(1);
      expect(s.after - s.before).toBeGreaterThanOrEqual(0.05 - 1e-4);
    }
  });

  it('reads a user scenario file and reports the services it suspends', async () => {
    const path = file('closure.json', { ...mine, edits: [{ kind: 'close-service', service: 'crx-xmn-hamburg' }] });
    const { code, out } = await run('scenario', path, '--route', 'Xiamen:Hamburg', '--modes', 'rail');
    expect(code).toBe(0);
    expect(out).toContain(`Scenario mine: Mine (from ${path})`);
    expect(out).toMatch(/\nSuspended services \(1\)\n {2}crx-xmn-hamburg: service closed\n/);
  });

  it('exits 1 for a scenario file with errors, naming every problem by its JSON pointer', async () => {
    const path = file('bad.json', {
      ...mine,
      edits: [
        { kind: 'close-service', service: 'crx-xmn-hamburgg' },
        { kind: 'scale-capacity', target: 'nope', factor: 2 },
      ],
    });
    const { code, out, err } = await run('scenario', path);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('is not a valid scenario (2 problems)');
    expect(err).toMatch(/\/edits\/0\/service, field service: "crx-xmn-hamburgg" — .*did you mean "crx-xmn-hamburg"/);
    expect(err).toMatch(/\/edits\/1\/target, field target: "nope"/);
  });

  it('exits 1 for a file that is not JSON', async () => {
    const { code, err } = await run('scenario', file('broken.json', '{ nope'));
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.json/);
  });

  it('exits 2 for an unknown preset that is not a file, with a did-you-mean over the presets', async () => {
    const { code, out, err } = await run('scenario', 'red-sea-closur');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/scenario: "red-sea-closur" is neither a preset nor a file — did you mean "red-sea-closure"\?/);
    expect(err).toContain('presets: red-sea-closure, suez-closure,');
  });

  it('exits 2 naming every bad --route', async () => {
    const { code, err } = await run('scenario', 'suez-closure', '--route', 'Xiamen:Rotterdan', '--route', 'Xiamen');
    expect(code).toBe(2);
    expect(err).toContain('scenario: 2 problems with the arguments');
    expect(err).toContain('--route: "Xiamen" — give FROM:TO, e.g. CNXMN:NLRTM');
    expect(err).toMatch(
      /--route "Xiamen:Rotterdan": to "Rotterdan" — unknown place or terminal; did you mean "Rotterdam"\?/,
    );
  });

  it('--routes reads a JSON array of route queries, and exits 1 naming each bad one by pointer', async () => {
    const good = file('routes.json', [{ from: 'Xiamen', to: 'Rotterdam', modes: ['sea'] }]);
    const result = await json('suez-closure', '--routes', good);
    expect(result.routes).toHaveLength(1);
    expect(result.routes[0]?.after.passages).toContain('cape-of-good-hope');
    const bad = file('routes.json', [
      { from: 'Xiamn', to: 'NLRTM' },
      { from: 'CNXMN', to: 'NLRTM', modes: ['boat'] },
    ]);
    const { code, err } = await run('scenario', 'suez-closure', '--routes', bad);
    expect(code).toBe(1);
    expect(err).toMatch(/\/0\/from, field from: "Xiamn" — .*did you mean/);
    expect(err).toMatch(/\/1\/modes, field modes: "boat" — unknown value/);
  });
});
