import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';
import { createEngine } from './create-engine';
import type { AssignmentProgress } from './utilization-api';

describe('the engine’s utilization methods', () => {
  const engine = createEngine();
  const progress: AssignmentProgress[] = [];
  const answer = engine.assign('equilibrium', (record) => progress.push(record));

  it('assign() runs an equilibrium, reports each iteration and returns plain, cloneable summaries', () => {
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const { summary } = answer;
    expect(summary.method).toBe('equilibrium');
    expect(progress.length).toBe(summary.history.length);
    expect(progress[0]?.iteration).toBe(1);
    expect(summary.totals.servedTeuPerWeek).toBeGreaterThan(0);
    expect(summary.elements.length).toBeGreaterThan(100);
    expect(summary.calibration.length).toBe(fujianNetwork.calibration.length);
    expect(() => structuredClone(summary)).not.toThrow();
    for (const row of summary.unserved) expect(row.fromName.en.length, row.from).toBeGreaterThan(0);
    expect(summary.elapsedMs).toBeGreaterThan(0);
  });

  it('draws a line for every service leg with flow and a point for every border crossing', () => {
    if (!answer.ok) throw new Error('no run');
    const { legs, nodes } = answer.summary.flowMap;
    const legIds = new Set(legs.features.map((f) => f.properties.id));
    for (const element of answer.summary.elements) {
      if (element.kind === 'service-leg' && element.flowPerWeek > 0)
        expect(legIds.has(element.id), element.id).toBe(true);
    }
    expect(nodes.features.map((f) => f.properties.id)).toContain('border-crossing:brest_malaszewicze');
    const flows = legs.features.map((f) => f.properties.flowPerWeek);
    expect(flows).toEqual([...flows].sort((a, b) => a - b));
    for (const feature of legs.features) {
      const lons = feature.geometry.coordinates.map(([lon]) => lon ?? 0);
      for (let k = 1; k < lons.length; k++) expect(Math.abs((lons[k] ?? 0) - (lons[k - 1] ?? 0))).toBeLessThan(180);
    }
  });

  it('elementDetail() of a border crossing: flows by service adding up to its flow, corridors and OD pairs', () => {
    const detail = engine.elementDetail('border-crossing:brest_malaszewicze');
    expect(detail.ok).toBe(true);
    if (!detail.ok) return;
    const { parts, ods, corridors, flowPerWeek } = detail.detail;
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((sum, part) => sum + part.flowPerWeek, 0)).toBeCloseTo(flowPerWeek, 6);
    expect(parts.every((part) => part.mode === 'rail')).toBe(true);
    expect(corridors.map((c) => c.id)).toContain('cre-alashankou');
    expect(ods.length).toBeGreaterThan(0);
    expect(ods.reduce((sum, od) => sum + od.share, 0)).toBeCloseTo(1, 9);
    const places = new Map(fujianNetwork.places.map((place) => [place.id, place]));
    for (const od of ods) {
      expect(od.fromName).toEqual({ en: places.get(od.from)?.nameEn, zh: places.get(od.from)?.nameZh });
      expect(od.toName.en).toBe(places.get(od.to)?.nameEn);
    }
    expect(detail.detail.bounds).not.toBeNull();
  });

  it('elementDetail() of a corridor and of a port, and a refusal for an unknown id', () => {
    const corridor = engine.elementDetail('corridor:cre-alashankou');
    expect(corridor.ok && corridor.detail.kind).toBe('corridor');
    if (corridor.ok) {
      const carried = corridor.detail.parts.reduce((sum, part) => sum + part.flowPerWeek, 0);
      expect(carried).toBeCloseTo(corridor.detail.flowPerWeek, 6);
    }
    const port = engine.elementDetail('terminal:xmn_port_haicang');
    expect(port.ok && port.detail.parts.length).toBeGreaterThan(1);
    const unknown = engine.elementDetail('terminal:nowhere');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-reference' } });
  });

  it('bottleneck(): Fujian → EU by rail has a finite max-flow equal to its cut; a bad region is refused', () => {
    const answer = engine.bottleneck({ from: 'region:fujian', to: 'region:eu', modes: ['rail'] });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const { maxFlowTeuPerWeek, cut, unlimited } = answer.bottleneck;
    expect(unlimited).toBe(false);
    // The max-flow runs on the assignment's hard capacities: the trains bind (crossings queue, they do not
    // bound), so it is never below the rail flow the default equilibrium sends there.
    expect(maxFlowTeuPerWeek).toBeGreaterThan(0);
    expect(cut.every((c) => c.kind === 'service-leg')).toBe(true);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.reduce((sum, c) => sum + c.capacityTeuPerWeek, 0)).toBeCloseTo(maxFlowTeuPerWeek ?? Number.NaN, 6);
    expect(engine.bottleneck({ from: 'region:fujan', to: 'region:eu' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-reference' },
    });
  });

  it('regions() lists the places’ regions, sorted', () => {
    const regions = engine.regions();
    expect(regions).toContain('fujian');
    expect(regions).toContain('eu');
    expect(regions).toEqual([...regions].sort());
  });

  it('elementDetail() before any run says so', () => {
    expect(createEngine().elementDetail('border-crossing:brest_malaszewicze')).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: 'run an assignment first' },
    });
  });

  it('all-or-nothing, capacity-restrained and the uncapped equilibrium also run', () => {
    for (const method of ['aon', 'capacity', 'equilibrium-uncapped'] as const) {
      const run = engine.assign(method);
      expect(run.ok && run.summary.method).toBe(method);
    }
  });

  it('the default equilibrium keeps every service leg within capacity; the uncapped one lets a leg run over', () => {
    const capped = engine.assign('equilibrium');
    const uncapped = engine.assign('equilibrium-uncapped');
    if (!capped.ok || !uncapped.ok) throw new Error('expected both runs');
    const legs = (elements: typeof capped.summary.elements) =>
      elements.filter((e) => e.kind === 'service-leg' && e.utilization !== null);
    for (const leg of legs(capped.summary.elements)) expect(leg.utilization ?? 0).toBeLessThanOrEqual(1 + 1e-6);
    expect(legs(uncapped.summary.elements).some((leg) => (leg.utilization ?? 0) > 1)).toBe(true);
  });
});
