"""Forge trainer: an exercise library, gym-language search and an evidence-based planner.

The public Python API. Everything else is an implementation detail and may change.
"""

from forgetrainer.catalog import (
    Catalog,
    CatalogError,
    Filters,
    Problem,
    default_catalog,
    load_catalog,
    validate_path,
)
from forgetrainer.exercise import Exercise, Faq, slugify
from forgetrainer.render import ExercisePage, exercise_markdown, exercise_page
from forgetrainer.taxonomy import UnknownTermError

__version__ = "0.1.0"

__all__ = [
    "Catalog",
    "CatalogError",
    "Exercise",
    "ExercisePage",
    "Faq",
    "Filters",
    "Problem",
    "UnknownTermError",
    "__version__",
    "default_catalog",
    "exercise_markdown",
    "exercise_page",
    "load_catalog",
    "slugify",
    "validate_path",
]
