// Published rail figures against the model: every line of test/fixtures/reference-figures/rail.csv is a
// distance and/or a station-to-station time that an operator or the press published for a line, with its
// source ids. Distances come from the library as `corridor distance` and the routing graph use them (a
// service's legs along the rail tracks, by route km); times from the service's timetable in the routing
// graph (departure from the first station to arrival at the last, border dwells included).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildInfrastructureGraphs, infrastructurePath, type Service, serviceLegs } from '@corridor/core';
import { buildRoutingGraph } from '@corridor/core/graph';
import { fujianNetwork } from '@corridor/data';
import { afterAll, describe, expect, it } from 'vitest';

interface ReferenceFigure {
  readonly line: string;
  readonly from: string;
  readonly to: string;
  /** Nodes a line without a service passes, in order (distance rows only). */
  readonly via: readonly string[];
  /** The service that runs the line, when the dataset has one. */
  readonly service?: string;
  readonly publishedKm?: number;
  readonly kmTolerancePct?: number;
  readonly publishedDaysMin?: number;
  readonly publishedDaysMax?: number;
  readonly sources: readonly string[];
}

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'reference-figures', 'rail.csv');

/** Reads the fixture: plain comma-separated cells; the last column (a note) may hold anything. */
function readFigures(): ReferenceFigure[] {
  const [header, ...rows] = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');
  const columns = (header as string).split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    const cell = (name: string) => (cells[columns.indexOf(name)] ?? '').trim();
    const number = (name: string) => (cell(name) === '' ? undefined : Number(cell(name)));
    const service = cell('service');
    return {
      line: cell('line'),
      from: cell('from'),
      to: cell('to'),
      via: cell('via') === '' ? [] : cell('via').split(';'),
      ...(service === '' ? {} : { service }),
      ...(number('published_km') === undefined
        ? {}
        : { publishedKm: number('published_km'), kmTolerancePct: number('km_tolerance_pct') }),
      ...(number('published_days_min') === undefined
        ? {}
        : { publishedDaysMin: number('published_days_min'), publishedDaysMax: number('published_days_max') }),
      sources: cell('sources').split(';'),
    };
  });
}

const figures = readFigures();
const network = fujianNetwork;
const graphs = buildInfrastructureGraphs(network);
const { runs } = buildRoutingGraph(network, graphs);

function serviceOf(figure: ReferenceFigure): { service: Service; fromIndex: number; toIndex: number } {
  const service = network.services.find((s) => s.id === figure.service);
  if (service === undefined) throw new Error(`${figure.line}: no service "${figure.service}" in the dataset`);
  const stops = service.stops.map((s) => s.terminalId);
  const fromIndex = stops.indexOf(figure.from);
  const toIndex = stops.indexOf(figure.to);
  if (fromIndex < 0 || toIndex <= fromIndex) {
    throw new Error(
      `${figure.line}: ${figure.from} → ${figure.to} is not a ride of ${service.id} (${stops.join(' → ')})`,
    );
  }
  return { service, fromIndex, toIndex };
}

/** The modelled distance: along the service's legs, or the rail distance through the `via` nodes (junctions too). */
function modelKm(figure: ReferenceFigure): number {
  if (figure.service !== undefined) {
    const { service, fromIndex, toIndex } = serviceOf(figure);
    const { legs } = serviceLegs(network, graphs, service);
    return legs.slice(fromIndex, toIndex).reduce((sum, leg) => sum + leg.distanceKm, 0);
  }
  const nodes = [figure.from, ...figure.via, figure.to];
  let km = 0;
  for (let i = 1; i < nodes.length; i++) {
    // As `corridor distance` measures between two rail terminals: the shortest way along the tracks.
    const path = infrastructurePath(graphs.rail, nodes[i - 1] as string, nodes[i] as string);
    if (path === undefined) throw new Error(`${figure.line}: no rail path ${nodes[i - 1]} → ${nodes[i]}`);
    km += path.distanceKm;
  }
  return km;
}

/** The modelled station-to-station time in days: departure at `from` to arrival at `to`. */
function modelDays(figure: ReferenceFigure): number {
  const { service, fromIndex, toIndex } = serviceOf(figure);
  const run = runs.get(service.id);
  if (run === undefined) throw new Error(`${figure.line}: ${service.id} has no run in the routing graph`);
  const hours = (run.arrivalOffsetHours[toIndex] as number) - (run.departureOffsetHours[fromIndex] as number);
  return hours / 24;
}

const printed: string[] = [];
afterAll(() => {
  process.stdout.write(`\nRail reference figures (model vs published):\n${printed.join('\n')}\n`);
});

describe('published rail line figures (test/fixtures/reference-figures/rail.csv)', () => {
  it('every figure cites sources the dataset registers', () => {
    const registered = new Set(network.sources.map((s) => s.id));
    for (const figure of figures) {
      expect(figure.sources.length, figure.line).toBeGreaterThan(0);
      for (const id of figure.sources) expect(registered.has(id), `${figure.line} cites ${id}`).toBe(true);
    }
  });

  it.each(figures.filter((f) => f.publishedKm !== undefined).map((f) => [f.line, f] as const))(
    '%s: the modelled distance is within tolerance of the published km',
    (_line, figure) => {
      const km = modelKm(figure);
      const published = figure.publishedKm as number;
      const offPct = ((km - published) / published) * 100;
      printed.push(
        `  ${figure.line}: ${Math.round(km)} km vs ${published} km published (${offPct >= 0 ? '+' : ''}${offPct.toFixed(1)} %) [${figure.sources.join('][')}]`,
      );
      expect(Math.abs(offPct), `${figure.line}: ${Math.round(km)} km vs ${published} km`).toBeLessThanOrEqual(
        figure.kmTolerancePct as number,
      );
    },
  );

  it.each(figures.filter((f) => f.publishedDaysMin !== undefined).map((f) => [f.line, f] as const))(
    '%s: the station-to-station time lies inside the published days',
    (_line, figure) => {
      // Published times are whole days; the model's hours are compared at a tenth of a day.
      const days = Math.round(modelDays(figure) * 10) / 10;
      const range = `${figure.publishedDaysMin}–${figure.publishedDaysMax} d`;
      printed.push(`  ${figure.line}: ${days.toFixed(1)} d vs ${range} published [${figure.sources.join('][')}]`);
      expect(days, `${figure.line}: ${days} d vs ${range}`).toBeGreaterThanOrEqual(figure.publishedDaysMin as number);
      expect(days, `${figure.line}: ${days} d vs ${range}`).toBeLessThanOrEqual(figure.publishedDaysMax as number);
    },
  );
});
