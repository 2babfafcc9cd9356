"""Rich views of exercises and counts for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from forgetrainer.exercise import Exercise
from forgetrainer.planner.plan import Plan
from forgetrainer.render import ExercisePage

__all__ = ["exercise_table", "exercise_view", "plan_view", "stats_tables"]


def exercise_table(exercises: Iterable[Exercise]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for column in ("Exercise", "Difficulty", "Target", "Equipment", "Body part"):
        table.add_column(column)
    for exercise in exercises:
        table.add_row(
            f"{exercise.name}\n[dim]{exercise.slug}[/]",
            exercise.difficulty.name,
            exercise.target.name,
            exercise.equipment.name,
            exercise.body_part.name,
        )
    return table


def _numbered(items: Iterable[str]) -> str:
    return "\n".join(f"{number}. {item}" for number, item in enumerate(items, start=1))


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def exercise_view(page: ExercisePage) -> RenderableType:
    exercise = page.exercise
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="bold")
    facts.add_column()
    for label, value in page.facts:
        facts.add_row(label, value)
    sections = [
        f"## How to perform\n\n{_numbered(exercise.steps)}",
        f"## Pro tips\n\n{_bullets(exercise.tips)}",
        f"## Common mistakes\n\n{_bullets(exercise.mistakes)}",
        "## FAQ\n\n" + "\n\n".join(f"**{item.question}**\n\n{item.answer}" for item in page.faq),
    ]
    if page.easier or page.harder:
        ladder = [f"- Easier: {', '.join(other.name for other in page.easier)}"] if page.easier else []
        ladder += [f"- Harder: {', '.join(other.name for other in page.harder)}"] if page.harder else []
        sections.append("## Variations\n\n" + "\n".join(ladder))
    return Group(
        Panel(page.quick_answer, title=f"[bold]{exercise.name}[/]", title_align="left"),
        facts,
        Markdown("\n\n".join(sections)),
    )


def stats_tables(counts: Mapping[str, Mapping[str, int]]) -> list[Table]:
    tables = []
    for facet, values in counts.items():
        table = Table(title=facet.replace("_", " ").title(), title_justify="left", header_style="bold")
        table.add_column("Value")
        table.add_column("Exercises", justify="right")
        for value, count in values.items():
            table.add_row(value, str(count))
        tables.append(table)
    return tables


def plan_view(plan: Plan) -> RenderableType:
    from forgetrainer.render.plan_formats import prescription_text

    intake = plan.intake
    parts: list[RenderableType] = [
        Panel(
            "\n".join(plan.explanations),
            title=f"[bold]{intake.weeks}-week {intake.goal.replace('-', ' ')} plan: {plan.split}[/]",
            title_align="left",
        )
    ]
    for warning in plan.warnings:
        parts.append(f"[yellow]![/] {warning.message}")
    volume = Table(title="Weekly sets", title_justify="left", header_style="bold")
    volume.add_column("Muscle")
    volume.add_column("Target")
    for week in plan.weeks:
        volume.add_column(f"W{week.number}{'*' if week.deload else ''}", justify="right")
    for muscle, (low, high) in plan.targets.items():
        volume.add_row(muscle, f"{low:g}-{high:g}", *(f"{w.weekly_sets.get(muscle, 0):g}" for w in plan.weeks))
    parts.append(volume)
    for week in plan.weeks:
        for session in week.sessions:
            table = Table(
                title=f"Week {week.number}{' (deload)' if week.deload else ''}, {session.weekday.capitalize()}: "
                f"{session.name}, about {session.estimated_minutes:g} min",
                title_justify="left",
                header_style="bold",
                show_lines=week.number == 1,
            )
            table.add_column("Exercise")
            table.add_column("Prescription")
            if week.number == 1:
                table.add_column("Why")
            for planned in session.exercises:
                row = [planned.name, prescription_text(planned)]
                if week.number == 1:
                    row.append(planned.why)
                table.add_row(*row)
            parts.append(table)
    return Group(*parts)
