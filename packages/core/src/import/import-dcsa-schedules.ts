import { describeRange, inRange, PLAUSIBLE_RANGES as R } from '../load/plausible-ranges.js';
import { CorridorError, type InputIssue } from '../model/corridor-error.js';
import type { Network, VehicleClass } from '../model/network.js';
import { checkOptions, type DcsaImportOptions, missingFigures } from './dcsa-import-options.js';
import { type Call, hoursBetween, pointToPointRotations, vesselRotations } from './dcsa-rotations.js';
import { parseDcsaPayload } from './parse-dcsa-payload.js';
import { DcsaTerminalResolver } from './resolve-dcsa-terminal.js';

/** A stop as `services.json` writes it. */
export interface ImportedStop {
  readonly terminal: string;
  readonly dwellHours: number;
  readonly runningHours?: number;
}

/** A service as `services.json` writes it (docs/dataset-format.md), ready to append to a dataset's list. */
export interface ImportedService {
  readonly id: string;
  readonly mode: 'sea';
  readonly nameEn: string;
  readonly operator?: string;
  readonly vehicle: VehicleClass;
  readonly stops: readonly ImportedStop[];
  readonly frequencyPerWeek?: number;
  /** Empty unless `unitCapacityTeu` was given: the loader then asks for it. */
  readonly unitCapacity: { readonly teu?: number };
  readonly speedKmh?: number;
  readonly tariff?: { readonly usdPerTeu: number; readonly asOf?: string; readonly sources: readonly string[] };
  readonly bidirectional: boolean;
  readonly sources: readonly string[];
}

/** What an import made: the services and the notes on what was left out or taken from the options. */
export interface DcsaImport {
  /** Which DCSA endpoint's answer the payload is. */
  readonly kind: 'vessel-schedules' | 'point-to-point-routes';
  readonly services: readonly ImportedService[];
  /** Not errors: what each service lacks or took from the options, and what was left out, each with its fix. */
  readonly notes: readonly InputIssue[];
}

/**
 * Turns a DCSA Commercial Schedules 1.0 response — vessel schedules (`GET /v1/vessel-schedules`) or
 * point-to-point routings (`GET /v1/point-to-point-routes`) — into sea services in the `services.json` format,
 * each call placed on one of the dataset's seaports by its UN/LOCODE. Running hours come from the published
 * departure and arrival times, dwells from each call's arrival and departure (actual before estimated before
 * planned). What DCSA does not carry — frequency, vessel capacity, rates — comes from `options` or is left out
 * with a note. Throws one `CorridorError` listing every problem: `invalid-input` for the payload (JSON pointer
 * and fix) and for calls it cannot place (with suggestions), `invalid-argument` for bad options.
 *
 * @param text - the JSON body of the DCSA response
 * @param network - the dataset the services are for: its seaports (by `locode`) and its service ids
 * @param options - the sources to cite and the figures DCSA does not carry
 * @returns the services, ready to append to `services.json`, and notes on what each lacks
 * @example
 * ```ts
 * import { importDcsaSchedules } from '@corridor/core/import';
 * import { fujianNetwork } from '@corridor/data';
 *
 * // A DCSA vessel schedule (as a carrier's API sends it), cut down to two calls: Xiamen, then Singapore.
 * const call = (code: string, arrival: string, departure: string) => ({
 *   transportCallReference: `EXL-${code}`,
 *   carrierImportVoyageNumber: '2501W',
 *   location: { UNLocationCode: code },
 *   timestamps: [
 *     { eventTypeCode: 'ARRI', eventClassifierCode: 'PLN', eventDateTime: arrival },
 *     { eventTypeCode: 'DEPA', eventClassifierCode: 'PLN', eventDateTime: departure },
 *   ],
 * });
 * const payload = JSON.stringify([
 *   {
 *     carrierServiceName: 'Example Loop',
 *     carrierServiceCode: 'EXL',
 *     vesselSchedules: [
 *       {
 *         isDummyVessel: false,
 *         transportCalls: [
 *           call('CNXMN', '2025-03-01T08:00:00+08:00', '2025-03-02T08:00:00+08:00'),
 *           call('SGSIN', '2025-03-06T08:00:00+08:00', '2025-03-07T08:00:00+08:00'),
 *         ],
 *       },
 *     ],
 *   },
 * ]);
 * const { kind, services, notes } = importDcsaSchedules(payload, fujianNetwork, {
 *   sources: ['S38'],
 *   frequencyPerWeek: 1,
 *   unitCapacityTeu: 14_000,
 *   terminals: { CNXMN: 'xmn_port_haicang' }, // Xiamen has two seaports: say which one
 * });
 * console.log(kind, services[0]?.id, services[0]?.stops); // → vessel-schedules dcsa-exl [ { terminal: 'xmn_port_haicang', dwellHours: 24 }, { terminal: 'sin_port', dwellHours: 24, runningHours: 96 } ]
 * console.log(notes.map((note) => note.field)); // → [ 'usdPerTeu' ]
 * ```
 */
