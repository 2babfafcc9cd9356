"""Choosing the split and placing its sessions on weekdays.

Each session template names the major muscles it targets. For a number of days there are a
few candidate splits; the chosen one trains every major muscle twice a week (from three
days up) and leaves the fewest muscles targeted on two consecutive calendar days.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from forgetrainer.planner.constants import MIN_FREQUENCY, MIN_FREQUENCY_DAYS
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.muscles import MAJOR

__all__ = ["DEFAULT_WEEKDAYS", "SessionTemplate", "Split", "choose_split", "consecutive_overlaps"]


@dataclass(frozen=True, slots=True)
class SessionTemplate:
    name: str
    muscles: tuple[str, ...]


FULL = SessionTemplate("Full body", tuple(MAJOR))
UPPER = SessionTemplate("Upper body", ("chest", "back", "shoulders", "biceps", "triceps"))
LOWER = SessionTemplate("Lower body", ("quads", "hamstrings", "glutes", "calves", "abs"))
PUSH = SessionTemplate("Push", ("chest", "shoulders", "triceps"))
PULL = SessionTemplate("Pull", ("back", "biceps"))
LEGS = SessionTemplate("Legs", ("quads", "hamstrings", "glutes", "calves", "abs"))

# Candidate splits by days per week, in order of preference (name, sessions).
CANDIDATES: dict[int, tuple[tuple[str, tuple[SessionTemplate, ...]], ...]] = {
    1: (("Full body", (FULL,)),),
    2: (("Full body twice", (FULL, FULL)),),
    3: (("Full body three times", (FULL, FULL, FULL)), ("Upper / lower / full body", (UPPER, LOWER, FULL))),
    4: (("Upper / lower", (UPPER, LOWER, UPPER, LOWER)), ("Full body four times", (FULL,) * 4)),
    5: (
        ("Upper / lower + push / pull / legs", (UPPER, LOWER, PUSH, PULL, LEGS)),
        ("Upper / lower / full body", (UPPER, LOWER, FULL, UPPER, LOWER)),
    ),
    6: (
        ("Push / pull / legs twice", (PUSH, PULL, LEGS) * 2),
        ("Upper / lower three times", (UPPER, LOWER) * 3),
    ),
    7: (("Upper / lower + push / pull / legs", (UPPER, LOWER, PUSH, PULL, LEGS, UPPER, LOWER)),),
}

DEFAULT_WEEKDAYS: dict[int, tuple[str, ...]] = {
    1: ("wednesday",),
    2: ("monday", "thursday"),
    3: ("monday", "wednesday", "friday"),
    4: ("monday", "tuesday", "thursday", "friday"),
    5: ("monday", "tuesday", "wednesday", "friday", "saturday"),
    6: ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday"),
    7: WEEKDAYS,
}

WHY: dict[str, str] = {
    "Full body": "every session trains the whole body, so each major muscle gets work on every training day",
    "Full body twice": "two full-body sessions train every major muscle twice a week, the minimum that "
    "research favours for growth",
    "Full body three times": "three full-body sessions spread across the week train every major muscle three "
    "times with a rest day between them",
    "Upper / lower / full body": "upper, lower and full-body days give every major muscle two sessions a week "
    "while keeping each session short",
    "Upper / lower": "alternating upper- and lower-body days trains every major muscle twice a week and lets "
    "each half of the body rest while the other works",
    "Full body four times": "four full-body sessions spread the weekly volume thinly, which suits short sessions",
    "Upper / lower + push / pull / legs": "upper and lower days plus push, pull and leg days give every major "
    "muscle two sessions a week with no muscle targeted on back-to-back days",
    "Push / pull / legs twice": "push, pull and leg days repeated twice train each muscle twice a week, with "
    "room for more exercises per muscle in every session",
    "Upper / lower three times": "three rounds of upper and lower days train every muscle three times a week",
}


@dataclass(frozen=True, slots=True)
class Split:
    name: str
    weekdays: tuple[str, ...]
    sessions: tuple[SessionTemplate, ...]
    overlaps: tuple[tuple[str, str, str], ...]  # (muscle, day, next day) targeted on both
    why: str


def _consecutive(first: str, second: str) -> bool:
    return (WEEKDAYS.index(second) - WEEKDAYS.index(first)) % 7 == 1


def consecutive_overlaps(
    weekdays: tuple[str, ...], sessions: tuple[tuple[str, ...], ...]
) -> list[tuple[str, str, str]]:
    """(muscle, day, following day) for each major muscle targeted on two consecutive days."""
    found = []
    count = len(weekdays)
    for index in range(count):
        following = (index + 1) % count
        if count == 1 or not _consecutive(weekdays[index], weekdays[following]):
            continue
        for muscle in sorted(set(sessions[index]) & set(sessions[following])):
            found.append((muscle, weekdays[index], weekdays[following]))
    return found


def _frequency_ok(sessions: tuple[SessionTemplate, ...]) -> bool:
    if len(sessions) < MIN_FREQUENCY_DAYS:
        return True
    return all(sum(muscle in s.muscles for s in sessions) >= MIN_FREQUENCY for muscle in MAJOR)


@functools.lru_cache(maxsize=256)
def choose_split(days: int, weekdays: tuple[str, ...] = ()) -> Split:
    days_order = weekdays or DEFAULT_WEEKDAYS[days]
    best: tuple[tuple[int, int, int, int], Split] | None = None
    for preference, (name, sessions) in enumerate(CANDIDATES[days]):
        for order in set(itertools.permutations(sessions)):
            overlaps = consecutive_overlaps(days_order, tuple(s.muscles for s in order))
            moved = sum(a != b for a, b in zip(order, sessions, strict=True))
            score = (0 if _frequency_ok(order) else 1, len(overlaps), preference, moved)
            if best is None or score < best[0]:
                best = (score, Split(name, days_order, order, tuple(overlaps), WHY[name]))
    assert best is not None
    return best[1]
