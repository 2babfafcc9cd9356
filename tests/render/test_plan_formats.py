from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from forgetrainer.catalog import default_catalog
from forgetrainer.planner import Plan, build_plan, parse_intake
from forgetrainer.render.plan_formats import CSV_COLUMNS, plan_csv, plan_ics, plan_markdown, prescription_text


@pytest.fixture(scope="module")
def plan() -> Plan:
    intake = parse_intake(
        {
            "goal": "strength",
            "experience": "intermediate",
            "days_per_week": 4,
            "minutes_per_session": 60,
            "equipment": "full gym",
            "weeks": 4,
        }
    )
    return build_plan(intake, default_catalog())


def test_markdown_lists_every_week_and_session(plan: Plan) -> None:
    text = plan_markdown(plan, "https://x.test")
    assert text.startswith("# Your 4-week strength plan\n")
    assert text.count("\n## Week ") == 4
    assert "## Week 4: deload" in text
    first = plan.weeks[0].sessions[0].exercises[0]
    assert f"[{first.name}](https://x.test/exercise/{first.slug}): {prescription_text(first)}" in text


def test_csv_has_one_row_per_exercise_of_every_session(plan: Plan) -> None:
    rows = list(csv.DictReader(io.StringIO(plan_csv(plan))))
    assert tuple(rows[0]) == CSV_COLUMNS
    expected = sum(len(s.exercises) for w in plan.weeks for s in w.sessions)
    assert len(rows) == expected
    assert {row["deload"] for row in rows if row["week"] == "4"} == {"yes"}


def test_ics_places_sessions_on_their_weekdays(plan: Plan) -> None:
    text = plan_ics(plan, dt.date(2026, 12, 9)).decode()
    assert text.count("BEGIN:VEVENT") == 4 * 4
    assert "DTSTART;VALUE=DATE:20261207" in text  # Monday of the week of 9 December
    assert "DTSTART;VALUE=DATE:20261211" in text  # its Friday


def test_prescription_text() -> None:
    plan = build_plan(
        parse_intake(
            {
                "goal": "hypertrophy",
                "experience": "beginner",
                "days_per_week": 2,
                "minutes_per_session": 30,
                "equipment": "body weight only",
            }
        ),
        default_catalog(),
    )
    first = plan.weeks[0].sessions[0].exercises[0]
    text = prescription_text(first)
    assert text.startswith(f"{first.sets} x ")
    assert text.endswith(f"rest {first.rest_seconds} s")
