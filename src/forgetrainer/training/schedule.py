"""Where a saved plan stands on a given day: the session to do, what was missed, what moved.

Weeks follow the calendar, as in the plan's iCalendar export: week 1 is the Monday-to-Sunday
week holding the start date, and a session's date is its weekday within its week. Sessions
dated before the start were never due, so they are not missed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from forgetrainer.catalog import Catalog
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.plan import Plan, PlannedSession
from forgetrainer.training.missed import fold_missed

__all__ = ["SessionRef", "TodayView", "plan_week", "session_date", "today_view"]

# (week number, 0-based session index) -> the first day any of it was logged
Done = Mapping[tuple[int, int], dt.date]


@dataclass(frozen=True, slots=True)
class SessionRef:
    week: int
    index: int


@dataclass(frozen=True, slots=True)
class TodayView:
    week: int
    index: int
    date: dt.date  # the day the plan puts this session on
    session: PlannedSession  # with work moved from missed sessions added
    missed: tuple[str, ...]  # weekdays of this week whose session passed with nothing logged
    moved: tuple[str, ...]  # exercises moved into this session from a missed one
    notes: tuple[str, ...]  # one line each: what was missed, moved or dropped, where the plan stands


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def plan_week(start: dt.date, day: dt.date) -> int:
    """The plan week `day` falls in (0 or less before the start, past the last week after the end)."""
    return (_monday(day) - _monday(start)).days // 7 + 1


def session_date(start: dt.date, week: int, weekday: str) -> dt.date:
    return _monday(start) + dt.timedelta(weeks=week - 1, days=WEEKDAYS.index(weekday))


def _due(plan: Plan, start: dt.date, today: dt.date, done: Done) -> tuple[SessionRef, str | None]:
    """The session today's page should show, and a note when it is not simply the next one."""
    current = plan_week(start, today)
    if current < 1 or (current == 1 and today < start):
        first = next(
            (i for i, s in enumerate(plan.weeks[0].sessions) if session_date(start, 1, s.weekday) >= start), None
        )
        ref = SessionRef(1, first) if first is not None else SessionRef(2, 0)
        return ref, f"The plan starts on {start:%A %d %B}; this is its first session."
    if current > len(plan.weeks):
        last = plan.weeks[-1]
        ended = session_date(start, last.number, last.sessions[-1].weekday)
        return SessionRef(last.number, len(last.sessions) - 1), (
            f"The plan's last session was on {ended:%A %d %B}; save a new plan for the next block."
        )
    sessions = plan.weeks[current - 1].sessions
    for index, session in enumerate(sessions):
        day = session_date(start, current, session.weekday)
        done_on = done.get((current, index))
        if day >= today and (done_on is None or done_on >= today):
            return SessionRef(current, index), None
    if current < len(plan.weeks):
        return SessionRef(current + 1, 0), None
    finished = "The plan's last session is behind you; save a new plan for the next block."
    return SessionRef(current, len(sessions) - 1), finished


def _fold_week(
    plan: Plan, week: int, start: dt.date, today: dt.date, done: Done, catalog: Catalog
) -> tuple[dict[int, PlannedSession], tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]:
    """This week's sessions still ahead, with the missed sessions' work moved in, most recent first."""
    sessions = list(plan.weeks[week - 1].sessions)
    dates = [session_date(start, week, s.weekday) for s in sessions]
    missed = [i for i, day in enumerate(dates) if start <= day < today and (week, i) not in done]
    ahead = [i for i, day in enumerate(dates) if day >= today and done.get((week, i), today) >= today]
    notes: dict[int, list[str]] = {}
    moved: list[tuple[str, str]] = []
    for index in reversed(missed):  # the latest missed work has first claim on the days left
        fold = fold_missed(sessions, index, ahead, plan.intake.minutes_per_session, catalog)
        for position, folded in zip(sorted(ahead), fold.sessions, strict=True):
            sessions[position] = folded
        moved.extend(fold.moved)
        notes[index] = [f"{sessions[index].weekday.capitalize()}'s session was missed.", *fold.reasons]
    return (
        {i: sessions[i] for i in ahead},
        tuple(plan.weeks[week - 1].sessions[i].weekday for i in missed),
        tuple(moved),
        tuple(note for index in missed for note in notes[index]),
    )


def today_view(
    plan: Plan,
    start: dt.date,
    today: dt.date,
    done: Done,
    catalog: Catalog,
    chosen: SessionRef | None = None,
) -> TodayView:
    """Today's session of a plan started on `start`, or the `chosen` one (week 0: the current
    week), with missed work folded in.

    `done` holds the sessions with anything logged. Missed work is folded only into the
    current calendar week: a session of another week is shown as the plan wrote it.
    """
    due, note = _due(plan, start, today, done)
    ref = chosen or due
    week = min(max(ref.week or due.week, 1), len(plan.weeks))
    index = min(max(ref.index, 0), len(plan.weeks[week - 1].sessions) - 1)
    session = plan.weeks[week - 1].sessions[index]
    missed: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()
    notes: tuple[str, ...] = (note,) if note and chosen is None else ()
    current = plan_week(start, today)
    if 1 <= current <= len(plan.weeks):
        ahead, missed, moves, fold_notes = _fold_week(plan, current, start, today, done, catalog)
        if week == current:
            session = ahead.get(index, session)
            moved = tuple(slug for slug, weekday in moves if index in ahead and weekday == session.weekday)
            notes += fold_notes
        elif missed:
            days = " and ".join(day.capitalize() for day in missed)
            notes += (f"{days} of week {current} passed with nothing logged, and no training day is left that week.",)
    return TodayView(week, index, session_date(start, week, session.weekday), session, missed, moved, notes)
