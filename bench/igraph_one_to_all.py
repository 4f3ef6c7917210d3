"""Reference for `pnpm bench`: one-to-all Dijkstra in igraph's C core, timed from Python.

Usage: python3 igraph_one_to_all.py EDGES.bin NODE_COUNT SOURCES WARMUP_ROUNDS ROUNDS

EDGES.bin holds, in the machine's byte order, uint32 tails[m], uint32 heads[m], float64 weights[m] (m = size / 16), the
compiled graph of the Node benchmark. SOURCES is a comma-separated list of node ids. Prints one JSON object:
igraph and Python versions, load time, the duration of every timed `Graph.distances(source, weights=...)` call
(ms, Python call and list conversion included), the duration of the same call with target = source (the
per-call overhead: igraph stops as soon as its targets are settled), and per source the number of reached nodes and the sum of
their distances so the Node side can check that both computed the same thing.
"""

import json
import os
import platform
import sys
import time
from array import array

import igraph


def main() -> None:
    path, node_count, sources_text, warmup_rounds, rounds = sys.argv[1:6]
    node_count, warmup_rounds, rounds = int(node_count), int(warmup_rounds), int(rounds)
    sources = [int(s) for s in sources_text.split(",")]
    m = os.path.getsize(path) // 16

    start = time.perf_counter()
    tails, heads, weights = array("I"), array("I"), array("d")
    with open(path, "rb") as f:
        tails.fromfile(f, m)
        heads.fromfile(f, m)
        weights.fromfile(f, m)
    graph = igraph.Graph(n=node_count, edges=list(zip(tails, heads)), directed=True)
    graph.es["weight"] = list(weights)
    load_ms = (time.perf_counter() - start) * 1000

    for _ in range(warmup_rounds):
        for s in sources:
            graph.distances(source=[s], weights="weight", mode="out")
    timings_ms = []
    overhead_ms = []
    checks = []
    for round_index in range(rounds):
        for s in sources:
            start = time.perf_counter()
            row = graph.distances(source=[s], weights="weight", mode="out")[0]
            timings_ms.append((time.perf_counter() - start) * 1000)
            # The same call stopped at once (target = source): what every call pays besides the search itself,
            # mostly converting the m weights from Python floats and the result row back.
            start = time.perf_counter()
            graph.distances(source=[s], target=[s], weights="weight", mode="out")
            overhead_ms.append((time.perf_counter() - start) * 1000)
            if round_index == 0:
                reached = [d for d in row if d != float("inf")]
                checks.append({"source": s, "reached": len(reached), "sumKm": sum(reached)})

    print(json.dumps({
        "igraph": igraph.__version__,
        "python": platform.python_version(),
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "loadMs": load_ms,
        "timingsMs": timings_ms,
        "overheadMs": overhead_ms,
        "checks": checks,
    }))


if __name__ == "__main__":
    main()
