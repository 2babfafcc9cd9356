"""Writing a plan: intake -> split -> optimized selection -> prescription -> mesocycle."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.planner.candidates import MAIN_LIFT_BONUS, Pool, build_pool, preference
from forgetrainer.planner.constants import DELOAD_SET_FACTOR, GENERAL_WARMUP_MINUTES, MIN_SETS, VOLUME
from forgetrainer.planner.explain import describe_exercise, explanations, load_hint, warnings_for
from forgetrainer.planner.intake import Intake
from forgetrainer.planner.muscles import MAJOR, major_of, priority_majors
from forgetrainer.planner.plan import Plan, PlannedExercise, PlannedSession, PlannedWeek, SolverReport
from forgetrainer.planner.prescription import Dose, dose_for, exercise_seconds, order_key, warmup_sets
from forgetrainer.planner.select import SessionSlot, VolumeTargets, select, shares
from forgetrainer.planner.split import Split, choose_split

__all__ = ["PlanError", "build_plan", "volume_targets", "weekly_volume"]

# Muscles that may sit at the lower bound of their band (training-science.md).
LOWER_BOUND_MUSCLES = frozenset({"calves", "abs"})
CONDITIONING_MINUTES = {"fat-loss": 8, "endurance": 12}
CONDITIONING_MIN_SESSION = 40


class PlanError(ValueError):
    """Nothing at all can be planned for this intake; the message says why."""


@dataclass(frozen=True)
class _Chosen:
    exercise: Exercise
    sets: int
    warmups: tuple[tuple[int, int], ...]


def _extras(intake: Intake) -> tuple[str, ...]:
    fine = {muscle for muscles in MAJOR.values() for muscle in muscles}
    return tuple(
        slug
        for slug in intake.priority_muscles
        if slug not in MAJOR
        and slug not in fine
        and major_of(slug) is None
        and slug not in ("arms", "legs", "back", "upper-back", "lats")
    )


def volume_targets(intake: Intake, extras: Sequence[str]) -> tuple[VolumeTargets, dict[str, float]]:
    """Targets for the peak week, and the start (week one) target of every tracked muscle."""
    low_bound, high_bound = VOLUME[(intake.goal, intake.experience)]
    loading_weeks = intake.weeks - 1
    priority = priority_majors(intake.priority_muscles)
    low: dict[str, float] = {}
    peak: dict[str, float] = {}
    high: dict[str, float] = {}
    weight: dict[str, float] = {}
    start: dict[str, float] = {}
    for muscle in (*MAJOR, *extras):
        if muscle in MAJOR:
            low[muscle], high[muscle] = float(low_bound), float(high_bound)
        else:
            low[muscle], high[muscle] = float(math.ceil(low_bound / 2)), float(low_bound)
        if muscle in priority or muscle in extras:
            start[muscle] = min(high[muscle], low[muscle] + 2)
            peak[muscle] = high[muscle]
            weight[muscle] = 1.5
        elif muscle in LOWER_BOUND_MUSCLES:
            start[muscle] = peak[muscle] = low[muscle]
            weight[muscle] = 0.8
        else:
            start[muscle] = low[muscle]
            peak[muscle] = min(high[muscle], low[muscle] + loading_weeks - 1)
            weight[muscle] = 1.0
    return VolumeTargets(low, peak, high, weight), start


def weekly_volume(sessions: Sequence[Sequence[tuple[Exercise, int]]], extras: Sequence[str]) -> dict[str, float]:
    totals: dict[str, float] = {muscle: 0.0 for muscle in (*MAJOR, *extras)}
    for session in sessions:
        for exercise, count in session:
            for muscle, share in shares(exercise, extras).items():
                totals[muscle] = totals.get(muscle, 0.0) + share * count
    return totals


def _ordered(picked: Sequence[tuple[Exercise, int]], extras: Sequence[str]) -> list[_Chosen]:
    """Sessions in lifting order; the first loaded main lift for each muscle gets warm-up sets."""
    warmed: set[str] = set()
    ordered = []
    for exercise, count in sorted(picked, key=lambda item: order_key(item[0])):
        target = exercise.target.slug if exercise.target.slug in extras else (major_of(exercise.target.slug) or "")
        warmups = warmup_sets(exercise, target not in warmed)
        if warmups:
            warmed.add(target)
        ordered.append(_Chosen(exercise, count, warmups))
    return ordered


def _earlier_weeks(
    peak: list[list[_Chosen]],
    start: Mapping[str, float],
    peak_target: Mapping[str, float],
    weeks: int,
    extras: Sequence[str],
) -> list[list[list[int]]]:
    """Sets per (session, exercise) for every loading week, rising toward the peak week."""
    loading = weeks - 1
    plans = [[[chosen.sets for chosen in session] for session in peak]]
    for week in range(loading - 1, 0, -1):
        counts = [list(session) for session in plans[0]]
        fraction = (week - 1) / (loading - 1) if loading > 1 else 1.0
        goal = {m: start[m] + (peak_target[m] - start[m]) * fraction for m in start}
        volume = weekly_volume(
            [[(c.exercise, n) for c, n in zip(s, counts[i], strict=True)] for i, s in enumerate(peak)], extras
        )
        for muscle in goal:
            while volume.get(muscle, 0.0) - 1.0 >= goal[muscle] - 1e-9:
                best = None
                for i, session in enumerate(peak):
                    for j, chosen in enumerate(session):
                        if counts[i][j] <= MIN_SETS or shares(chosen.exercise, extras).get(muscle) != 1.0:
                            continue
                        key = (counts[i][j], j)
                        if best is None or key > best[0]:
                            best = (key, i, j)
                if best is None:
                    break
                _, i, j = best
                counts[i][j] -= 1
                for other, share in shares(peak[i][j].exercise, extras).items():
                    volume[other] -= share
        plans.insert(0, counts)
    return plans


def _swaps(exercise: Exercise, session: set[str], pool: Pool, prefer: Mapping[str, int]) -> tuple[str, ...]:
    def ranked(condition: object) -> list[Exercise]:
        return sorted(
            (
                other
                for other in pool.volume
                if other.slug not in session and other.slug != exercise.slug and condition(other)  # type: ignore[operator]
            ),
            key=lambda other: (-prefer[other.slug], other.slug),
        )

    found = ranked(lambda o: o.target == exercise.target and o.pattern == exercise.pattern)
    if len(found) < 2:
        found += [o for o in ranked(lambda o: o.target == exercise.target) if o not in found]
    return tuple(other.slug for other in found[:3])


def _conditioning(pool: Pool, intake: Intake, prefer_count: int) -> list[Exercise]:
    ranked = sorted(pool.conditioning, key=lambda e: (-e.popularity, e.slug))
    return [ranked[i % len(ranked)] for i in range(prefer_count)] if ranked else []


def _slot(
    name: str, muscles: tuple[str, ...], budget: int, pool: Sequence[Exercise], extras: Sequence[str]
) -> SessionSlot:
    """A session of the split; one whose muscles nothing in the pool can train opens to all muscles."""
    trainable = {
        exercise.target.slug if exercise.target.slug in extras else major_of(exercise.target.slug) for exercise in pool
    }
    if trainable.isdisjoint(muscles):
        muscles = (*MAJOR, *extras)
    return SessionSlot(name, muscles, budget)


def build_plan(intake: Intake, catalog: Catalog) -> Plan:
    extras = _extras(intake)
    targets, start = volume_targets(intake, extras)
    tracked = {m for muscles in MAJOR.values() for m in muscles} | set(extras)
    pool = build_pool(catalog, intake, tracked)
    if not pool.volume:
        raise PlanError(
            "No strength exercise in the library fits this intake: with "
            f"{', '.join(sorted(intake.equipment))} and injuries to {', '.join(intake.injuries) or 'nothing'}, "
            "every exercise is ruled out. Add equipment or check the injury list."
        )
    split: Split = choose_split(intake.days_per_week, intake.weekdays)
    cond_minutes = CONDITIONING_MINUTES.get(intake.goal, 0)
    if intake.minutes_per_session < CONDITIONING_MIN_SESSION or not pool.conditioning:
        cond_minutes = 0
    budget = (intake.minutes_per_session - GENERAL_WARMUP_MINUTES - cond_minutes) * 60
    slots = [_slot(t.name, (*t.muscles, *extras), budget, pool.volume, extras) for t in split.sessions]
    prefer = {e.slug: preference(e, intake, pool) for e in pool.volume}
    for slug in intake.priority_muscles:
        for e in pool.volume:
            if e.target.slug == slug:
                prefer[e.slug] += 15
    doses: dict[str, Dose] = {e.slug: dose_for(e, intake.goal, intake.experience) for e in pool.volume}
    selection = select(
        slots,
        pool.volume,
        doses,
        targets,
        prefer,
        extras=extras,
        include=set(intake.include),
        beginner=intake.experience == "beginner",
        seed=intake.seed,
        main_lift_bonus=MAIN_LIFT_BONUS[intake.goal],
    )
    peak = [_ordered(session, extras) for session in selection.sessions]
    loading_counts = _earlier_weeks(peak, start, targets.peak, intake.weeks, extras)
    finishers = _conditioning(pool, intake, len(peak)) if cond_minutes else []

    details: dict[tuple[int, str], tuple[str, tuple[str, ...]]] = {}
    for index, session in enumerate(peak):
        names = {chosen.exercise.slug for chosen in session}
        for chosen in session:
            details[(index, chosen.exercise.slug)] = (
                describe_exercise(
                    chosen.exercise,
                    session_name=split.sessions[index].name,
                    intake=intake,
                    pool=pool,
                    catalog=catalog,
                    chosen=names,
                ),
                _swaps(chosen.exercise, names, pool, prefer),
            )

    weeks: list[PlannedWeek] = []
    for number in range(1, intake.weeks + 1):
        deload = number == intake.weeks
        counts = loading_counts[-1] if deload else loading_counts[number - 1]
        sessions = []
        volume_sessions = []
        for index, session in enumerate(peak):
            planned = []
            seconds = []
            for position, chosen in enumerate(session):
                exercise = chosen.exercise
                count = counts[index][position]
                if deload:
                    count = max(1, math.ceil(count * DELOAD_SET_FACTOR))
                dose = dose_for(exercise, intake.goal, intake.experience, deload=deload)
                why, swaps = details[(index, exercise.slug)]
                planned.append(
                    PlannedExercise(
                        slug=exercise.slug,
                        name=exercise.name,
                        role=dose.role,
                        sets=count,
                        reps=dose.reps,
                        seconds=dose.seconds,
                        rir=dose.rir,
                        rest_seconds=dose.rest_seconds,
                        warmup_sets=chosen.warmups,
                        why=why,
                        swaps=swaps,
                        load_hint=load_hint(exercise, dose) if number == 1 else None,
                    )
                )
                seconds.append(exercise_seconds(dose, count, len(chosen.warmups)))
            finisher_minutes = 0
            if finishers:
                finisher = finishers[index]
                planned.append(
                    PlannedExercise(
                        slug=finisher.slug,
                        name=finisher.name,
                        role="conditioning",
                        sets=1,
                        reps=None,
                        seconds=(cond_minutes * 60, cond_minutes * 60),
                        rir=None,
                        rest_seconds=0,
                        warmup_sets=(),
                        why=(
                            f"Conditioning for your {intake.goal.replace('-', ' ')} goal: {cond_minutes} minutes "
                            "at a steady, hard-but-sustainable pace to finish the session."
                        ),
                        swaps=tuple(e.slug for e in pool.conditioning if e.slug != finisher.slug)[:3],
                    )
                )
                finisher_minutes = cond_minutes
            minutes = GENERAL_WARMUP_MINUTES + sum(seconds) / 60 + finisher_minutes
            sessions.append(
                PlannedSession(
                    weekday=split.weekdays[index],
                    name=split.sessions[index].name,
                    muscles=split.sessions[index].muscles,
                    exercises=tuple(planned),
                    estimated_minutes=round(minutes, 1),
                )
            )
            volume_sessions.append([(c.exercise, n) for c, n in zip(session, [p.sets for p in planned], strict=False)])
        volume = {m: round(v, 1) for m, v in weekly_volume(volume_sessions, extras).items()}
        weeks.append(PlannedWeek(number, deload, tuple(sessions), volume))

    plan_targets = {m: (targets.low[m], targets.high[m]) for m in targets.low}
    report = SolverReport(selection.status, selection.objective, selection.bound, selection.seconds)
    warnings = warnings_for(intake, split, weeks, plan_targets, pool, extras, budget_minutes=budget / 60)
    notes = explanations(intake, split, pool, catalog)
    return Plan(intake, split.name, split.why, tuple(weeks), tuple(warnings), plan_targets, tuple(notes), report)
