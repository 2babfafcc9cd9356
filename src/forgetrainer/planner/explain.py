"""Saying why: the reason for each exercise, the honest warnings, and what was left out."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.planner.candidates import Pool, exclusion_reason
from forgetrainer.planner.constants import MIN_FREQUENCY, MIN_FREQUENCY_DAYS
from forgetrainer.planner.intake import Intake
from forgetrainer.planner.muscles import MAJOR, MAJOR_NAMES, major_of
from forgetrainer.planner.plan import PlannedWeek, PlanWarning
from forgetrainer.planner.prescription import Dose
from forgetrainer.planner.split import Split, consecutive_overlaps

__all__ = ["describe_exercise", "explanations", "load_hint", "warnings_for"]


def _joint(slug: str) -> str:
    return slug.replace("-", " ")


def _muscle_label(muscle: str) -> str:
    return MAJOR_NAMES.get(muscle, muscle.replace("-", " ").title())


def describe_exercise(
    exercise: Exercise,
    *,
    session_name: str,
    intake: Intake,
    pool: Pool,
    catalog: Catalog,
    chosen: set[str],
) -> str:
    parts = [f"Targets the {exercise.target.name.lower()}"]
    if exercise.secondary:
        parts[0] += ", with the " + ", ".join(m.name.lower() for m in exercise.secondary) + " helping"
    parts[0] += "."
    if exercise.slug in intake.include:
        parts.append("You asked for it.")
    elif exercise.mechanic.slug == "compound":
        parts.append(f"A compound lift that moves the most muscle for the time in {session_name.lower()}.")
    else:
        parts.append(f"Isolation work to add {exercise.target.name.lower()} volume without taxing recovery.")
    for joint in intake.injuries:
        level = exercise.stress_on(joint)
        if level in ("none", "low"):
            parts.append(f"{'No' if level == 'none' else 'Low'} stress on your {_joint(joint)}.")
        elif level == "moderate":
            parts.append(f"Moderate stress on your {_joint(joint)}: keep it pain-free and use a swap if it hurts.")
    obvious = next(
        (
            other
            for other in _by_target_and_pattern(catalog).get((exercise.target.slug, exercise.pattern.slug), ())
            if other.popularity > exercise.popularity and other.slug not in chosen
        ),
        None,
    )
    if obvious is not None:
        reason = pool.excluded.get(obvious.slug) or exclusion_reason(obvious, intake)
        if reason:
            parts.append(f"Chosen over the {obvious.name}, which {_reason_clause(reason)}.")
    return " ".join(parts)


@functools.lru_cache(maxsize=4)
def _by_target_and_pattern(catalog: Catalog) -> dict[tuple[str, str], tuple[Exercise, ...]]:
    """(target slug, pattern slug) -> exercises, most popular first (catalog order)."""
    found: dict[tuple[str, str], list[Exercise]] = {}
    for exercise in catalog:
        found.setdefault((exercise.target.slug, exercise.pattern.slug), []).append(exercise)
    return {key: tuple(value) for key, value in found.items()}


def _reason_clause(reason: str) -> str:
    if reason.startswith("needs"):
        return reason
    if reason.startswith("high stress"):
        return f"puts {reason}"
    if reason.startswith("rated"):
        return f"is {reason}"
    return reason


def load_hint(exercise: Exercise, dose: Dose) -> str:
    rir = dose.rir
    if dose.seconds is not None:
        return (
            f"Choose a version you could hold for about {dose.seconds[1] + 10} seconds, so the "
            f"{dose.seconds[1]}-second target ends with a little left."
        )
    assert dose.reps is not None
    top = dose.reps[1]
    if exercise.equipment.slug == "body-weight":
        return (
            f"Use a variation you can do about {top + rir} clean times; if you cannot reach {dose.reps[0]}, "
            "pick an easier variation from the exercise page."
        )
    return (
        f"Week 1: pick a load you could lift about {top + rir} times, then stop at {dose.reps[0]}-{top} "
        f"with {rir} repetition{'s' if rir != 1 else ''} left. Too easy? Add a step next session."
    )


def _short_reason(muscle: str, pool: Pool, extras: Sequence[str], budget_minutes: float, intake: Intake) -> str:
    fine = (muscle,) if muscle in extras else MAJOR[muscle]
    if not any(e.target.slug in fine for e in pool.volume):
        return "no exercise for it fits your equipment, level and injuries"
    return f"{intake.minutes_per_session} minutes a session cannot hold more"


def warnings_for(
    intake: Intake,
    split: Split,
    weeks: Sequence[PlannedWeek],
    targets: Mapping[str, tuple[float, float]],
    pool: Pool,
    extras: Sequence[str],
    *,
    budget_minutes: float,
) -> list[PlanWarning]:
    found: list[PlanWarning] = []
    first = weeks[0]
    peak = weeks[-2] if len(weeks) > 1 else weeks[0]
    for muscle, (low, _high) in targets.items():
        got = peak.weekly_sets.get(muscle, 0.0)
        if got + 1e-9 < low:
            found.append(
                PlanWarning(
                    "volume_short",
                    f"{_muscle_label(muscle)}: {got:g} of {low:g} weekly sets at the peak of the block, because "
                    f"{_short_reason(muscle, pool, extras, budget_minutes, intake)}.",
                    muscle=muscle,
                )
            )
        elif first.weekly_sets.get(muscle, 0.0) + 1e-9 < low:
            found.append(
                PlanWarning(
                    "volume_short",
                    f"{_muscle_label(muscle)}: {first.weekly_sets.get(muscle, 0.0):g} weekly sets in week 1, rising "
                    f"to {got:g} by week {len(weeks) - 1} (target {low:g} or more).",
                    muscle=muscle,
                )
            )
    return found + _frequency_and_recovery(intake, split, weeks, pool, extras) + _safety(intake, weeks, pool)


def _targets_by_session(week: PlannedWeek, pool: Pool, extras: Sequence[str]) -> list[set[str]]:
    by_slug = {e.slug: e for e in pool.volume}
    result = []
    for session in week.sessions:
        muscles = set()
        for planned in session.exercises:
            exercise = by_slug.get(planned.slug)
            if exercise is None:
                continue
            target = exercise.target.slug if exercise.target.slug in extras else major_of(exercise.target.slug)
            if target:
                muscles.add(target)
        result.append(muscles)
    return result


def _frequency_and_recovery(
    intake: Intake, split: Split, weeks: Sequence[PlannedWeek], pool: Pool, extras: Sequence[str]
) -> list[PlanWarning]:
    found = []
    targets = _targets_by_session(weeks[0], pool, extras)
    for session in weeks[0].sessions:
        if not any(planned.role != "conditioning" for planned in session.exercises):
            found.append(
                PlanWarning(
                    "empty_session",
                    f"{session.weekday.capitalize()} has no strength exercise: nothing for {session.name.lower()} "
                    f"fits {intake.minutes_per_session} minutes with your equipment and injuries. Use the day to "
                    "rest or walk.",
                )
            )
    if intake.days_per_week >= MIN_FREQUENCY_DAYS:
        for muscle in MAJOR:
            count = sum(muscle in session for session in targets)
            if count < MIN_FREQUENCY:
                found.append(
                    PlanWarning(
                        "frequency",
                        f"{_muscle_label(muscle)}: targeted in {count} session{'s' if count != 1 else ''} a week "
                        f"instead of {MIN_FREQUENCY}, because {_short_reason(muscle, pool, extras, 0, intake)}.",
                        muscle=muscle,
                    )
                )
    for muscle, day, following in consecutive_overlaps(split.weekdays, tuple(tuple(s) for s in targets)):
        found.append(
            PlanWarning(
                "consecutive_days",
                f"{_muscle_label(muscle)}: trained on {day.capitalize()} and {following.capitalize()}, because "
                "these training days leave no way to give them a day off in between.",
                muscle=muscle,
            )
        )
    return found


def _safety(intake: Intake, weeks: Sequence[PlannedWeek], pool: Pool) -> list[PlanWarning]:
    found = []
    used = {planned.slug for session in weeks[0].sessions for planned in session.exercises}
    for slug in sorted(used):
        joints = pool.moderate.get(slug)
        if joints:
            name = next(p.name for s in weeks[0].sessions for p in s.exercises if p.slug == slug)
            found.append(
                PlanWarning(
                    "moderate_stress",
                    f"{name} puts moderate stress on your {' and '.join(_joint(j) for j in joints)}: "
                    "keep it pain-free, and use one of its swaps if it is not.",
                    exercise=slug,
                )
            )
    for slug in intake.include:
        if slug not in used:
            reason = pool.excluded.get(slug) or "it did not fit the time or the split"
            found.append(
                PlanWarning("include_unused", f"Your pick '{slug}' is not in the plan: {reason}.", exercise=slug)
            )
    if intake.injuries:
        joint_names = ", ".join(_joint(j) for j in intake.injuries)
        found.append(
            PlanWarning(
                "injury_advice",
                f"Planned around your {joint_names}: exercises with high stress there are left out. Stop any "
                "exercise that causes pain, and see a doctor or physiotherapist for acute or worsening pain.",
            )
        )
    return found


def explanations(intake: Intake, split: Split, pool: Pool, catalog: Catalog) -> list[str]:
    notes = [f"{split.name}: {split.why}."]
    for joint in intake.injuries:
        left_out = [
            e.name
            for e in catalog
            if e.popularity >= 4 and e.stress_on(joint) == "high" and e.category.slug in ("strength", "powerlifting")
        ][:5]
        if left_out:
            notes.append(
                f"For your {_joint(joint)}, exercises with high {_joint(joint)} stress are left out, such as "
                f"{', '.join(left_out)}."
            )
    missing = sorted(
        {term.name.lower() for e in catalog if e.popularity >= 4 for term in e.equipment_needed}
        - {slug.replace("-", " ") for slug in intake.equipment}
    )
    if missing and intake.equipment_preset != "full gym":
        notes.append(
            "Only exercises you can do with your equipment are used; popular lifts that need "
            f"{', '.join(missing[:6])} are not in the plan."
        )
    return notes
