"""Cross-check our facts against the public-domain free-exercise-db dataset.

Exercises are matched by name or alias (case, punctuation and plurals ignored). For each match
the script reports whether our target muscle agrees with the dataset's primary muscles, and
lists the disagreements so they can be investigated. It is a tool, not a test: the test suite
must pass on a clone without the dataset.

Run: .venv/bin/python tools/crosscheck_dataset.py [PATH/TO/exercises.json] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from forgetrainer.catalog import default_catalog
from forgetrainer.exercise import Exercise

DEFAULT = Path(__file__).resolve().parents[2] / "shared/datasets/free-exercise-db/exercises.json"

# The dataset's muscle names -> our display groups that count as agreement.
MUSCLE_GROUPS = {
    "abdominals": {"abs"},
    "abductors": {"abductors", "glutes"},
    "adductors": {"adductors"},
    "biceps": {"biceps"},
    "calves": {"calves"},
    "chest": {"chest"},
    "forearms": {"forearms"},
    "glutes": {"glutes"},
    "hamstrings": {"hamstrings"},
    "lats": {"lats"},
    "lower back": {"lower-back"},
    "middle back": {"upper-back"},
    "neck": {"neck"},
    "quadriceps": {"quads"},
    "shoulders": {"shoulders"},
    "traps": {"traps"},
    "triceps": {"triceps"},
}


def key(name: str) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    return " ".join(
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word for word in words
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=40, help="How many disagreements to list")
    args = parser.parse_args()
    if not args.path.is_file():
        parser.error(f"no dataset at {args.path}")
    dataset = json.loads(args.path.read_text(encoding="utf-8"))
    ours: dict[str, Exercise] = {}
    for exercise in default_catalog():
        for label in (exercise.name, *exercise.aliases):
            ours.setdefault(key(label), exercise)
    matched = agree = 0
    disagreements = []
    for item in dataset:
        exercise = ours.get(key(item["name"]))
        if exercise is None:
            continue
        matched += 1
        allowed = set().union(*(MUSCLE_GROUPS.get(m, set()) for m in item.get("primaryMuscles", [])))
        if exercise.target.group in allowed:
            agree += 1
        else:
            disagreements.append(
                f"{exercise.slug}: ours {exercise.target.name} ({exercise.target.group}); "
                f"dataset '{item['name']}' primary {', '.join(item.get('primaryMuscles', []))}"
            )
    print(f"dataset exercises: {len(dataset)}; matched to ours by name or alias: {matched}")
    if matched:
        share = 100 * agree / matched
        print(f"target muscle agrees with the dataset's primary muscles: {agree}/{matched} ({share:.1f} %)")
    for line in disagreements[: args.show]:
        print("  " + line)


if __name__ == "__main__":
    main()
