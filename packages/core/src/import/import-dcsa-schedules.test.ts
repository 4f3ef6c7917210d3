import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DCSA_MALFORMED_DIR, dcsaFixture, fujianWithDcsaPorts, withServices } from '../../test/dcsa-dataset.js';
import { fujianNetwork } from '../../test/fujian-dataset.js';
import { loadNetwork } from '../load/load-network.js';
import { CorridorError } from '../model/corridor-error.js';
import { importDcsaSchedules } from './import-dcsa-schedules.js';

const FAL = dcsaFixture('vessel-schedules-fal.json');
/** The bundled dataset with the source row DCSA1 only, and with the three seaports of the example Fujian lacks (test only). */
const fujianFiles = fujianWithDcsaPorts(true);
const withPorts = fujianWithDcsaPorts();
const networkWithPorts = loadNetwork(withPorts);

/**
 * What the caller gives because DCSA does not carry it. Test inputs, not facts: the frequency, vessel size and
 * rate are placeholders of plausible size; the speed is the Fujian dataset's sourced 13.8 kn (V02).
 */
const CALLER = {
  sources: ['DCSA1'],
  frequencyPerWeek: 1,
  unitCapacityTeu: 8000,
  usdPerTeu: 1500,
  rateAsOf: '2024-08-01',
  speedKmh: 25.558,
  dwellHours: 24,
} as const;

/** Hours between two DCSA date-times as the fixture writes them. */
const hours = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / 3_600_000) * 100) / 100;

function thrown(run: () => unknown): CorridorError {
  try {
    run();
  } catch (error) {
    if (error instanceof CorridorError) return error;
    throw error;
  }
  throw new Error('expected a CorridorError');
}

