// The native reference of `pnpm bench`: igraph's C Dijkstra (Debian's python3-igraph), run in a child
// process on the same compiled graph, written to a temporary binary edge list.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledGraph } from '@corridor/core/graph';

/** What igraph_one_to_all.py prints. */
export interface IgraphRun {
  readonly igraph: string;
  readonly python: string;
  readonly loadMs: number;
  readonly timingsMs: readonly number[];
  /** The same call with target = source: igraph's per-call cost besides the search (weights in, row out). */
  readonly overheadMs: readonly number[];
  readonly checks: readonly { readonly source: number; readonly reached: number; readonly sumKm: number }[];
}

/** How to get igraph, printed when no Python on this machine can import it. */
export const IGRAPH_INSTALL_HINT =
  'install it with `apt-get install -y python3-igraph` (Debian/Ubuntu, as root) or `pip install igraph`, then rerun `pnpm bench`';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '..', 'igraph_one_to_all.py');

/** The first Python that can `import igraph`: $CORRIDOR_PYTHON, then python3 on PATH, then the system one. */
export function findIgraphPython(): string | undefined {
  const candidates = [process.env.CORRIDOR_PYTHON, 'python3', '/usr/bin/python3'];
  for (const python of candidates) {
    if (python === undefined || python === '') continue;
    const probe = spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/**
 * Times igraph's one-to-all Dijkstra from each source on `graph` with `weights`.
 *
 * @param python - a Python that imports igraph (see {@link findIgraphPython})
 * @param graph - the compiled graph the Node side searches
 * @param weights - per compiled edge, km
 * @param sources - compiled node ids
 * @param rounds - timed passes over the sources, after one warm-up pass
 * @returns the script's report
 * @throws Error with the script's stderr when it fails
 */
export function runIgraph(
  python: string,
  graph: CompiledGraph,
  weights: Float64Array,
  sources: readonly number[],
  rounds: number,
): IgraphRun {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
  try {
    const file = join(dir, 'edges.bin');
    const m = graph.edgeCount;
    const bytes = Buffer.alloc(m * 16);
    new Uint32Array(bytes.buffer, bytes.byteOffset, m).set(graph.sources);
    new Uint32Array(bytes.buffer, bytes.byteOffset + m * 4, m).set(graph.targets);
    new Float64Array(bytes.buffer, bytes.byteOffset + m * 8, m).set(weights);
    writeFileSync(file, bytes);
    const args = [SCRIPT, file, String(graph.nodeCount), sources.join(','), '1', String(rounds)];
    const result = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`igraph_one_to_all.py failed: ${result.stderr || result.error}`);
    return JSON.parse(result.stdout) as IgraphRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
