"""Rich views of exercises and counts for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Group, RenderableType
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table

from forgetrainer.exercise import Exercise
from forgetrainer.render import ExercisePage

__all__ = ["exercise_table", "exercise_view", "stats_tables"]


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
