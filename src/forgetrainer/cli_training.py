"""The training commands of `forge`: log, today, history, progress and import.

They work single-user and local, without an account: the data lives in the user's data folder
(XDG_DATA_HOME is respected), or in the database FORGE_DATABASE_URL names.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from forgetrainer.cli import ListFormat, _catalog, _exercise, _fail, _print_json, app, console, errors
from forgetrainer.training.values import load_in_kg, rpe_to_rir, set_text


@functools.cache
def _store() -> tuple[Any, Any, int]:
    """(accounts, training log, the local user's id)."""
    from forgetrainer.store import Accounts, Database, TrainingLog

    database = Database()
    accounts = Accounts(database)
    return accounts, TrainingLog(database), accounts.local_user()


def _chosen(week: int | None, session: int | None) -> Any:
    from forgetrainer.training.schedule import SessionRef

    return SessionRef(week or 0, (session or 1) - 1) if week or session else None


def _workout_for_set(log: Any, user: int, exercise: str, week: int | None, session: int | None) -> tuple[int, bool]:
    """Today's workout to log into (the saved plan's session of the day when there is a plan),
    and whether the exercise is part of that session."""
    from forgetrainer.following import follow, local_today, session_title, session_workout

    found = follow(log, user, _catalog(), _chosen(week, session))
    if found is None:
        workout = session_workout(log, user, None, None, None)
        if workout is not None:
            return int(workout.id), False
        return int(log.start_workout(user, title=f"Workout {local_today():%a %d %b}")), False
    view = found.view
    planned = any(p.slug == exercise for p in view.session.exercises)
    if found.workout is not None:
        return int(found.workout.id), planned
    started = log.start_workout(
        user,
        title=session_title(found.plan, view.week, view.index),
        plan_id=found.saved.id,
        week=view.week,
        session_index=view.index,
    )
    return int(started), planned


@app.command("log")
def log_set(
    exercise: Annotated[str, typer.Argument(help="Slug, name or alias of the exercise.")],
    load: Annotated[float | None, typer.Option(min=0, help="Load lifted (external weight).")] = None,
    reps: Annotated[int | None, typer.Option(min=0, max=1000)] = None,
    rir: Annotated[float | None, typer.Option(min=0, max=10, help="Reps left in reserve.")] = None,
    rpe: Annotated[float | None, typer.Option(min=1, max=10, help="Or the RPE of the set.")] = None,
    seconds: Annotated[int | None, typer.Option(min=0, help="For holds and timed work.")] = None,
    distance: Annotated[float | None, typer.Option(min=0, help="Metres, for runs, rows and carries.")] = None,
    unit: Annotated[str, typer.Option(help="Unit of --load: kg or lb.")] = "kg",
    warmup: Annotated[bool, typer.Option("--warmup", help="A warm-up set (not counted).")] = False,
    notes: Annotated[str, typer.Option(help="A note on the set.")] = "",
    week: Annotated[int | None, typer.Option(min=1, max=6, help="Week of the plan (default: today's).")] = None,
    session: Annotated[int | None, typer.Option(min=1, max=7, help="Session of the week (default: today's).")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """Log one set into today's workout (the saved plan's session of the day, if there is a plan)."""
    from forgetrainer.store import SetValues

    if unit not in ("kg", "lb"):
        _fail(f"unit '{unit}' is not kg or lb", code=2)
    if rir is not None and rpe is not None:
        _fail("give --rir or --rpe, not both", code=2)
    if reps is None and seconds is None and distance is None:
        _fail("a set needs --reps, --seconds or --distance", code=2)
    found = _exercise(_catalog(), exercise)
    _, log, user = _store()
    workout, planned = _workout_for_set(log, user, found.slug, week, session)
    load_kg = load_in_kg(load, unit)
    values = SetValues(
        found.slug,
        load_kg=load_kg,
        reps=reps,
        rir=rpe_to_rir(rpe) if rpe is not None else rir,
        seconds=seconds,
        distance_m=distance,
        warmup=warmup,
        planned=planned,
        notes=notes,
    )
    set_id = log.log_set(user, workout, values)
    if format is ListFormat.json:
        _print_json({"workout": workout, "set": set_id, "exercise": found.slug, "load_kg": load_kg, "reps": reps})
    else:
        what = (
            f"{load:g} {unit} x {reps}" if load is not None and reps is not None else f"{reps or seconds or distance}"
        )
        console.print(f"Logged {found.name}: {what} (workout {workout}, set {set_id}).")


@app.command()
def history(
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 10,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """The latest workouts with their sets."""
    _, log, user = _store()
    workouts = log.workouts(user, limit=limit)
    if format is ListFormat.json:
        from forgetrainer.store.log import workout_dict

        _print_json([workout_dict(workout) for workout in workouts])
        return
    if not workouts:
        console.print("No workouts yet. Log a set with `forge log EXERCISE --load 60 --reps 8`.")
        return
    catalog = _catalog()
    for workout in workouts:
        table = Table(title=f"{workout.started_at:%Y-%m-%d} {workout.title}", title_justify="left", header_style="bold")
        for column in ("Exercise", "Set", "Load (kg)", "Reps", "RIR", "Time", "Distance"):
            table.add_column(column)
        for entry in workout.sets:
            name = catalog[entry.exercise].name if entry.exercise in catalog else entry.exercise
            table.add_row(
                name + (" (warm-up)" if entry.warmup else ""),
                str(entry.set_index),
                "" if entry.load_kg is None else f"{entry.load_kg:g}",
                "" if entry.reps is None else str(entry.reps),
                "" if entry.rir is None else f"{entry.rir:g}",
                "" if entry.seconds is None else f"{entry.seconds} s",
                "" if entry.distance_m is None else f"{entry.distance_m:g} m",
            )
        console.print(table)


@app.command()
def progress(
    exercise: Annotated[str | None, typer.Argument(help="An exercise, for its e1RM history and records.")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """e1RM and records for an exercise, or weekly sets per muscle and streaks overall."""
    from forgetrainer.training import e1rm_history, records
    from forgetrainer.training.calendar import streaks
    from forgetrainer.training.volume import weekly_sets

    catalog = _catalog()
    _, log, user = _store()
    from forgetrainer.following import local_today, tz_of

    logged = log.logged_sets(user, tz=tz_of(None))
    if exercise:
        found = _exercise(catalog, exercise)
        points = [(day.isoformat(), value) for day, value, _ in e1rm_history(logged, found.slug)]
        best = [r for r in records(logged) if r.exercise == found.slug]
        if format is ListFormat.json:
            _print_json(
                {
                    "exercise": found.slug,
                    "e1rm": [{"date": day, "kg": value} for day, value in points],
                    "records": [
                        {
                            "kind": r.kind,
                            "value": r.value,
                            "date": r.performed_at.date().isoformat(),
                            "detail": r.detail,
                        }
                        for r in best
                    ],
                }
            )
            return
        console.print(f"[bold]{found.name}[/]")
        for day, value in points:
            console.print(f"  {day}  e1RM {value:g} kg")
        for record in best:
            console.print(f"  record {record.kind}: {record.detail or record.value} on {record.performed_at:%Y-%m-%d}")
        if not points and not best:
            console.print("  Nothing logged for it yet.")
        return
    weeks = weekly_sets(logged, catalog)
    days = sorted({s.day for s in logged})
    streak = streaks(days, local_today())
    if format is ListFormat.json:
        _print_json(
            {
                "weeks": {week.isoformat(): sets for week, sets in weeks.items()},
                "streaks": {
                    "current_weeks": streak.current_weeks,
                    "longest_weeks": streak.longest_weeks,
                    "current_days": streak.current_days,
                    "training_days": streak.total_days,
                },
            }
        )
        return
    table = Table(title="Weekly sets per muscle", title_justify="left", header_style="bold")
    table.add_column("Week of")
    muscles = ("chest", "back", "shoulders", "quads", "hamstrings", "glutes", "biceps", "triceps", "calves", "abs")
    for muscle in muscles:
        table.add_column(muscle.capitalize(), justify="right")
    for week, sets in list(weeks.items())[-8:]:
        table.add_row(week.isoformat(), *(f"{sets[m]:g}" for m in muscles))
    console.print(table)
    console.print(
        f"Streak: {streak.current_weeks} week(s) in a row, longest {streak.longest_weeks}; "
        f"{streak.total_days} training days in all."
    )


@app.command("import")
def import_log(
    file: Annotated[Path, typer.Argument(help="A Strong or Hevy CSV export, or a Forge Trainer JSON export.")],
    source: Annotated[
        str | None, typer.Option("--from", help="strong, strong-semicolon, hevy or json (detected if omitted)")
    ] = None,
    unit: Annotated[str, typer.Option(help="Weight unit of Strong's comma export: kg or lb.")] = "kg",
    maps: Annotated[list[str] | None, typer.Option("--map", help="'Their Name=our-slug', remembered")] = None,
    keep_unmapped: Annotated[
        bool, typer.Option("--keep-unmapped", help="Import names that match no exercise under their own name.")
    ] = False,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """Import workout history. Nothing is written unless the whole file is good."""
    from forgetrainer.search import search_index
    from forgetrainer.training.imports import LogImportError, map_names, parse_log

    catalog = _catalog()
    _, log, user = _store()
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        _fail(f"cannot read {file}: {error}", code=2)
    try:
        parsed = parse_log(
            text, {"strong": "strong", "hevy": "hevy", "json": "json"}.get(source or "", source), unit=unit
        )
    except LogImportError as error:
        for problem in error.problems:
            errors.print(f"[bold red]error:[/] {file}: {problem}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    for item in maps or []:
        name, separator, slug = item.partition("=")
        target = catalog.lookup(slug.strip()) if separator else None
        if target is None:
            _fail(f"--map '{item}' must be 'Their Name=exercise' with an exercise of the library", code=2)
        log.set_mapping(user, name.strip(), target.slug)
    index = search_index(catalog)
    mapped, unmapped = map_names(
        parsed.names, catalog, lambda q: [e.slug for e in index.search(q).exercises[:3]], log.mappings(user)
    )
    if unmapped and not keep_unmapped:
        errors.print(
            f"[bold red]error:[/] {len(unmapped)} exercise name(s) match nothing in the library; nothing was imported:"
        )
        for name in unmapped:
            close = ", ".join(e.slug for e in index.search(name).exercises[:3])
            errors.print(f"  {name}" + (f"   (close: {close})" if close else ""), highlight=False)
        errors.print("Map them with --map 'Their Name=exercise-slug', or import them as they are with --keep-unmapped.")
        raise typer.Exit(1)
    written = log.import_parsed(user, parsed, mapped, source=parsed.format)
    if format is ListFormat.json:
        _print_json(
            {
                "format": parsed.format,
                "workouts": len(parsed.workouts),
                "sets": written,
                "mapped": mapped,
                "unmapped": unmapped,
            }
        )
    else:
        kept = f", {len(unmapped)} kept as they were" if unmapped else ""
        console.print(
            f"Imported {len(parsed.workouts)} workouts and {written} sets from a {parsed.format} export "
            f"({len(mapped)} exercise names mapped{kept})."
        )


@app.command()
def today(
    week: Annotated[int | None, typer.Option(min=1, max=6, help="Week of the plan (default: today's).")] = None,
    session: Annotated[int | None, typer.Option(min=1, max=7, help="Session of the week (default: today's).")] = None,
    format: Annotated[ListFormat, typer.Option("--format", "-f")] = ListFormat.text,
) -> None:
    """Today's session of the saved plan, with loads and reps from what you logged."""
    from forgetrainer.following import follow

    catalog = _catalog()
    _, log, user = _store()
    found = follow(log, user, catalog, _chosen(week, session))
    if found is None:
        _fail("no saved plan: write one with `forge plan ... --save NAME`")
    if format is ListFormat.json:
        _print_json(found.to_dict())
        return
    view = found.view
    done: dict[str, list[str]] = {}
    for entry in found.workout.sets if found.workout else []:
        done.setdefault(entry.exercise, []).append(set_text(entry))
    table = Table(
        title=f"{found.saved.name}: week {view.week}, {view.session.weekday.capitalize()} {view.date:%d %B} "
        f"({view.session.name})",
        title_justify="left",
        header_style="bold",
        show_lines=True,
    )
    for column in ("Exercise", "Do", "Why", "Done"):
        table.add_column(column)
    for decision in found.decisions:
        amount = (
            f"{decision.reps[0]}-{decision.reps[1]}"
            if decision.reps
            else (f"{decision.seconds[0]}-{decision.seconds[1]} s" if decision.seconds else "")
        )
        load = f" @ {decision.load_kg:g} kg" if decision.load_kg else ""
        name = catalog[decision.exercise].name if decision.exercise in catalog else decision.exercise
        table.add_row(
            name + (" (moved here)" if decision.exercise in view.moved else ""),
            f"{decision.sets} x {amount}{load}, RIR {decision.rir}",
            decision.reason,
            "\n".join(done.get(decision.exercise, [])),
        )
    console.print(table)
    for note in view.notes:
        console.print(f"[yellow]•[/] {note}", highlight=False)
