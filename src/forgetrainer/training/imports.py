"""Reading workout history exported by Strong and Hevy, and our own JSON export.

Parsing is all or nothing: every malformed row is reported with its line and the reason, and
a file with any problem yields no workouts. Exercise names are mapped to the library by name
and alias ("Bench Press (Barbell)" -> barbell-bench-press); names that cannot be mapped with
confidence are listed so the person can map them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from forgetrainer.catalog import Catalog
from forgetrainer.training.values import KG_PER_LB, rpe_to_rir

__all__ = [
    "FORMATS",
    "ImportProblem",
    "ImportedSet",
    "ImportedWorkout",
    "LogImportError",
    "Parsed",
    "detect_format",
    "map_names",
    "parse_log",
]

FORMATS = ("strong", "strong-semicolon", "hevy", "json")
MILE = 1609.344

STRONG_COLUMNS = ("Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps")
STRONG_OLD_COLUMNS = (*STRONG_COLUMNS, "Weight Unit")
HEVY_COLUMNS = ("title", "start_time", "exercise_title", "set_index", "reps")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class LogImportError(ValueError):
    def __init__(self, problems: list[ImportProblem]):
        self.problems = problems
        super().__init__("; ".join(str(problem) for problem in problems[:20]))


@dataclass(frozen=True, slots=True)
class ImportedSet:
    exercise_name: str
    set_index: int
    load_kg: float | None = None
    reps: int | None = None
    rir: float | None = None
    seconds: int | None = None
    distance_m: float | None = None
    warmup: bool = False
    notes: str = ""


@dataclass
class ImportedWorkout:
    title: str
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    notes: str = ""
    rating: int | None = None
    sets: list[ImportedSet] = field(default_factory=list)


@dataclass(frozen=True)
class Parsed:
    format: str
    workouts: tuple[ImportedWorkout, ...]
    names: tuple[str, ...]  # every exercise name found, in order of first appearance


def detect_format(text: str) -> str:
    first = text.lstrip("\ufeff").lstrip()[:1]
    if first in ("{", "["):
        return "json"
    header = text.lstrip("\ufeff").splitlines()[0] if text.strip() else ""
    if "exercise_title" in header:
        return "hevy"
    if ";" in header and "Weight Unit" in header:
        return "strong-semicolon"
    if "Exercise Name" in header and "Set Order" in header:
        return "strong"
    raise LogImportError(
        [ImportProblem(1, "unknown file: expected a Strong or Hevy CSV export, or a Forge Trainer JSON export")]
    )


def _number(value: str, line: int, column: str, problems: list[ImportProblem]) -> float | None:
    text = value.strip().replace(",", ".") if value else ""
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        problems.append(ImportProblem(line, f"{column} '{value}' is not a number"))
        return None
    if number < 0:
        problems.append(ImportProblem(line, f"{column} {value} is negative"))
        return None
    return number


def _rpe(value: str, line: int, column: str, problems: list[ImportProblem]) -> float | None:
    rpe = _number(value, line, column, problems)
    if rpe is not None and not 1 <= rpe <= 10:
        problems.append(ImportProblem(line, f"{column} {rpe:g} is outside 1-10"))
        return None
    return rpe


def _date(value: str, line: int, formats: tuple[str, ...], problems: list[ImportProblem]) -> dt.datetime | None:
    text = value.strip()
    for pattern in formats:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        problems.append(ImportProblem(line, f"'{value}' is not a date and time"))
        return None


def _rows(text: str, delimiter: str, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    header = reader.fieldnames or []
    missing = [column for column in required if column not in header]
    if missing:
        raise LogImportError(
            [ImportProblem(1, f"the header lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}")]
        )
    rows = []
    for row in reader:
        if None in row:
            raise LogImportError([ImportProblem(reader.line_num, "the row has more fields than the header")])
        rows.append((reader.line_num, {key: (value or "") for key, value in row.items()}))
    return rows


def _group(
    workouts: dict[tuple[str, dt.datetime], ImportedWorkout], title: str, started: dt.datetime
) -> ImportedWorkout:
    key = (title, started)
    if key not in workouts:
        workouts[key] = ImportedWorkout(title=title or "Workout", started_at=started)
    return workouts[key]


_DURATION = re.compile(r"(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?")


def _strong(text: str, semicolon: bool, unit: str) -> Parsed:
    rows = _rows(text, ";" if semicolon else ",", STRONG_OLD_COLUMNS if semicolon else STRONG_COLUMNS)
    problems: list[ImportProblem] = []
    workouts: dict[tuple[str, dt.datetime], ImportedWorkout] = {}
    names: dict[str, None] = {}
    for line, row in rows:
        order = row.get("Set Order", "").strip()
        if order.lower().startswith("rest"):
            continue  # Strong writes rest timers as rows
        started = _date(row["Date"], line, ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"), problems)
        name = row["Exercise Name"].strip()
        if not name:
            problems.append(ImportProblem(line, "the exercise name is empty"))
        warmup = order.upper() == "W"
        index = 0
        if not warmup and order:
            try:
                index = int(order)
            except ValueError:
                if order.upper() not in ("D", "F"):
                    problems.append(ImportProblem(line, f"set order '{order}' is not a number, W, D or F"))
        weight = _number(row.get("Weight", ""), line, "Weight", problems)
        row_unit = row.get("Weight Unit", "").strip().lower() if semicolon else unit
        if weight is not None and row_unit in ("lb", "lbs"):
            weight *= KG_PER_LB
        elif weight is not None and row_unit not in ("kg", "kgs", ""):
            problems.append(ImportProblem(line, f"weight unit '{row_unit}' is not kg or lbs"))
        distance = _number(row.get("Distance", ""), line, "Distance", problems)
        distance_unit = row.get("Distance Unit", "km").strip().lower() if semicolon else "km"
        if distance is not None:
            distance *= {"km": 1000, "mi": MILE, "miles": MILE, "m": 1}.get(distance_unit, 1000)
        reps = _number(row.get("Reps", ""), line, "Reps", problems)
        seconds = _number(row.get("Seconds", ""), line, "Seconds", problems)
        rpe = _rpe(row.get("RPE", ""), line, "RPE", problems)
        if started is None or not name:
            continue
        workout = _group(workouts, row["Workout Name"].strip(), started)
        workout.notes = workout.notes or row.get("Workout Notes", "").strip()
        names.setdefault(name, None)
        workout.sets.append(
            ImportedSet(
                exercise_name=name,
                set_index=index or len([s for s in workout.sets if s.exercise_name == name]) + 1,
                load_kg=round(weight, 3) if weight else None,
                reps=int(reps) if reps is not None else None,
                rir=rpe_to_rir(rpe) if rpe is not None else None,
                seconds=int(seconds) if seconds else None,
                distance_m=round(distance, 1) if distance else None,
                warmup=warmup,
                notes=row.get("Notes", "").strip(),
            )
        )
    if problems:
        raise LogImportError(problems)
    return Parsed("strong-semicolon" if semicolon else "strong", tuple(workouts.values()), tuple(names))


def _hevy(text: str) -> Parsed:
    rows = _rows(text, ",", HEVY_COLUMNS)
    problems: list[ImportProblem] = []
    workouts: dict[tuple[str, dt.datetime], ImportedWorkout] = {}
    names: dict[str, None] = {}
    formats = ("%d %b %Y, %H:%M", "%d %b %Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")
    for line, row in rows:
        started = _date(row["start_time"], line, formats, problems)
        finished = _date(row["end_time"], line, formats, problems) if row.get("end_time", "").strip() else None
        name = row["exercise_title"].strip()
        if not name:
            problems.append(ImportProblem(line, "exercise_title is empty"))
        kind = row.get("set_type", "normal").strip().lower() or "normal"
        if kind not in ("normal", "warmup", "dropset", "failure"):
            problems.append(ImportProblem(line, f"set_type '{kind}' is not normal, warmup, dropset or failure"))
        if "weight_kg" in row:
            weight = _number(row["weight_kg"], line, "weight_kg", problems)
        else:
            weight = _number(row.get("weight_lbs", ""), line, "weight_lbs", problems)
            weight = weight * KG_PER_LB if weight is not None else None
        if "distance_km" in row:
            distance = _number(row["distance_km"], line, "distance_km", problems)
            distance = distance * 1000 if distance is not None else None
        else:
            distance = _number(row.get("distance_miles", ""), line, "distance_miles", problems)
            distance = distance * MILE if distance is not None else None
        index = _number(row["set_index"], line, "set_index", problems)
        reps = _number(row["reps"], line, "reps", problems)
        seconds = _number(row.get("duration_seconds", ""), line, "duration_seconds", problems)
        rpe = _rpe(row.get("rpe", ""), line, "rpe", problems)
        if started is None or not name:
            continue
        workout = _group(workouts, row["title"].strip(), started)
        workout.finished_at = finished or workout.finished_at
        workout.notes = workout.notes or row.get("description", "").strip()
        names.setdefault(name, None)
        workout.sets.append(
            ImportedSet(
                exercise_name=name,
                set_index=int(index) + 1 if index is not None else len(workout.sets) + 1,
                load_kg=round(weight, 3) if weight else None,
                reps=int(reps) if reps is not None else None,
                rir=rpe_to_rir(rpe) if rpe is not None else None,
                seconds=int(seconds) if seconds else None,
                distance_m=round(distance, 1) if distance else None,
                warmup=kind == "warmup",
                notes=row.get("exercise_notes", "").strip(),
            )
        )
    if problems:
        raise LogImportError(problems)
    return Parsed("hevy", tuple(workouts.values()), tuple(names))


def _json(text: str) -> Parsed:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise LogImportError([ImportProblem(error.lineno, f"malformed JSON: {error.msg}")]) from error
    if (
        not isinstance(data, dict)
        or data.get("format") != "forgetrainer-log"
        or not isinstance(data.get("workouts"), list)
    ):
        raise LogImportError([ImportProblem(1, "not a Forge Trainer export: expected format 'forgetrainer-log'")])
    problems: list[ImportProblem] = []
    workouts = []
    names: dict[str, None] = {}
    for number, item in enumerate(data["workouts"], start=1):
        try:
            workout = ImportedWorkout(
                title=str(item.get("title") or "Workout"),
                started_at=dt.datetime.fromisoformat(item["started_at"]),
                finished_at=dt.datetime.fromisoformat(item["finished_at"]) if item.get("finished_at") else None,
                notes=str(item.get("notes") or ""),
                rating=int(item["rating"]) if item.get("rating") is not None else None,
            )
            for entry in item.get("sets", []):
                names.setdefault(str(entry["exercise"]), None)
                workout.sets.append(
                    ImportedSet(
                        exercise_name=str(entry["exercise"]),
                        set_index=int(entry.get("set_index", len(workout.sets) + 1)),
                        load_kg=_optional_float(entry.get("load_kg")),
                        reps=int(entry["reps"]) if entry.get("reps") is not None else None,
                        rir=_optional_float(entry.get("rir")),
                        seconds=int(entry["seconds"]) if entry.get("seconds") is not None else None,
                        distance_m=_optional_float(entry.get("distance_m")),
                        warmup=bool(entry.get("warmup", False)),
                        notes=str(entry.get("notes") or ""),
                    )
                )
            workouts.append(workout)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            problems.append(ImportProblem(number, f"workout {number} is malformed: {error}"))
    if problems:
        raise LogImportError(problems)
    return Parsed("json", tuple(workouts), tuple(names))


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def parse_log(text: str, format: str | None = None, *, unit: str = "kg") -> Parsed:
    """Parse an export. `format` is detected from the content when not given; `unit` is the
    weight unit of Strong's comma format, which does not say it."""
    if unit not in ("kg", "lb"):
        raise LogImportError([ImportProblem(0, f"unit '{unit}' is not kg or lb")])
    chosen = format or detect_format(text)
    if chosen not in FORMATS:
        raise LogImportError([ImportProblem(0, f"format '{chosen}' is not one of {', '.join(FORMATS)}")])
    if chosen == "json":
        return _json(text)
    if chosen == "hevy":
        return _hevy(text)
    return _strong(text, chosen == "strong-semicolon", unit)


