"""How each exercise is done: repetitions or hold time, effort, rest, warm-ups and minutes."""

from __future__ import annotations

from dataclasses import dataclass

from forgetrainer.exercise import Exercise
from forgetrainer.planner.constants import (
    ACCESSORY,
    BEGINNER_RIR,
    DELOAD_RIR_EXTRA,
    GENERAL_WARMUP_MINUTES,
    HOLD_SECONDS,
    LOADED_EQUIPMENT,
    MAIN,
    REPS,
    REST_SECONDS,
    RIR,
    SECONDS_PER_REP,
    SETUP_MINUTES,
    WARMUP_SCHEME,
    WARMUP_SET_MINUTES,
)
from forgetrainer.planner.muscles import major_of
from forgetrainer.planner.plan import PlannedExercise

__all__ = [
    "Dose",
    "dose_for",
    "exercise_seconds",
    "is_loaded",
    "order_key",
    "planned_seconds",
    "role_of",
    "session_minutes",
    "warmup_sets",
]

# Bigger muscles first within a session.
_SIZE = {
    "quads": 0,
    "glutes": 0,
    "hamstrings": 1,
    "back": 0,
    "chest": 0,
    "shoulders": 2,
    "triceps": 3,
    "biceps": 3,
}
_LOAD_ORDER = {"barbell": 0, "trap-bar": 0, "smith-machine": 1, "landmine": 1, "dumbbell": 2, "kettlebell": 2}


@dataclass(frozen=True, slots=True)
class Dose:
    role: str
    reps: tuple[int, int] | None  # None for holds
    seconds: tuple[int, int] | None  # hold time for time-tracked exercises
    rir: int
    rest_seconds: int
    sides: int = 1  # unilateral exercises are done once per side in every set

    @property
    def work_seconds(self) -> int:
        if self.seconds is not None:
            return self.sides * ((self.seconds[0] + self.seconds[1]) // 2)
        assert self.reps is not None
        return self.sides * round((self.reps[0] + self.reps[1]) / 2 * SECONDS_PER_REP)


def role_of(exercise: Exercise) -> str:
    return MAIN if exercise.mechanic.slug == "compound" else ACCESSORY


def is_loaded(exercise: Exercise) -> bool:
    return exercise.equipment.slug in LOADED_EQUIPMENT


def _midpoint_rest(low: int, high: int) -> int:
    return int(round((low + high) / 2 / 15) * 15)


def dose_for(exercise: Exercise, goal: str, experience: str, *, deload: bool = False) -> Dose:
    role = role_of(exercise)
    low, high = BEGINNER_RIR if experience == "beginner" else RIR[goal]
    # Main lifts sit at the safer end of the RIR range, accessories nearer failure.
    rir = high if role == MAIN else max(low, high - 1)
    if deload:
        rir += DELOAD_RIR_EXTRA
    rest = _midpoint_rest(*REST_SECONDS[goal][role])
    sides = 2 if exercise.laterality.slug == "unilateral" else 1
    if exercise.tracking.slug == "time":
        return Dose(role, None, HOLD_SECONDS[goal], rir, rest, sides)
    return Dose(role, REPS[goal][role], None, rir, rest, sides)


def warmup_sets(exercise: Exercise, first_for_muscle: bool) -> tuple[tuple[int, int], ...]:
    """(percent of the first work-set load, reps) for a main lift, else nothing."""
    if role_of(exercise) != MAIN or not is_loaded(exercise) or not first_for_muscle:
        return ()
    return tuple((round(share * 100), reps) for share, reps in WARMUP_SCHEME)


def exercise_seconds(dose: Dose, sets: int, warmups: int) -> int:
    """Set-up, warm-up sets and work sets with rest between them (not after the last)."""
    if sets <= 0:
        return 0
    return (
        SETUP_MINUTES * 60
        + warmups * WARMUP_SET_MINUTES * 60
        + sets * (dose.work_seconds + dose.rest_seconds)
        - dose.rest_seconds
    )


def planned_seconds(planned: PlannedExercise, exercise: Exercise) -> int:
    """Clock time of an exercise as the plan prescribes it (conditioning: its fixed minutes)."""
    if planned.role == "conditioning":
        return planned.seconds[1] if planned.seconds else 0
    sides = 2 if exercise.laterality.slug == "unilateral" else 1
    dose = Dose(planned.role, planned.reps, planned.seconds, planned.rir or 0, planned.rest_seconds, sides)
    return exercise_seconds(dose, planned.sets, len(planned.warmup_sets))


def session_minutes(seconds_of_exercises: list[int], extra_minutes: float = 0.0) -> float:
    return GENERAL_WARMUP_MINUTES + sum(seconds_of_exercises) / 60 + extra_minutes


def order_key(exercise: Exercise) -> tuple[int, int, int, int, str]:
    """Compound before isolation, big muscles before small, heavier implements first."""
    major = major_of(exercise.target.slug)
    return (
        0 if role_of(exercise) == MAIN else 1,
        _SIZE.get(major or "", 4),
        _LOAD_ORDER.get(exercise.equipment.slug, 3),
        -exercise.popularity,
        exercise.name,
    )
