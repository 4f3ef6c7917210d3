// Probe: a first Fujian route from cold — import the engine and the dataset, open an engine, route Xiamen →
// Duisburg — in a fresh process, each step's ms (printed as JSON for startup.ts).
const started = performance.now();
const { createEngine } = await import('@corridor/core/engine');
const imported = performance.now();
const { fujianNetwork } = await import('@corridor/data');
const dataImported = performance.now();
const engine = createEngine(fujianNetwork);
const answer = engine.route({ from: 'Xiamen', to: 'Duisburg' });
const routed = performance.now();
if (!('itineraries' in answer)) throw new Error('first-route: no route Xiamen → Duisburg');
console.log(
  JSON.stringify({
    totalMs: routed - started,
    importMs: imported - started,
    dataMs: dataImported - imported,
    routeMs: routed - dataImported,
  }),
);
