// Sea distances against published figures: each line of test/fixtures/reference-figures/sea.csv is a port pair
// with a published port-to-port distance (within its tolerance), a published Red Sea diversion (the route
// avoiding a passage minus the route through it), or — for a pair in open water — the great circle between the
// two ports, which the sea-lane path may exceed by at most its tolerance. The figures come from the sources the
// line names (data/fujian/sources.csv); none is computed from the lanes it checks.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfrastructureGraphs, infrastructureDistance, PASSAGE_IDS, type PassageId } from '@corridor/core';
import { greatCircleKm, kmToNauticalMiles } from '@corridor/core/model';
import { applyScenario, compareScenario } from '@corridor/core/scenario';
import { fujianNetwork } from '@corridor/data';
import { describe, expect, it } from 'vitest';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reference-figures', 'sea.csv');
const COLUMNS = ['from', 'to', 'avoid', 'measure', 'reference_nm', 'tolerance_pct', 'sources', 'note'] as const;
const MEASURES = ['distance', 'diversion', 'great-circle'] as const;

interface ReferenceFigure {
  readonly line: number;
  readonly from: string;
  readonly to: string;
  readonly avoid: readonly PassageId[];
  readonly measure: (typeof MEASURES)[number];
  /** The published figure; for `great-circle`, the great circle between the two ports. */
  readonly referenceNm: number;
  readonly tolerancePct: number;
  readonly sources: readonly string[];
  readonly note: string;
}

const graphs = buildInfrastructureGraphs(fujianNetwork);
const terminal = (id: string) => fujianNetwork.terminals.find((t) => t.id === id);

/** The fixture's lines; notes hold no commas, so a line splits on them (a wrong cell count fails, naming the line). */
function readFigures(): ReferenceFigure[] {
  const [header, ...lines] = readFileSync(FIXTURE, 'utf8').trim().split('\n');
  expect(header?.split(','), 'sea.csv header').toEqual([...COLUMNS]);
  return lines.map((text, index) => {
    const line = index + 2;
    const cells = text.split(',');
    expect(cells.length, `sea.csv line ${line}: ${COLUMNS.length} cells (no commas inside a note)`).toBe(
      COLUMNS.length,
    );
    const [from = '', to = '', avoid = '', measure = '', reference = '', tolerance = '', sources = '', note = ''] =
      cells;
    const ends = [terminal(from), terminal(to)];
    for (const [i, end] of ends.entries()) {
      expect(end?.kind, `sea.csv line ${line}: ${i === 0 ? from : to} is a seaport of the dataset`).toBe('seaport');
    }
    const [a, b] = ends;
    const passages = avoid === '' ? [] : avoid.split(';');
    for (const passage of passages) {
      expect(PASSAGE_IDS, `sea.csv line ${line}: avoid "${passage}"`).toContain(passage);
    }
    expect(MEASURES, `sea.csv line ${line}: measure`).toContain(measure);
    const greatCircleNm = a && b ? kmToNauticalMiles(greatCircleKm(a.position, b.position)) : Number.NaN;
    return {
      line,
      from,
      to,
      avoid: passages as PassageId[],
      measure: measure as ReferenceFigure['measure'],
      referenceNm: measure === 'great-circle' ? greatCircleNm : Number(reference),
      tolerancePct: Number(tolerance),
      sources: sources.split(';'),
      note,
    };
  });
}

function seaNm(from: string, to: string, avoid: readonly PassageId[]): number {
  const result = infrastructureDistance(fujianNetwork, graphs, from, to, {
    mode: 'sea',
    avoidPassages: new Set(avoid),
  });
  if ('noPath' in result) throw new Error(`no sea path ${from} → ${to}: ${result.noPath.reason}`);
  return kmToNauticalMiles(result.distanceKm);
}

function figureNm(figure: ReferenceFigure): number {
  if (figure.measure === 'diversion') {
    return seaNm(figure.from, figure.to, figure.avoid) - seaNm(figure.from, figure.to, []);
  }
  return seaNm(figure.from, figure.to, figure.avoid);
}

const figures = readFigures();
const known = new Set(fujianNetwork.sources.map((s) => s.id));

describe('sea distances against published figures (test/fixtures/reference-figures/sea.csv)', () => {
  it('reads a line per figure, each citing sources of the dataset', () => {
    expect(figures.length).toBeGreaterThanOrEqual(20);
    for (const figure of figures) {
      for (const source of figure.sources) expect(known, `sea.csv line ${figure.line}`).toContain(source);
      expect(figure.referenceNm, `sea.csv line ${figure.line}: reference_nm`).toBeGreaterThan(0);
      expect(figure.tolerancePct, `sea.csv line ${figure.line}: tolerance_pct`).toBeGreaterThan(0);
    }
  });

  // The computed figure is in each test's name, so the run prints figure against reference line by line.
  const measured = figures.map((figure) => {
    const nm = figureNm(figure);
    const offPct = (nm / figure.referenceNm - 1) * 100;
    const against = figure.measure === 'great-circle' ? 'the great circle' : figure.sources.join('; ');
    const off = `${offPct >= 0 ? '+' : ''}${offPct.toFixed(1)} %`;
    const name = `${figure.note}: ${Math.round(nm)} nm vs ${Math.round(figure.referenceNm)} nm (${against}), ${off} within ${figure.tolerancePct} %`;
    return [name, { figure, nm, offPct }] as const;
  });

  it.each(measured)('%s', (_name, { figure, nm, offPct }) => {
    if (figure.measure === 'great-circle') {
      // No sea path is shorter than the great circle; in open water it is at most `tolerance` longer.
      expect(nm).toBeGreaterThanOrEqual(figure.referenceNm * 0.999);
      expect(offPct).toBeLessThanOrEqual(figure.tolerancePct);
    } else {
      expect(Math.abs(offPct)).toBeLessThanOrEqual(figure.tolerancePct);
    }
  });

  it('the Red Sea closure preset lengthens Xiamen → Rotterdam by sea by the published 2024 diversion, as the fixture gives it', () => {
    const diversion = figures.find(
      (f) => f.measure === 'diversion' && f.from === 'xmn_port_haicang' && f.to === 'rtm_port',
    );
    const preset = fujianNetwork.scenarios.find((s) => s.id === 'red-sea-closure');
    expect(diversion, 'sea.csv has the Xiamen–Rotterdam diversion').toBeDefined();
    expect(preset, 'the dataset has the red-sea-closure preset').toBeDefined();
    if (diversion === undefined || preset === undefined) return;
    const query = { from: 'Xiamen', to: 'Rotterdam', modes: ['sea', 'road'], objective: 'cost' } as const;
    const [route] = compareScenario(fujianNetwork, applyScenario(fujianNetwork, preset), { routes: [query] }).routes;
    if (route === undefined || 'noRoute' in route.before || 'noRoute' in route.after) throw new Error('no route');
    // The service legs of the itinerary (road legs to and from the ports are the same before and after).
    const addedNm = kmToNauticalMiles(route.after.totals.distanceKm - route.before.totals.distanceKm);
    expect(Math.abs((addedNm / diversion.referenceNm - 1) * 100)).toBeLessThanOrEqual(diversion.tolerancePct);
  });
});
