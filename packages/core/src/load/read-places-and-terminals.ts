import type { InputIssue } from '../model/corridor-error.js';
import {
  GAUGES_MM,
  type GaugeMm,
  type Place,
  type RegisteredSource,
  TERMINAL_KINDS,
  type Terminal,
} from '../model/network.js';
import { DATASET_FILES } from './dataset-files.js';
import type { IssueList } from './issue-list.js';
import type { TableRow } from './parse-table.js';
import { PLAUSIBLE_RANGES as R } from './plausible-ranges.js';
import { CellReader } from './read-cells.js';
import { CONFIDENCES, columnsOf } from './table-columns.js';

const COUNTRY = /^[A-Z]{2}$/;

export const SOURCE_COLUMNS = columnsOf(DATASET_FILES.sources);
export const PLACE_COLUMNS = columnsOf(DATASET_FILES.places);
export const TERMINAL_COLUMNS = columnsOf(DATASET_FILES.terminals);

function country(cells: CellReader, field: string, optional = false): string | undefined {
  return cells.matching(field, COUNTRY, 'an ISO 3166-1 alpha-2 country code like CN', 'country', optional);
}

function gauge(cells: CellReader, field: string): GaugeMm | undefined {
  if (cells.isEmpty(field)) return undefined;
  const value = cells.number(field);
  if (value === undefined) return undefined;
  if ((GAUGES_MM as readonly number[]).includes(value)) return value as GaugeMm;
  cells.oneOf(field, GAUGES_MM.map(String)); // reports the value with the allowed gauges
  return undefined;
}

/** Reads `sources.csv`. */
export function readSources(rows: readonly TableRow[], issues: IssueList): RegisteredSource[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const title = cells.text('title');
    const url = cells.optionalText('url');
    const note = cells.optionalText('note');
    const confidence = cells.oneOf('confidence', CONFIDENCES);
    if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) {
      issues.add({
        file: tableRow.file,
        row: tableRow.row,
        field: 'url',
        value: url,
        code: 'invalid-format',
        params: { expected: 'url' },
        message: 'is not an http(s) URL',
        fix: 'give the full URL, or leave it empty and say in the note why there is none',
      });
      return [];
    }
    if (url === undefined && note === undefined) {
      issues.add({
        file: tableRow.file,
        row: tableRow.row,
        field: 'note',
        code: 'missing-source',
        message: 'a source without a URL needs a note',
        fix: 'say where the source can be found or why there is no URL',
      });
    }
    if (id === undefined || title === undefined || confidence === undefined) return [];
    const source: RegisteredSource = {
      id,
      category: cells.optionalText('category') ?? '',
      title,
      confidence,
      ...(url === undefined ? {} : { url }),
      ...(note === undefined ? {} : { note }),
    };
    return [source];
  });
}

/** Reads `places.csv`. */
export function readPlaces(rows: readonly TableRow[], issues: IssueList): Place[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const id = cells.id('id');
    const nameEn = cells.text('name_en');
    const nameZh = cells.text('name_zh');
    const position = cells.position();
    const placeCountry = country(cells, 'country');
    const regions = cells.list('regions');
    if (id === undefined || nameEn === undefined || nameZh === undefined) return [];
    if (position === undefined || placeCountry === undefined) return [];
    return [{ id, nameEn, nameZh, position, country: placeCountry, regions, sources: cells.list('sources') }];
  });
}

