"""A plan as Markdown, CSV and an iCalendar file of its sessions."""

from __future__ import annotations

import csv
import datetime as dt
import io

from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.planner.muscles import MAJOR_NAMES
from forgetrainer.planner.plan import Plan, PlannedExercise

__all__ = ["plan_csv", "plan_ics", "plan_markdown", "prescription_text"]


def prescription_text(planned: PlannedExercise) -> str:
    """'3 x 8-12 @ 2 RIR, rest 90 s' and the like."""
    if planned.role == "conditioning" and planned.seconds:
        return f"{planned.seconds[1] // 60} minutes"
    if planned.seconds is not None:
        low, high = planned.seconds
        amount = f"{low}-{high} s" if low != high else f"{high} s"
    else:
        assert planned.reps is not None
        low, high = planned.reps
        amount = f"{low}-{high}" if low != high else str(high)
    text = f"{planned.sets} x {amount}"
    if planned.rir is not None:
        text += f" @ {planned.rir} RIR"
    return text + f", rest {planned.rest_seconds} s"


def _warmups(planned: PlannedExercise) -> str:
    return ", ".join(f"{reps} @ {percent}%" for percent, reps in planned.warmup_sets)


def _muscle(key: str) -> str:
    return MAJOR_NAMES.get(key, key.replace("-", " ").title())


def plan_markdown(plan: Plan, base_url: str = "") -> str:
    intake = plan.intake
    lines = [
        f"# Your {intake.weeks}-week {intake.goal.replace('-', ' ')} plan",
        "",
        f"{intake.days_per_week} days a week, about {intake.minutes_per_session} minutes a session, "
        f"{intake.experience} level. Split: **{plan.split}**.",
        "",
    ]
    lines += [f"- {note}" for note in plan.explanations]
    if plan.warnings:
        lines += ["", "## Warnings", ""]
        lines += [f"- {warning.message}" for warning in plan.warnings]
    lines += [
        "",
        "## Weekly sets per muscle",
        "",
        "| Muscle | Target | "
        + " | ".join(f"Week {week.number}{' (deload)' if week.deload else ''}" for week in plan.weeks)
        + " |",
        "|---|---|" + "---|" * len(plan.weeks),
    ]
    for muscle, (low, high) in plan.targets.items():
        row = " | ".join(f"{week.weekly_sets.get(muscle, 0):g}" for week in plan.weeks)
        lines.append(f"| {_muscle(muscle)} | {low:g}-{high:g} | {row} |")
    for week in plan.weeks:
        lines += ["", f"## Week {week.number}{': deload' if week.deload else ''}", ""]
        for session in week.sessions:
            lines += [
                f"### {session.weekday.capitalize()}: {session.name} (about {session.estimated_minutes:g} min)",
                "",
            ]
            for number, planned in enumerate(session.exercises, start=1):
                link = f"[{planned.name}]({base_url}/exercise/{planned.slug})"
                lines.append(f"{number}. {link}: {prescription_text(planned)}")
                if planned.warmup_sets:
                    lines.append(f"   - Warm-up: {_warmups(planned)} of your first work-set load")
                if week.number == 1:
                    lines.append(f"   - Why: {planned.why}")
                    if planned.load_hint:
                        lines.append(f"   - Load: {planned.load_hint}")
                    if planned.swaps:
                        lines.append(f"   - Swaps: {', '.join(planned.swaps)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


CSV_COLUMNS = (
    "week",
    "deload",
    "weekday",
    "session",
    "order",
    "exercise",
    "name",
    "role",
    "sets",
    "reps_min",
    "reps_max",
    "seconds",
    "rir",
    "rest_seconds",
    "warmup_sets",
    "estimated_minutes",
)


def plan_csv(plan: Plan) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for week in plan.weeks:
        for session in week.sessions:
            for order, planned in enumerate(session.exercises, start=1):
                writer.writerow(
                    [
                        week.number,
                        "yes" if week.deload else "no",
                        session.weekday,
                        session.name,
                        order,
                        planned.slug,
                        planned.name,
                        planned.role,
                        planned.sets,
                        planned.reps[0] if planned.reps else "",
                        planned.reps[1] if planned.reps else "",
                        planned.seconds[1] if planned.seconds else "",
                        "" if planned.rir is None else planned.rir,
                        planned.rest_seconds,
                        _warmups(planned),
                        session.estimated_minutes,
                    ]
                )
    return buffer.getvalue()


def _first_day(start: dt.date, weekday: str) -> dt.date:
    return start + dt.timedelta(days=(WEEKDAYS.index(weekday) - start.weekday()) % 7)


def plan_ics(plan: Plan, start: dt.date, base_url: str = "") -> bytes:
    """One all-day event per session, starting the week of `start` (its Monday)."""
    import icalendar

    monday = start - dt.timedelta(days=start.weekday())
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Forge Trainer//plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Forge Trainer: {plan.split}")
    for week in plan.weeks:
        week_start = monday + dt.timedelta(weeks=week.number - 1)
        for session in week.sessions:
            day = _first_day(week_start, session.weekday)
            event = icalendar.Event()
            label = f"{session.name}, week {week.number}{' (deload)' if week.deload else ''}"
            event.add("summary", label)
            event.add("dtstart", day)
            event.add("dtend", day + dt.timedelta(days=1))
            event.add("uid", f"{day.isoformat()}-{session.weekday}-{week.number}@forgetrainer")
            event.add("dtstamp", dt.datetime.combine(start, dt.time(0, 0), tzinfo=dt.UTC))
            details = [f"About {session.estimated_minutes:g} minutes."]
            details += [f"{p.name}: {prescription_text(p)}" for p in session.exercises]
            event.add("description", "\n".join(details))
            calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
