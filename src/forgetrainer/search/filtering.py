"""The hard filters of a query, checked against facts precomputed once per exercise."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from forgetrainer.catalog import muscles_matching
from forgetrainer.exercise import Exercise
from forgetrainer.search.lexicon import HOME_EQUIPMENT
from forgetrainer.search.query import ParsedQuery
from forgetrainer.taxonomy import JOINTS

__all__ = ["FacetIndex", "Facts", "involves", "passes", "targets"]

_GENTLE = frozenset({"none", "low"})


@dataclass(frozen=True, slots=True)
class Facts:
    """What the filters look at, as plain strings and sets."""

    needed: frozenset[str]
    equipment: str
    difficulty: str
    category: str
    body_part: str
    target: str
    secondary: frozenset[str]
    gentle: frozenset[str]  # joints at no or low stress

    @classmethod
    def of(cls, exercise: Exercise) -> Facts:
        return cls(
            needed=frozenset(term.slug for term in exercise.equipment_needed),
            equipment=exercise.equipment.slug,
            difficulty=exercise.difficulty.slug,
            category=exercise.category.slug,
            body_part=exercise.body_part.slug,
            target=exercise.target.slug,
            secondary=frozenset(muscle.slug for muscle in exercise.secondary),
            gentle=frozenset(
                joint.slug for joint, level in zip(JOINTS, exercise.joint_levels, strict=True) if level in _GENTLE
            ),
        )


@functools.lru_cache(maxsize=256)
def _muscle_slugs(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(muscle.slug for value in values for muscle in muscles_matching(value))


def targets(facts: Facts, muscles: tuple[str, ...]) -> bool:
    return facts.target in _muscle_slugs(muscles)


def involves(facts: Facts, muscles: tuple[str, ...]) -> bool:
    wanted = _muscle_slugs(muscles)
    return facts.target in wanted or not facts.secondary.isdisjoint(wanted)


def _in_category(facts: Facts, slug: str) -> bool:
    if slug == "cardio":
        return facts.category == "cardio" or facts.body_part == "cardio"
    return facts.category == slug


def passes(facts: Facts, parsed: ParsedQuery, *, subject: bool) -> bool:
    """Whether an exercise meets the query's filters. With `subject`, the muscles and body parts
    of the query are filters too (the query names nothing else); without it, a named muscle must
    at least be worked by the exercise."""
    needed = facts.needed
    if parsed.equipment:
        wanted = set(parsed.equipment)
        if parsed.equipment_mode == "only":
            if facts.equipment not in wanted or not needed <= wanted | {"body-weight"}:
                return False
        elif needed.isdisjoint(wanted):
            return False
    mode = parsed.equipment_mode
    if (
        (mode == "none" and needed != {"body-weight"})
        or (mode == "home" and not needed <= HOME_EQUIPMENT)
        or (mode == "bodyweight" and facts.equipment != "body-weight")
    ):
        return False
    if parsed.difficulty and facts.difficulty not in parsed.difficulty:
        return False
    if parsed.category and not any(_in_category(facts, slug) for slug in parsed.category):
        return False
    if not facts.gentle.issuperset(parsed.joints):
        return False
    if subject:
        if parsed.body_part and facts.body_part not in parsed.body_part:
            return False
        if parsed.muscles and not targets(facts, parsed.muscles):
            return False
    elif parsed.muscles and not involves(facts, parsed.muscles):
        return False
    return True


class FacetIndex:
    """Sets of exercise positions per filter value, so a query's filters are set intersections."""

    def __init__(self, facts: list[Facts]):
        self.facts = facts
        self.everything = frozenset(range(len(facts)))
        self.uses: dict[str, set[int]] = {}
        self.difficulty: dict[str, set[int]] = {}
        self.category: dict[str, set[int]] = {}
        self.body_part: dict[str, set[int]] = {}
        self.target: dict[str, set[int]] = {}
        self.involved: dict[str, set[int]] = {}
        self.gentle: dict[str, set[int]] = {}
        self.no_equipment: set[int] = set()
        self.home: set[int] = set()
        self.bodyweight: set[int] = set()
        for index, fact in enumerate(facts):
            for slug in fact.needed:
                self.uses.setdefault(slug, set()).add(index)
            self.difficulty.setdefault(fact.difficulty, set()).add(index)
            self.category.setdefault(fact.category, set()).add(index)
            self.body_part.setdefault(fact.body_part, set()).add(index)
            self.target.setdefault(fact.target, set()).add(index)
            for muscle in (fact.target, *fact.secondary):
                self.involved.setdefault(muscle, set()).add(index)
            for joint in fact.gentle:
                self.gentle.setdefault(joint, set()).add(index)
            if fact.needed == {"body-weight"}:
                self.no_equipment.add(index)
            if fact.needed <= HOME_EQUIPMENT:
                self.home.add(index)
            if fact.equipment == "body-weight":
                self.bodyweight.add(index)

    @staticmethod
    def _union(table: dict[str, set[int]], keys: Iterable[str]) -> set[int]:
        found: set[int] = set()
        for key in keys:
            found |= table.get(key, set())
        return found

    def matching(self, parsed: ParsedQuery, *, subject: bool, muscles: bool = True) -> set[int]:
        """Positions of the exercises that pass the query's filters (see `passes`)."""
        sets: list[set[int]] = []
        if parsed.equipment:
            sets.append(self._union(self.uses, parsed.equipment))
        mode = parsed.equipment_mode
        if mode in ("none", "home", "bodyweight"):
            sets.append({"none": self.no_equipment, "home": self.home, "bodyweight": self.bodyweight}[mode])
        if parsed.difficulty:
            sets.append(self._union(self.difficulty, parsed.difficulty))
        if parsed.category:
            found = self._union(self.category, parsed.category)
            if "cardio" in parsed.category:
                found |= self.body_part.get("cardio", set())
            sets.append(found)
        sets.extend(self.gentle.get(joint, set()) for joint in parsed.joints)
        if subject and parsed.body_part:
            sets.append(self._union(self.body_part, parsed.body_part))
        if muscles and parsed.muscles:
            wanted = _muscle_slugs(parsed.muscles)
            sets.append(self._union(self.target if subject else self.involved, wanted))
        if not sets:
            result = set(self.everything)
        else:
            sets.sort(key=len)
            result = set(sets[0])
            for other in sets[1:]:
                result &= other
        if mode == "only":
            wanted_equipment = set(parsed.equipment) | {"body-weight"}
            result = {
                i
                for i in result
                if self.facts[i].equipment in parsed.equipment and self.facts[i].needed <= wanted_equipment
            }
        return result
