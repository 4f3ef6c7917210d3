import type { Totals } from '@corridor/core';
import type { RouteSide, Shift } from '@corridor/core/scenario';
import { roundAssignmentTotals } from './assignment-json.js';
import { scenarioSummary } from './format-scenario.js';
import type { ScenarioRun } from './scenario-command.js';

/** How many utilization changes the document lists, largest first. */
export const TOP_UTILIZATION_CHANGES = 15;

const tenth = (x: number) => Math.round(x * 10) / 10 || 0;
const whole = (x: number) => Math.round(x) || 0;
const fourDecimals = (x: number) => Math.round(x * 10_000) / 10_000 || 0;

/** Totals rounded as `corridor route --json` rounds them: hours and km to 0.1, USD and kg to 1. */
function totalsJson(totals: Totals) {
  return {
    durationHours: tenth(totals.durationHours),
    costUsd: whole(totals.costUsd),
    co2eKg: whole(totals.co2eKg),
    distanceKm: tenth(totals.distanceKm),
  };
}

function sideJson(side: RouteSide) {
  if ('noRoute' in side) return { noRoute: { reason: side.noRoute.reason, blockedBy: side.noRoute.blockedBy } };
  return {
    totals: totalsJson(side.totals),
    modes: side.modes,
    passages: side.passages,
    transfers: side.transfers,
  };
}

/** After minus before, when both sides have a route; `null` otherwise. */
function changeJson(before: RouteSide, after: RouteSide) {
  if ('noRoute' in before || 'noRoute' in after) return null;
  return totalsJson({
    durationHours: after.totals.durationHours - before.totals.durationHours,
    costUsd: after.totals.costUsd - before.totals.costUsd,
    co2eKg: after.totals.co2eKg - before.totals.co2eKg,
    distanceKm: after.totals.distanceKm - before.totals.distanceKm,
  });
}

function shiftJson(shift: Shift, round: (x: number) => number) {
  return {
    id: shift.id,
    name: shift.nameEn,
    before: round(shift.before),
    after: round(shift.after),
    change: round(shift.after - shift.before),
  };
}

/**
 * The `--json` document of `corridor scenario`: `{ scenario, routesFrom, objective, routes, assignment?,
 * suspended, summary }`. Each route is `{ from, to, fromName, toName, modes, before, after, change, costSplit }`
 * (`costSplit`: `{ reroutingUsd, marketUsd }` when the scenario both re-routes and moves tariffs, else `null`), a side
 * `{ totals, modes, passages, transfers }` or `{ noRoute }`; `modes` is the mode the comparison was held to
 * (`null` when any). The assignment holds the totals before and after, `shifts` (units carried per week by
 * each corridor, every corridor), `modeShares` (0–1), `regionModeShares` (`cargo:region:mode`, 0–1, by
 * destination region), `newBottlenecks`, `worsenedBottlenecks` (full before,
 * ≥ 5 points fuller), `relievedBottlenecks` (full before, under capacity after) and the largest `utilization`
 * changes. Hours and km rounded to 0.1, USD and kg to 1, TEU to 0.1, shares and utilizations
 * to 4 decimals, so the same run always gives the same text.
 *
 * @param run - the comparison and what it was asked
 * @returns one line of JSON, newline-terminated
 */
export function scenarioJson(run: ScenarioRun): string {
  const { scenario, comparison } = run;
  const assignment = comparison.assignment;
  const body = {
    scenario: {
      id: scenario.id,
      name: scenario.nameEn,
      description: scenario.description,
      source: run.origin === 'preset' ? 'preset' : run.origin.file,
      edits: scenario.edits.length,
    },
    routesFrom: run.routesOrigin,
    objective: run.objective,
    routes: comparison.routes.map((route, i) => ({
      from: route.from,
      to: route.to,
      fromName: run.routes[i]?.fromName ?? route.from,
      toName: run.routes[i]?.toName ?? route.to,
      modes: run.routes[i]?.query.modes ?? null,
      before: sideJson(route.before),
      after: sideJson(route.after),
      change: changeJson(route.before, route.after),
      costSplit:
        route.costSplit === undefined
          ? null
          : {
              reroutingUsd: Math.round(route.costSplit.reroutingUsd),
              marketUsd: Math.round(route.costSplit.marketUsd),
            },
    })),
    ...(assignment === undefined
      ? {}
      : {
          assignment: {
            before: roundAssignmentTotals(assignment.before),
            after: roundAssignmentTotals(assignment.after),
            shifts: assignment.corridors.map((s) => shiftJson(s, tenth)),
            modeShares: assignment.modeShares.map((s) => shiftJson(s, fourDecimals)),
            regionModeShares: assignment.regionModeShares.map((s) => shiftJson(s, fourDecimals)),
            newBottlenecks: assignment.newBottlenecks.map((s) => shiftJson(s, fourDecimals)),
            worsenedBottlenecks: assignment.worsenedBottlenecks.map((s) => shiftJson(s, fourDecimals)),
            relievedBottlenecks: assignment.relievedBottlenecks.map((s) => shiftJson(s, fourDecimals)),
            utilization: assignment.utilization
              .slice(0, TOP_UTILIZATION_CHANGES)
              .map((s) => shiftJson(s, fourDecimals)),
          },
        }),
    suspended: comparison.suspended.map((s) => ({ service: s.serviceId, reason: s.reason })),
    summary: scenarioSummary(run),
  };
  return `${JSON.stringify(body)}\n`;
}
