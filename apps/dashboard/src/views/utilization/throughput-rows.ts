/**
 * The rows of an element's throughput chart: its flow by mode in total, then by corridor (or, for a corridor,
 * by service), each row split by mode for a d3 stacked bar.
 */
import { MODES, type Mode } from '@corridor/core/model';
import type { ElementDetail } from '../../engine/utilization-api';

/** One bar of the chart. */
export interface ThroughputRow {
  /** `total`, a corridor id, a service id or `none` (services in no corridor). */
  readonly key: string;
  readonly kind: 'total' | 'corridor' | 'service' | 'none';
  readonly nameEn: string;
  readonly nameZh: string;
  /** Flow by mode, every mode present (zero when none). */
  readonly byMode: Readonly<Record<Mode, number>>;
  readonly total: number;
}

const zeroModes = (): Record<Mode, number> =>
  Object.fromEntries(MODES.map((mode) => [mode, 0])) as Record<Mode, number>;

/**
 * Builds the chart's rows. A service listed by two corridors counts in both corridor rows (the total row counts
 * it once), so the corridor rows may add up to more than the total.
 * @param detail - the element's detail from the worker
 * @returns the total row, then one row per corridor (per service for a corridor), largest first, then `none`
 */
export function throughputRows(detail: ElementDetail): ThroughputRow[] {
  const total = zeroModes();
  for (const part of detail.parts) total[part.mode] += part.flowPerWeek;
  const sum = (byMode: Record<Mode, number>) => MODES.reduce((s, mode) => s + byMode[mode], 0);
  const rows: ThroughputRow[] = [];
  if (detail.kind === 'corridor') {
    for (const part of detail.parts) {
      const byMode = zeroModes();
      byMode[part.mode] = part.flowPerWeek;
      rows.push({
        key: part.serviceId,
        kind: 'service',
        nameEn: part.serviceNameEn,
        nameZh: part.serviceNameZh,
        byMode,
        total: part.flowPerWeek,
      });
    }
  } else {
    const none = zeroModes();
    const byCorridor = new Map(detail.corridors.map((c) => [c.id, zeroModes()]));
    for (const part of detail.parts) {
      if (part.corridorIds.length === 0) none[part.mode] += part.flowPerWeek;
      for (const id of part.corridorIds) {
        const row = byCorridor.get(id);
        if (row !== undefined) row[part.mode] += part.flowPerWeek;
      }
    }
    for (const corridor of detail.corridors) {
      const byMode = byCorridor.get(corridor.id) ?? zeroModes();
      rows.push({
        key: corridor.id,
        kind: 'corridor',
        nameEn: corridor.nameEn,
        nameZh: corridor.nameZh,
        byMode,
        total: sum(byMode),
      });
    }
    if (sum(none) > 0) rows.push({ key: 'none', kind: 'none', nameEn: '', nameZh: '', byMode: none, total: sum(none) });
  }
  rows.sort((a, b) => (a.kind === 'none' ? 1 : 0) - (b.kind === 'none' ? 1 : 0) || b.total - a.total);
  return [{ key: 'total', kind: 'total', nameEn: '', nameZh: '', byMode: total, total: sum(total) }, ...rows];
}
