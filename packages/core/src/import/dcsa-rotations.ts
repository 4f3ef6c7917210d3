/**
 * The rotations of a DCSA payload: its vessel schedules or point-to-point routings read as ordered calls with the
 * best published time of each (actual, else estimated, else planned), before the calls are placed on a network.
 */
import type { InputIssue } from '../model/corridor-error.js';
import { roundTo } from '../model/round-to.js';
import type { DcsaPointToPoint, DcsaServiceSchedule, DcsaTransportCall } from './dcsa-schemas.js';
import type { DcsaPlace } from './resolve-dcsa-terminal.js';

/** One call of a rotation: where, when (ms since the epoch), and where it is written. */
export interface Call {
  readonly place: DcsaPlace;
  readonly arrivalMs?: number;
  readonly departureMs?: number;
  readonly pointer: string;
}

/** A rotation read from either endpoint, before its calls are placed on the network. */
export interface Rotation {
  readonly code: string;
  readonly nameEn: string;
  readonly operator?: string;
  readonly pointer: string;
  readonly calls: readonly Call[];
}

const HOUR_MS = 3_600_000;
/** Which time of an event to believe, best first: actual, estimated, planned. */
const CLASSIFIER_RANK = { ACT: 0, EST: 1, PLN: 2 } as const;

function eventMs(call: DcsaTransportCall, type: 'ARRI' | 'DEPA'): number | undefined {
  const best = call.timestamps
    .filter((t) => t.eventTypeCode === type)
    .sort((a, b) => CLASSIFIER_RANK[a.eventClassifierCode] - CLASSIFIER_RANK[b.eventClassifierCode])[0];
  return best === undefined ? undefined : Date.parse(best.eventDateTime);
}

/** One rotation per carrier service, from the vessel with the most calls (its times are the published ones). */
export function vesselRotations(items: readonly DcsaServiceSchedule[], file: string, notes: InputIssue[]): Rotation[] {
  return items.flatMap((schedule, i) => {
    let chosen = -1;
    schedule.vesselSchedules.forEach((v, k) => {
      if (chosen < 0 || v.transportCalls.length > (schedule.vesselSchedules[chosen]?.transportCalls.length ?? 0))
        chosen = k;
    });
    const vessel = schedule.vesselSchedules[chosen];
    if (vessel === undefined || vessel.transportCalls.length < 2) {
      notes.push({
        file,
        pointer: `/${i}`,
        value: schedule.carrierServiceCode,
        code: 'not-imported',
        params: { reason: 'too-few-calls' },
        message: `service ${schedule.carrierServiceName} lists fewer than two calls of one vessel: no service made`,
        fix: 'import a vessel schedule that covers the rotation (GET /v1/vessel-schedules without a port filter)',
      });
      return [];
    }
    if (schedule.vesselSchedules.length > 1) {
      notes.push({
        file,
        pointer: `/${i}/vesselSchedules/${chosen}`,
        value: vessel.vessel?.name ?? String(chosen),
        code: 'not-imported',
        params: { reason: 'one-vessel', vessels: schedule.vesselSchedules.length },
        message: `service ${schedule.carrierServiceCode}: stops and times taken from this vessel (the most calls of ${schedule.vesselSchedules.length})`,
        fix: 'nothing to do; give frequencyPerWeek for the whole service',
      });
    }
    const base = `/${i}/vesselSchedules/${chosen}/transportCalls`;
    const calls = vessel.transportCalls.map((call, j): Call => {
      const arrivalMs = eventMs(call, 'ARRI');
      const departureMs = eventMs(call, 'DEPA');
      return {
        place: {
          ...(call.location?.UNLocationCode === undefined ? {} : { unLocationCode: call.location.UNLocationCode }),
          ...(call.location?.facilitySMDGCode === undefined ? {} : { facilityCode: call.location.facilitySMDGCode }),
          ...(call.location?.locationName === undefined ? {} : { locationName: call.location.locationName }),
          pointer: `${base}/${j}/location`,
        },
        ...(arrivalMs === undefined ? {} : { arrivalMs }),
        ...(departureMs === undefined ? {} : { departureMs }),
        pointer: `${base}/${j}`,
      };
    });
    const operator = vessel.vessel?.operatorCarrierCode;
    return [
      {
        code: schedule.carrierServiceCode,
        nameEn: schedule.carrierServiceName,
        ...(operator === undefined ? {} : { operator }),
        pointer: `/${i}`,
        calls,
      },
    ];
  });
}

