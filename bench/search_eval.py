"""Search quality and speed on the labelled query set (tests/search/queries.yaml).

Prints recall@3, recall@10 and MRR for queries with expected exercises, the share of filter
queries whose top 10 all meet the filters, every failure, and in-process latency over the
full catalog (index built once; its build time is reported too).

Run: .venv/bin/python bench/search_eval.py [--repeat 20]
Targets: recall@3 >= 0.95, filter precision 1.0, p99 < 2 ms per query.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from forgetrainer.catalog import default_catalog
from forgetrainer.search import SearchIndex
from forgetrainer.search.evaluate import evaluate, load_queries, unknown_slugs

QUERIES = Path(__file__).resolve().parent.parent / "tests/search/queries.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20, help="timed passes over the query set")
    args = parser.parse_args()
    catalog = default_catalog()
    queries = load_queries(QUERIES)
    missing = unknown_slugs(catalog, queries)
    if missing:
        raise SystemExit(f"labels name exercises that do not exist: {missing}")
    started = time.perf_counter()
    index = SearchIndex(catalog)
    build_ms = (time.perf_counter() - started) * 1000
    report = evaluate(index, queries)
    ranked = sum(bool(q.expect) for q in queries)
    filtered = sum(bool(q.filters) for q in queries)
    print(f"catalog: {len(catalog)} exercises; queries: {len(queries)} ({ranked} ranked, {filtered} with filters)")
    print(f"recall@3 {report.recall_at(3):.3f}  recall@10 {report.recall_at(10):.3f}  MRR {report.mrr:.3f}")
    print(f"filter precision (top 10 all satisfy the filters): {report.filter_precision:.3f}")
    for judged in report.failures():
        detail = f"rank {judged.rank}" if judged.labelled.expect else f"breaks filters: {list(judged.broken)[:4]}"
        print(f"  MISS [{judged.labelled.kind}] {judged.labelled.query!r}: {detail}; top {list(judged.top[:3])}")

    timings = []
    for _ in range(args.repeat):
        for labelled in queries:
            begin = time.perf_counter()
            index.search(labelled.query)
            timings.append((time.perf_counter() - begin) * 1000)
    timings.sort()

    def at(share: float) -> float:
        return timings[min(len(timings) - 1, int(share * len(timings)))]

    print(f"index build {build_ms:.0f} ms; per query over {len(timings)} searches: ", end="")
    print(f"p50 {at(0.5):.3f} ms, p99 {at(0.99):.3f} ms, max {timings[-1]:.3f} ms")


if __name__ == "__main__":
    main()
