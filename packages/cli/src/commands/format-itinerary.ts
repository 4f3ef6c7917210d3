import type { ItineraryWait, Snap } from '@corridor/core';
import type { ItineraryAnswer, LegAnswer, RouteEnds, RouteRequest } from '@corridor/core/engine';
import { fixedDigits, NOT_A_FIGURE } from './number-format.js';
import { type Column, displayWidth, padEndDisplay, table, truncate, WIDTH } from './text-table.js';

export { truncate, WIDTH };

/** A route as asked and resolved, for the heading: the request, the ends it resolved to, and any snap. */
export interface AskedRoute {
  readonly request: RouteRequest;
  readonly ends: RouteEnds;
  readonly snaps: readonly Snap[];
}

type Itinerary = ItineraryAnswer;
type ItineraryLeg = LegAnswer;

const n0 = fixedDigits(0);
const n1 = fixedDigits(1);

const days = (hours: number) => `${n1.format(hours / 24)} days`;
/** Hours below two days, days above: `11.6 h`, `15.6 d`. */
const hoursOrDays = (hours: number) => (hours < 48 ? `${n1.format(hours)} h` : `${n1.format(hours / 24)} d`);
/** `2026-12-07T00:00:00Z` → `2026-12-07 00:00Z`. */
const minute = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}Z`;

/** A piece of a wrapped line and the separator written before it (when it is not first on its line). */
interface Token {
  readonly separator: string;
  readonly text: string;
}

/** `tokens` after `first`, wrapped to `WIDTH` between tokens; continuation lines start with `indent` spaces. */
function wrapTokens(first: string, tokens: readonly Token[], indent: number): string {
  const lines: string[] = [];
  let line = first;
  let fresh = true;
  for (const [k, { separator, text }] of tokens.entries()) {
    const joined = fresh ? `${line}${text}` : `${line}${separator}${text}`;
    // Leave room for the separator a line ends with when the next token has to wrap.
    const next = tokens[k + 1];
    const room = next === undefined ? WIDTH : WIDTH - displayWidth(next.separator.trimEnd());
    if (displayWidth(joined) > room && !fresh) {
      lines.push(`${line}${separator.trimEnd()}`);
      line = `${' '.repeat(indent)}${text}`;
    } else {
      line = joined;
    }
    fresh = false;
  }
  lines.push(line);
  return `${lines.join('\n')}\n`;
}

/**
 * `parts` joined by `separator` after `first`, wrapped to `WIDTH` between parts; continuation lines start with
 * `indent` spaces.
 */
export function wrap(first: string, parts: readonly string[], separator: string, indent: number): string {
  return wrapTokens(
    first,
    parts.map((text) => ({ separator, text })),
    indent,
  );
}

/**
 * Leg modes in travel order, repeats merged: `road → sea → road`. First- and last-mile drayage (a place and its
 * own terminal) is left out, as in the itinerary's `modes`: it is trucked whatever modes the query allows.
 */
export function modeChain(itinerary: Itinerary): string {
  const chain: string[] = [];
  for (const leg of itinerary.legs) if (leg.drayage !== true && chain.at(-1) !== leg.mode) chain.push(leg.mode);
  return chain.join(' → ');
}

function shipment(query: Pick<RouteRequest, 'teu' | 'tonnes' | 'container'>): string {
  const reefer = query.container === 'reefer' ? ' reefer' : '';
  if (query.tonnes !== undefined) return `${query.tonnes} t${reefer}`;
  const teu = query.teu ?? 1;
  return `${teu} TEU${reefer}`;
}

/**
 * A reefer query's surcharges by mode: the USD with its sources and date where costed, else why not
 * (`reefer not costed for rail: no published figure`), so no mode's reefer cost is silently zero.
 */
function reeferLine(itinerary: Itinerary): string {
  const byMode = new Map<string, { usd: number; words: string }>();
  for (const leg of itinerary.legs) {
    const reefer = leg.costBreakdown.reefer;
    if (reefer === undefined) continue;
    const seen = byMode.get(leg.mode);
    if (reefer.costed) {
      const usd = (seen?.usd ?? 0) + reefer.usd;
      byMode.set(leg.mode, {
        usd,
        words: `${leg.mode} USD ${n0.format(usd)} [${reefer.sources.join(', ')}, ${reefer.asOf}]`,
      });
    } else if (seen === undefined) {
      byMode.set(leg.mode, { usd: 0, words: `${reefer.reason} [${reefer.sources.join(', ')}]` });
    }
  }
  return byMode.size === 0
    ? ''
    : wrap(
        '  reefer     ',
        [...byMode.values()].map((m) => m.words),
        ' · ',
        13,
      );
}

/**
 * The heading of a route or Pareto answer: the ends, the shipment and every constraint of the query.
 *
 * @param asked - the request and its resolved ends
 * @param what - what is shown: `fastest`, `cheapest`, `Pareto front`…
 */
export function formatHeading(asked: AskedRoute, what: string): string {
  const { request, ends } = asked;
  const parts = [`${ends.from.nameEn} (${ends.from.id}) → ${ends.to.nameEn} (${ends.to.id})`, what, shipment(request)];
  if (ends.via !== undefined) parts.push(`via ${ends.via.nameEn}`);
  if (request.modes !== undefined) parts.push(`modes ${request.modes.join(', ')}`);
  if (request.avoidPassages !== undefined && request.avoidPassages.length > 0)
    parts.push(`avoiding ${request.avoidPassages.join(', ')}`);
  if (request.avoidCountries !== undefined && request.avoidCountries.length > 0)
    parts.push(`avoiding countries ${request.avoidCountries.join(', ')}`);
  if (request.avoidTerminals !== undefined && request.avoidTerminals.length > 0)
    parts.push(`avoiding terminals ${request.avoidTerminals.join(', ')}`);
  if (request.maxTransfers !== undefined) parts.push(`at most ${request.maxTransfers} transfers`);
  if (request.depart !== undefined) parts.push(`departing ${request.depart}`);
  for (const snap of asked.snaps) {
    parts.push(
      `${snap.end} ${snap.position.join(',')} snapped to ${snap.snappedTo.nameEn}, ${snap.distanceKm.toFixed(1)} km away`,
    );
  }
  return wrap('', parts, ' · ', 2);
}

/** What an objective minimises, in words. */
export function objectiveWords(request: Pick<RouteRequest, 'objective'>): string {
  switch (request.objective ?? 'time') {
    case 'time':
      return 'fastest';
    case 'cost':
      return 'cheapest';
    case 'co2':
      return 'least CO2e';
    default:
      return 'balanced (money + value of time + carbon price)';
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function summary(itinerary: Itinerary, label: string): string {
  const { totals } = itinerary;
  const figures = [
    days(totals.durationHours),
    `USD ${n0.format(totals.costUsd)}`,
    `${n1.format(totals.co2eKg / 1000)} t CO2e`,
    `${n1.format(totals.distanceKm)} km`,
    modeChain(itinerary),
    plural(itinerary.transfers, 'transfer'),
  ].map((text) => ({ separator: ' · ', text }));
  // The passages close the line, comma-separated, wrapping between passages.
  const passages = itinerary.passages.map((p, i) =>
    i === 0 ? { separator: ' · ', text: `via ${p}` } : { separator: ', ', text: p },
  );
  return wrapTokens(`${label}  `, [...figures, ...passages], label.length + 2);
}

/** `from → to` in `width` columns, the longer name cut first. */
function fromTo(leg: ItineraryLeg, width: number): string {
  let from = leg.from.nameEn;
  let to = leg.to.nameEn;
  const room = width - 3;
  if (displayWidth(from) + displayWidth(to) > room) {
    const half = Math.floor(room / 2);
    if (displayWidth(from) <= half) to = truncate(to, room - displayWidth(from));
    else if (displayWidth(to) <= half) from = truncate(from, room - displayWidth(to));
    else {
      from = truncate(from, half);
      to = truncate(to, room - half);
    }
  }
  return `${from} → ${to}`;
}

function legTable(itinerary: Itinerary): string {
  const legs = itinerary.legs;
  const numbers: Column[] = [
    { title: 'km', right: true, cells: legs.map((l) => n1.format(l.distanceKm)) },
    { title: 'time', right: true, cells: legs.map((l) => hoursOrDays(l.durationHours)) },
    { title: 'USD', right: true, cells: legs.map((l) => n0.format(l.costUsd)) },
    { title: 'kg CO2e', right: true, cells: legs.map((l) => n0.format(l.co2eKg)) },
  ];
  const mode: Column = { title: 'mode', right: false, cells: legs.map((l) => (l.drayage === true ? 'dray' : l.mode)) };
  const service: Column = {
    title: 'service',
    right: false,
    cells: legs.map((l) => truncate(l.service ?? '—', 26)),
  };
  const width = (c: Column) => Math.max(displayWidth(c.title), ...c.cells.map(displayWidth));
  const fixed = 2 + [mode, service, ...numbers].reduce((sum, c) => sum + width(c) + 2, 0);
  const routeWidth = Math.max(20, WIDTH - fixed);
  const route: Column = { title: 'from → to', right: false, cells: legs.map((l) => fromTo(l, routeWidth)) };
  return table([mode, service, route, ...numbers]);
}

/** `16.8` g, or `—` for an intensity that has no activity to divide by. */
const grams = (g: number | null) => (g === null ? NOT_A_FIGURE : n1.format(g));

/**
 * The ISO 14083 split of the itinerary's CO2e: `WTW 3,058 kg = transport 3,038 (TTW 2,044 + WTT 995; WTW 25.1 /
 * TTW 16.9 g per t-km, 250.7 / 168.6 g per TEU-km) + hubs 20 (WTW only)`.
 */
function emissionsLine(itinerary: Itinerary): string {
  const { wtwCo2eKg, transportOperations: t, hubOperations: h } = itinerary.emissions;
  return wrap(
    '  CO2e       ',
    [
      `WTW ${n0.format(wtwCo2eKg)} kg = transport ${n0.format(t.wtwCo2eKg)}`,
      `(TTW ${n0.format(t.ttwCo2eKg)} + WTT ${n0.format(t.wttCo2eKg)};`,
      `WTW ${grams(t.wtwIntensityGPerTonneKm)} / TTW ${grams(t.ttwIntensityGPerTonneKm)} g per t-km,`,
      `${grams(t.wtwIntensityGPerTeuKm)} / ${grams(t.ttwIntensityGPerTeuKm)} g per TEU-km)`,
      `+ hubs ${n0.format(h.wtwCo2eKg)} (WTW only)`,
    ],
    ' ',
    13,
  );
}

/** Waits grouped by where they happen, in order, hours of a kind summed: `Singapore 48.0 h handling + 84.0 h for departure`. */
function waitsLine(waits: readonly ItineraryWait[]): string {
  const byStop: { id: string; name: string; hours: Map<ItineraryWait['kind'], number> }[] = [];
  for (const wait of waits) {
    let stop = byStop.at(-1);
    if (stop?.id !== wait.at.id) {
      stop = { id: wait.at.id, name: wait.at.nameEn, hours: new Map() };
      byStop.push(stop);
    }
    stop.hours.set(wait.kind, (stop.hours.get(wait.kind) ?? 0) + wait.durationHours);
  }
  const words = { handling: 'handling', departure: 'for departure' } as const;
  const total = waits.reduce((sum, w) => sum + w.durationHours, 0);
  return wrap(
    `  waits      ${hoursOrDays(total)}: `,
    byStop.map(
      (s) => `${s.name} ${[...s.hours].map(([kind, hours]) => `${n1.format(hours)} h ${words[kind]}`).join(' + ')}`,
    ),
    '; ',
    13,
  );
}

/**
 * The readable answer of `corridor route`: per itinerary a summary line (days, USD, t CO2e, km, modes,
 * transfers, passages), the leg table, the CO2e split into well-to-wheel and tank-to-wheel (ISO 14083), then
 * waits, border crossings and, when timed, the clock.
 * Every line fits in `WIDTH` columns.
 *
 * @param asked - the request and its resolved ends, for the heading
 * @param itineraries - best first
 */
export function formatItineraries(asked: AskedRoute, itineraries: readonly Itinerary[]): string {
  let text = formatHeading(asked, objectiveWords(asked.request));
  itineraries.forEach((itinerary, i) => {
    text += '\n';
    text += summary(itinerary, itineraries.length === 1 ? 'Route' : `Route ${i + 1}`);
    const first = itinerary.legs[0];
    const last = itinerary.legs.at(-1);
    if (first?.departure !== undefined && last?.arrival !== undefined) {
      text += `  timed      departs ${minute(first.departure)} · arrives ${minute(last.arrival)}\n`;
    }
    if (itineraries.length > 1 && itinerary.option !== undefined) {
      text += wrap('  why        ', itinerary.option.reason.split(' '), ' ', 13);
    }
    text += legTable(itinerary);
    // Rates swing several-fold in a year: say which week's published rates the money comes from.
    const dates = [...new Set(itinerary.legs.flatMap((leg) => (leg.rateAsOf === null ? [] : [leg.rateAsOf])))].sort();
    if (dates.length > 0) text += wrap('  rates      ', [`as of ${dates.join(', ')}`], ' ', 13);
    text += reeferLine(itinerary);
    text += emissionsLine(itinerary);
    if (itinerary.waits.length > 0) text += waitsLine(itinerary.waits);
    if (itinerary.borderCrossings.length > 0) {
      text += wrap(
        '  borders    ',
        itinerary.borderCrossings.map(
          (b) => `${b.terminal.nameEn} (${n1.format(b.dwellHours)} h${b.gaugeChange ? ', gauge break' : ''})`,
        ),
        ' → ',
        13,
      );
    }
  });
  return text;
}

/**
 * The readable answer of `corridor pareto`: one line per point of the front (days, USD, t CO2e, km,
 * transfers, modes, passages), fastest first, in `WIDTH` columns.
 *
 * @param asked - the request and its resolved ends, for the heading
 * @param itineraries - the front, fastest first
 */
export function formatParetoFront(asked: AskedRoute, itineraries: readonly Itinerary[]): string {
  let text = formatHeading(asked, `Pareto front over time, cost and CO2e: ${plural(itineraries.length, 'route')}`);
  text += '\n';
  const columns: Column[] = [
    { title: '#', right: true, cells: itineraries.map((_, i) => String(i + 1)) },
    { title: 'days', right: true, cells: itineraries.map((it) => n1.format(it.totals.durationHours / 24)) },
    { title: 'USD', right: true, cells: itineraries.map((it) => n0.format(it.totals.costUsd)) },
    { title: 't CO2e', right: true, cells: itineraries.map((it) => n1.format(it.totals.co2eKg / 1000)) },
    { title: 'km', right: true, cells: itineraries.map((it) => n1.format(it.totals.distanceKm)) },
    { title: 'transfers', right: true, cells: itineraries.map((it) => String(it.transfers)) },
    { title: 'modes', right: false, cells: itineraries.map(modeChain) },
  ];
  // Passages last, wrapped under their own column so none is cut.
  const rows = table([...columns, { title: 'passages', right: false, cells: itineraries.map(() => '') }])
    .split('\n')
    .slice(0, -1);
  const indent = displayWidth(rows[0] ?? '') - 'passages'.length;
  text += `${rows[0]}\n`;
  itineraries.forEach((it, i) => {
    const start = padEndDisplay(rows[i + 1] ?? '', indent);
    text += wrap(start, it.passages.length === 0 ? ['—'] : it.passages, ', ', indent);
  });
  return text;
}
