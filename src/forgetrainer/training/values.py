"""Training records as plain values: what was lifted, when, and how hard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

__all__ = ["KG_PER_LB", "Exposure", "LoggedSet", "display_load", "exposures", "load_in_kg", "rpe_to_rir", "set_text"]

KG_PER_LB = 0.45359237


class SetMeasures(Protocol):
    """What a set holds, whether logged or stored."""

    @property
    def load_kg(self) -> float | None: ...
    @property
    def reps(self) -> int | None: ...
    @property
    def rir(self) -> float | None: ...
    @property
    def seconds(self) -> int | None: ...
    @property
    def distance_m(self) -> float | None: ...
    @property
    def warmup(self) -> bool: ...


def load_in_kg(load: float | None, unit: str) -> float | None:
    """A load as entered in kg or lb, in kilograms to the gram."""
    return round(load * KG_PER_LB, 3) if load is not None and unit == "lb" else load


def display_load(load_kg: float | None, unit: str) -> str:
    """A load in kilograms as a person reads it in their unit: "62.5", "135"."""
    if load_kg is None:
        return ""
    return f"{load_kg / KG_PER_LB:.1f}".rstrip("0").rstrip(".") if unit == "lb" else f"{load_kg:g}"


def set_text(entry: SetMeasures, unit: str = "kg") -> str:
    """One set in words: "62.5 kg x 8 @ RIR 2", "480 s 2000 m", "12 reps (warm-up)"."""
    reps = "" if entry.reps is None else (f"x {entry.reps}" if entry.load_kg else f"{entry.reps} reps")
    parts = [
        f"{display_load(entry.load_kg, unit)} {unit}" if entry.load_kg else "",
        reps,
        f"{entry.seconds} s" if entry.seconds is not None else "",
        f"{entry.distance_m:g} m" if entry.distance_m is not None else "",
        f"@ RIR {entry.rir:g}" if entry.rir is not None else "",
        "(warm-up)" if entry.warmup else "",
    ]
    return " ".join(part for part in parts if part)


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
