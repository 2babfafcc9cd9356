"""The major muscles the planner balances, and how an exercise's sets count toward them."""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import Final

from forgetrainer.exercise import Exercise
from forgetrainer.planner.constants import SECONDARY_SET_VALUE, TARGET_SET_VALUE

__all__ = ["MAJOR", "MAJOR_NAMES", "contribution", "major_of", "priority_majors"]

# Major muscle -> the muscles of the vocabulary that count toward it.
MAJOR: Final = MappingProxyType(
    {
        "chest": ("chest", "upper-chest"),
        "back": ("lats", "upper-back"),
        "shoulders": ("front-delts", "side-delts", "rear-delts"),
        "quads": ("quads",),
        "hamstrings": ("hamstrings",),
        "glutes": ("glutes",),
        "biceps": ("biceps", "brachialis"),
        "triceps": ("triceps",),
        "calves": ("calves",),
        "abs": ("abs", "obliques"),
    }
)
MAJOR_NAMES: Final = MappingProxyType(
    {
        "chest": "Chest",
        "back": "Back",
        "shoulders": "Shoulders",
        "quads": "Quads",
        "hamstrings": "Hamstrings",
        "glutes": "Glutes",
        "biceps": "Biceps",
        "triceps": "Triceps",
        "calves": "Calves",
        "abs": "Abs",
    }
)
_BY_MUSCLE = {muscle: major for major, muscles in MAJOR.items() for muscle in muscles}
# Muscle-group slugs that name a major muscle, or several.
_GROUPS = {
    "upper-back": ("back",),
    "lats": ("back",),
    "arms": ("biceps", "triceps"),
    "legs": ("quads", "hamstrings", "glutes", "calves"),
}


def major_of(muscle_slug: str) -> str | None:
    return _BY_MUSCLE.get(muscle_slug)


@functools.lru_cache(maxsize=8192)
def contribution(exercise: Exercise) -> dict[str, float]:
    """Major muscle -> volume one set of the exercise adds (1.0 target, 0.5 secondary).

    A major muscle counts once per exercise, at its highest share.
    """
    shares: dict[str, float] = {}
    target = major_of(exercise.target.slug)
    if target:
        shares[target] = TARGET_SET_VALUE
    for muscle in exercise.secondary:
        major = major_of(muscle.slug)
        if major and shares.get(major, 0.0) < SECONDARY_SET_VALUE:
            shares[major] = SECONDARY_SET_VALUE
    return shares


def priority_majors(priority: tuple[str, ...]) -> set[str]:
    """The major muscles behind a person's priority list (muscle or group slugs)."""
    majors: set[str] = set()
    for slug in priority:
        if slug in MAJOR:
            majors.add(slug)
        elif slug in _GROUPS:
            majors.update(_GROUPS[slug])
        elif (major := major_of(slug)) is not None:
            majors.add(major)
    return majors
