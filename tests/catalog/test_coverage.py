"""The library covers what people look for: every part of the vocabulary, the common
body-part and equipment combinations, ladders for every pattern, and the names people type."""

from __future__ import annotations

import functools
from collections import Counter

import pytest

from forgetrainer.catalog import Catalog, default_catalog
from forgetrainer.exercise import Exercise
from forgetrainer.taxonomy import BODY_PARTS, EQUIPMENT, MUSCLES, PATTERNS

GRID_PARTS = ("legs", "arms", "back", "core", "shoulders", "chest")
GRID_EQUIPMENT = (
    "body-weight",
    "dumbbell",
    "barbell",
    "machine",
    "cable",
    "resistance-band",
    "kettlebell",
    "smith-machine",
)
# Core work on a Smith machine is not something people do or search for.
NOT_LOOKED_FOR = {("core", "smith-machine")}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


def test_the_library_holds_at_least_900_exercises(catalog: Catalog) -> None:
    assert len(catalog) >= 900


def test_every_body_part_muscle_and_equipment_kind_is_covered(catalog: Catalog) -> None:
    parts = Counter(e.body_part.slug for e in catalog)
    targets = Counter(e.target.slug for e in catalog)
    uses = Counter(t.slug for e in catalog for t in e.equipment_needed)
    assert {slug: parts[slug] for slug in BODY_PARTS.slugs if parts[slug] < 5} == {}
    assert {slug: targets[slug] for slug in MUSCLES.slugs if targets[slug] < 4} == {}
    assert {slug: uses[slug] for slug in EQUIPMENT.slugs if uses[slug] < 4} == {}


def test_every_category_has_real_depth(catalog: Catalog) -> None:
    counts = Counter(e.category.slug for e in catalog)
    minimum = {
        "stretching": 20,
        "mobility": 10,
        "plyometrics": 10,
        "rehabilitation": 10,
        "balance": 5,
        "cardio": 20,
        "powerlifting": 5,
        "olympic-weightlifting": 10,
        "strongman": 3,
    }
    assert {slug: counts[slug] for slug, least in minimum.items() if counts[slug] < least} == {}


def test_common_body_part_and_equipment_combinations_hold_five(catalog: Catalog) -> None:
    counts = Counter((e.body_part.slug, t.slug) for e in catalog for t in e.equipment_needed)
    thin = {
        (part, kind): counts[(part, kind)]
        for part in GRID_PARTS
        for kind in GRID_EQUIPMENT
        if counts[(part, kind)] < 5 and (part, kind) not in NOT_LOOKED_FOR
    }
    assert thin == {}


def test_most_exercises_sit_on_a_ladder(catalog: Catalog) -> None:
    linked = sum(bool(e.easier or e.harder) for e in catalog)
    assert linked / len(catalog) >= 0.85


def test_every_pattern_with_beginners_and_advanced_has_a_ladder_between_them(catalog: Catalog) -> None:
    @functools.cache
    def reachable(slug: str) -> frozenset[str]:
        exercise = catalog[slug]
        found = set(exercise.harder)
        for harder in exercise.harder:
            found |= reachable(harder)
        return frozenset(found)

    def levels(exercises: list[Exercise]) -> set[str]:
        return {e.difficulty.slug for e in exercises}

    missing = []
    for pattern in PATTERNS:
        members = [e for e in catalog if e.pattern == pattern]
        if not {"beginner", "advanced"} <= levels(members):
            continue
        advanced = {e.slug for e in members if e.difficulty.slug == "advanced"}
        if not any(reachable(e.slug) & advanced for e in members if e.difficulty.slug == "beginner"):
            missing.append(pattern.slug)
    assert missing == []


@pytest.mark.parametrize(
    ("typed", "slug"),
    [
        ("RDL", "barbell-romanian-deadlift"),
        ("OHP", "barbell-overhead-press"),
        ("SLDL", "barbell-stiff-leg-deadlift"),
        ("DB bench press", "dumbbell-bench-press"),
        ("BB row", "barbell-bent-over-row"),
        ("KB swing", "kettlebell-swing"),
        ("pec deck", "pec-deck"),
        ("machine fly", "pec-deck"),
        ("skull crusher", "ez-bar-skull-crusher"),
        ("pullup", "pull-up"),
        ("chinup", "chin-up"),
    ],
)
def test_the_names_people_type_find_the_exercise(catalog: Catalog, typed: str, slug: str) -> None:
    found = catalog.lookup(typed)
    assert found is not None and found.slug == slug