_PARENS = re.compile(r"^(?P<name>.*?)\s*\((?P<kind>[^)]*)\)\s*$")
_THEIR_EQUIPMENT = {"bodyweight": "body weight", "band": "resistance band"}


def _fits(equipment: str, kind: str) -> bool:
    """Whether our equipment matches the parenthesised kind of their name ('Barbell', 'Cable - Rope')."""
    first_word = kind.split("-")[0].strip()
    return not first_word or first_word in equipment.lower() or first_word in ("assisted", "weighted")


def map_names(
    names: tuple[str, ...],
    catalog: Catalog,
    search: Callable[[str], list[str]],
    known: Mapping[str, str] | None = None,
) -> tuple[dict[str, str], list[str]]:
    """Their exercise names -> our slugs, and the names that could not be mapped.

    `known` holds mappings the person made before; `search` returns slugs best first.
    """
    mapped: dict[str, str] = {}
    unmapped: list[str] = []
    for name in names:
        if known and name in known:
            mapped[name] = known[name]
            continue
        found = catalog.lookup(name)
        if found is None and (match := _PARENS.match(name)):
            base, kind = match.group("name"), match.group("kind").strip().lower()
            kind = _THEIR_EQUIPMENT.get(kind.replace("weighted", "").strip(), kind)
            for candidate in (f"{kind} {base}", f"{base} {kind}", base):
                found = catalog.lookup(candidate.strip())
                if found is not None and (candidate != base or _fits(found.equipment.name, kind)):
                    break
                found = None
            if found is None:
                hits = search(f"{kind} {base}".strip())
                first = catalog.get(hits[0]) if hits else None
                if first is not None and _fits(first.equipment.name, kind):
                    found = first
        if found is None:
            hits = search(name)
            first = catalog.get(hits[0]) if hits else None
            if first is not None and first.name.lower().replace("-", " ") == name.lower().replace("-", " "):
                found = first
        if found is None:
            unmapped.append(name)
        else:
            mapped[name] = found.slug
    return mapped, unmapped
