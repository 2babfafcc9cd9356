"""Measuring search quality against a labelled query set (see tests/search/queries.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.search.engine import SearchIndex
from forgetrainer.search.lexicon import HOME_EQUIPMENT

__all__ = ["Judged", "LabelledQuery", "Report", "evaluate", "load_queries", "satisfies"]

_GENTLE = frozenset({"none", "low"})


@dataclass(frozen=True)
class LabelledQuery:
    query: str
    kind: str
    expect: tuple[str, ...] = ()
    filters: Mapping[str, Any] = field(default_factory=dict)
    core: bool = False


@dataclass(frozen=True)
class Judged:
    labelled: LabelledQuery
    rank: int | None  # 1-based rank of the first expected exercise, if any was expected and found
    top: tuple[str, ...]
    broken: tuple[str, ...]  # top-10 results that break the filters

    @property
    def filters_hold(self) -> bool:
        return bool(self.top) and not self.broken


@dataclass(frozen=True)
class Report:
    judged: tuple[Judged, ...]

    def _ranked(self) -> list[Judged]:
        return [j for j in self.judged if j.labelled.expect]

    def recall_at(self, k: int) -> float:
        ranked = self._ranked()
        return sum(j.rank is not None and j.rank <= k for j in ranked) / len(ranked)

    @property
    def mrr(self) -> float:
        ranked = self._ranked()
        return sum(1 / j.rank for j in ranked if j.rank) / len(ranked)

    @property
    def filter_precision(self) -> float:
        filtered = [j for j in self.judged if j.labelled.filters]
        return sum(j.filters_hold for j in filtered) / len(filtered)

    def failures(self) -> list[Judged]:
        return [
            j
            for j in self.judged
            if (j.labelled.expect and (j.rank or 99) > 3) or (j.labelled.filters and not j.filters_hold)
        ]


def load_queries(path: Path) -> list[LabelledQuery]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        LabelledQuery(
            query=str(item["query"]),
            kind=str(item["kind"]),
            expect=tuple(item.get("expect", ())),
            filters=item.get("filters", {}),
            core=bool(item.get("core", False)),
        )
        for item in raw
    ]


def satisfies(exercise: Exercise, filters: Mapping[str, Any]) -> bool:
    """Whether one result meets every constraint of a labelled query."""
    needed = {term.slug for term in exercise.equipment_needed}
    checks: dict[str, Callable[[Any], bool]] = {
        "equipment": lambda v: bool(needed & set(v)),
        "only_equipment": lambda v: exercise.equipment.slug in v and needed <= set(v) | {"body-weight"},
        "no_equipment": lambda v: needed == {"body-weight"},
        "home": lambda v: needed <= HOME_EQUIPMENT,
        "bodyweight": lambda v: exercise.equipment.slug == "body-weight",
        "difficulty": lambda v: exercise.difficulty.slug == v,
        "category": lambda v: exercise.category.slug in v,
        "cardio": lambda v: exercise.category.slug == "cardio" or exercise.body_part.slug == "cardio",
        "body_part": lambda v: exercise.body_part.slug in v,
        "target_group": lambda v: exercise.target.group in v,
        "target": lambda v: exercise.target.slug in v,
        "gentle_on": lambda v: all(exercise.stress_on(joint) in _GENTLE for joint in v),
    }
    for key, value in filters.items():
        if key not in checks:
            raise ValueError(f"unknown constraint '{key}' in the labelled queries")
        if not checks[key](value):
            return False
    return True


def judge(index: SearchIndex, labelled: LabelledQuery) -> Judged:
    exercises = index.search(labelled.query).exercises
    slugs = [exercise.slug for exercise in exercises]
    rank = next((position + 1 for position, slug in enumerate(slugs) if slug in labelled.expect), None)
    broken = tuple(e.slug for e in exercises[:10] if labelled.filters and not satisfies(e, labelled.filters))
    return Judged(labelled, rank, tuple(slugs[:10]), broken)


def evaluate(index: SearchIndex, queries: Iterable[LabelledQuery]) -> Report:
    return Report(tuple(judge(index, labelled) for labelled in queries))


def unknown_slugs(catalog: Catalog, queries: Sequence[LabelledQuery]) -> list[str]:
    """Expected slugs that are not in the catalog: a broken label, not a search failure."""
    return [slug for q in queries for slug in q.expect if slug not in catalog]