/** Reads `terminals.csv`. Kind-specific rules (gauges, capacities) are checked here; references later. */
export function readTerminals(rows: readonly TableRow[], issues: IssueList): Terminal[] {
  return rows.flatMap((tableRow) => {
    const cells = new CellReader(tableRow, issues);
    const report = (field: string, problem: Pick<InputIssue, 'code' | 'params'>, message: string, fix: string) =>
      issues.add({
        file: tableRow.file,
        row: tableRow.row,
        field,
        value: tableRow.cells[field] ?? '',
        ...problem,
        message,
        fix,
      });
    const id = cells.id('id');
    const kind = cells.oneOf('kind', TERMINAL_KINDS);
    const nameEn = cells.text('name_en');
    const nameZh = cells.text('name_zh');
    const position = cells.position();
    const terminalCountry = country(cells, 'country');
    const farCountry = country(cells, 'far_country', true);
    const gaugeMm = gauge(cells, 'gauge_mm');
    const farGaugeMm = gauge(cells, 'far_gauge_mm');
    const handlingHours = cells.number('handling_hours', R.hours);
    const optional = {
      handlingUsdPerTeu: cells.optionalNumber('handling_usd_per_teu', { ...R.usdPerUnit, unit: 'USD per TEU' }),
      handlingUsdPerTonne: cells.optionalNumber('handling_usd_per_tonne', { ...R.usdPerUnit, unit: 'USD per tonne' }),
      capacityTeuPerYear: cells.optionalNumber('capacity_teu_per_year', { ...R.capacityPerYear, unit: 'TEU per year' }),
      capacityTonnesPerYear: cells.optionalNumber('capacity_tonnes_per_year', {
        ...R.capacityPerYear,
        unit: 'tonnes per year',
      }),
      capacityTrainsPerDay: cells.optionalNumber('capacity_trains_per_day', R.trainsPerDay),
      dwellHours: cells.optionalNumber('dwell_hours', R.hours),
      backgroundTeuPerWeek: cells.optionalNumber('background_teu_per_week', R.backgroundTeuPerWeek),
    };
    const placeId = cells.optionalText('place');
    const locode = cells.matching('locode', /^[A-Z]{2}[A-Z2-9]{3}$/, 'a UN/LOCODE like CNXMN', 'locode', true);
    const iata = cells.matching('iata', /^[A-Z]{3}$/, 'a three-letter IATA code like XMN', 'iata', true);
    const railKind = kind === 'rail-terminal' || kind === 'inland-port' || kind === 'border-crossing';
    if (railKind && gaugeMm === undefined && cells.isEmpty('gauge_mm')) {
      report(
        'gauge_mm',
        { code: 'missing-value', params: { kind } },
        `a ${kind} needs a gauge`,
        'give the track gauge in mm (1435, 1520 or 1000)',
      );
    }
    if (kind === 'border-crossing') {
      if (cells.isEmpty('far_gauge_mm'))
        report(
          'far_gauge_mm',
          { code: 'missing-value', params: { kind } },
          'a border crossing needs the far-side gauge',
          'give it in mm',
        );
      if (cells.isEmpty('far_country'))
        report(
          'far_country',
          { code: 'missing-value', params: { kind } },
          'a border crossing needs the far-side country',
          'give its ISO code',
        );
    } else if (
      kind !== undefined &&
      !cells.isEmpty('background_teu_per_week') &&
      (kind === 'airport' || cells.isEmpty('capacity_teu_per_year'))
    ) {
      // Background traffic shares a capacity in TEU: a crossing's trains, or a port's or rail terminal's lifts.
      report(
        'background_teu_per_week',
        kind === 'airport'
          ? { code: 'not-applicable', params: { rule: 'airport-background', kind } }
          : { code: 'missing-value', params: { kind, needs: 'capacity_teu_per_year' } },
        kind === 'airport'
          ? 'an airport has no background traffic in TEU'
          : `background traffic needs a capacity to share, and this ${kind} has no capacity_teu_per_year`,
        kind === 'airport' ? 'leave the cell empty' : 'give capacity_teu_per_year or leave the cell empty',
      );
    }
    const { backgroundTeuPerWeek: background, capacityTeuPerYear: capacity } = optional;
    // Background traffic is taken out of the capacity first; ten times the capacity is a unit slip (a year
    // written for a week), and would leave the assignment's volume-delay curves far outside their range.
    if (background !== undefined && capacity !== undefined && background > (capacity / 52) * 10) {
      report(
        'background_teu_per_week',
        {
          code: 'out-of-range',
          params: { max: Math.round(capacity / 52) * 10, unit: 'TEU per week', rule: 'background-capacity' },
        },
        `is more than ten times the weekly capacity (${Math.round(capacity / 52)} TEU per week from capacity_teu_per_year)`,
        'give the other traffic per week, at most ten times capacity_teu_per_year / 52',
      );
    }
    if (kind !== 'border-crossing' && kind !== undefined && placeId === undefined) {
      report(
        'place',
        { code: 'missing-value', params: { kind } },
        `a ${kind} must serve a place`,
        'give the id of a place in places.csv',
      );
    }
    if (
      id === undefined ||
      kind === undefined ||
      nameEn === undefined ||
      nameZh === undefined ||
      position === undefined ||
      terminalCountry === undefined ||
      handlingHours === undefined
    ) {
      return [];
    }
    const defined = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined));
    const terminal: Terminal = {
      id,
      kind,
      nameEn,
      nameZh,
      position,
      country: terminalCountry,
      handlingHours,
      sources: cells.list('sources'),
      ...defined,
      ...(placeId === undefined ? {} : { placeId }),
      ...(farCountry === undefined ? {} : { farCountry }),
      ...(gaugeMm === undefined ? {} : { gaugeMm }),
      ...(farGaugeMm === undefined ? {} : { farGaugeMm }),
      ...(locode === undefined ? {} : { locode }),
      ...(iata === undefined ? {} : { iata }),
    };
    return [terminal];
  });
}
