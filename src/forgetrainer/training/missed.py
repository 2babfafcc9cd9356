"""A missed session folded into the rest of the week.

The missed session's work moves, main lifts first, into the days still ahead when it fits
their time budget (the person's minutes plus the 10 % the plan allows), keeps every muscle
under the per-session cap, and does not put a muscle's target work on the day next to another
session that targets it. What cannot move is dropped, lowest priority first, and said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from forgetrainer.catalog import Catalog
from forgetrainer.planner.constants import GENERAL_WARMUP_MINUTES, SESSION_MUSCLE_CAP, TIME_TOLERANCE
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.muscles import contribution, major_of
from forgetrainer.planner.plan import PlannedSession
from forgetrainer.planner.prescription import order_key, planned_seconds

__all__ = ["Fold", "fold_missed"]


@dataclass(frozen=True, slots=True)
class Fold:
    sessions: tuple[PlannedSession, ...]  # the remaining sessions, with the moved work added
    moved: tuple[tuple[str, str], ...]  # (exercise slug, weekday it moved to)
    dropped: tuple[str, ...]
    reasons: tuple[str, ...]


def _adjacent(first: str, second: str) -> bool:
    return abs(WEEKDAYS.index(first) - WEEKDAYS.index(second)) in (1, 6)


def _targets(session: PlannedSession, catalog: Catalog) -> set[str]:
    found = set()
    for planned in session.exercises:
        exercise = catalog.get(planned.slug)
        if exercise is not None and planned.role != "conditioning":
            found.add(major_of(exercise.target.slug) or exercise.target.slug)
    return found


def _minutes(session: PlannedSession, catalog: Catalog) -> float:
    seconds = sum(planned_seconds(p, catalog[p.slug]) for p in session.exercises if p.slug in catalog)
    return GENERAL_WARMUP_MINUTES + seconds / 60


def _load(session: PlannedSession, catalog: Catalog) -> dict[str, float]:
    load: dict[str, float] = {}
    for planned in session.exercises:
        exercise = catalog.get(planned.slug)
        if exercise is None or planned.role == "conditioning":
            continue
        for muscle, share in contribution(exercise).items():
            load[muscle] = load.get(muscle, 0.0) + share * planned.sets
    return load


def fold_missed(
    week: Sequence[PlannedSession],
    missed: int,
    remaining: Sequence[int],
    minutes_per_session: int,
    catalog: Catalog,
) -> Fold:
    """Fold session `missed` of `week` into the sessions at positions `remaining`."""
    budget = minutes_per_session * (1 + TIME_TOLERANCE)
    sessions = {index: week[index] for index in remaining}
    moved: list[tuple[str, str]] = []
    dropped: list[str] = []
    reasons: list[str] = []
    lost = week[missed]
    candidates = sorted(
        (p for p in lost.exercises if p.role != "conditioning" and p.slug in catalog),
        key=lambda p: order_key(catalog[p.slug]),
    )
    for planned in candidates:
        exercise = catalog[planned.slug]
        muscle = major_of(exercise.target.slug) or exercise.target.slug
        extra = planned_seconds(replace(planned, warmup_sets=()), exercise) / 60
        placed = None
        blocked = []
        for index in sorted(sessions):
            session = sessions[index]
            if any(p.slug == planned.slug for p in session.exercises):
                blocked.append(f"{session.weekday.capitalize()} already has it")
                continue
            if _minutes(session, catalog) + extra > budget:
                blocked.append(f"{session.weekday.capitalize()} has no {extra:.0f} free minutes")
                continue
            load = _load(session, catalog)
            if any(
                load.get(m, 0.0) + share * planned.sets > SESSION_MUSCLE_CAP
                for m, share in contribution(exercise).items()
            ):
                blocked.append(f"{session.weekday.capitalize()} would pass ten sets for one muscle")
                continue
            neighbours = [
                s for i, s in enumerate(week) if i != missed and i != index and _adjacent(s.weekday, session.weekday)
            ]
            if muscle not in _targets(session, catalog) and any(muscle in _targets(s, catalog) for s in neighbours):
                blocked.append(f"{session.weekday.capitalize()} sits next to another {muscle} day")
                continue
            placed = index
            break
        if placed is None:
            dropped.append(planned.slug)
            why = "; ".join(blocked) if blocked else "no training day is left this week"
            reasons.append(f"Dropped {planned.name}: {why}.")
            continue
        session = sessions[placed]
        added = replace(planned, warmup_sets=(), why=f"Moved from the missed {lost.weekday.capitalize()} session.")
        exercises = sorted(
            (*session.exercises, added), key=lambda p: (p.role == "conditioning", order_key(catalog[p.slug]))
        )
        minutes = round(_minutes(replace(session, exercises=tuple(exercises)), catalog), 1)
        sessions[placed] = replace(session, exercises=tuple(exercises), estimated_minutes=minutes)
        moved.append((planned.slug, session.weekday))
        reasons.append(
            f"Moved {planned.name} ({planned.sets} sets) to {session.weekday.capitalize()}: it fits "
            f"{minutes_per_session} minutes and keeps a rest day around the {muscle}."
        )
    return Fold(tuple(sessions[i] for i in sorted(sessions)), tuple(moved), tuple(dropped), tuple(reasons))