/** One rotation per vessel leg of the routings (the same service and stops once); other legs are noted. */
export function pointToPointRotations(
  items: readonly DcsaPointToPoint[],
  file: string,
  notes: InputIssue[],
): Rotation[] {
  const rotations: Rotation[] = [];
  /** Per carrier service code, the port sequences already made into a rotation. */
  const seen = new Map<string, string[]>();
  items.forEach((solution, i) => {
    solution.legs.forEach((leg, l) => {
      const pointer = `/${i}/legs/${l}`;
      const mode = leg.transport.modeOfTransport;
      if (mode !== 'VESSEL') {
        notes.push({
          file,
          pointer: `${pointer}/transport/modeOfTransport`,
          value: mode,
          code: 'not-imported',
          params: { reason: 'not-by-vessel' },
          message: 'a leg that is not by sea-going vessel: left out',
          fix: 'trucking, rail and barge legs come from the dataset’s road links and rail services',
        });
        return;
      }
      const partner = leg.transport.servicePartners?.[0];
      const code =
        partner?.carrierServiceCode ??
        leg.transport.universalServiceReference ??
        `${solution.solutionNumber ?? i}-${l}`;
      const place = (location: (typeof leg)['departure']['location'], at: string): DcsaPlace => ({
        ...(location.UNLocationCode === undefined ? {} : { unLocationCode: location.UNLocationCode }),
        ...(location.facility === undefined ? {} : { facilityCode: location.facility.facilityCode }),
        ...(location.locationName === undefined ? {} : { locationName: location.locationName }),
        pointer: `${at}/location`,
      });
      const calls: Call[] = [
        {
          place: place(leg.departure.location, `${pointer}/departure`),
          departureMs: Date.parse(leg.departure.dateTime),
          pointer: `${pointer}/departure`,
        },
        ...(leg.intermediateCalls ?? []).map((call, k): Call => {
          const at = `${pointer}/intermediateCalls/${k}`;
          return {
            place: place(call.location, at),
            ...(call.arrivalDateTime === undefined ? {} : { arrivalMs: Date.parse(call.arrivalDateTime) }),
            ...(call.departureDateTime === undefined ? {} : { departureMs: Date.parse(call.departureDateTime) }),
            pointer: at,
          };
        }),
        {
          place: place(leg.arrival.location, `${pointer}/arrival`),
          arrivalMs: Date.parse(leg.arrival.dateTime),
          pointer: `${pointer}/arrival`,
        },
      ];
      const ports = calls.map((c) => c.place.unLocationCode).join(' ');
      const sameService = seen.get(code) ?? [];
      // The same service between the same ports in another solution (another sailing): once.
      if (sameService.includes(ports)) return;
      sameService.push(ports);
      seen.set(code, sameService);
      const operator = leg.transport.vessel?.operatorCarrierCode ?? partner?.carrierCode;
      rotations.push({
        code: sameService.length === 1 ? code : `${code}-${sameService.length}`,
        nameEn: partner?.carrierServiceName ?? `${partner?.carrierCode ?? 'DCSA'} service ${code}`,
        ...(operator === undefined ? {} : { operator }),
        pointer,
        calls,
      });
    });
  });
  return rotations;
}

/** Hours between two instants, to the minute (DCSA times are to the minute). */
export const hoursBetween = (fromMs: number, toMs: number) => roundTo((toMs - fromMs) / HOUR_MS, 2);
