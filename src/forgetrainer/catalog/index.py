"""The Catalog: an immutable, indexed library of exercises with the lookups every shell needs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from forgetrainer.exercise import Exercise
from forgetrainer.taxonomy import (
    BODY_PARTS,
    CATEGORIES,
    DIFFICULTIES,
    EQUIPMENT,
    MUSCLE_GROUPS,
    MUSCLES,
    Muscle,
    Term,
    UnknownTermError,
    normalize_key,
)

__all__ = ["Catalog", "Filters", "muscles_matching", "popularity_order"]


def popularity_order(exercise: Exercise) -> tuple[int, str]:
    """Sort key of every list: most popular first, then by name."""
    return (-exercise.popularity, exercise.name.lower())


def muscles_matching(value: str) -> tuple[Muscle, ...]:
    """The muscles a filter value names: a whole display group ('Shoulders', 'Abs') or one muscle."""
    group = MUSCLE_GROUPS.get(value)
    if group is not None:
        return tuple(muscle for muscle in MUSCLES if muscle.group == group.slug)
    muscle = MUSCLES.get(value)
    if muscle is not None:
        return (muscle,)
    allowed = tuple(dict.fromkeys((*MUSCLES.names, *MUSCLE_GROUPS.names)))
    raise UnknownTermError("muscle", value, allowed, MUSCLES.suggest(value) or MUSCLE_GROUPS.suggest(value))


@dataclass(frozen=True, slots=True)
class Filters:
    """Facet values resolved against the vocabularies; None means 'any'."""

    body_part: Term | None = None
    equipment: Term | None = None
    muscles: tuple[Muscle, ...] | None = None
    difficulty: Term | None = None
    category: Term | None = None

    @classmethod
    def parse(
        cls,
        *,
        body_part: str | None = None,
        equipment: str | None = None,
        muscle: str | None = None,
        difficulty: str | None = None,
        category: str | None = None,
    ) -> Filters:
        """Resolve display names, slugs or aliases; raises UnknownTermError naming the allowed values."""
        return cls(
            body_part=BODY_PARTS.resolve(body_part) if body_part else None,
            equipment=EQUIPMENT.resolve(equipment) if equipment else None,
            muscles=muscles_matching(muscle) if muscle else None,
            difficulty=DIFFICULTIES.resolve(difficulty) if difficulty else None,
            category=CATEGORIES.resolve(category) if category else None,
        )

    def accepts(self, exercise: Exercise) -> bool:
        return (
            (self.body_part is None or exercise.body_part == self.body_part)
            and (self.equipment is None or self.equipment in exercise.equipment_needed)
            and (self.muscles is None or exercise.target in self.muscles)
            and (self.difficulty is None or exercise.difficulty == self.difficulty)
            and (self.category is None or exercise.category == self.category)
        )


class Catalog:
    """Every exercise, in popularity order, with lookups by slug, name and alias."""

    def __init__(self, exercises: Iterable[Exercise]):
        self._exercises = tuple(sorted(exercises, key=popularity_order))
        self._by_slug = {exercise.slug: exercise for exercise in self._exercises}
        self._by_label: dict[str, Exercise] = {}
        for exercise in self._exercises:
            for label in (exercise.slug, exercise.name, *exercise.aliases):
                self._by_label.setdefault(normalize_key(label), exercise)

    def __len__(self) -> int:
        return len(self._exercises)

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._exercises)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def __getitem__(self, slug: str) -> Exercise:
        return self._by_slug[slug]

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        return self._exercises

    def get(self, slug: str) -> Exercise | None:
        return self._by_slug.get(slug)

    def lookup(self, label: str) -> Exercise | None:
        """An exercise by slug, exact name or alias, case- and separator-insensitive."""
        return self._by_slug.get(label) or self._by_label.get(normalize_key(label))

    def filter(self, filters: Filters | None = None) -> list[Exercise]:
        if filters is None:
            return list(self._exercises)
        return [exercise for exercise in self._exercises if filters.accepts(exercise)]

    def easier(self, exercise: Exercise) -> list[Exercise]:
        return [self._by_slug[slug] for slug in exercise.easier]

    def harder(self, exercise: Exercise) -> list[Exercise]:
        return [self._by_slug[slug] for slug in exercise.harder]

    def related(self, exercise: Exercise, limit: int = 6) -> list[Exercise]:
        """Closest exercises: same target, then body part, equipment, difficulty, shared helpers."""
        secondary = set(exercise.secondary)

        def closeness(other: Exercise) -> tuple[float, int, str]:
            score = (
                8.0 * (other.target == exercise.target)
                + 4.0 * (other.target.group == exercise.target.group)
                + 2.0 * (other.body_part == exercise.body_part)
                + 2.0 * (other.equipment == exercise.equipment)
                + 1.0 * (other.difficulty == exercise.difficulty)
                + 1.0 * len(secondary.intersection(other.secondary))
            )
            return (-score, -other.popularity, other.name.lower())

        others = (other for other in self._exercises if other.slug != exercise.slug)
        return sorted(others, key=closeness)[:limit]

    def alternatives(
        self, exercise: Exercise, equipment: Iterable[Term] | None = None, limit: int = 6
    ) -> list[Exercise]:
        """Other exercises for the same target muscle, doable with `equipment` (any, if None).

        Same movement pattern first, then popularity.
        """
        available = None if equipment is None else {term.slug for term in equipment} | {"body-weight"}
        candidates = [
            other
            for other in self._exercises
            if other.slug != exercise.slug
            and other.target == exercise.target
            and (available is None or all(term.slug in available for term in other.equipment_needed))
        ]
        candidates.sort(key=lambda other: (other.pattern != exercise.pattern, *popularity_order(other)))
        return candidates[:limit]

    def counts(self, facet: str, exercises: Iterable[Exercise] | None = None) -> Counter[str]:
        """Display name -> number of exercises, for a facet of the exercise JSON object."""
        pool = self._exercises if exercises is None else exercises
        if facet == "target_group":
            return Counter(exercise.target_group.name for exercise in pool)
        return Counter(getattr(exercise, facet).name for exercise in pool)
