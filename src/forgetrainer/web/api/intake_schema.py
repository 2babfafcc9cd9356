"""The JSON Schema of a plan intake, for the OpenAPI description.

The planner's own parser stays the judge: it also takes the aliases people type ("build
muscle", "db") and answers every problem at once, with the allowed values. The schema
documents the canonical form.
"""

from __future__ import annotations

from typing import Any

from forgetrainer.planner import EQUIPMENT_PRESETS
from forgetrainer.planner.constants import EXPERIENCES, GOALS, WEEKS_DEFAULT, WEEKS_RANGE
from forgetrainer.planner.intake import WEEKDAYS
from forgetrainer.taxonomy import EQUIPMENT, JOINTS, MUSCLE_GROUPS, MUSCLES

__all__ = ["INTAKE_SCHEMA", "REQUIRED"]

REQUIRED = ["goal", "experience", "days_per_week", "minutes_per_session", "equipment"]


def _names(values: list[str], description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string", "enum": values}, "description": description}


_PROPERTIES: dict[str, Any] = {
    "goal": {"type": "string", "enum": list(GOALS)},
    "experience": {"type": "string", "enum": list(EXPERIENCES)},
    "days_per_week": {"type": "integer", "minimum": 1, "maximum": 7},
    "weekdays": {
        **_names(list(WEEKDAYS), "The days to train; as many as days_per_week"),
        "uniqueItems": True,
        "maxItems": 7,
    },
    "minutes_per_session": {"type": "integer", "minimum": 15, "maximum": 180},
    "equipment": {
        "description": "A preset, or the list of equipment at hand",
        "anyOf": [
            {"type": "string", "enum": list(EQUIPMENT_PRESETS)},
            {**_names([term.slug for term in EQUIPMENT], "Equipment slugs"), "minItems": 1},
        ],
    },
    "injuries": _names([term.slug for term in JOINTS], "Joints to spare"),
    "priority_muscles": _names(
        sorted({term.slug for term in MUSCLES} | {term.slug for term in MUSCLE_GROUPS}),
        "Muscles or muscle groups to give more sets",
    ),
    "exclude": {"type": "array", "items": {"type": "string"}, "description": "Exercises never to use"},
    "include": {"type": "array", "items": {"type": "string"}, "description": "Exercises to keep in"},
    "weeks": {"type": "integer", "minimum": WEEKS_RANGE[0], "maximum": WEEKS_RANGE[1], "default": WEEKS_DEFAULT},
    "seed": {"type": "integer", "minimum": 0, "maximum": 2**31 - 1, "default": 0},
}
INTAKE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": REQUIRED,
    "additionalProperties": False,
    # An optional field given as null counts as not given.
    "properties": {
        name: schema if name in REQUIRED else {"anyOf": [schema, {"type": "null"}]}
        for name, schema in _PROPERTIES.items()
    },
}
