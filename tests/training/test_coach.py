"""The next session of a real plan from a stated log."""

from __future__ import annotations

import datetime as dt

from forgetrainer.catalog import Catalog
from forgetrainer.planner.plan import Plan
from forgetrainer.training import LoggedSet, next_session

MONDAY = dt.datetime(2026, 11, 2, 18, 0)


def _did_as_asked(plan: Plan, week: int, session: int, load: float) -> list[LoggedSet]:
    """Every set of every lifted exercise of the session at the top of the range and the target RIR."""
    logged = []
    for planned in plan.weeks[week - 1].sessions[session].exercises:
        if planned.reps is None:
            continue
        for number in range(planned.sets):
            when = MONDAY + dt.timedelta(weeks=week - 1, days=session * 2, minutes=number)
            logged.append(
                LoggedSet(planned.slug, when, load, planned.reps[1], planned.rir, workout=f"{week}-{session}")
            )
    return logged


def test_the_first_session_is_all_starts(plan: Plan, catalog: Catalog) -> None:
    decisions = next_session(plan, 1, 0, [], catalog)
    lifted = [d for d in decisions if d.reps is not None]
    assert lifted and all(d.action == "start" for d in lifted)


def test_a_session_done_as_asked_goes_up_even_when_the_next_week_adds_a_set(plan: Plan, catalog: Catalog) -> None:
    week_one = plan.weeks[0].sessions[0].exercises
    week_two = {p.slug: p.sets for p in plan.weeks[1].sessions[0].exercises}
    assert any(week_two.get(p.slug, 0) > p.sets for p in week_one), "the plan adds sets from week 1 to week 2"
    decisions = next_session(plan, 2, 0, _did_as_asked(plan, 1, 0, 60), catalog)
    lifted = [d for d in decisions if d.reps is not None]
    assert lifted and all(d.action == "increase" and d.load_kg and d.load_kg > 60 for d in lifted)
    assert all(d.sets == week_two[d.exercise] for d in lifted), "the new week's set count is prescribed"


def test_fewer_sets_than_asked_hold_the_load(plan: Plan, catalog: Catalog) -> None:
    logged = _did_as_asked(plan, 1, 0, 60)
    first = logged[0].exercise
    short = [s for s in logged if s.exercise != first] + [s for s in logged if s.exercise == first][:1]
    decision = next(d for d in next_session(plan, 2, 0, short, catalog) if d.exercise == first)
    assert decision.action == "hold" and decision.load_kg == 60
    assert "do all" in decision.reason


def test_the_deload_week_is_applied(plan: Plan, catalog: Catalog) -> None:
    deload = next(number for number, week in enumerate(plan.weeks, 1) if week.deload)
    logged = _did_as_asked(plan, 1, 0, 60)
    decisions = next_session(plan, deload, 0, logged, catalog)
    lifted = [d for d in decisions if d.reps is not None and d.exercise in {s.exercise for s in logged}]
    assert lifted and all(d.action == "deload" and d.load_kg == 60 for d in lifted)
    assert all(d.reason.startswith("Deload week:") for d in lifted)