describe('importDcsaSchedules — vessel schedules', () => {
  const imported = importDcsaSchedules(FAL, networkWithPorts, { ...CALLER, file: 'vessel-schedules-fal.json' });
  const [fal] = imported.services;

  it('turns the published French Asia Line 1 schedule into one sea service calling where the vessel calls', () => {
    expect(imported.kind).toBe('vessel-schedules');
    expect(imported.services).toHaveLength(1);
    expect(fal?.id).toBe('dcsa-fal');
    expect(fal?.nameEn).toBe('French Asia Line 1');
    expect(fal?.stops.map((s) => s.terminal)).toEqual(['nbo_port', 'ytn_port', 'leh_port', 'dkk_port', 'anr_port']);
  });

  it('times legs and dwells from the published arrivals and departures', () => {
    const [, yantian, leHavre, dunkirk, antwerp] = fal?.stops ?? [];
    expect(yantian?.dwellHours).toBe(hours('2024-08-11T23:38:00+08:00', '2024-08-12T13:40:00+08:00'));
    expect(leHavre?.runningHours).toBe(hours('2024-08-12T13:40:00+08:00', '2024-09-12T15:00:00+02:00'));
    expect(leHavre?.dwellHours).toBe(24);
    expect(dunkirk?.runningHours).toBe(hours('2024-09-13T15:00:00+02:00', '2024-09-14T05:00:00+02:00'));
    expect(antwerp?.dwellHours).toBe(0);
  });

  it('does not trust the Ningbo call, which departs before it arrives: its dwell and next leg come from the options', () => {
    const [ningbo, yantian] = fal?.stops ?? [];
    expect(ningbo?.dwellHours).toBe(CALLER.dwellHours);
    expect(yantian?.runningHours).toBeUndefined();
    expect(fal?.speedKmh).toBe(CALLER.speedKmh);
    expect(imported.notes).toContainEqual(
      expect.objectContaining({
        pointer: '/0/vesselSchedules/0/transportCalls/0',
        message: expect.stringContaining('departs before it arrives'),
      }),
    );
  });

  it('writes the caller’s frequency, capacity and rate, citing the given sources', () => {
    expect(fal).toMatchObject({
      mode: 'sea',
      vehicle: 'deep-sea-container',
      frequencyPerWeek: 1,
      unitCapacity: { teu: 8000 },
      tariff: { usdPerTeu: 1500, asOf: '2024-08-01', sources: ['DCSA1'] },
      bidirectional: false,
      sources: ['DCSA1'],
    });
  });

  it('makes up no figure DCSA lacks: without options the services have no frequency, capacity or rate, and notes say so', () => {
    const bare = importDcsaSchedules(FAL, networkWithPorts, { sources: ['DCSA1'], dwellHours: 24, speedKmh: 25.558 });
    const [service] = bare.services;
    expect(service?.frequencyPerWeek).toBeUndefined();
    expect(service?.unitCapacity).toEqual({});
    expect(service?.tariff).toBeUndefined();
    expect(bare.notes.map((n) => n.field)).toEqual(
      expect.arrayContaining(['frequencyPerWeek', 'unitCapacityTeu', 'usdPerTeu']),
    );
    // The loader then refuses them, naming what is missing.
    const error = thrown(() => loadNetwork(withServices(withPorts, bare.services)));
    expect(error.message).toMatch(/no frequency and no departures/);
    expect(error.message).toMatch(/needs its capacity in TEU/);
    expect(error.message).toMatch(/no tariff and no tariffs/);
  });

  it('fails on calls at ports the dataset lacks, naming each by its JSON pointer with the fix', () => {
    const error = thrown(() => importDcsaSchedules(FAL, fujianNetwork, CALLER));
    expect(error.code).toBe('invalid-input');
    const codes = error.issues.map((issue) => issue.value);
    expect(codes).toEqual(['CNNBO', 'FRLEH', 'FRDKK']);
    expect(error.issues[0]).toMatchObject({
      pointer: '/0/vesselSchedules/0/transportCalls/0/location',
      field: 'UNLocationCode',
      fix: expect.stringContaining('terminals.csv'),
    });
  });

  it('with skipUnknownPorts leaves those calls out and times the joined leg from the published departure and arrival', () => {
    const skipped = importDcsaSchedules(FAL, fujianNetwork, { ...CALLER, skipUnknownPorts: true });
    const stops = skipped.services[0]?.stops ?? [];
    expect(stops.map((s) => s.terminal)).toEqual(['ytn_port', 'anr_port']);
    expect(stops[1]?.runningHours).toBe(hours('2024-08-12T13:40:00+08:00', '2024-09-15T04:00:00+02:00'));
    expect(skipped.notes.filter((n) => n.message.startsWith('left out'))).toHaveLength(3);
  });

  it('makes no service of the one-call example and says why', () => {
    const single = importDcsaSchedules(dcsaFixture('vessel-schedules-one-call.json'), fujianNetwork, CALLER);
    expect(single.services).toEqual([]);
    expect(single.notes[0]?.message).toMatch(/fewer than two calls/);
  });
});

