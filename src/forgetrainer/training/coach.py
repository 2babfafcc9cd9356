"""The coach's view of a plan in use: the next session's prescriptions from the log."""

from __future__ import annotations

from collections.abc import Sequence

from forgetrainer.catalog import Catalog
from forgetrainer.planner.plan import Plan
from forgetrainer.training.progression import Decision, Prescription, decide
from forgetrainer.training.values import LoggedSet, exposures

__all__ = ["next_session"]


def next_session(plan: Plan, week: int, session: int, logged: Sequence[LoggedSet], catalog: Catalog) -> list[Decision]:
    """What to do in session `session` (0-based) of week `week` (1-based), given the log."""
    planned_week = plan.weeks[week - 1]
    decisions = []
    for planned in planned_week.sessions[session].exercises:
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
            planned.slug, planned.sets, planned.reps, planned.seconds, planned.rir or 0, deload=planned_week.deload
        )
        decisions.append(
            decide(prescription, exposures(logged, planned.slug), catalog[planned.slug], swaps=planned.swaps)
        )
    return decisions
