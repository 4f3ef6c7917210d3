// `pnpm --filter @corridor/bench scenario-split`: where a dashboard scenario run's time goes in the worker (issue 17,
// point 6; bench/README.md, "Fifth pass"). Each preset, in a process of its own that has only run the base assignment
// (as the worker has once `prepareAssignment` is done), times the comparison's parts in the order `compareScenario`
// runs them — the scenario network's graph, the base's with the same closures (the re-routing cost), the route
// queries before / after / re-routed, the scenario's assignment from the base's flows and from nothing (each run
// twice in turn, the second timed), the flow maps and both summaries — then prints the iterations of each start.
// BENCH_SCENARIO=id keeps one preset.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type AssignmentResult, assign, flowFeatures } from '@corridor/core/flow';
import { createGraphCache } from '@corridor/core/graph';
import type { RouteQuery } from '@corridor/core/model';
import { createRouter } from '@corridor/core/routing';
import { applyScenario, compareScenario, describeComparison } from '@corridor/core/scenario';
import { fujianNetwork } from '@corridor/data';

/** The dashboard's default pairs (`DEFAULT_SCENARIO_ROUTES`), as its worker asks them. */
const ROUTES: readonly RouteQuery[] = [
  { from: 'CNXMN', to: 'NLRTM', objective: 'cost', modes: ['sea', 'road'] },
  { from: 'CNXMN', to: 'DEDUI', objective: 'cost', modes: ['rail', 'road'] },
  { from: 'CNXMN', to: 'USLAX', objective: 'cost', modes: ['sea', 'road'] },
  { from: 'CNFOC', to: 'RUMOW', objective: 'cost', modes: ['rail', 'road'] },
  { from: 'chengdu', to: 'SGSIN', objective: 'cost' },
];

const iterations = (result: AssignmentResult) => {
  const search = result.history.filter((h) => h.phase !== 'path-equilibration').length;
  return `${search} + ${result.history.length - search}`;
};

/** One preset, timed once in this process. */
function split(id: string): Record<string, string> {
  const scenario = fujianNetwork.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`scenario-split: no preset "${id}"`);
  const graphCache = createGraphCache();
  const router = createRouter(fujianNetwork, { graphCache });
  const base = assign(fujianNetwork, { prepared: router.graph([]) });
  const out: Record<string, string> = {};
  let started = performance.now();
  const lap = (name: string) => {
    out[name] = `${(performance.now() - started).toFixed(1)} ms`;
    started = performance.now();
  };
  const applied = applyScenario(fujianNetwork, scenario);
  const avoid = [...applied.avoidPassages];
  const scenarioRouter = applied.network === fujianNetwork ? router : createRouter(applied.network, { graphCache });
  started = performance.now();
  const prepared = scenarioRouter.graph(avoid);
  lap('scenario graph');
  if (avoid.length > 0) router.graph(avoid);
  lap('base graph, same closures');
  for (const query of ROUTES) router.route(query);
  for (const query of ROUTES) scenarioRouter.route({ ...query, avoidPassages: avoid }, { costing: applied.costing });
  for (const query of ROUTES) router.route({ ...query, avoidPassages: avoid });
  lap('routes (before, after, re-routed)');
  const options = { prepared, costing: applied.costing };
  // Each start twice, in turn, the second timed: the first run after the graphs pays for compiling code apart.
  let warm = assign(applied.network, { ...options, warmStart: base });
  let cold = assign(applied.network, options);
  started = performance.now();
  warm = assign(applied.network, { ...options, warmStart: base });
  lap('assignment from the base');
  cold = assign(applied.network, options);
  lap('assignment from nothing');
  const comparison = compareScenario(fujianNetwork, applied, {
    routes: ROUTES,
    baseRouter: router,
    graphCache,
    assignment: true,
    baseAssignment: base,
  });
  lap('compareScenario (graphs kept)');
  flowFeatures(fujianNetwork, base);
  flowFeatures(applied.network, warm);
  describeComparison(comparison, { network: fujianNetwork });
  describeComparison(comparison, { locale: 'zh', network: fujianNetwork });
  lap('flow maps and both summaries');
  out['iterations from nothing / from the base (search + polish)'] = `${iterations(cold)} / ${iterations(warm)}`;
  return out;
}

const child = process.argv[2];
if (child !== undefined) {
  console.log(JSON.stringify(split(child)));
} else {
  const only = process.env.BENCH_SCENARIO;
  const ids = fujianNetwork.scenarios.map((s) => s.id).filter((id) => only === undefined || id === only);
  for (const id of ids) {
    // A fresh process per preset: what the worker meets at its first comparison (graph code not yet compiled).
    const text = execFileSync(process.execPath, [fileURLToPath(import.meta.url), id], { encoding: 'utf8' });
    console.log(`\n${id}`);
    for (const [name, value] of Object.entries(JSON.parse(text) as Record<string, string>))
      console.log(`  ${name.padEnd(58)} ${value}`);
  }
}
