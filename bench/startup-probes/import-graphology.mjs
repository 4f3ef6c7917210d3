// Probe, the reference: `import('graphology')` alone in a fresh process, ms.
const started = performance.now();
await import('graphology');
console.log(JSON.stringify({ importMs: performance.now() - started }));
