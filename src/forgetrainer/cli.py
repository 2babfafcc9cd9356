"""The `forge` command: parse arguments, call one core function, print the result."""

from __future__ import annotations

import difflib
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from forgetrainer.catalog import (
    CONTENT_DIR,
    Catalog,
    CatalogError,
    Filters,
    default_catalog,
    validate_path,
)
from forgetrainer.exercise import Exercise
from forgetrainer.render import exercise_markdown, exercise_page
from forgetrainer.taxonomy import UnknownTermError
from forgetrainer.terminal import exercise_table, exercise_view, stats_tables

app = typer.Typer(
    help="Forge trainer: an exercise library, search and training planner.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
errors = Console(stderr=True)

DEFAULT_BASE_URL = "http://127.0.0.1:8000"


class PageFormat(StrEnum):
    md = "md"
    json = "json"
    text = "text"


class ListFormat(StrEnum):
    text = "text"
    json = "json"


def _fail(message: str, code: int = 1) -> NoReturn:
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def _catalog() -> Catalog:
    try:
        return default_catalog()
    except CatalogError as error:
        _fail(str(error))


def _exercise(catalog: Catalog, slug: str) -> Exercise:
    exercise = catalog.lookup(slug)
    if exercise is None:
        close = difflib.get_close_matches(slug.lower(), [item.slug for item in catalog], n=3, cutoff=0.5)
        hint = f" Did you mean {', '.join(close)}?" if close else " Try `forge list` or `forge search`."
        _fail(f"no exercise '{slug}'.{hint}")
    return exercise


def _filters(**values: str | None) -> Filters:
    try:
        return Filters.parse(**values)
    except UnknownTermError as error:
        _fail(str(error), code=2)


BodyPartOption = Annotated[str | None, typer.Option("--body-part", "-b", help="Legs, Back, Core ...")]
EquipmentOption = Annotated[str | None, typer.Option("--equipment", "-e", help="Dumbbell, Cable ...")]
MuscleOption = Annotated[str | None, typer.Option("--muscle", "-m", help="A muscle or its group.")]
DifficultyOption = Annotated[str | None, typer.Option("--difficulty", "-d", help="Beginner ...")]
CategoryOption = Annotated[str | None, typer.Option("--category", "-c", help="Strength, Stretching ...")]


@app.command()
def validate(
    path: Annotated[Path | None, typer.Argument(help="An exercise file or a folder of them.")] = None,
) -> None:
    """Check exercise files against the format and the vocabularies; list every problem."""
    target = path or CONTENT_DIR
    problems = validate_path(target)
    if problems:
        for problem in problems:
            errors.print(str(problem), highlight=False, soft_wrap=True)
        _fail(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found")
    count = len(list(target.glob("*.yaml"))) if target.is_dir() else 1
    console.print(f"[green]ok[/]: {count} exercise file{'s' if count != 1 else ''} valid")


@app.command()
def show(
    slug: Annotated[str, typer.Argument(help="Slug, name or alias of the exercise.")],
    format: Annotated[PageFormat, typer.Option("--format", "-f")] = PageFormat.text,
    base_url: Annotated[
        str, typer.Option("--base-url", envvar="FORGE_BASE_URL", help="Prefix of links in Markdown.")
    ] = DEFAULT_BASE_URL,
) -> None:
    """Show one exercise as a reference-format page (md), JSON, or a terminal view."""
    catalog = _catalog()
    exercise = _exercise(catalog, slug)
    if format is PageFormat.json:
        _print_json(exercise.to_dict())
    elif format is PageFormat.md:
        sys.stdout.write(exercise_markdown(exercise_page(exercise, catalog), base_url))
    else:
        console.print(exercise_view(exercise_page(exercise, catalog)))


@app.command("list")
def list_exercises(
    body_part: BodyPartOption = None,
    equipment: EquipmentOption = None,
    muscle: MuscleOption = None,
    difficulty: DifficultyOption = None,
    category: CategoryOption = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """List exercises, most popular first, narrowed by any combination of filters."""
    filters = _filters(
        body_part=body_part, equipment=equipment, muscle=muscle, difficulty=difficulty, category=category
    )
    found = _catalog().filter(filters)
    if format is ListFormat.json:
        _print_json([exercise.to_dict() for exercise in found])
    elif found:
        console.print(exercise_table(found))
    else:
        console.print("No exercise matches all of these filters.")


class ExportWhat(StrEnum):
    exercises = "exercises"
    log = "log"


class ExportFormat(StrEnum):
    json = "json"
    text = "text"
    csv = "csv"


@app.command()
def export(
    what: Annotated[ExportWhat, typer.Argument(help="exercises (the library) or log (your training)")] = (
        ExportWhat.exercises
    ),
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.json,
) -> None:
    """Print every exercise, or your whole training log (JSON or CSV)."""
    if what is ExportWhat.log:
        import csv

        from forgetrainer.cli_training import _store
        from forgetrainer.store.log import workouts_csv_rows

        _, log, user = _store()
        exported = log.export(user)
        if format is ExportFormat.csv:
            csv.writer(sys.stdout, lineterminator="\n").writerows(workouts_csv_rows(exported))
        else:
            _print_json(exported)
        return
    exercises = _catalog().exercises
    if format is ExportFormat.text:
        console.print(exercise_table(exercises))
    else:
        _print_json([exercise.to_dict() for exercise in exercises])


@app.command()
def stats(format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text) -> None:
    """Count exercises per body part, equipment, category, difficulty and target group."""
    catalog = _catalog()
    facets = ("body_part", "equipment", "category", "difficulty", "target_group")
    counts = {facet: dict(catalog.counts(facet).most_common()) for facet in facets}
    if format is ListFormat.json:
        _print_json({"total": len(catalog), **counts})
    else:
        console.print(f"[bold]{len(catalog)}[/] exercises")
        for table in stats_tables(counts):
            console.print(table)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Worker processes.")] = 1,
    base_url: Annotated[
        str, typer.Option("--base-url", envvar="FORGE_BASE_URL", help="Public URL for canonical links.")
    ] = "",
) -> None:
    """Serve the web library and the JSON API (OpenAPI at /openapi.json, reference at /docs)."""
    import uvicorn

    _catalog()  # fail fast, with every problem listed, before starting the server
    os.environ["FORGE_BASE_URL"] = base_url or f"http://{host}:{port}"
    console.print(f"Serving Forge Trainer on [bold]http://{host}:{port}[/] (Ctrl+C to stop)")
    uvicorn.run(
        "forgetrainer.web.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


@app.command("build-site")
def build_site_command(
    out: Annotated[Path, typer.Argument(help="Folder to write the static site into (replaced).")],
    base_url: Annotated[
        str, typer.Option("--base-url", envvar="FORGE_BASE_URL", help="Public URL for canonical links.")
    ] = "",
) -> None:
    """Write the whole public library as static files (HTML, .md, .json, sitemap, assets)."""
    from forgetrainer.export import build_site

    report = build_site(_catalog(), out, base_url=base_url)
    megabytes = report.bytes / 1_000_000
    console.print(f"Wrote {report.pages} pages as {report.files} files ({megabytes:.1f} MB) to {report.folder}")


@app.command()
def search(
    query: Annotated[list[str], typer.Argument(help="What you would say to a coach, e.g. glutes with dumbbells")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000)] = 10,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
    explain: Annotated[bool, typer.Option("--explain", help="Show why each result matched.")] = False,
) -> None:
    """Search the library in gym language: typos, aliases, muscles, filters in plain words."""
    from forgetrainer.search import search_index

    text = " ".join(query)
    result = search_index(_catalog()).search(text)
    shown = result.hits[:limit]
    if format is ListFormat.json:
        _print_json(
            {
                "query": result.query,
                "parsed": result.parsed.describe(),
                "total": len(result.hits),
                "notes": list(result.notes),
                "suggestions": [exercise.slug for exercise in result.suggestions],
                "results": [
                    {
                        **hit.exercise.to_dict(),
                        "score": hit.score,
                        **({"reasons": list(hit.reasons)} if explain else {}),
                    }
                    for hit in shown
                ],
            }
        )
        return
    for note in result.notes:
        console.print(f"[dim]{note}[/]", highlight=False)
    if result.suggestions:
        console.print("Did you mean: " + ", ".join(exercise.name for exercise in result.suggestions) + "?")
    if shown:
        console.print(f"{len(result.hits)} found; showing {len(shown)}.")
        console.print(exercise_table([hit.exercise for hit in shown]))
    if explain:
        console.print(f"Read as: {result.parsed.describe()}", highlight=False, soft_wrap=True)
        for hit in shown:
            console.print(f"[bold]{hit.exercise.name}[/] ({hit.score:g}): {'; '.join(hit.reasons)}", highlight=False)


class PlanFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"
    csv = "csv"
    ics = "ics"


def _read_intake(path: Path) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        _fail(f"cannot read the intake file {path}: {error}", code=2)
    if not isinstance(data, dict):
        _fail(f"the intake file {path} must hold a JSON or YAML object of fields", code=2)
    return data


@app.command()
def plan(
    goal: Annotated[
        str | None, typer.Option(help="hypertrophy, strength, general fitness, fat loss, endurance")
    ] = None,
    experience: Annotated[str | None, typer.Option(help="beginner, intermediate or advanced")] = None,
    days: Annotated[int | None, typer.Option("--days", help="Training days per week (1-7).")] = None,
    weekdays: Annotated[str | None, typer.Option(help="Which days, e.g. mon,wed,fri")] = None,
    minutes: Annotated[int | None, typer.Option(help="Minutes per session (15-180).")] = None,
    equipment: Annotated[
        str | None, typer.Option(help="A preset (full gym, home dumbbells, ...) or a comma-separated list")
    ] = None,
    injuries: Annotated[str | None, typer.Option(help="Comma-separated joints, e.g. knee,lower back")] = None,
    priority: Annotated[str | None, typer.Option(help="Muscles to emphasise, e.g. side delts,glutes")] = None,
    exclude: Annotated[str | None, typer.Option(help="Exercises to leave out")] = None,
    include: Annotated[str | None, typer.Option(help="Favourite exercises to keep")] = None,
    weeks: Annotated[int | None, typer.Option(help="Mesocycle length, 4-6 weeks incl. deload")] = None,
    seed: Annotated[int | None, typer.Option(help="Vary the choice among equally good plans")] = None,
    intake_file: Annotated[Path | None, typer.Option("--intake", help="Intake as a JSON or YAML file")] = None,
    format: Annotated[PlanFormat, typer.Option("--format", "-f")] = PlanFormat.text,
    start: Annotated[str | None, typer.Option(help="First day for --format ics (YYYY-MM-DD)")] = None,
    save: Annotated[str | None, typer.Option("--save", help="Save it as your plan under this name")] = None,
    base_url: Annotated[str, typer.Option("--base-url", envvar="FORGE_BASE_URL")] = DEFAULT_BASE_URL,
) -> None:
    """Write a personalized multi-week plan from your goal, schedule, equipment and injuries."""
    import datetime as dt

    from forgetrainer.planner import IntakeError, PlanError, build_plan, check, parse_intake
    from forgetrainer.render.plan_formats import plan_csv, plan_ics, plan_markdown
    from forgetrainer.terminal import plan_view

    catalog = _catalog()
    data: dict[str, Any] = _read_intake(intake_file) if intake_file else {}
    flags = {
        "goal": goal,
        "experience": experience,
        "days_per_week": days,
        "weekdays": weekdays,
        "minutes_per_session": minutes,
        "equipment": equipment,
        "injuries": injuries,
        "priority_muscles": priority,
        "exclude": exclude,
        "include": include,
        "weeks": weeks,
        "seed": seed,
    }
    data.update({key: value for key, value in flags.items() if value is not None})

    def known(label: str) -> str | None:
        exercise = catalog.lookup(label)
        return exercise.slug if exercise else None

    try:
        intake = parse_intake(data, known)
        result = build_plan(intake, catalog)
    except IntakeError as error:
        for problem in error.problems:
            errors.print(f"[bold red]error:[/] {problem}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except PlanError as error:
        _fail(str(error))
    violations = check(result, catalog)
    if violations:  # pragma: no cover - the checker guards the planner; this must never show
        _fail("the plan breaks its own rules: " + "; ".join(str(v) for v in violations))
    if save:
        from forgetrainer.cli_training import _store

        _, log, user = _store()
        log.save_plan(user, name=save, intake=intake.to_dict(), starts_on=dt.date.today())
        errors.print(f"Saved as '{save}'; `forge today` shows today's session.")
    if format is PlanFormat.json:
        _print_json(result.to_dict())
    elif format is PlanFormat.md:
        sys.stdout.write(plan_markdown(result, base_url))
    elif format is PlanFormat.csv:
        sys.stdout.write(plan_csv(result))
    elif format is PlanFormat.ics:
        try:
            first = dt.date.fromisoformat(start) if start else dt.date.today()
        except ValueError:
            _fail(f"--start '{start}' is not a date like 2026-12-01", code=2)
        sys.stdout.buffer.write(plan_ics(result, first, base_url))
    else:
        console.print(plan_view(result))


def main() -> None:
    app()


from forgetrainer import cli_training  # noqa: E402,F401 - registers the training commands
