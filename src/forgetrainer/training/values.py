"""Training records as plain values: what was lifted, when, and how hard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Exposure", "LoggedSet", "exposures", "rpe_to_rir"]


def rpe_to_rir(rpe: float) -> float:
    """RPE 10 is a set taken to failure; each point below it is one more rep in reserve."""
    return max(0.0, 10.0 - rpe)


@dataclass(frozen=True, slots=True)
class LoggedSet:
    exercise: str  # slug
    performed_at: dt.datetime
    load_kg: float | None = None  # external load; None for body weight alone
    reps: int | None = None
    rir: float | None = None  # reps in reserve, from RIR or RPE as logged
    seconds: int | None = None
    distance_m: float | None = None
    warmup: bool = False
    workout: str | int | None = None  # sets of one workout form one exposure

    @property
    def day(self) -> dt.date:
        return self.performed_at.date()

    @property
    def work(self) -> float:
        """How much the set did, for comparing sets: load x reps, or reps or time alone."""
        if self.reps is not None:
            return (self.load_kg or 1.0) * self.reps
        return float(self.seconds or self.distance_m or 0)


@dataclass(frozen=True, slots=True)
class Exposure:
    """The work sets of one exercise in one workout."""

    exercise: str
    performed_at: dt.datetime
    sets: tuple[LoggedSet, ...]

    @property
    def best(self) -> float:
        return max((s.work for s in self.sets), default=0.0)

    @property
    def top_load(self) -> float | None:
        loads = [s.load_kg for s in self.sets if s.load_kg is not None]
        return max(loads) if loads else None


def exposures(sets: Iterable[LoggedSet], exercise: str) -> list[Exposure]:
    """The exercise's exposures in time order; warm-up sets are left out."""
    grouped: dict[object, list[LoggedSet]] = {}
    for logged in sets:
        if logged.exercise != exercise or logged.warmup:
            continue
        key = logged.workout if logged.workout is not None else logged.day
        grouped.setdefault(key, []).append(logged)
    found = [
        Exposure(exercise, min(s.performed_at for s in group), tuple(sorted(group, key=lambda s: s.performed_at)))
        for group in grouped.values()
    ]
    return sorted(found, key=lambda exposure: exposure.performed_at)
