// `pnpm bench:startup`: how fast Corridor starts (issue 16, "Fast to start"). Each probe of startup-probes/ runs in
// N fresh Node processes, the probes taking turns so that load from other processes falls on all alike; medians
// are printed beside the targets, with `import('graphology')` alone as the reference. Then a route query is bundled
// for the browser with vite and its gzip size reported, the dataset apart. Writes .reports/bench-startup.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { median } from './timing.js';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const probesDir = join(benchDir, 'startup-probes');
const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 15);

/** The targets of issue 16 on this machine. */
const TARGETS = { importCoreMs: 50, firstRouteMs: 100, routeQueryGzipKb: 150 } as const;

type Figures = Record<string, number>;

function runProbe(file: string): Figures {
  const out = execFileSync(process.execPath, [join(probesDir, file)], { cwd: benchDir, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Figures;
}

/** Each probe `runs` times, interleaved, after one untimed round (disk cache); the median of every figure. */
function timeProbes(files: readonly string[]): Record<string, Figures> {
  for (const file of files) runProbe(file);
  const samples = new Map<string, Figures[]>(files.map((file) => [file, []]));
  for (let round = 0; round < runs; round++) for (const file of files) samples.get(file)?.push(runProbe(file));
  return Object.fromEntries(
    [...samples].map(([file, all]) => [
      file,
      Object.fromEntries(Object.keys(all[0] ?? {}).map((key) => [key, median(all.map((f) => f[key] as number))])),
    ]),
  );
}

interface ChunkSize {
  readonly file: string;
  readonly role: 'route query' | 'dataset' | 'country lookup (lazy)' | 'other (lazy)';
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Bundles startup-probes/route-query.mjs for the browser (minified, as an app ships it) and sizes its chunks. */
async function bundleRouteQuery(): Promise<ChunkSize[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-bundle-'));
  try {
    const output = (await build({
      root: probesDir,
      logLevel: 'silent',
      configFile: false,
      build: {
        outDir,
        write: false,
        target: 'es2022',
        rolldownOptions: { input: join(probesDir, 'route-query.mjs') },
      },
    })) as Rolldown.RolldownOutput;
    const chunks = output.output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    // What the page loads before it can route: the entry and every chunk it imports statically.
    const eager = new Set<string>();
    const visit = (fileName: string) => {
      if (eager.has(fileName)) return;
      eager.add(fileName);
      for (const imported of chunks.find((c) => c.fileName === fileName)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
    return chunks.map((chunk) => {
      const modules = chunk.moduleIds.join('\n');
      const role: ChunkSize['role'] = modules.includes('packages/data/')
        ? 'dataset'
        : eager.has(chunk.fileName)
          ? 'route query'
          : modules.includes('country-coder')
            ? 'country lookup (lazy)'
            : 'other (lazy)';
      return {
        file: chunk.fileName,
        role,
        bytes: Buffer.byteLength(chunk.code),
        gzipBytes: gzipSync(chunk.code).length,
      };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const ms = (value: number | undefined) => `${(value ?? Number.NaN).toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Startup, medians over ${runs} fresh processes each (node ${process.version})`);
const timed = timeProbes(['import-core.mjs', 'import-graphology.mjs', 'first-route.mjs']);
const importCore = timed['import-core.mjs'] ?? {};
const importGraphology = timed['import-graphology.mjs'] ?? {};
const firstRoute = timed['first-route.mjs'] ?? {};
const verdict = (value: number | undefined, target: number) => ((value ?? Infinity) <= target ? 'met' : 'NOT met');
console.log(
  `  import('@corridor/core')        ${ms(importCore.importMs).padStart(9)}  target ≤ ${TARGETS.importCoreMs} ms: ` +
    `${verdict(importCore.importMs, TARGETS.importCoreMs)}`,
);
console.log(`  import('graphology') alone     ${ms(importGraphology.importMs).padStart(9)}  (reference)`);
console.log(
  `  first Fujian route, cold       ${ms(firstRoute.totalMs).padStart(9)}  target ≤ ${TARGETS.firstRouteMs} ms: ` +
    `${verdict(firstRoute.totalMs, TARGETS.firstRouteMs)}`,
);
console.log(
  `    import engine ${ms(firstRoute.importMs)}, import data ${ms(firstRoute.dataMs)}, ` +
    `createEngine + route ${ms(firstRoute.routeMs)}`,
);

const chunks = await bundleRouteQuery();
const routeQueryGzip = chunks.filter((c) => c.role === 'route query').reduce((sum, c) => sum + c.gzipBytes, 0);
console.log('Browser bundle of a route query (vite, minified):');
for (const chunk of chunks) {
  console.log(`  ${chunk.role.padEnd(22)} ${kb(chunk.bytes).padStart(9)}, gzip ${kb(chunk.gzipBytes).padStart(8)}`);
}
console.log(
  `  route query, dataset apart: gzip ${kb(routeQueryGzip)}  target ≤ ${TARGETS.routeQueryGzipKb} KB: ` +
    `${verdict(routeQueryGzip / 1024, TARGETS.routeQueryGzipKb)}`,
);

const reportDir = join(benchDir, '..', '.reports');
mkdirSync(reportDir, { recursive: true });
writeFileSync(
  join(reportDir, 'bench-startup.json'),
  `${JSON.stringify({ runs, node: process.version, targets: TARGETS, timed, chunks }, null, 2)}\n`,
);
