"""Building exercise files for tests: a valid one, and variants with one thing changed."""

from __future__ import annotations

from pathlib import Path

import yaml

VALID_EXERCISE: dict[str, object] = {
    "name": "Test Hip Lift",
    "aliases": ["thl"],
    "body_part": "Legs",
    "equipment": "Body Weight",
    "requires": [],
    "target": "Glutes",
    "secondary": ["Hamstrings"],
    "difficulty": "Beginner",
    "category": "Strength",
    "mechanic": "isolation",
    "force": "push",
    "pattern": "hinge",
    "laterality": "bilateral",
    "tracking": "reps",
    "popularity": 3,
    "joint_stress": {
        "lower-back": "low",
        "knee": "none",
        "shoulder": "none",
        "elbow": "none",
        "wrist": "none",
        "hip": "low",
        "ankle": "none",
        "neck": "none",
    },
    "summary": "A floor exercise that lifts the hips with the glutes, used here only to test the loader.",
    "steps": [
        "Lie on your back with your knees bent and feet flat.",
        "Brace your trunk and press your heels into the floor.",
        "Lift your hips until your body forms a straight line.",
        "Lower your hips slowly back to the floor and breathe in.",
    ],
    "tips": [
        "Keep your ribs down so the lower back stays quiet.",
        "Pause for a second at the top of every repetition.",
        "Move your feet closer if the hamstrings start to cramp.",
    ],
    "mistakes": [
        "Arching the lower back to get the hips higher.",
        "Pushing through the toes instead of the heels.",
        "Bouncing off the floor between repetitions.",
    ],
    "faq": [
        {
            "question": "Is this a real exercise?",
            "answer": "It is a fixture that exists only to test how files are checked.",
        },
        {
            "question": "Why does it exist?",
            "answer": "Each test changes one field of this valid file and checks the message.",
        },
    ],
    "easier": [],
    "harder": [],
}


def exercise_yaml(**changes: object) -> str:
    """The YAML text of a valid exercise with some fields changed (None removes a field)."""
    data = {**VALID_EXERCISE}
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)


def write_exercise(folder: Path, file_name: str | None = None, **changes: object) -> Path:
    from forgetrainer.exercise import slugify

    text = exercise_yaml(**changes)
    name = str(changes.get("name", VALID_EXERCISE["name"]))
    path = folder / (file_name or f"{slugify(name)}.yaml")
    path.write_text(text, encoding="utf-8")
    return path
