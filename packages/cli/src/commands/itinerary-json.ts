import type { Itinerary, ItineraryLeg, Network, NoRoute, RouteResult, Totals } from '@corridor/core';
import { legRate } from '@corridor/core/costing';

/** Hours and kilometres to 0.1, dollars and kilograms to 1: enough for a plan, and byte-stable. */
const tenth = (x: number) => Math.round(x * 10) / 10 || 0;
const whole = (x: number) => Math.round(x) || 0;

/** Totals rounded for output: hours and km to 0.1, USD and kg to 1. */
export function roundTotals(totals: Totals): Totals {
  return {
    durationHours: tenth(totals.durationHours),
    costUsd: whole(totals.costUsd),
    co2eKg: whole(totals.co2eKg),
    distanceKm: tenth(totals.distanceKm),
  };
}

function legJson(leg: ItineraryLeg, network?: Network) {
  const rate = network === undefined ? undefined : legRate(network, leg);
  return {
    mode: leg.mode,
    service: leg.service ?? null,
    from: leg.from.id,
    to: leg.to.id,
    distanceKm: tenth(leg.distanceKm),
    durationHours: tenth(leg.durationHours),
    costUsd: whole(leg.costUsd),
    co2eKg: whole(leg.co2eKg),
    passages: leg.passages,
    countries: leg.countries,
    borderCrossings: leg.borderCrossings,
    ...(leg.drayage === true ? { drayage: true } : {}),
    fromName: leg.from.nameEn,
    toName: leg.to.nameEn,
    ...(leg.departure === undefined ? {} : { departure: leg.departure }),
    ...(leg.arrival === undefined ? {} : { arrival: leg.arrival }),
    // The date of the published rate the leg was charged at (null for road, or an undated assumption).
    rateAsOf: rate?.asOf ?? null,
  };
}

/** An itinerary as the `--json` output shows it: ids for places and terminals, rounded figures, no geometry. */
export function itineraryJson(itinerary: Itinerary, network?: Network) {
  return {
    totals: roundTotals(itinerary.totals),
    modes: itinerary.modes,
    transfers: itinerary.transfers,
    passages: itinerary.passages,
    countries: itinerary.countries,
    legs: itinerary.legs.map((leg) => legJson(leg, network)),
    waits: itinerary.waits.map((wait) => ({
      at: wait.at.id,
      kind: wait.kind,
      durationHours: tenth(wait.durationHours),
      costUsd: whole(wait.costUsd),
      co2eKg: whole(wait.co2eKg),
      ...(wait.start === undefined ? {} : { start: wait.start }),
      ...(wait.lifts === undefined ? {} : { lifts: wait.lifts }),
    })),
    ...(itinerary.option === undefined ? {} : { option: itinerary.option }),
    borderCrossings: itinerary.borderCrossings.map((crossing) => ({
      terminal: crossing.terminal.id,
      service: crossing.service,
      dwellHours: tenth(crossing.dwellHours),
      gaugeChange: crossing.gaugeChange,
    })),
  };
}

/** A no-route answer with the relaxation's totals rounded. */
export function noRouteJson(noRoute: NoRoute) {
  return {
    reason: noRoute.reason,
    blockedBy: noRoute.blockedBy,
    ...(noRoute.relaxation === undefined
      ? {}
      : { relaxation: { change: noRoute.relaxation.change, totals: roundTotals(noRoute.relaxation.totals) } }),
  };
}

/**
 * The `--json` document of a route answer: `{ itineraries: [...] }` or `{ noRoute: {...} }`, plus `snaps`
 * when an end was snapped. The same answer always gives the same text.
 *
 * @param result - what `router.route` or `router.pareto` returned
 * @returns one line of JSON, newline-terminated
 */
export function routeResultJson(result: RouteResult, network?: Network): string {
  const snaps =
    result.snaps.length === 0
      ? {}
      : {
          snaps: result.snaps.map((snap) => ({
            end: snap.end,
            position: snap.position,
            snappedTo: snap.snappedTo.id,
            distanceKm: tenth(snap.distanceKm),
          })),
        };
  const body =
    'noRoute' in result
      ? { noRoute: noRouteJson(result.noRoute), ...snaps }
      : { itineraries: result.itineraries.map((it) => itineraryJson(it, network)), ...snaps };
  return `${JSON.stringify(body)}\n`;
}
