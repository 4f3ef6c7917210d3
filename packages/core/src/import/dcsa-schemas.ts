/**
 * The parts of the DCSA Commercial Schedules 1.0 responses (OpenAPI `cs/v1/CS_v1.0.x.yaml` of
 * dcsaorg/DCSA-OpenAPI) that become services: vessel schedules (`GET /v1/vessel-schedules`, an array of
 * `ServiceSchedule`) and point-to-point routings (`GET /v1/point-to-point-routes`, an array of `PointToPoint`).
 * Properties the importer does not read (addresses, cut-off times, footprints…) are allowed and ignored, as
 * later 1.0.x patches add some; the ones it reads are checked as the specification writes them.
 */
import { z } from 'zod';

/** An RFC 3339 date-time with its UTC offset, as every DCSA 1.0.1+ `dateTime` is written. */
const dateTime = z.iso.datetime({ offset: true, error: 'must be an RFC 3339 date-time with its UTC offset' });

/** A non-blank DCSA text field (`^\S(?:.*\S)?$`) of at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^\S(?:.*\S)?$/, 'must not start or end with a space');

/** `CNXMN`: two letters of country, three of place (digits 2–9 allowed), as the specification's pattern. */
export const unLocationCode = z.string().regex(/^[A-Z]{2}[A-Z2-9]{3}$/, 'must be a 5-character UN/LOCODE');

const timestamp = z.object({
  eventTypeCode: z.enum(['ARRI', 'DEPA']),
  eventClassifierCode: z.enum(['PLN', 'EST', 'ACT']),
  eventDateTime: dateTime,
});

const vessel = z.object({
  vesselIMONumber: z
    .string()
    .regex(/^\d{7,8}$/, 'must be a 7- or 8-digit IMO number')
    .optional(),
  name: text(50).optional(),
  operatorCarrierCode: z.string().max(10).optional(),
});

/** Where a vessel calls in a vessel schedule: a UN/LOCODE and, optionally, the terminal's SMDG code. */
const transportCallLocation = z.object({
  locationName: text(100).optional(),
  UNLocationCode: unLocationCode.optional(),
  facilitySMDGCode: z.string().max(6).optional(),
});

const transportCall = z.object({
  transportCallReference: z.string().min(1).max(100),
  carrierImportVoyageNumber: text(50),
  carrierExportVoyageNumber: text(50).optional(),
  location: transportCallLocation.optional(),
  timestamps: z.array(timestamp),
});

const vesselSchedule = z.object({
  vessel: vessel.optional(),
  isDummyVessel: z.boolean(),
  transportCalls: z.array(transportCall).default([]),
});

/** One carrier service and the schedules of its vessels (`ServiceSchedule`). */
export const serviceScheduleSchema = z.object({
  carrierServiceName: text(50),
  carrierServiceCode: text(11),
  universalServiceReference: z
    .string()
    .regex(/^SR\d{5}[A-Z]$/, 'must be a universal service reference such as SR12345A')
    .optional(),
  vesselSchedules: z.array(vesselSchedule),
});

/** A point-to-point `Location`: a UN/LOCODE and, optionally, a facility code (SMDG or BIC). */
const location = z.object({
  locationName: text(100).optional(),
  UNLocationCode: unLocationCode.optional(),
  facility: z
    .object({
      facilityCode: text(6),
      facilityCodeListProvider: z.enum(['BIC', 'SMDG']),
    })
    .optional(),
});

const place = z.object({
  facilityTypeCode: z.string().max(4),
  location,
  dateTime,
});

const servicePartner = z.object({
  carrierCode: z.string().max(4).optional(),
  carrierServiceName: text(50).optional(),
  carrierServiceCode: text(11).optional(),
});

const transport = z.object({
  modeOfTransport: z.enum([
    'VESSEL',
    'BARGE',
    'TRUCK',
    'RAIL',
    'RAIL_TRUCK',
    'BARGE_TRUCK',
    'BARGE_RAIL',
    'MULTIMODAL',
  ]),
  servicePartners: z.array(servicePartner).optional(),
  universalServiceReference: z.string().optional(),
  vessel: vessel.optional(),
});

const intermediateCall = z.object({
  location,
  arrivalDateTime: dateTime.optional(),
  departureDateTime: dateTime.optional(),
});

const leg = z.object({
  sequenceNumber: z.number().int().optional(),
  transport,
  departure: place,
  intermediateCalls: z.array(intermediateCall).optional(),
  arrival: place,
});

/** One routing solution from a place of receipt to a place of delivery (`PointToPoint`). */
export const pointToPointSchema = z.object({
  placeOfReceipt: place,
  placeOfDelivery: place,
  solutionNumber: z.number().int().optional(),
  transitTime: z.number().int().optional(),
  legs: z.array(leg).min(1),
});

/** A parsed `ServiceSchedule`. */
export type DcsaServiceSchedule = z.output<typeof serviceScheduleSchema>;
/** A parsed `PointToPoint` routing. */
export type DcsaPointToPoint = z.output<typeof pointToPointSchema>;
/** A parsed point-to-point `Leg`. */
export type DcsaLeg = DcsaPointToPoint['legs'][number];
/** A parsed vessel-schedule `TransportCall`. */
export type DcsaTransportCall = DcsaServiceSchedule['vesselSchedules'][number]['transportCalls'][number];
