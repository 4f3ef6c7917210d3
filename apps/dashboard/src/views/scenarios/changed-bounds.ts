import type { LonLatBounds } from '../../engine/engine-api';
import { lonLatBounds } from '../../engine/lon-lat-bounds';
import type { ScenarioRun } from '../../engine/scenario-api';

/** A leg counts as changed when its flow moved by at least this share of the largest move of the run. */
export const CHANGED_FLOW_SHARE = 0.1;
/** …or when its use moved by at least this much (10 percentage points). */
export const CHANGED_USE_POINTS = 0.1;

/**
 * The box around what a scenario changed on the map: the service legs whose flow moved by at least
 * {@link CHANGED_FLOW_SHARE} of the run's largest move, or whose use moved by at least {@link CHANGED_USE_POINTS}
 * (re-routed flows show up as legs that lost and legs that gained). Small ripples elsewhere are left out, so that a
 * Red Sea closure frames Suez and the Cape, not every leg whose flow moved by a box. Legs are drawn with
 * continuous longitudes, and {@link lonLatBounds} takes the shorter way round the globe.
 * @param run - a finished scenario run
 * @returns `[west, south, east, north]`, or `null` when the run assigned no flows or moved none
 * @example
 * changedBounds(redSeaRun); // a box from Fujian past the Cape of Good Hope to Europe
 */
export function changedBounds(run: ScenarioRun): LonLatBounds | null {
  const assignment = run.assignment;
  if (assignment === null) return null;
  const legs = assignment.deltaLegs.features;
  const largest = legs.reduce((max, leg) => Math.max(max, Math.abs(leg.properties.delta)), 0);
  const useMoved = new Set(
    assignment.utilization.filter((s) => Math.abs(s.after - s.before) >= CHANGED_USE_POINTS).map((s) => s.id),
  );
  const changed = legs.filter(
    (leg) =>
      (largest > 0 && Math.abs(leg.properties.delta) >= CHANGED_FLOW_SHARE * largest) ||
      useMoved.has(leg.properties.id),
  );
  return lonLatBounds(changed.flatMap((leg) => leg.geometry.coordinates as [number, number][]));
}
