"""Hub pages: lists of exercises by body part, equipment, muscle, difficulty and combinations.

A hub is a value (title, grouped exercises, chips to narrow further) that the HTML, Markdown
and JSON forms of the page all render.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from forgetrainer.catalog import Catalog, Filters, muscles_matching
from forgetrainer.exercise import Exercise
from forgetrainer.render.page import Link, urls
from forgetrainer.taxonomy import (
    BODY_PARTS,
    DIFFICULTIES,
    EQUIPMENT,
    MUSCLE_GROUPS,
    MUSCLES,
    Term,
)

__all__ = [
    "COMBINATION_MINIMUM",
    "Chip",
    "ChipRow",
    "Hub",
    "HubGroup",
    "body_part_hub",
    "combination_hub",
    "combinations",
    "difficulty_hub",
    "equipment_hub",
    "hub_muscles",
    "muscle_hub",
    "search_path",
]

COMBINATION_MINIMUM = 5


@dataclass(frozen=True, slots=True)
class HubGroup:
    title: str
    exercises: tuple[Exercise, ...]


@dataclass(frozen=True, slots=True)
class Chip:
    label: str
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class ChipRow:
    title: str
    chips: tuple[Chip, ...]


@dataclass(frozen=True, slots=True)
class Hub:
    path: str
    title: str
    description: str
    breadcrumbs: tuple[Link, ...]
    exercises: tuple[Exercise, ...]
    groups: tuple[HubGroup, ...]
    chips: tuple[ChipRow, ...]


def search_path(**filters: str) -> str:
    """The search page narrowed by facet slugs (no text query)."""
    return "/search?" + urlencode(sorted(filters.items()))


def _groups(exercises: Sequence[Exercise], key: Callable[[Exercise], Term]) -> tuple[HubGroup, ...]:
    buckets: dict[Term, list[Exercise]] = {}
    for exercise in exercises:
        buckets.setdefault(key(exercise), []).append(exercise)
    ordered = sorted(buckets.items(), key=lambda item: (-len(item[1]), item[0].name))
    return tuple(HubGroup(term.name, tuple(members)) for term, members in ordered)


def _trail(*links: Link) -> tuple[Link, ...]:
    return (Link("Home", "/"), Link("Exercises", "/exercises"), *links)


def combinations(catalog: Catalog) -> dict[tuple[str, str], int]:
    """(body part slug, equipment slug) -> count, for combinations with a hub of their own."""
    counts: dict[tuple[str, str], int] = {}
    for exercise in catalog:
        for term in exercise.equipment_needed:
            key = (exercise.body_part.slug, term.slug)
            counts[key] = counts.get(key, 0) + 1
    return {key: count for key, count in counts.items() if count >= COMBINATION_MINIMUM}


def _chip_row(
    title: str,
    exercises: Iterable[Exercise],
    key: Callable[[Exercise], Term],
    path_for: Callable[[Term], str],
) -> ChipRow:
    counts: dict[Term, int] = {}
    for exercise in exercises:
        counts[key(exercise)] = counts.get(key(exercise), 0) + 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0].name))
    return ChipRow(title, tuple(Chip(term.name, path_for(term), count) for term, count in ordered))


def _by_equipment(exercise: Exercise) -> Term:
    return exercise.equipment


def _by_body_part(exercise: Exercise) -> Term:
    return exercise.body_part


def _by_difficulty(exercise: Exercise) -> Term:
    return exercise.difficulty


def _by_target_group(exercise: Exercise) -> Term:
    return exercise.target_group


def _combination_path(combos: Mapping[tuple[str, str], int], body_part: str, equipment: str) -> str:
    """The body part and equipment hub when there is one, else the search with both filters."""
    if (body_part, equipment) in combos:
        return urls.combination(body_part, equipment)
    return search_path(body_part=body_part, equipment=equipment)


def body_part_hub(catalog: Catalog, body_part: Term) -> Hub:
    exercises = tuple(catalog.filter(Filters(body_part=body_part)))
    combos = combinations(catalog)

    def equipment_path(term: Term) -> str:
        return _combination_path(combos, body_part.slug, term.slug)

    return Hub(
        path=urls.body_part(body_part.slug),
        title=f"{body_part.name} Exercises",
        description=(
            f"{len(exercises)} {body_part.name.lower()} exercises, grouped by equipment and ordered "
            "from the most popular. Narrow the list by equipment, difficulty or muscle."
        ),
        breadcrumbs=_trail(Link(body_part.name, urls.body_part(body_part.slug))),
        exercises=exercises,
        groups=_groups(exercises, _by_equipment),
        chips=(
            _chip_row("Equipment", exercises, _by_equipment, equipment_path),
            _chip_row(
                "Difficulty",
                exercises,
                _by_difficulty,
                lambda term: search_path(body_part=body_part.slug, difficulty=term.slug),
            ),
            _chip_row(
                "Muscle",
                exercises,
                _by_target_group,
                lambda term: search_path(body_part=body_part.slug, muscle=term.slug),
            ),
        ),
    )


def equipment_hub(catalog: Catalog, equipment: Term) -> Hub:
    exercises = tuple(catalog.filter(Filters(equipment=equipment)))
    combos = combinations(catalog)

    def body_part_path(term: Term) -> str:
        return _combination_path(combos, term.slug, equipment.slug)

    return Hub(
        path=urls.equipment(equipment.slug),
        title=f"{equipment.name} Exercises",
        description=(
            f"{len(exercises)} exercises with {equipment.name.lower()} as the main equipment, "
            "grouped by body part and ordered from the most popular."
        ),
        breadcrumbs=_trail(Link(equipment.name, urls.equipment(equipment.slug))),
        exercises=exercises,
        groups=_groups(exercises, _by_body_part),
        chips=(
            _chip_row("Body part", exercises, _by_body_part, body_part_path),
            _chip_row(
                "Difficulty",
                exercises,
                _by_difficulty,
                lambda term: search_path(equipment=equipment.slug, difficulty=term.slug),
            ),
        ),
    )


def hub_muscles() -> tuple[Term, ...]:
    """Muscle hubs: the 19 display groups, then each finer muscle whose slug is not a group."""
    groups = tuple(MUSCLE_GROUPS)
    finer = tuple(Term(m.slug, m.name, m.aliases) for m in MUSCLES if MUSCLE_GROUPS.get(m.slug) is None)
    return groups + finer


def muscle_hub(catalog: Catalog, muscle: Term) -> Hub:
    exercises = tuple(catalog.filter(Filters(muscles=muscles_matching(muscle.slug))))
    return Hub(
        path=urls.muscle(muscle.slug),
        title=f"{muscle.name} Exercises",
        description=(
            f"{len(exercises)} exercises that target the {muscle.name.lower()}, grouped by equipment "
            "and ordered from the most popular."
        ),
        breadcrumbs=_trail(Link(muscle.name, urls.muscle(muscle.slug))),
        exercises=exercises,
        groups=_groups(exercises, _by_equipment),
        chips=(
            _chip_row(
                "Equipment",
                exercises,
                _by_equipment,
                lambda term: search_path(muscle=muscle.slug, equipment=term.slug),
            ),
            _chip_row(
                "Difficulty",
                exercises,
                _by_difficulty,
                lambda term: search_path(muscle=muscle.slug, difficulty=term.slug),
            ),
        ),
    )


def difficulty_hub(catalog: Catalog, difficulty: Term) -> Hub:
    exercises = tuple(catalog.filter(Filters(difficulty=difficulty)))
    return Hub(
        path=urls.difficulty(difficulty.slug),
        title=f"{difficulty.name} Exercises",
        description=(
            f"{len(exercises)} exercises rated {difficulty.name.lower()}, grouped by body part and "
            "ordered from the most popular."
        ),
        breadcrumbs=_trail(Link(difficulty.name, urls.difficulty(difficulty.slug))),
        exercises=exercises,
        groups=_groups(exercises, _by_body_part),
        chips=(
            _chip_row(
                "Body part",
                exercises,
                _by_body_part,
                lambda term: search_path(difficulty=difficulty.slug, body_part=term.slug),
            ),
            _chip_row(
                "Equipment",
                exercises,
                _by_equipment,
                lambda term: search_path(difficulty=difficulty.slug, equipment=term.slug),
            ),
        ),
    )


def combination_hub(catalog: Catalog, body_part: Term, equipment: Term) -> Hub:
    exercises = tuple(catalog.filter(Filters(body_part=body_part, equipment=equipment)))
    path = urls.combination(body_part.slug, equipment.slug)
    return Hub(
        path=path,
        title=f"{body_part.name} Exercises with {equipment.name}",
        description=(
            f"{len(exercises)} {body_part.name.lower()} exercises using {equipment.name.lower()}, "
            "grouped by target muscle and ordered from the most popular."
        ),
        breadcrumbs=_trail(Link(body_part.name, urls.body_part(body_part.slug)), Link(equipment.name, path)),
        exercises=exercises,
        groups=_groups(exercises, _by_target_group),
        chips=(
            _chip_row(
                "Difficulty",
                exercises,
                _by_difficulty,
                lambda term: search_path(body_part=body_part.slug, equipment=equipment.slug, difficulty=term.slug),
            ),
        ),
    )


def all_facets() -> dict[str, tuple[Term, ...]]:
    return {
        "body_part": tuple(BODY_PARTS),
        "equipment": tuple(EQUIPMENT),
        "muscle": hub_muscles(),
        "difficulty": tuple(DIFFICULTIES),
    }
