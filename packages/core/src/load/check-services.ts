import type { Service, TerminalKind } from '../model/network.js';
import { runFares } from '../model/pair-fares.js';
import { didYouMean, suggest } from '../model/suggest.js';
import { breadthFirstPath } from './adjacency.js';
import type { CheckContext } from './check-context.js';
import type { InfrastructureAdjacency } from './check-infrastructure.js';
import type { IssueList } from './issue-list.js';

const STOP_KINDS: Record<Service['mode'], readonly TerminalKind[]> = {
  sea: ['seaport'],
  rail: ['rail-terminal', 'inland-port', 'border-crossing'],
  air: ['airport'],
  road: ['seaport', 'rail-terminal', 'airport', 'border-crossing', 'inland-port'],
};

/**
 * Each service: stops at terminals of its mode, capacity and tariff in the mode's unit, a frequency or
 * departures (in a real time zone), running times, and a path along its infrastructure for every leg —
 * a train changes gauge only at a border-crossing stop.
 */
export function checkServices(context: CheckContext, { sea, rail, road }: InfrastructureAdjacency): void {
  const { network } = context;
  const changesGauge = (id: string) => {
    const t = context.terminals.get(id);
    return t?.kind === 'border-crossing' && t.gaugeMm !== t.farGaugeMm;
  };
  network.services.forEach((service, serviceIndex) => {
    // Where the service was written: services.json, or a scenario that adds it.
    const where = context.locate.get('service', service.id);
    const file = where.pointer === undefined ? 'services.json' : where.file;
    const base = where.pointer ?? `/services/${serviceIndex}`;
    const at = (pointer: string, detail: Omit<Parameters<IssueList['add']>[0], 'file' | 'pointer'>) =>
      context.issues.add({ file, pointer: `${base}${pointer}`, ...detail });
    const kinds = STOP_KINDS[service.mode] ?? [];
    let stopsOk = true;
    service.stops.forEach((stop, stopIndex) => {
      const terminal = context.terminals.get(stop.terminalId);
      if (terminal === undefined) {
        stopsOk = false;
        if (context.failedToParse(stop.terminalId)) return; // its own row is reported
        const ids = [...context.terminals.keys()];
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          code: 'unknown-reference',
          params: { kind: 'terminal', ...suggestion(stop.terminalId, ids) },
          message: `unknown terminal${didYouMean(suggest(stop.terminalId, ids))}`,
          fix: 'use the id of a terminal in terminals.csv',
        });
      } else if (!kinds.includes(terminal.kind)) {
        stopsOk = false;
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          code: 'wrong-kind',
          params: { kind: terminal.kind, mode: service.mode, expected: kinds.join(', ') },
          message: `is a ${terminal.kind}, not a terminal a ${service.mode} service can stop at`,
          fix: `stop at a ${kinds.join(', ')}`,
        });
      }
      if (stopIndex > 0 && stop.terminalId === service.stops[stopIndex - 1]?.terminalId) {
        at(`/stops/${stopIndex}/terminal`, {
          field: 'terminal',
          value: stop.terminalId,
          code: 'duplicate-entry',
          params: { what: 'stop' },
          message: 'the same terminal twice in a row',
          fix: 'remove the repeated stop',
        });
      }
    });
    const unit = service.mode === 'air' ? 'tonnes' : 'teu';
    if (service.unitCapacity[unit] === undefined) {
      at('/unitCapacity', {
        field: unit,
        code: 'missing-value',
        params: { mode: service.mode, needs: `unitCapacity.${unit}` },
        message: `a ${service.mode} service needs its capacity in ${unit === 'teu' ? 'TEU' : 'tonnes'} per vehicle`,
        fix: `give unitCapacity.${unit}`,
      });
    }
    checkTariffs(context, service, at, stopsOk);
    if (service.frequencyPerWeek === undefined && service.departures === undefined) {
      at('', {
        field: 'frequencyPerWeek',
        code: 'missing-value',
        params: { needs: 'frequencyPerWeek, departures' },
        message: 'no frequency and no departures',
        fix: 'give frequencyPerWeek or departures',
      });
    }
    if (service.departures !== undefined) {
      if (service.timeZone === undefined) {
        at('', {
          field: 'timeZone',
          code: 'missing-value',
          params: { needs: 'timeZone' },
          message: 'departures need a time zone',
          fix: 'give an IANA time zone like Asia/Shanghai',
        });
      } else {
        try {
          new Intl.DateTimeFormat('en', { timeZone: service.timeZone });
        } catch {
          at('/timeZone', {
            field: 'timeZone',
            value: service.timeZone,
            code: 'invalid-format',
            params: { expected: 'time-zone' },
            message: 'is not an IANA time zone',
            fix: 'use a name like Asia/Shanghai or Europe/Warsaw',
          });
        }
      }
      if (service.frequencyPerWeek !== undefined && service.frequencyPerWeek !== service.departures.length) {
        at('/frequencyPerWeek', {
          field: 'frequencyPerWeek',
          value: String(service.frequencyPerWeek),
          code: 'inconsistent',
          params: { rule: 'frequency-departures', departures: service.departures.length },
          message: `disagrees with the ${service.departures.length} departures listed`,
          fix: 'give one of them, or make them agree',
        });
      }
    }
    if (service.speedKmh === undefined) {
      service.stops.forEach((stop, stopIndex) => {
        if (stopIndex > 0 && stop.runningHours === undefined) {
          at(`/stops/${stopIndex}`, {
            field: 'runningHours',
            code: 'missing-value',
            params: { needs: 'runningHours, speedKmh' },
            message: 'no running time from the previous stop and no speedKmh for the service',
            fix: 'give runningHours on every stop after the first, or speedKmh for the service',
          });
        }
      });
    }
    if (!stopsOk) return;
    const adjacency =
      service.mode === 'sea' ? sea : service.mode === 'rail' ? rail : service.mode === 'road' ? road : undefined;
    if (adjacency === undefined) return; // air legs are great circles
    for (let i = 1; i < service.stops.length; i++) {
      const from = service.stops[i - 1]?.terminalId as string;
      const to = service.stops[i]?.terminalId as string;
      const passable = service.mode === 'rail' ? (node: string) => !changesGauge(node) : () => true;
      if (breadthFirstPath(adjacency, from, to, passable) !== undefined) continue;
      const anyPath = service.mode === 'rail' ? breadthFirstPath(adjacency, from, to, () => true) : undefined;
      const crossing = anyPath?.find((node, k) => k > 0 && k < anyPath.length - 1 && changesGauge(node));
      at(`/stops/${i}`, {
        field: 'terminal',
        value: to,
        ...(crossing === undefined
          ? {
              code: 'no-path' as const,
              params: { mode: service.mode, from, to },
              message: `no ${service.mode === 'sea' ? 'sea lane' : service.mode === 'rail' ? 'rail track' : 'road link'} path from ${from} to ${to}`,
              fix: `connect them in ${service.mode === 'sea' ? 'sea-lanes.csv' : service.mode === 'rail' ? 'rail-tracks.csv' : 'road-links.csv'}`,
            }
          : {
              code: 'no-path' as const,
              params: { mode: service.mode, from, to, rule: 'gauge', crossing },
              message: `the train changes gauge between ${from} and ${to} without stopping at a border crossing`,
              fix: `add the border crossing ${crossing} as a stop between them`,
            }),
      });
    }
  });
}

