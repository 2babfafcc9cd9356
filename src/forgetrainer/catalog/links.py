"""Checks that span files: unique names and aliases, easier/harder links that resolve and
never loop, and the completion of those links in both directions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from forgetrainer.catalog.problems import Problem
from forgetrainer.catalog.schema import Record
from forgetrainer.taxonomy import normalize_key

__all__ = ["check_across", "complete_links", "find_cycle", "harder_edges"]


def _label_owners(records: Mapping[Path, Record]) -> dict[str, list[tuple[Path, str]]]:
    owners: dict[str, list[tuple[Path, str]]] = defaultdict(list)
    for path, record in records.items():
        labels = {normalize_key(record["name"]): "name", normalize_key(record["slug"]): "name"}
        for alias in record["aliases"]:
            labels.setdefault(normalize_key(alias), "aliases")
        for key, field in labels.items():
            owners[key].append((path, field))
    return owners


def _duplicate_problems(records: Mapping[Path, Record]) -> list[Problem]:
    problems: list[Problem] = []
    for key, owners in _label_owners(records).items():
        if len(owners) < 2:
            continue
        for path, field in owners:
            others = ", ".join(sorted(str(other.name) for other, _ in owners if other != path))
            problems.append(Problem(path, f"'{key}' also names the exercise in {others}", field))
    return problems


def harder_edges(records: Mapping[str, Record]) -> dict[str, set[str]]:
    """slug -> slugs that are one step harder, from both `harder` and the other side's `easier`."""
    edges: dict[str, set[str]] = {slug: set() for slug in records}
    for slug, record in records.items():
        for harder in record["harder"]:
            edges[slug].add(harder)
        for easier in record["easier"]:
            edges.setdefault(easier, set()).add(slug)
    return edges


def find_cycle(edges: Mapping[str, set[str]]) -> list[str] | None:
    """One cycle in the harder-than graph, as a path that returns to its start, or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
    for start in sorted(edges):
        if start in state:
            continue
        path: list[str] = [start]
        iterators = [iter(sorted(edges.get(start, ())))]
        state[start] = 1
        while iterators:
            step = next(iterators[-1], None)
            if step is None:
                state[path.pop()] = 2
                iterators.pop()
            elif state.get(step) == 1:
                return [*path[path.index(step) :], step]
            elif step not in state:
                state[step] = 1
                path.append(step)
                iterators.append(iter(sorted(edges.get(step, ()))))
    return None


def _link_problems(by_slug: Mapping[str, tuple[Path, Record]], known_slugs: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    for path, record in by_slug.values():
        for field in ("easier", "harder"):
            for link in record[field]:
                if link not in known_slugs:
                    problems.append(Problem(path, f"links to '{link}', which is not an exercise", field))
    if problems:
        return problems
    cycle = find_cycle(harder_edges({slug: record for slug, (_, record) in by_slug.items()}))
    if cycle:
        path = by_slug[cycle[0]][0]
        problems.append(Problem(path, f"easier/harder links form a cycle: {' -> '.join(cycle)}", "harder"))
    return problems


def check_across(records: Mapping[Path, Record], known_slugs: set[str] | None = None) -> list[Problem]:
    """Problems between files. `known_slugs` widens the link check beyond these records."""
    by_slug = {record["slug"]: (path, record) for path, record in records.items()}
    slugs = set(by_slug) | (known_slugs or set())
    return _duplicate_problems(records) + _link_problems(by_slug, slugs)


def complete_links(records: Sequence[Record]) -> dict[str, tuple[list[str], list[str]]]:
    """slug -> (easier, harder) with every link present on both of its ends."""
    completed = {record["slug"]: (list(record["easier"]), list(record["harder"])) for record in records}
    for record in records:
        for harder in record["harder"]:
            if record["slug"] not in completed[harder][0]:
                completed[harder][0].append(record["slug"])
        for easier in record["easier"]:
            if record["slug"] not in completed[easier][1]:
                completed[easier][1].append(record["slug"])
    return completed
