import { MAX_DEMAND_TEU_PER_WEEK, MAX_DEMAND_TONNES_PER_WEEK } from '../model/flow-limits.js';
import {
  CARGO_CLASSES,
  type DemandFlow,
  GAUGES_MM,
  type GaugeMm,
  PASSAGE_IDS,
  type PassageId,
  type RailJunction,
  type RailTrack,
  type RoadLink,
  type SeaLane,
  type SeaWaypoint,
} from '../model/network.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { DATASET_FILES } from './dataset-files.js';
import type { IssueList } from './issue-list.js';
import type { TableRow } from './parse-table.js';
import { PLAUSIBLE_RANGES as R } from './plausible-ranges.js';
import { CellReader } from './read-cells.js';
import { columnsOf } from './table-columns.js';

export const SEA_WAYPOINT_COLUMNS = columnsOf(DATASET_FILES.seaWaypoints);
export const SEA_LANE_COLUMNS = columnsOf(DATASET_FILES.seaLanes);
export const RAIL_JUNCTION_COLUMNS = columnsOf(DATASET_FILES.railJunctions);
export const RAIL_TRACK_COLUMNS = columnsOf(DATASET_FILES.railTracks);
export const ROAD_LINK_COLUMNS = columnsOf(DATASET_FILES.roadLinks);
export const DEMAND_COLUMNS = columnsOf(DATASET_FILES.demand);

function passages(tableRow: TableRow, cells: CellReader, issues: IssueList): PassageId[] | undefined {
  const listed = cells.list('passages');
  const unknown = listed.filter((passage) => !(PASSAGE_IDS as readonly string[]).includes(passage));
  for (const passage of unknown) {
    issues.add({
      file: tableRow.file,
      row: tableRow.row,
      field: 'passages',
      value: passage,
      code: 'unknown-reference',
      params: { kind: 'passage', allowed: PASSAGE_IDS.join(', ') },
      message: `unknown passage${didYouMean(suggest(passage, PASSAGE_IDS))}`,
      fix: `use the fixed passage ids: ${PASSAGE_IDS.join(', ')}`,
    });
  }
  return unknown.length > 0 ? undefined : (listed as PassageId[]);
}

/** Reads `sea-waypoints.csv`. */
export function readSeaWaypoints(rows: readonly TableRow[], issues: IssueList): SeaWaypoint[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const nameEn = cells.text('name_en');
    const position = cells.position();
    const passage = cells.oneOf('passage', PASSAGE_IDS, true);
    if (id === undefined || nameEn === undefined || position === undefined) return [];
    if (passage === undefined && !cells.isEmpty('passage')) return [];
    return [{ id, nameEn, position, sources: cells.list('sources'), ...(passage === undefined ? {} : { passage }) }];
  });
}

/** Reads `sea-lanes.csv`. */
export function readSeaLanes(rows: readonly TableRow[], issues: IssueList): SeaLane[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const from = cells.id('from');
    const to = cells.id('to');
    const via = cells.points('via');
    const lanePassages = passages(tableRow, cells, issues);
    if (id === undefined || from === undefined || to === undefined || via === undefined) return [];
    if (lanePassages === undefined) return [];
    return [{ id, from, to, via, passages: lanePassages, sources: cells.list('sources') }];
  });
}

/** Reads `rail-junctions.csv`. */
export function readRailJunctions(rows: readonly TableRow[], issues: IssueList): RailJunction[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const nameEn = cells.text('name_en');
    const position = cells.position();
    if (id === undefined || nameEn === undefined || position === undefined) return [];
    return [{ id, nameEn, position, sources: cells.list('sources') }];
  });
}

/** Reads `rail-tracks.csv` (`route_km`, optional, must be a positive number; its fit to the drawn line is checked with the network). */
export function readRailTracks(rows: readonly TableRow[], issues: IssueList): RailTrack[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const from = cells.id('from');
    const to = cells.id('to');
    const gauge = cells.oneOf('gauge_mm', GAUGES_MM.map(String));
    const via = cells.points('via');
    const routeKm = cells.optionalNumber('route_km', R.routeKm);
    if (id === undefined || from === undefined || to === undefined || gauge === undefined || via === undefined) {
      return [];
    }
    if (routeKm === undefined && !cells.isEmpty('route_km')) return [];
    const track: RailTrack = {
      id,
      from,
      to,
      gaugeMm: Number(gauge) as GaugeMm,
      via,
      sources: cells.list('sources'),
      ...(routeKm === undefined ? {} : { routeKm }),
    };
    return [track];
  });
}

/** Reads `road-links.csv`. */
export function readRoadLinks(rows: readonly TableRow[], issues: IssueList): RoadLink[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const from = cells.id('from');
    const to = cells.id('to');
    const detourFactor = cells.number('detour_factor', R.detourFactor);
    if (id === undefined || from === undefined || to === undefined || detourFactor === undefined) return [];
    return [{ id, from, to, detourFactor, sources: cells.list('sources') }];
  });
}

/** Reads `demand.csv`: containers in TEU/week, air cargo in tonnes/week. */
export function readDemand(rows: readonly TableRow[], issues: IssueList): DemandFlow[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const fromPlaceId = cells.id('from');
    const toPlaceId = cells.id('to');
    const cargo = cells.oneOf('cargo', CARGO_CLASSES);
    const basis = cells.text('basis');
    const unitField = cargo === 'air-cargo' ? 'tonnes_per_week' : 'teu_per_week';
    const otherField = cargo === 'air-cargo' ? 'teu_per_week' : 'tonnes_per_week';
    const amount = cells.number(unitField, {
      min: 0,
      exclusiveMin: true,
      // Bounded so that no total of the assignment overflows (docs/dataset-format.md).
      max: cargo === 'air-cargo' ? MAX_DEMAND_TONNES_PER_WEEK : MAX_DEMAND_TEU_PER_WEEK,
      unit: cargo === 'air-cargo' ? 'tonnes per week' : 'TEU per week',
    });
    if (cargo !== undefined && !cells.isEmpty(otherField)) {
      issues.add({
        file: tableRow.file,
        row: tableRow.row,
        field: otherField,
        value: tableRow.cells[otherField] ?? '',
        code: 'wrong-unit',
        params: { cargo, expected: unitField },
        message: `a ${cargo} flow is measured in ${unitField} only`,
        fix: `leave ${otherField} empty`,
      });
    }
    if (fromPlaceId === undefined || toPlaceId === undefined || cargo === undefined) return [];
    if (basis === undefined || amount === undefined) return [];
    if (fromPlaceId === toPlaceId) {
      issues.add({
        file: tableRow.file,
        row: tableRow.row,
        field: 'to',
        value: toPlaceId,
        code: 'self-loop',
        params: { from: fromPlaceId },
        message: 'a flow from a place to itself',
        fix: 'give two different places',
      });
      return [];
    }
    const flow: DemandFlow = {
      fromPlaceId,
      toPlaceId,
      cargo,
      basis,
      sources: cells.list('sources'),
      ...(cargo === 'air-cargo' ? { tonnesPerWeek: amount } : { teuPerWeek: amount }),
    };
    return [flow];
  });
}