describe('importDcsaSchedules — point-to-point routings', () => {
  const routing = (legs: unknown[]) =>
    JSON.stringify([
      {
        placeOfReceipt: {
          facilityTypeCode: 'POTE',
          location: { UNLocationCode: 'CNQZJ' },
          dateTime: '2025-03-03T08:00:00+08:00',
        },
        placeOfDelivery: {
          facilityTypeCode: 'POTE',
          location: { UNLocationCode: 'SGSIN' },
          dateTime: '2025-03-09T20:00:00+08:00',
        },
        solutionNumber: 1,
        legs,
      },
    ]);
  // Hand-drawn (the published example's dates are template placeholders): Quanzhou → Kaohsiung → Singapore.
  const vesselLeg = {
    sequenceNumber: 2,
    transport: {
      modeOfTransport: 'VESSEL',
      servicePartners: [{ carrierCode: 'CMA', carrierServiceName: 'Test Loop', carrierServiceCode: 'TL1' }],
    },
    departure: {
      facilityTypeCode: 'POTE',
      location: { UNLocationCode: 'CNQZJ' },
      dateTime: '2025-03-03T20:00:00+08:00',
    },
    intermediateCalls: [
      {
        location: { UNLocationCode: 'TWKHH' },
        arrivalDateTime: '2025-03-04T18:00:00+08:00',
        departureDateTime: '2025-03-05T06:00:00+08:00',
      },
    ],
    arrival: { facilityTypeCode: 'POTE', location: { UNLocationCode: 'SGSIN' }, dateTime: '2025-03-09T08:00:00+08:00' },
  };
  const truckLeg = {
    sequenceNumber: 1,
    transport: { modeOfTransport: 'TRUCK' },
    departure: {
      facilityTypeCode: 'RAMP',
      location: { UNLocationCode: 'CNQZJ' },
      dateTime: '2025-03-03T08:00:00+08:00',
    },
    arrival: { facilityTypeCode: 'POTE', location: { UNLocationCode: 'CNQZJ' }, dateTime: '2025-03-03T12:00:00+08:00' },
  };

  it('turns each vessel leg into a service through its intermediate calls, and leaves the truck leg out with a note', () => {
    const imported = importDcsaSchedules(routing([truckLeg, vesselLeg]), fujianNetwork, CALLER);
    expect(imported.kind).toBe('point-to-point-routes');
    const [service] = imported.services;
    expect(service?.id).toBe('dcsa-tl1');
    expect(service?.operator).toBe('CMA');
    expect(service?.stops).toEqual([
      { terminal: 'qzj_port', dwellHours: 24 },
      { terminal: 'khh_port', dwellHours: 12, runningHours: 22 },
      { terminal: 'sin_port', dwellHours: 24, runningHours: 98 },
    ]);
    expect(imported.notes).toContainEqual(
      expect.objectContaining({ pointer: '/0/legs/0/transport/modeOfTransport', value: 'TRUCK' }),
    );
    expect(() => loadNetwork(withServices(fujianFiles, imported.services))).not.toThrow();
  });

  it('makes the same service between the same ports once, and another port pair of it a second service', () => {
    const toManila = {
      ...vesselLeg,
      intermediateCalls: [],
      arrival: { ...vesselLeg.arrival, location: { UNLocationCode: 'PHMNL' } },
    };
    const solutions = JSON.parse(routing([vesselLeg])) as unknown[];
    const again = JSON.parse(routing([vesselLeg])) as unknown[];
    const other = JSON.parse(routing([toManila])) as unknown[];
    const imported = importDcsaSchedules(
      JSON.stringify([...solutions, ...other, ...again, ...other]),
      fujianNetwork,
      CALLER,
    );
    expect(imported.services.map((s) => s.id)).toEqual(['dcsa-tl1', 'dcsa-tl1-2']);
    expect(imported.services[1]?.stops.map((s) => s.terminal)).toEqual(['qzj_port', 'mnl_port']);
  });

  it('asks which seaport a UN/LOCODE with two of them means, and takes the caller’s mapping', () => {
    const xiamen = {
      ...vesselLeg,
      departure: {
        ...vesselLeg.departure,
        location: { UNLocationCode: 'CNXMN', facility: { facilityCode: 'XHCT', facilityCodeListProvider: 'SMDG' } },
      },
    };
    const error = thrown(() => importDcsaSchedules(routing([xiamen]), fujianNetwork, CALLER));
    expect(error.issues[0]?.message).toMatch(/names 2 seaports of the dataset \(xmn_port_haicang, xmn_port_dongdu\)/);
    expect(error.issues[0]?.fix).toContain('--terminal CNXMN/XHCT=');
    const mapped = importDcsaSchedules(routing([xiamen]), fujianNetwork, {
      ...CALLER,
      terminals: { 'CNXMN/XHCT': 'xmn_port_haicang' },
    });
    expect(mapped.services[0]?.stops[0]?.terminal).toBe('xmn_port_haicang');
  });

  it('makes one stop of two calls at terminals of one port that the dataset draws as one seaport', () => {
    const twoTerminals = {
      ...vesselLeg,
      intermediateCalls: [
        {
          location: { UNLocationCode: 'CNQZJ', facility: { facilityCode: 'QZB', facilityCodeListProvider: 'SMDG' } },
          arrivalDateTime: '2025-03-03T22:00:00+08:00',
          departureDateTime: '2025-03-04T04:00:00+08:00',
        },
      ],
    };
    const imported = importDcsaSchedules(routing([twoTerminals]), fujianNetwork, CALLER);
    expect(imported.services[0]?.stops.map((s) => s.terminal)).toEqual(['qzj_port', 'sin_port']);
    // The vessel leaves Quanzhou from the second terminal: the sea leg is timed from there.
    expect(imported.services[0]?.stops[1]?.runningHours).toBe(124);
  });

  it('suggests a close UN/LOCODE of the dataset for an unknown one', () => {
    const typo = { ...vesselLeg, arrival: { ...vesselLeg.arrival, location: { UNLocationCode: 'SGSIM' } } };
    const error = thrown(() => importDcsaSchedules(routing([typo]), fujianNetwork, CALLER));
    expect(error.issues[0]).toMatchObject({ pointer: '/0/legs/0/arrival/location', value: 'SGSIM' });
    expect(error.issues[0]?.message).toContain('did you mean "SGSIN" (Singapore)');
  });

  it('refuses the published point-to-point template: each placeholder date named by its JSON pointer, with the fix', () => {
    const error = thrown(() => importDcsaSchedules(dcsaFixture('point-to-point-template.json'), fujianNetwork, CALLER));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        pointer: '/0/legs/0/departure/dateTime',
        value: 'DEPARTURE_DATE',
        fix: expect.stringContaining('RFC 3339'),
      }),
    );
    // Three solutions of four legs, each with a departure and an arrival placeholder.
    expect(error.issues.filter((issue) => issue.field === 'dateTime')).toHaveLength(24);
  });
});

