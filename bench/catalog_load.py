"""How long loading the catalog takes: cold (parse and validate every YAML file) and warm
(from the compiled cache), for the bundled library and for a generated 1,000-exercise one.

Run: .venv/bin/python bench/catalog_load.py [--runs N]
Target: a warm load of 1,000 exercises well under 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from forgetrainer.catalog import CONTENT_DIR, load_catalog
from forgetrainer.exercise import slugify


def synthetic_library(folder: Path, size: int) -> None:
    """`size` valid exercise files made from the bundled ones under new names."""
    sources = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CONTENT_DIR.glob("*.yaml"))]
    for number in range(size):
        data = dict(sources[number % len(sources)])
        data["name"] = f"{data['name']} Variant {number}"
        data["aliases"] = [f"{alias} v{number}" for alias in data.get("aliases") or []]
        data["easier"], data["harder"] = [], []
        (folder / f"{slugify(data['name'])}.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )


def timed(folder: Path, *, use_cache: bool) -> float:
    start = time.perf_counter()
    load_catalog(folder, use_cache=use_cache)
    return time.perf_counter() - start


def measure(label: str, folder: Path, runs: int) -> None:
    count = len(list(folder.glob("*.yaml")))
    cold = timed(folder, use_cache=False)
    timed(folder, use_cache=True)  # writes the cache
    warm = [timed(folder, use_cache=True) for _ in range(runs)]
    print(
        f"{label:<28} {count:>5} files   cold {cold * 1000:8.1f} ms   "
        f"warm median {statistics.median(warm) * 1000:6.1f} ms   warm max {max(warm) * 1000:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--size", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["FORGE_CACHE_DIR"] = str(Path(scratch) / "cache")
        measure("bundled library", CONTENT_DIR, args.runs)
        generated = Path(scratch) / "generated"
        generated.mkdir()
        synthetic_library(generated, args.size)
        measure(f"generated library ({args.size})", generated, args.runs)


if __name__ == "__main__":
    main()
