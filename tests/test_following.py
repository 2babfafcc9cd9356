"""Today's session read from the store, and whose calendar decides which day today is."""

from __future__ import annotations

import datetime as dt

from forgetrainer.catalog import default_catalog
from forgetrainer.following import local_day, local_today, session_title, tz_of
from forgetrainer.planner import build_plan, parse_intake


def test_today_is_the_day_in_the_accounts_time_zone() -> None:
    # Fourteen hours ahead of UTC and eleven behind: never the same date.
    assert local_today("Pacific/Kiritimati") > local_today("Pacific/Pago_Pago")
    late_evening_utc = dt.datetime(2026, 11, 24, 22, 30, tzinfo=dt.UTC)
    assert local_day(late_evening_utc, "Australia/Sydney") == dt.date(2026, 11, 25)
    assert local_day(late_evening_utc, "America/New_York") == dt.date(2026, 11, 24)
    assert local_day(late_evening_utc.replace(tzinfo=None), "Asia/Tokyo") == dt.date(2026, 11, 25), "naive is UTC"
    assert tz_of(None) is not None


def test_a_plan_workout_is_titled_with_its_week_and_day() -> None:
    intake = {"goal": "strength", "experience": "beginner", "days_per_week": 3, "minutes_per_session": 45}
    plan = build_plan(parse_intake({**intake, "equipment": "full gym"}), default_catalog())
    second = plan.weeks[1].sessions[1]
    assert session_title(plan, 2, 1) == f"{second.name}, week 2 {second.weekday.capitalize()}"
