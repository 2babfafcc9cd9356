"""Following a saved plan: today's session, read from the log, for the web pages, the API and the CLI.

Days are calendar days in the account's time zone when it has one, else in the process's:
the CLI runs where its user is; a web account without a zone follows the server's clock.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from dataclasses import dataclass
from typing import Any

from forgetrainer.catalog import Catalog
from forgetrainer.planner import build_plan, parse_intake
from forgetrainer.planner.plan import Plan
from forgetrainer.store import TrainingLog
from forgetrainer.store.models import SavedPlan, Workout, as_utc
from forgetrainer.training import Decision, next_session
from forgetrainer.training.schedule import SessionRef, TodayView, today_view

__all__ = ["Today", "follow", "local_day", "local_today", "plan_of", "session_title", "session_workout", "tz_of"]


@dataclass(frozen=True)
class Today:
    saved: SavedPlan
    plan: Plan
    view: TodayView
    workout: Workout | None  # the workout of this session started today, if any
    decisions: list[Decision]  # from what was logged before that workout

    def to_dict(self) -> dict[str, Any]:
        """The session as the API and `forge today --format json` give it."""
        view = self.view
        done: dict[str, list[dict[str, Any]]] = {}
        for entry in self.workout.sets if self.workout else []:
            fields = ("load_kg", "reps", "rir", "seconds", "distance_m", "warmup")
            done.setdefault(entry.exercise, []).append({name: getattr(entry, name) for name in fields})
        return {
            "plan": self.saved.id,
            "plan_name": self.saved.name,
            "week": view.week,
            "session": view.index + 1,
            "session_index": view.index,  # as POST /api/v1/me/workouts takes it
            "weekday": view.session.weekday,
            "date": view.date.isoformat(),
            "name": view.session.name,
            "missed": list(view.missed),
            "notes": list(view.notes),
            "workout": self.workout.id if self.workout else None,
            "exercises": [
                {**d.to_dict(), "moved_here": d.exercise in view.moved, "done": done.get(d.exercise, [])}
                for d in self.decisions
            ],
        }


def tz_of(zone: str | None) -> dt.tzinfo:
    """The named IANA zone, or this process's local zone for None."""
    if zone:
        return zoneinfo.ZoneInfo(zone)
    return dt.datetime.now().astimezone().tzinfo or dt.UTC


def local_day(moment: dt.datetime, zone: str | None = None) -> dt.date:
    return as_utc(moment).astimezone(tz_of(zone)).date()


def local_today(zone: str | None = None) -> dt.date:
    return dt.datetime.now(dt.UTC).astimezone(tz_of(zone)).date()


@functools.lru_cache(maxsize=256)
def _plan_for(intake_json: str, catalog: Catalog) -> Plan:
    return build_plan(parse_intake(json.loads(intake_json)), catalog)


def plan_of(saved: SavedPlan, catalog: Catalog) -> Plan:
    """The plan a saved intake writes (the engine is deterministic, so it is the plan that was saved)."""
    return _plan_for(json.dumps(saved.intake, sort_keys=True), catalog)


def session_title(plan: Plan, week: int, index: int) -> str:
    """A workout's title from its plan session: "Upper A, week 2 Tuesday"."""
    session = plan.weeks[week - 1].sessions[index]
    return f"{session.name}, week {week} {session.weekday.capitalize()}"


def session_workout(
    log: TrainingLog,
    user_id: int,
    plan_id: int | None,
    week: int | None,
    index: int | None,
    zone: str | None = None,
) -> Workout | None:
    """Today's workout for this session of the plan (or outside any plan, when all are None)."""
    day = local_today(zone)
    for workout in log.workouts(user_id, limit=30):
        if local_day(workout.started_at, zone) != day:
            continue
        if workout.plan_id == plan_id and workout.week == week and workout.session_index == index:
            return workout
    return None


def follow(
    log: TrainingLog, user_id: int, catalog: Catalog, chosen: SessionRef | None = None, zone: str | None = None
) -> Today | None:
    """The active plan's session for today in `zone` (or the chosen one), None without a saved plan."""
    saved = log.active_plan(user_id)
    if saved is None:
        return None
    plan = plan_of(saved, catalog)
    done: dict[tuple[int, int], dt.date] = {}
    for earlier in log.plan_workouts(user_id, saved.id):
        if earlier.week is not None and earlier.session_index is not None and earlier.sets:
            done.setdefault((earlier.week, earlier.session_index), local_day(earlier.started_at, zone))
    start = saved.starts_on or local_day(saved.created_at, zone)
    view = today_view(plan, start, local_today(zone), done, catalog, chosen)
    workout = session_workout(log, user_id, saved.id, view.week, view.index, zone)
    before = [s for s in log.logged_sets(user_id, tz=tz_of(zone)) if workout is None or s.workout != workout.id]
    decisions = next_session(plan, view.week, view.index, before, catalog, as_done=view.session)
    return Today(saved, plan, view, workout, decisions)
