"""Personal records and the e1RM history of an exercise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from forgetrainer.training.e1rm import e1rm
from forgetrainer.training.values import LoggedSet

__all__ = ["Record", "e1rm_history", "records"]


@dataclass(frozen=True, slots=True)
class Record:
    kind: str  # e1rm | heaviest | most_reps | longest
    exercise: str
    value: float
    performed_at: dt.datetime
    detail: str


def e1rm_history(sets: Iterable[LoggedSet], exercise: str) -> list[tuple[dt.date, float, LoggedSet]]:
    """Per training day, the best e1RM and the set that gave it."""
    best: dict[dt.date, tuple[float, LoggedSet]] = {}
    for logged in sets:
        if logged.exercise != exercise or logged.warmup:
            continue
        value = e1rm(logged.load_kg, logged.reps, logged.rir)
        if value is not None and (logged.day not in best or value > best[logged.day][0]):
            best[logged.day] = (value, logged)
    return [(day, round(value, 1), logged) for day, (value, logged) in sorted(best.items())]


def records(sets: Iterable[LoggedSet]) -> list[Record]:
    """The best e1RM, heaviest load, most reps and longest hold of every exercise; a record is
    set by the first set that reached it."""
    best: dict[tuple[str, str], Record] = {}

    def offer(kind: str, logged: LoggedSet, value: float | None, detail: str) -> None:
        if value is None or value <= 0:
            return
        key = (logged.exercise, kind)
        current = best.get(key)
        if current is None or value > current.value + 1e-9:
            best[key] = Record(kind, logged.exercise, round(value, 2), logged.performed_at, detail)

    for logged in sorted(sets, key=lambda s: s.performed_at):
        if logged.warmup:
            continue
        estimate = e1rm(logged.load_kg, logged.reps, logged.rir)
        offer("e1rm", logged, estimate, f"{logged.load_kg:g} kg x {logged.reps}" if estimate else "")
        if logged.load_kg:
            offer("heaviest", logged, logged.load_kg, f"{logged.load_kg:g} kg x {logged.reps or 0}")
        if logged.reps and not logged.load_kg:
            offer("most_reps", logged, float(logged.reps), f"{logged.reps} reps")
        if logged.seconds:
            offer("longest", logged, float(logged.seconds), f"{logged.seconds} s")
    return sorted(best.values(), key=lambda record: (record.exercise, record.kind))
