"""An independent check of a plan against every adopted rule of training-science.md.

It recomputes what it needs from the plan, the catalog and the constants, never from the
planner's own intermediate results. Rules with an escape ("when the schedule leaves room",
"when the time budget cannot hold the lower bound") pass only when the plan states the
exception in a warning naming the muscle.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.planner import constants as rules
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.muscles import MAJOR
from forgetrainer.planner.plan import Plan, PlannedExercise, PlannedSession, PlannedWeek

__all__ = ["Violation", "check"]

_BY_MUSCLE = {fine: major for major, fines in MAJOR.items() for fine in fines}
_LEVEL = {"beginner": 0, "intermediate": 1, "advanced": 2}


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    message: str

    def __str__(self) -> str:
        return f"[{self.rule}] {self.message}"


def _shares(exercise: Exercise, tracked: set[str]) -> dict[str, float]:
    found: dict[str, float] = {}
    key = exercise.target.slug if exercise.target.slug in tracked else _BY_MUSCLE.get(exercise.target.slug)
    if key:
        found[key] = rules.TARGET_SET_VALUE
    for muscle in exercise.secondary:
        other = muscle.slug if muscle.slug in tracked else _BY_MUSCLE.get(muscle.slug)
        if other and other not in found:
            found[other] = rules.SECONDARY_SET_VALUE
        if muscle.slug in tracked and muscle.slug not in found:
            found[muscle.slug] = rules.SECONDARY_SET_VALUE
    return found


def _target(exercise: Exercise, tracked: set[str]) -> str | None:
    return exercise.target.slug if exercise.target.slug in tracked else _BY_MUSCLE.get(exercise.target.slug)


class _Checker:
    def __init__(self, plan: Plan, catalog: Catalog):
        self.plan = plan
        self.catalog = catalog
        self.intake = plan.intake
        self.tracked = set(plan.targets) - set(MAJOR)
        self.warned = {(w.code, w.muscle) for w in plan.warnings}
        self.found: list[Violation] = []

    def fail(self, rule: str, message: str) -> None:
        self.found.append(Violation(rule, message))

    def exercise(self, planned: PlannedExercise) -> Exercise | None:
        exercise = self.catalog.get(planned.slug)
        if exercise is None:
            self.fail("exists", f"{planned.slug} is not in the catalog")
        return exercise

    def strength(self, session: PlannedSession) -> Iterator[tuple[PlannedExercise, Exercise]]:
        for planned in session.exercises:
            exercise = self.exercise(planned)
            if exercise is not None and planned.role != "conditioning":
                yield planned, exercise

    # -- rules on single exercises -------------------------------------------------------

    def allowed(self, exercise: Exercise, where: str) -> None:
        intake = self.intake
        missing = [t.slug for t in exercise.equipment_needed if t.slug not in intake.equipment | {"body-weight"}]
        if missing:
            self.fail("equipment", f"{where}: {exercise.slug} needs {', '.join(missing)}")
        for joint in intake.injuries:
            if exercise.stress_on(joint) == "high":
                self.fail("injury", f"{where}: {exercise.slug} has high stress on the injured {joint}")
        if exercise.slug in intake.exclude:
            self.fail("excluded", f"{where}: {exercise.slug} was excluded by the person")
        level = _LEVEL[exercise.difficulty.slug]
        ceiling = 2 if intake.experience == "advanced" else 1
        if level > ceiling and exercise.slug not in intake.include:
            self.fail(
                "difficulty",
                f"{where}: {exercise.slug} is {exercise.difficulty.slug} for a {intake.experience}",
            )

    def prescription(self, planned: PlannedExercise, exercise: Exercise, deload: bool, where: str) -> None:
        goal, experience = self.intake.goal, self.intake.experience
        role = rules.MAIN if exercise.mechanic.slug == "compound" else rules.ACCESSORY
        if planned.role != role:
            self.fail("role", f"{where}: {exercise.slug} is {role}, not {planned.role}")
        if exercise.tracking.slug == "time":
            if planned.seconds != rules.HOLD_SECONDS[goal]:
                self.fail("reps", f"{where}: hold {planned.seconds} is not {rules.HOLD_SECONDS[goal]} seconds")
        elif planned.reps != rules.REPS[goal][role]:
            self.fail("reps", f"{where}: {planned.reps} reps, the {goal} {role} range is {rules.REPS[goal][role]}")
        low, high = rules.BEGINNER_RIR if experience == "beginner" else rules.RIR[goal]
        extra = rules.DELOAD_RIR_EXTRA if deload else 0
        if planned.rir is None or not low + extra <= planned.rir <= high + extra:
            self.fail("rir", f"{where}: RIR {planned.rir} outside {low + extra}-{high + extra}")
        rest_low, rest_high = rules.REST_SECONDS[goal][role]
        if not rest_low <= planned.rest_seconds <= rest_high:
            self.fail("rest", f"{where}: rest {planned.rest_seconds} s outside {rest_low}-{rest_high} s")
        low_sets = 1 if deload else rules.MIN_SETS
        if not low_sets <= planned.sets <= rules.MAX_SETS:
            self.fail("sets", f"{where}: {planned.sets} sets outside {low_sets}-{rules.MAX_SETS}")
        if not planned.why.strip():
            self.fail("explained", f"{where}: {exercise.slug} has no reason")

    def swaps(self, planned: PlannedExercise, exercise: Exercise, session: set[str], where: str) -> None:
        if len(planned.swaps) > 3:
            self.fail("swaps", f"{where}: {len(planned.swaps)} swaps, at most 3")
        for slug in planned.swaps:
            other = self.catalog.get(slug)
            if other is None or other.target != exercise.target or slug in session:
                self.fail("swaps", f"{where}: swap {slug} is not a same-target alternative outside the session")
                continue
            self.allowed(other, f"{where} swap")

    # -- rules on sessions and weeks -------------------------------------------------------

    def session(self, week: PlannedWeek, session: PlannedSession) -> None:
        where = f"week {week.number} {session.weekday}"
        seconds = 0.0
        seen_accessory = False
        warmed: set[str] = set()
        per_muscle: dict[str, float] = {}
        intermediate = 0
        names = {p.slug for p in session.exercises}
        for position, planned in enumerate(session.exercises):
            exercise = self.exercise(planned)
            if exercise is None:
                continue
            spot = f"{where} #{position + 1} {exercise.slug}"
            if planned.role == "conditioning":
                if position != len(session.exercises) - 1:
                    self.fail("order", f"{spot}: conditioning must end the session")
                seconds += (planned.seconds or (0, 0))[1]
                continue
            self.allowed(exercise, spot)
            self.prescription(planned, exercise, week.deload, spot)
            self.swaps(planned, exercise, names, spot)
            if exercise.difficulty.slug == "intermediate" and exercise.slug not in self.intake.include:
                intermediate += 1
            if planned.role == rules.MAIN and seen_accessory:
                self.fail("order", f"{spot}: a compound lift after an isolation exercise")
            seen_accessory = seen_accessory or planned.role == rules.ACCESSORY
            target = _target(exercise, self.tracked) or ""
            main_loaded = exercise.mechanic.slug == "compound" and exercise.equipment.slug in rules.LOADED_EQUIPMENT
            expected = (
                tuple((round(share * 100), reps) for share, reps in rules.WARMUP_SCHEME)
                if main_loaded and target not in warmed
                else ()
            )
            if planned.warmup_sets != expected:
                self.fail("warmup", f"{spot}: warm-ups {planned.warmup_sets}, expected {expected}")
            if main_loaded:
                warmed.add(target)
            seconds += self._exercise_seconds(planned, exercise)
            for muscle, share in _shares(exercise, self.tracked).items():
                per_muscle[muscle] = per_muscle.get(muscle, 0.0) + share * planned.sets
        if not any(p.role != "conditioning" for p in session.exercises) and ("empty_session", None) not in self.warned:
            self.fail("empty", f"{where}: a session without a strength exercise and no warning saying why")
        if self.intake.experience == "beginner" and intermediate > 1:
            self.fail("difficulty", f"{where}: {intermediate} intermediate exercises for a beginner (max 1)")
        for muscle, volume in per_muscle.items():
            if volume > rules.SESSION_MUSCLE_CAP + 1e-9:
                self.fail("session_cap", f"{where}: {volume:g} sets for {muscle} in one session")
        minutes = rules.GENERAL_WARMUP_MINUTES + seconds / 60
        if abs(minutes - session.estimated_minutes) > 0.11:
            self.fail(
                "minutes",
                f"{where}: estimate {session.estimated_minutes} but the formula gives {minutes:.1f}",
            )
        limit = self.intake.minutes_per_session * (1 + rules.TIME_TOLERANCE)
        if minutes > limit + 1e-9:
            self.fail("time", f"{where}: {minutes:.1f} minutes, more than {limit:.1f}")

    @staticmethod
    def _exercise_seconds(planned: PlannedExercise, exercise: Exercise) -> float:
        sides = 2 if exercise.laterality.slug == "unilateral" else 1
        if planned.seconds is not None:
            work = sides * ((planned.seconds[0] + planned.seconds[1]) // 2)
        else:
            assert planned.reps is not None
            work = sides * round((planned.reps[0] + planned.reps[1]) / 2 * rules.SECONDS_PER_REP)
        return (
            rules.SETUP_MINUTES * 60
            + len(planned.warmup_sets) * rules.WARMUP_SET_MINUTES * 60
            + planned.sets * (work + planned.rest_seconds)
            - planned.rest_seconds
        )

    def week_volume(self, week: PlannedWeek) -> dict[str, float]:
        volume = {muscle: 0.0 for muscle in self.plan.targets}
        for session in week.sessions:
            for planned, exercise in self.strength(session):
                for muscle, share in _shares(exercise, self.tracked).items():
                    if muscle in volume:
                        volume[muscle] += share * planned.sets
        return volume

    def week(self, week: PlannedWeek) -> dict[str, float]:
        for session in week.sessions:
            self.session(week, session)
        volume = self.week_volume(week)
        for muscle, amount in volume.items():
            if abs(week.weekly_sets.get(muscle, 0.0) - amount) > 0.051:
                self.fail("weekly_sets", f"week {week.number}: {muscle} reported {week.weekly_sets.get(muscle)}")
            high = self.plan.targets[muscle][1]
            if amount > high + 1e-9:
                self.fail("volume_high", f"week {week.number}: {muscle} {amount:g} sets, above {high:g}")
        targets = [{_target(e, self.tracked) for _, e in self.strength(session)} - {None} for session in week.sessions]
        if not week.deload and self.intake.days_per_week >= rules.MIN_FREQUENCY_DAYS:
            for muscle in MAJOR:
                count = sum(muscle in session for session in targets)
                if count < rules.MIN_FREQUENCY and ("frequency", muscle) not in self.warned:
                    self.fail("frequency", f"week {week.number}: {muscle} targeted in {count} sessions")
        days = [session.weekday for session in week.sessions]
        for index, day in enumerate(days):
            following = (index + 1) % len(days)
            if len(days) < 2 or (WEEKDAYS.index(days[following]) - WEEKDAYS.index(day)) % 7 != 1:
                continue
            for muscle in sorted(m for m in targets[index] & targets[following] if m):
                if ("consecutive_days", muscle) not in self.warned:
                    self.fail("recovery", f"week {week.number}: {muscle} targeted on {day} and {days[following]}")
        return volume

    def run(self) -> list[Violation]:
        plan, intake = self.plan, self.intake
        if len(plan.weeks) != intake.weeks:
            self.fail("mesocycle", f"{len(plan.weeks)} weeks, the intake asked for {intake.weeks}")
        if not plan.weeks or not plan.weeks[-1].deload or any(w.deload for w in plan.weeks[:-1]):
            self.fail("mesocycle", "the last week, and only the last, must be a deload")
        for week in plan.weeks:
            days = [s.weekday for s in week.sessions]
            if len(days) != intake.days_per_week or len(set(days)) != len(days):
                self.fail("schedule", f"week {week.number}: sessions on {days}")
            if intake.weekdays and tuple(days) != intake.weekdays:
                self.fail("schedule", f"week {week.number}: {days} instead of {list(intake.weekdays)}")
        volumes = [self.week(week) for week in plan.weeks]
        self.mesocycle(volumes)
        return self.found

    def mesocycle(self, volumes: list[dict[str, float]]) -> None:
        weeks = self.plan.weeks
        shape = [[p.slug for p in s.exercises] for s in weeks[0].sessions]
        for week in weeks[1:]:
            if [[p.slug for p in s.exercises] for s in week.sessions] != shape:
                self.fail("mesocycle", f"week {week.number} changes the exercises of week 1")
        loading = volumes[:-1]
        for earlier, later, number in zip(loading, loading[1:], range(2, len(loading) + 1), strict=False):
            for muscle in earlier:
                if later[muscle] + 1e-9 < earlier[muscle]:
                    self.fail("mesocycle", f"week {number}: {muscle} volume falls during the loading weeks")
        if len(weeks) >= 2:
            last, deload = weeks[-2], weeks[-1]
            for s_last, s_deload in zip(last.sessions, deload.sessions, strict=True):
                for p_last, p_deload in zip(s_last.exercises, s_deload.exercises, strict=True):
                    if p_last.role == "conditioning":
                        continue
                    expected = max(1, math.ceil(p_last.sets * rules.DELOAD_SET_FACTOR))
                    if p_deload.sets != expected:
                        self.fail("deload", f"{p_deload.slug}: {p_deload.sets} deload sets, expected {expected}")
        peak = volumes[-2] if len(volumes) > 1 else volumes[0]
        for muscle, (low, _) in self.plan.targets.items():
            if peak[muscle] + 1e-9 < low and ("volume_short", muscle) not in self.warned:
                self.fail("volume_low", f"{muscle}: {peak[muscle]:g} sets at the peak, below {low:g}, unexplained")


def check(plan: Plan, catalog: Catalog) -> list[Violation]:
    """Every rule the plan breaks; an empty list means the plan follows them all."""
    return _Checker(plan, catalog).run()
