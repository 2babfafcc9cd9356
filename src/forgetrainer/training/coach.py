"""The coach's view of a plan in use: the next session's prescriptions from the log."""

from __future__ import annotations

from collections.abc import Sequence

from forgetrainer.catalog import Catalog
from forgetrainer.planner.plan import Plan, PlannedSession
from forgetrainer.training.progression import Decision, Prescription, decide
from forgetrainer.training.values import LoggedSet, exposures

__all__ = ["next_session"]


def next_session(
    plan: Plan,
    week: int,
    session: int,
    logged: Sequence[LoggedSet],
    catalog: Catalog,
    *,
    as_done: PlannedSession | None = None,
) -> list[Decision]:
    """What to do in session `session` (0-based) of week `week` (1-based), given the log.

    `as_done` is the session as it will be done when it differs from the plan's (work moved
    in from a missed session)."""
    planned_week = plan.weeks[week - 1]
    decisions = []
    for planned in (as_done or planned_week.sessions[session]).exercises:
        if planned.role == "conditioning" or planned.slug not in catalog:
            minutes = (planned.seconds[1] // 60) if planned.seconds else 0
            decisions.append(
                Decision(
                    exercise=planned.slug,
                    action="hold",
                    sets=planned.sets,
                    load_kg=None,
                    reps=None,
                    seconds=planned.seconds,
                    rir=planned.rir or 0,
                    reason=f"Conditioning: {minutes} minutes at a hard but steady pace.",
                )
            )
            continue
        prescription = Prescription(
            planned.slug,
            planned.sets,
            planned.reps,
            planned.seconds,
            planned.rir or 0,
            deload=planned_week.deload,
            previous_sets=_previous_sets(plan, week, session, planned.slug),
        )
        decisions.append(
            decide(prescription, exposures(logged, planned.slug), catalog[planned.slug], swaps=planned.swaps)
        )
    return decisions


def _previous_sets(plan: Plan, week: int, session: int, slug: str) -> int | None:
    """The sets the plan asked of the exercise the last time it came up before this session."""
    for week_number in range(week, 0, -1):
        sessions = plan.weeks[week_number - 1].sessions
        last = session - 1 if week_number == week else len(sessions) - 1
        for index in range(last, -1, -1):
            for planned in sessions[index].exercises:
                if planned.slug == slug:
                    return planned.sets
    return None
