"""The planner on the web: a form that works without JavaScript, and a plan page whose URL
holds the whole intake, so a plan can be printed, bookmarked and shared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from forgetrainer.catalog import Catalog
from forgetrainer.planner import (
    EQUIPMENT_PRESETS,
    IntakeError,
    IntakeProblem,
    PlanError,
    build_plan,
    parse_intake,
)
from forgetrainer.planner.constants import EXPERIENCES, GOALS
from forgetrainer.planner.intake import FIELDS as INTAKE_FIELDS
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.muscles import MAJOR_NAMES
from forgetrainer.planner.plan import Plan
from forgetrainer.render.page import Link
from forgetrainer.render.plan_formats import plan_csv, plan_ics, plan_markdown, prescription_text
from forgetrainer.render.views import View
from forgetrainer.taxonomy import EQUIPMENT, JOINTS

__all__ = ["FORM_FIELDS", "intake_fields", "plan_export", "plan_form_view", "plan_result_view"]

# The intake's fields, plus the form's checkbox list of equipment.
FORM_FIELDS = (*INTAKE_FIELDS, "equipment_list")
_GOAL_LABELS = {
    "hypertrophy": "Build muscle",
    "strength": "Get stronger",
    "general-fitness": "General fitness",
    "fat-loss": "Lose fat",
    "endurance": "Muscular endurance",
}
_CRUMBS = (Link("Home", "/"), Link("Plan", "/plan"))


def intake_fields(params: Mapping[str, str]) -> dict[str, Any]:
    """The intake of a plan URL or form, as the planner reads it."""
    data: dict[str, Any] = {key: params[key] for key in FORM_FIELDS if params.get(key) not in (None, "")}
    listed = data.pop("equipment_list", None)
    if listed:
        data["equipment"] = listed
    return data


def _form(params: Mapping[str, str]) -> dict[str, Any]:
    return {
        "goal": params.get("goal", ""),
        "experience": params.get("experience", ""),
        "days_per_week": params.get("days_per_week", "3"),
        "minutes_per_session": params.get("minutes_per_session", "60"),
        "weeks": params.get("weeks", "5"),
        "weekdays": params.get("weekdays", "").split(","),
        "equipment": params.get("equipment", "full gym"),
        "equipment_list": params.get("equipment_list", "").split(","),
        "injuries": params.get("injuries", "").split(","),
        "priority_muscles": params.get("priority_muscles", ""),
        "exclude": params.get("exclude", ""),
        "include": params.get("include", ""),
    }


def plan_form_view(params: Mapping[str, str], problems: tuple[IntakeProblem, ...] = ()) -> View:
    heading = "Get a personalized workout plan"

    def markdown(base: str) -> str:
        lines = [f"# {heading}", "", "Answer the questions at /plan, or use `forge plan` in a terminal.", ""]
        lines += [f"- {problem}" for problem in problems]
        return "\n".join(lines) + "\n"

    return View(
        path="/plan",
        title=heading,
        description="A multi-week training plan from your goal, schedule, equipment and injuries, with reasons.",
        template="plan_form.html",
        context={
            "heading": heading,
            "problems": problems,
            "form": _form(params),
            "goals": [(goal, _GOAL_LABELS[goal]) for goal in GOALS],
            "experiences": EXPERIENCES,
            "weekdays": WEEKDAYS,
            "presets": list(EQUIPMENT_PRESETS),
            "equipment": [term for term in EQUIPMENT if term.slug != "body-weight"],
            "joints": list(JOINTS),
        },
        markdown=markdown,
        data=lambda: {
            "fields": list(FORM_FIELDS),
            "problems": [{"field": p.field, "message": p.message, "allowed": list(p.allowed)} for p in problems],
        },
        breadcrumbs=_CRUMBS,
        status=400 if problems else 200,
    )


def _known(catalog: Catalog) -> Any:
    def known(label: str) -> str | None:
        exercise = catalog.lookup(label)
        return exercise.slug if exercise else None

    return known


def make_plan(catalog: Catalog, params: Mapping[str, str]) -> Plan | tuple[IntakeProblem, ...]:
    try:
        return build_plan(parse_intake(intake_fields(params), _known(catalog)), catalog)
    except IntakeError as error:
        return error.problems
    except PlanError as error:
        return (IntakeProblem("equipment", str(error)),)


def plan_result_view(catalog: Catalog, params: Mapping[str, str]) -> View:
    result = make_plan(catalog, params)
    if not isinstance(result, Plan):
        return plan_form_view(params, result)
    plan = result
    query = urlencode(sorted((k, v) for k, v in params.items() if k in FORM_FIELDS and v))
    intake = plan.intake
    heading = f"Your {intake.weeks}-week {_GOAL_LABELS[intake.goal].lower()} plan"
    summary = (
        f"{intake.days_per_week} day{'s' if intake.days_per_week != 1 else ''} a week, about "
        f"{intake.minutes_per_session} minutes a session, {intake.experience} level: {plan.split.lower()}."
    )
    names = {e.slug: e.name for e in catalog}
    return View(
        path="/plan/view",
        title=heading,
        description=summary,
        template="plan.html",
        context={
            "heading": heading,
            "summary": summary,
            "plan": plan,
            "prescribe": prescription_text,
            "muscle_names": dict(MAJOR_NAMES),
            "names": names,
            "exports": [
                ("Markdown", f"/plan/view.md?{query}"),
                ("JSON", f"/plan/view.json?{query}"),
                ("CSV", f"/plan/view.csv?{query}"),
                ("Calendar (.ics)", f"/plan/view.ics?{query}"),
            ],
            "edit": f"/plan?{query}",
            "save": f"/plan/save?{query}",
        },
        markdown=lambda base: plan_markdown(plan, base),
        data=plan.to_dict,
        breadcrumbs=(*_CRUMBS, Link("Your plan", f"/plan/view?{query}")),
    )


def plan_export(catalog: Catalog, params: Mapping[str, str], kind: str, base_url: str) -> tuple[bytes, str, int]:
    """CSV or iCalendar bytes of the plan, with media type and status."""
    result = make_plan(catalog, params)
    if not isinstance(result, Plan):
        text = "\n".join(str(problem) for problem in result) + "\n"
        return text.encode(), "text/plain; charset=utf-8", 400
    if kind == "csv":
        return plan_csv(result).encode(), "text/csv; charset=utf-8", 200
    start_text = params.get("start", "")
    try:
        start = dt.date.fromisoformat(start_text) if start_text else dt.date.today()
    except ValueError:
        return (
            f"start: '{start_text}' is not a date like 2026-12-01\n".encode(),
            "text/plain; charset=utf-8",
            400,
        )
    return plan_ics(result, start, base_url), "text/calendar; charset=utf-8", 200
