"""The Markdown twin of an exercise page, in the reference page's exact structure."""

from __future__ import annotations

from forgetrainer.render.page import ExercisePage, urls

__all__ = ["exercise_markdown"]


def exercise_markdown(page: ExercisePage, base_url: str = "") -> str:
    base = base_url.rstrip("/")
    exercise = page.exercise
    lines = [f"# {exercise.name}", "", "## Quick answer", "", page.quick_answer, ""]
    lines += [f"- **{label}:** {value}" for label, value in page.facts]
    lines += ["", "---", "", "## How to perform", ""]
    lines += [f"{number}. {step}" for number, step in enumerate(exercise.steps, start=1)]
    lines += ["", "## Pro tips", ""]
    lines += [f"- {tip}" for tip in exercise.tips]
    lines += ["", "## Common mistakes", ""]
    lines += [f"- {mistake}" for mistake in exercise.mistakes]
    lines += ["", "## FAQ", ""]
    for item in page.faq:
        lines += [f"### {item.question}", "", item.answer, ""]
    lines += ["## Related exercises", ""]
    lines += [f"- [{link.label}]({base}{link.path})" for link in page.hub_links]
    lines += ["", "---", "", f"{page.closing} [Get a personalized workout plan]({base}{urls.plan})."]
    return "\n".join(lines) + "\n"
