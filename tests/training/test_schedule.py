"""Where a saved plan stands on a given day: the session due, sessions missed and work moved."""

from __future__ import annotations

import datetime as dt

from forgetrainer.catalog import Catalog
from forgetrainer.planner.constants import TIME_TOLERANCE
from forgetrainer.planner.plan import Plan
from forgetrainer.training.schedule import SessionRef, plan_week, session_date, today_view

MONDAY = dt.date(2026, 11, 2)
WEDNESDAY = MONDAY + dt.timedelta(days=2)
SATURDAY = MONDAY + dt.timedelta(days=5)


def test_weeks_follow_the_calendar_from_the_start_week() -> None:
    assert plan_week(WEDNESDAY, WEDNESDAY) == 1
    assert plan_week(WEDNESDAY, MONDAY) == 1, "the Monday of the start week is in week 1"
    assert plan_week(WEDNESDAY, MONDAY + dt.timedelta(days=7)) == 2
    assert plan_week(WEDNESDAY, MONDAY - dt.timedelta(days=1)) == 0
    assert session_date(WEDNESDAY, 2, "friday") == dt.date(2026, 11, 13)


def test_the_session_of_the_day_is_due_and_nothing_is_missed_on_a_fresh_plan(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, MONDAY, MONDAY, {}, catalog)
    assert (view.week, view.index, view.date) == (1, 0, MONDAY)
    assert view.session == plan.weeks[0].sessions[0]
    assert view.missed == () and view.notes == ()


def test_on_a_rest_day_the_next_session_is_due(plan: Plan, catalog: Catalog) -> None:
    tuesday = MONDAY + dt.timedelta(days=1)
    view = today_view(plan, MONDAY, tuesday, {(1, 0): MONDAY}, catalog)
    assert (view.week, view.index, view.date) == (1, 1, WEDNESDAY)
    assert view.missed == ()


def test_sessions_before_the_start_date_were_never_missed(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, WEDNESDAY, WEDNESDAY, {}, catalog)
    assert (view.week, view.index) == (1, 1)
    assert view.missed == () and view.session == plan.weeks[0].sessions[1]


def test_a_missed_session_moves_its_main_work_into_the_days_left(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, MONDAY, WEDNESDAY, {}, catalog)
    planned = plan.weeks[0].sessions[1]
    assert view.missed == ("monday",)
    assert view.notes[0] == "Monday's session was missed."
    assert view.moved, "some of Monday's work fits Wednesday's 60 minutes"
    slugs = [p.slug for p in view.session.exercises]
    assert set(view.moved) <= set(slugs)
    assert len(slugs) == len(planned.exercises) + len(view.moved)
    assert view.session.estimated_minutes <= 60 * (1 + TIME_TOLERANCE)
    monday = {p.slug for p in plan.weeks[0].sessions[0].exercises}
    for slug in monday:
        assert any(slug in note for note in view.notes) or any(catalog[slug].name in note for note in view.notes), (
            f"what happened to {slug} is said"
        )


def test_a_session_logged_on_any_day_is_not_missed(plan: Plan, catalog: Catalog) -> None:
    done_late = {(1, 0): MONDAY + dt.timedelta(days=1)}
    view = today_view(plan, MONDAY, WEDNESDAY, done_late, catalog)
    assert view.missed == () and view.moved == ()
    assert view.session == plan.weeks[0].sessions[1]


def test_logging_the_folded_session_keeps_its_moved_work_in_view(plan: Plan, catalog: Catalog) -> None:
    before = today_view(plan, MONDAY, WEDNESDAY, {}, catalog)
    during = today_view(plan, MONDAY, WEDNESDAY, {(1, 1): WEDNESDAY}, catalog)
    assert during.session == before.session and during.moved == before.moved


def test_a_session_done_early_is_not_due_again_on_its_day(plan: Plan, catalog: Catalog) -> None:
    thursday = MONDAY + dt.timedelta(days=3)
    friday = MONDAY + dt.timedelta(days=4)
    done = {(1, 0): MONDAY, (1, 1): WEDNESDAY, (1, 2): thursday}
    view = today_view(plan, MONDAY, friday, done, catalog)
    assert (view.week, view.index) == (2, 0), "Friday's session was done on Thursday: next is week 2"


def test_after_the_last_session_of_a_week_the_next_week_begins(plan: Plan, catalog: Catalog) -> None:
    done = {(1, 0): MONDAY, (1, 1): WEDNESDAY, (1, 2): MONDAY + dt.timedelta(days=4)}
    view = today_view(plan, MONDAY, SATURDAY, done, catalog)
    assert (view.week, view.index, view.date) == (2, 0, MONDAY + dt.timedelta(days=7))
    assert view.notes == ()


def test_after_the_last_weeks_sessions_the_plan_says_it_is_done(plan: Plan, catalog: Catalog) -> None:
    last = len(plan.weeks)
    sunday = MONDAY + dt.timedelta(weeks=last - 1, days=6)
    done = {(last, i): sunday - dt.timedelta(days=6 - 2 * i) for i in range(3)}
    view = today_view(plan, MONDAY, sunday, done, catalog)
    assert (view.week, view.index) == (last, 2)
    assert view.notes == ("The plan's last session is behind you; save a new plan for the next block.",)


def test_a_missed_friday_with_no_day_left_is_said_on_the_weekend(plan: Plan, catalog: Catalog) -> None:
    done = {(1, 0): MONDAY, (1, 1): WEDNESDAY}
    view = today_view(plan, MONDAY, SATURDAY, done, catalog)
    assert (view.week, view.index) == (2, 0)
    assert view.missed == ("friday",)
    assert any("no training day is left" in note for note in view.notes)


def test_before_the_start_the_first_session_is_shown_with_the_start_date(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, WEDNESDAY, MONDAY - dt.timedelta(days=3), {}, catalog)
    assert (view.week, view.index) == (1, 1), "Wednesday is the first session on or after the start"
    assert view.notes == ("The plan starts on Wednesday 04 November; this is its first session.",)


def test_after_the_plan_ends_its_last_session_is_shown_with_a_note(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, MONDAY, MONDAY + dt.timedelta(weeks=8), {}, catalog)
    assert (view.week, view.index) == (len(plan.weeks), 2)
    assert "save a new plan" in view.notes[0]


def test_a_chosen_session_is_shown_as_asked_and_week_zero_means_this_week(plan: Plan, catalog: Catalog) -> None:
    view = today_view(plan, MONDAY, WEDNESDAY + dt.timedelta(weeks=1), {}, catalog, SessionRef(0, 2))
    assert (view.week, view.index) == (2, 2)
    other = today_view(plan, MONDAY, WEDNESDAY, {}, catalog, SessionRef(3, 0))
    assert other.session == plan.weeks[2].sessions[0] and other.moved == ()
