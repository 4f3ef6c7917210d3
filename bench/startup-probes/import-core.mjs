// Probe: the time `import('@corridor/core')` takes in a fresh process, ms (printed as JSON for startup.ts).
const started = performance.now();
await import('@corridor/core');
console.log(JSON.stringify({ importMs: performance.now() - started }));