export function importDcsaSchedules(
  text: string,
  network: Pick<Network, 'terminals' | 'services'>,
  options: DcsaImportOptions,
): DcsaImport {
  checkOptions(options);
  const file = options.file ?? 'dcsa.json';
  const payload = parseDcsaPayload(text, file);
  const notes: InputIssue[] = [];
  const problems: InputIssue[] = [];
  const rotations =
    payload.kind === 'vessel-schedules'
      ? vesselRotations(payload.items, file, notes)
      : pointToPointRotations(payload.items, file, notes);
  const resolver = new DcsaTerminalResolver(network.terminals, options.terminals);
  const taken = new Set(network.services.map((s) => s.id));
  const prefix = options.idPrefix ?? 'dcsa-';
  const services: ImportedService[] = [];

  for (const rotation of rotations) {
    // Place each call; a call at a port the dataset lacks fails, or is left out when asked to skip.
    const placed: { call: Call; terminal: string }[] = [];
    for (const call of rotation.calls) {
      const resolved = resolver.resolve(call.place, file);
      if ('terminalId' in resolved) {
        const previous = placed.at(-1);
        // Two terminals of one port the dataset draws as one seaport: one stop, from arrival to departure.
        if (previous?.terminal === resolved.terminalId) {
          placed[placed.length - 1] = {
            terminal: resolved.terminalId,
            call: {
              ...previous.call,
              ...(call.departureMs === undefined ? {} : { departureMs: call.departureMs }),
            },
          };
        } else placed.push({ call, terminal: resolved.terminalId });
      } else if (options.skipUnknownPorts === true && resolved.issue.field === 'UNLocationCode') {
        const { fix: _fix, ...issue } = resolved.issue;
        notes.push({
          ...issue,
          code: 'not-imported',
          params: { reason: 'unknown-port' },
          message: `left out: ${issue.message.replace(/ — did you mean.*$/, '')}`,
          fix: 'to keep the call, add a seaport with this locode to terminals.csv or map the code to one (--terminal)',
        });
      } else problems.push(resolved.issue);
    }
    if (placed.length < 2) {
      notes.push({
        file,
        pointer: rotation.pointer,
        value: rotation.code,
        code: 'not-imported',
        params: { reason: 'too-few-calls' },
        message: 'fewer than two of its calls are seaports of the dataset: no service made',
        fix: 'add the missing seaports to the dataset, or map the codes to seaports (terminals)',
      });
      continue;
    }

    // A call whose departure is before its arrival has times that cannot both be right: use neither.
    const trusted = placed.map(({ call }) => {
      const bad = call.arrivalMs !== undefined && call.departureMs !== undefined && call.departureMs < call.arrivalMs;
      if (bad)
        notes.push({
          file,
          pointer: call.pointer,
          code: 'not-imported',
          params: { reason: 'departs-before-arrival' },
          message: 'departs before it arrives: its times are not used',
          fix: 'its dwell comes from dwellHours, the legs on either side from speedKmh',
        });
      return !bad;
    });
    const stops: ImportedStop[] = [];
    placed.forEach(({ call, terminal }, k) => {
      let dwellHours: number | undefined;
      if (trusted[k] === true && call.arrivalMs !== undefined && call.departureMs !== undefined)
        dwellHours = hoursBetween(call.arrivalMs, call.departureMs);
      if (dwellHours !== undefined && !inRange(dwellHours, R.hours)) {
        problems.push({
          file,
          pointer: call.pointer,
          value: String(dwellHours),
          code: 'out-of-range',
          params: { min: R.hours.min, max: R.hours.max, unit: 'h' },
          message: `a dwell of ${dwellHours} h is outside ${describeRange(R.hours)}`,
          fix: 'check the call’s arrival and departure times',
        });
        return;
      }
      if (dwellHours === undefined) dwellHours = options.dwellHours;
      if (dwellHours === undefined) {
        problems.push({
          file,
          pointer: call.pointer,
          code: 'missing-value',
          params: { needs: 'dwellHours' },
          message: 'no dwell: the call lacks a trustworthy arrival or departure time',
          fix: 'give dwellHours (CLI --dwell-hours), the hours a vessel stays at such a call',
        });
        return;
      }
      const previous = placed[k - 1];
      let runningHours: number | undefined;
      if (
        previous !== undefined &&
        trusted[k - 1] === true &&
        trusted[k] === true &&
        previous.call.departureMs !== undefined &&
        call.arrivalMs !== undefined
      )
        runningHours = hoursBetween(previous.call.departureMs, call.arrivalMs);
      if (runningHours !== undefined && !inRange(runningHours, R.runningHours)) {
        problems.push({
          file,
          pointer: call.pointer,
          value: String(runningHours),
          code: 'out-of-range',
          params: { min: R.runningHours.min, max: R.runningHours.max, unit: 'h' },
          message: `${runningHours} h from the previous call is outside ${describeRange(R.runningHours)}`,
          fix: 'check the departure of the previous call and the arrival of this one',
        });
        return;
      }
      if (previous !== undefined && runningHours === undefined && options.speedKmh === undefined) {
        problems.push({
          file,
          pointer: call.pointer,
          code: 'missing-value',
          params: { needs: 'speedKmh', from: previous.terminal, to: terminal },
          message: `no running time from ${previous.terminal} to ${terminal}: the published times are missing or inconsistent`,
          fix: 'give speedKmh (CLI --speed-kmh), the service speed for such legs',
        });
      }
      stops.push({ terminal, dwellHours, ...(runningHours === undefined ? {} : { runningHours }) });
    });

    const id = `${prefix}${rotation.code.toLowerCase().replace(/[^a-z0-9_-]+/g, '-')}`;
    if (taken.has(id)) {
      problems.push({
        file,
        pointer: rotation.pointer,
        value: id,
        code: 'duplicate-id',
        message: 'a service of the dataset (or of this import) already has this id',
        fix: 'give another idPrefix (CLI --id-prefix)',
      });
      continue;
    }
    taken.add(id);
    const timedBySpeed = stops.slice(1).some((s) => s.runningHours === undefined);
    services.push({
      id,
      mode: 'sea',
      nameEn: rotation.nameEn,
      ...(rotation.operator === undefined ? {} : { operator: rotation.operator }),
      vehicle: options.vehicle ?? 'deep-sea-container',
      stops,
      ...(options.frequencyPerWeek === undefined ? {} : { frequencyPerWeek: options.frequencyPerWeek }),
      unitCapacity: options.unitCapacityTeu === undefined ? {} : { teu: options.unitCapacityTeu },
      ...(timedBySpeed && options.speedKmh !== undefined ? { speedKmh: options.speedKmh } : {}),
      ...(options.usdPerTeu === undefined
        ? {}
        : {
            tariff: {
              usdPerTeu: options.usdPerTeu,
              ...(options.rateAsOf === undefined ? {} : { asOf: options.rateAsOf }),
              sources: [...(options.rateSources ?? options.sources)],
            },
          }),
      bidirectional: options.bidirectional ?? false,
      sources: [...options.sources],
    });
  }
  if (problems.length > 0) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    throw new CorridorError('invalid-input', `${file}: ${count} importing the DCSA schedules`, problems);
  }
  if (services.length > 0) notes.push(...missingFigures(options));
  return { kind: payload.kind, services, notes };
}
