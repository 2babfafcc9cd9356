"""Renderers: one page context, many formats."""

from forgetrainer.render.markdown import exercise_markdown
from forgetrainer.render.page import ExercisePage, Link, exercise_page, urls

__all__ = ["ExercisePage", "Link", "exercise_markdown", "exercise_page", "urls"]