describe('importDcsaSchedules — malformed payloads and options', () => {
  const malformed = (name: string) => readFileSync(join(DCSA_MALFORMED_DIR, name), 'utf8');

  it('names every schema problem of a vessel schedule by its JSON pointer', () => {
    const error = thrown(() =>
      importDcsaSchedules(malformed('vessel-schedule-bad-locode-and-event.json'), fujianNetwork, CALLER),
    );
    const pointers = error.issues.map((issue) => issue.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/0/carrierServiceCode',
        '/0/vesselSchedules/0/transportCalls/0/location/UNLocationCode',
        '/0/vesselSchedules/0/transportCalls/0/timestamps/0/eventTypeCode',
      ]),
    );
    const event = error.issues.find((issue) => issue.field === 'eventTypeCode');
    expect(event?.fix).toBe('use one of ARRI, DEPA');
  });

  it('tells a port schedule from a rotation', () => {
    const error = thrown(() =>
      importDcsaSchedules(malformed('port-schedules-not-a-rotation.json'), fujianNetwork, CALLER),
    );
    expect(error.issues[0]?.message).toMatch(/is a port schedule/);
  });

  it('refuses text that is not JSON, an empty list and a non-list', () => {
    for (const text of ['{', '[]', '{"legs": []}']) {
      expect(thrown(() => importDcsaSchedules(text, fujianNetwork, CALLER)).code).toBe('invalid-input');
    }
  });

  it('refuses options out of range, naming each', () => {
    const error = thrown(() =>
      importDcsaSchedules(FAL, networkWithPorts, {
        ...CALLER,
        sources: [],
        unitCapacityTeu: -1,
        rateAsOf: '2024-02-30',
      }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.issues.map((issue) => issue.field)).toEqual(['sources', 'unitCapacityTeu', 'rateAsOf']);
  });
});
