"""The plan as a value: weeks of sessions of prescribed exercises, with warnings and reasons."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from forgetrainer.planner.intake import Intake

__all__ = ["Plan", "PlanWarning", "PlannedExercise", "PlannedSession", "PlannedWeek", "SolverReport"]


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    slug: str
    name: str
    role: str  # main | accessory | conditioning
    sets: int
    reps: tuple[int, int] | None
    seconds: tuple[int, int] | None
    rir: int | None
    rest_seconds: int
    warmup_sets: tuple[tuple[int, int], ...]  # (percent of the first work-set load, reps)
    why: str
    swaps: tuple[str, ...]
    load_hint: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"slug": self.slug, "name": self.name, "role": self.role, "sets": self.sets}
        if self.reps is not None:
            data["reps_min"], data["reps_max"] = self.reps
        if self.seconds is not None:
            data["seconds"] = self.seconds[1] if self.seconds[0] == self.seconds[1] else list(self.seconds)
        data["rir"] = self.rir
        data["rest_seconds"] = self.rest_seconds
        data["warmup_sets"] = [{"percent": percent, "reps": reps} for percent, reps in self.warmup_sets]
        if self.load_hint:
            data["load_hint"] = self.load_hint
        data["why"] = self.why
        data["swaps"] = list(self.swaps)
        return data


@dataclass(frozen=True, slots=True)
class PlannedSession:
    weekday: str
    name: str
    muscles: tuple[str, ...]
    exercises: tuple[PlannedExercise, ...]
    estimated_minutes: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "weekday": self.weekday,
            "name": self.name,
            "focus": list(self.muscles),
            "estimated_minutes": round(self.estimated_minutes, 1),
            "exercises": [exercise.to_dict() for exercise in self.exercises],
        }


@dataclass(frozen=True, slots=True)
class PlannedWeek:
    number: int
    deload: bool
    sessions: tuple[PlannedSession, ...]
    weekly_sets: dict[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "week": self.number,
            "deload": self.deload,
            "weekly_sets": self.weekly_sets,
            "sessions": [session.to_dict() for session in self.sessions],
        }


@dataclass(frozen=True, slots=True)
class PlanWarning:
    code: str
    message: str
    muscle: str | None = None
    exercise: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.muscle:
            data["muscle"] = self.muscle
        if self.exercise:
            data["exercise"] = self.exercise
        return data


@dataclass(frozen=True, slots=True)
class SolverReport:
    status: str
    objective: float
    bound: float
    seconds: float

    @property
    def gap(self) -> float | None:
        """Relative distance to the proven bound; None when the solver stopped before proving one."""
        if math.isnan(self.bound):
            return None
        return 0.0 if self.bound == 0 else abs(self.bound - self.objective) / abs(self.bound)


@dataclass(frozen=True)
class Plan:
    intake: Intake
    split: str
    split_why: str
    weeks: tuple[PlannedWeek, ...]
    warnings: tuple[PlanWarning, ...]
    targets: dict[str, tuple[float, float]]  # tracked muscle -> weekly (low, high)
    explanations: tuple[str, ...]
    solver: SolverReport

    @property
    def first_week(self) -> PlannedWeek:
        return self.weeks[0]

    def to_dict(self) -> dict[str, Any]:
        return {
            "intake": self.intake.to_dict(),
            "split": self.split,
            "split_why": self.split_why,
            "warnings": [warning.to_dict() for warning in self.warnings],
            "explanations": list(self.explanations),
            "targets": {muscle: {"low": low, "high": high} for muscle, (low, high) in self.targets.items()},
            "weekly_sets": self.first_week.weekly_sets,
            "weeks": [week.to_dict() for week in self.weeks],
            "solver": {
                "status": self.solver.status,
                "objective": self.solver.objective,
                "bound": None if math.isnan(self.solver.bound) else self.solver.bound,
                "gap": None if self.solver.gap is None else round(self.solver.gap, 4),
                "seconds": round(self.solver.seconds, 4),
            },
        }