type At = (pointer: string, detail: Omit<Parameters<IssueList['add']>[0], 'file' | 'pointer'>) => void;

/**
 * A service has one `tariff` or a list of pair `tariffs`, in its mode's unit; pair rates name stops of the
 * service, price every pair it can carry in each direction, and can be charged per stop exactly
 * (`runFares`).
 */
function checkTariffs(context: CheckContext, service: Service, at: At, stopsOk: boolean): void {
  const unit = service.mode === 'air' ? 'usdPerTonne' : 'usdPerTeu';
  if ((service.tariff === undefined) === (service.tariffs === undefined)) {
    at('', {
      field: 'tariff',
      code: service.tariff === undefined ? 'missing-value' : 'inconsistent',
      params: service.tariff === undefined ? { needs: 'tariff, tariffs' } : { rule: 'tariff-and-tariffs' },
      message: service.tariff === undefined ? 'no tariff and no tariffs' : 'both a tariff and tariffs',
      fix: 'give either tariff (one rate for the whole run) or tariffs (rates per origin–destination pair)',
    });
    return;
  }
  if (service.tariff !== undefined) {
    if (service.tariff[unit] === undefined) {
      at('/tariff', {
        field: unit,
        code: 'wrong-unit',
        params: { mode: service.mode, expected: unit },
        message: `a ${service.mode} service is charged by ${unit}`,
        fix: `give tariff.${unit}`,
      });
    }
    return;
  }
  const stops = new Set(service.stops.map((s) => s.terminalId));
  let namesOk = true;
  (service.tariffs ?? []).forEach((tariff, k) => {
    if (tariff[unit] === undefined) {
      at(`/tariffs/${k}`, {
        field: unit,
        code: 'wrong-unit',
        params: { mode: service.mode, expected: unit },
        message: `a ${service.mode} service is charged by ${unit}`,
        fix: `give tariffs[${k}].${unit}`,
      });
    }
    for (const side of ['from', 'to'] as const) {
      tariff[side].forEach((terminal, m) => {
        if (stops.has(terminal)) return;
        namesOk = false;
        at(`/tariffs/${k}/${side}/${m}`, {
          field: side,
          value: terminal,
          code: 'unknown-reference',
          params: { kind: 'stop', ...suggestion(terminal, [...stops]) },
          message: `is not a stop of this service${didYouMean(suggest(terminal, [...stops]))}`,
          fix: 'name one of the terminals in stops',
        });
      });
    }
  });
  if (!stopsOk || !namesOk) return;
  const isCrossing = (id: string) => context.terminals.get(id)?.kind === 'border-crossing';
  for (const reverse of service.bidirectional ? [false, true] : [false]) {
    const fares = runFares(service, reverse, unit, isCrossing);
    if (!('problems' in fares)) continue;
    for (const problem of fares.problems) at('/tariffs', { field: 'tariffs', ...problem });
  }
}

/** A "did you mean" as an issue's params: the close candidates, comma-separated, or nothing. */
function suggestion(value: string, candidates: readonly string[]): { suggestion?: string } {
  const close = suggest(value, candidates);
  return close.length === 0 ? {} : { suggestion: close.join(', ') };
}
