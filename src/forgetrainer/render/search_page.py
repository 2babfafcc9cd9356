"""The search page: a query in gym language plus facet filters, with counts per facet value."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from forgetrainer.catalog import Catalog, Filters
from forgetrainer.exercise import Exercise
from forgetrainer.render.page import Link, urls
from forgetrainer.render.views import View, exercise_summary
from forgetrainer.search import search_index
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    MUSCLE_GROUPS,
    Term,
    UnknownTermError,
)

__all__ = ["FACETS", "search_view"]

PAGE_SIZE = 50
# Facet parameter -> (title, vocabulary lookup, the exercise's value).
FACETS: dict[str, tuple[str, Callable[[str], Term | None], Callable[[Exercise], Term]]] = {
    "body_part": ("Body part", BODY_PARTS.get, lambda e: e.body_part),
    "equipment": ("Equipment", EQUIPMENT.get, lambda e: e.equipment),
    "muscle": ("Muscle", MUSCLE_GROUPS.get, lambda e: e.target_group),
    "difficulty": ("Difficulty", DIFFICULTIES.get, lambda e: e.difficulty),
    "category": ("Category", CATEGORIES.get, lambda e: e.category),
}


@dataclass(frozen=True, slots=True)
class FacetOption:
    label: str
    path: str
    count: int
    active: bool


@dataclass(frozen=True, slots=True)
class Facet:
    title: str
    options: tuple[FacetOption, ...]


def _path(params: dict[str, str]) -> str:
    kept = {key: value for key, value in params.items() if value}
    return "/search" + (f"?{urlencode(sorted(kept.items()))}" if kept else "")


def _facets(results: list[Exercise], params: dict[str, str]) -> tuple[Facet, ...]:
    facets = []
    for key, (title, _, value_of) in FACETS.items():
        counts = Counter(value_of(exercise) for exercise in results)
        options = []
        for term, count in sorted(counts.items(), key=lambda item: (-item[1], item[0].name)):
            active = params.get(key) == term.slug
            toggled = {**params, key: "" if active else term.slug}
            options.append(FacetOption(term.name, _path(toggled), count, active))
        facets.append(Facet(title, tuple(options)))
    return tuple(facets)


def search_view(catalog: Catalog, params: dict[str, str]) -> View:
    query = params.get("q", "")
    notes: list[str] = []
    facet_values: dict[str, str] = {}
    for key, (title, lookup, _) in FACETS.items():
        value = params.get(key, "").strip()
        if not value:
            continue
        term = lookup(value)
        if term is None:
            notes.append(f"Ignored the {title.lower()} filter '{value}': it is not a known value.")
        else:
            facet_values[key] = term.slug
    try:
        filters = Filters.parse(**{key: value for key, value in facet_values.items()})
    except UnknownTermError as error:  # pragma: no cover - values were resolved above
        notes.append(str(error))
        filters = Filters()
    result = search_index(catalog).search(query, filters)
    notes = [*result.notes, *notes]
    exercises = result.exercises
    shown = exercises[:PAGE_SIZE]
    state = {"q": query, **facet_values}
    suggestions = [Link(e.name, urls.exercise(e.slug)) for e in result.suggestions]
    heading = f"Search: {query.strip()[:80]}" if query.strip() else "Search exercises"
    summary = f"{len(exercises)} exercise{'s' if len(exercises) != 1 else ''} found"
    if len(exercises) > PAGE_SIZE:
        summary += f"; showing the first {PAGE_SIZE}. Add a filter to narrow the list."
    hidden = [(key, value) for key, value in facet_values.items()]

    def markdown(base: str) -> str:
        lines = [f"# {heading}", "", summary, ""]
        lines += [f"- {note}" for note in notes]
        lines += [
            f"- [{exercise.name}]({base}{urls.exercise(exercise.slug)}): {exercise.difficulty.name}, "
            f"targets {exercise.target.name.lower()}, {exercise.equipment.name.lower()}"
            for exercise in shown
        ]
        return "\n".join(lines) + "\n"

    def data() -> dict[str, Any]:
        return {
            "query": query,
            "filters": facet_values,
            "parsed": result.parsed.describe(),
            "total": len(exercises),
            "notes": notes,
            "suggestions": [link.label for link in suggestions],
            "exercises": [exercise_summary(exercise) for exercise in shown],
        }

    return View(
        path="/search",
        title=heading,
        description="Search the exercise library the way you talk at the gym.",
        template="search.html",
        context={
            "heading": heading,
            "query": query,
            "hidden": hidden,
            "notes": notes,
            "facets": _facets(exercises, state),
            "summary": summary,
            "suggestions": suggestions,
            "results": shown,
        },
        markdown=markdown,
        data=data,
        breadcrumbs=(Link("Home", "/"), Link("Search", "/search")),
    )
