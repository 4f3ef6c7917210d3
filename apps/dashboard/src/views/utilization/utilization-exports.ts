/** The files the Corridor utilization view offers for download: the elements table as CSV, the flow map as GeoJSON. */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AssignmentSummary, FlowFeatureProperties } from '../../engine/utilization-api';
import { toCsv } from './csv';

/** Columns of the elements CSV, in order. */
export const ELEMENTS_CSV_HEADER = [
  'id',
  'kind',
  'mode',
  'name_en',
  'name_zh',
  'unit',
  'flow_per_week',
  'background_per_week',
  'capacity_per_week',
  'utilization',
] as const;

/**
 * The elements table of an assignment as CSV, in the library's order (service legs, then terminals and crossings).
 * Flows are rounded to 0.01, utilization to 1e-4; a missing capacity or utilization is an empty field.
 * `flow_per_week` is the assigned (Fujian) flow; `background_per_week` the other traffic on a border crossing
 * (a border crossing's other trains, a port's domestic boxes; 0 elsewhere); utilization is their sum over capacity.
 * @param summary - the assignment
 * @returns CSV text with a header line
 */
export function elementsCsv(summary: AssignmentSummary): string {
  const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));
  return toCsv(
    ELEMENTS_CSV_HEADER,
    summary.elements.map((e) => [
      e.id,
      e.kind,
      e.mode,
      e.nameEn,
      e.nameZh,
      e.unit,
      round(e.flowPerWeek, 2),
      round(e.backgroundPerWeek, 2),
      round(e.capacityPerWeek, 2),
      round(e.utilization, 4),
    ]),
  );
}

/**
 * The flow map as one GeoJSON FeatureCollection (RFC 7946): the service-leg lines, then the terminal and border
 * crossing points, each with its flow, capacity and utilization, plus the method in a top-level member.
 * @param summary - the assignment
 * @returns the JSON text
 */
export function flowGeoJson(summary: AssignmentSummary): string {
  const collection: FeatureCollection<LineString | Point, FlowFeatureProperties> & { method: string } = {
    type: 'FeatureCollection',
    method: summary.method,
    features: [...summary.flowMap.legs.features, ...summary.flowMap.nodes.features],
  };
  return JSON.stringify(collection);
}

/**
 * A file name for a download, e.g. `corridor-utilization-equilibrium.csv`.
 * @param method - the assignment method
 * @param extension - `csv` or `geojson`
 */
export function exportFileName(method: string, extension: 'csv' | 'geojson'): string {
  return `corridor-utilization-${method}.${extension}`;
}
