"""The Markdown page follows the reference page's structure, section by section."""

from __future__ import annotations

import re

import pytest

from forgetrainer.catalog import default_catalog
from forgetrainer.render import exercise_markdown, exercise_page

BASE = "https://example.org"


@pytest.fixture(scope="module")
def page() -> str:
    catalog = default_catalog()
    return exercise_markdown(exercise_page(catalog["reverse-hyperextension"], catalog), BASE)


def section(markdown: str, heading: str) -> str:
    """The text under one `## heading`, up to the next `## ` heading or rule."""
    match = re.search(rf"^## {re.escape(heading)}\n\n(.*?)(?=\n## |\n---\n|\Z)", markdown, re.S | re.M)
    assert match, f"no section {heading!r}"
    return match.group(1).strip()


def test_headings_in_reference_order(page: str) -> None:
    headings = re.findall(r"^(#{1,2}) (.+)$", page, re.M)
    assert headings == [
        ("#", "Reverse Hyperextension"),
        ("##", "Quick answer"),
        ("##", "How to perform"),
        ("##", "Pro tips"),
        ("##", "Common mistakes"),
        ("##", "FAQ"),
        ("##", "Related exercises"),
    ]
    assert page.count("\n---\n") == 2


def test_quick_answer_ends_with_the_templated_sentence_and_the_six_facts(page: str) -> None:
    quick = section(page, "Quick answer")
    summary, facts = quick.split("\n\n")
    assert summary.endswith(
        " Intermediate legs exercise using machine. Targets glutes, also works hamstrings, lower back."
    )
    assert facts.splitlines() == [
        "- **Body Part:** Legs",
        "- **Equipment:** Machine",
        "- **Target Muscle:** Glutes",
        "- **Secondary Muscles:** Hamstrings, Lower Back",
        "- **Difficulty:** Intermediate",
        "- **Category:** Strength",
    ]


def test_steps_are_numbered_and_tips_and_mistakes_are_bullets(page: str) -> None:
    steps = section(page, "How to perform").splitlines()
    assert 4 <= len(steps) <= 10
    assert [line.split(". ", 1)[0] for line in steps] == [str(n) for n in range(1, len(steps) + 1)]
    for heading in ("Pro tips", "Common mistakes"):
        bullets = section(page, heading).splitlines()
        assert len(bullets) >= 3
        assert all(line.startswith("- ") for line in bullets)


def test_faq_puts_specific_questions_first_then_the_templated_ones(page: str) -> None:
    questions = re.findall(r"^### (.+)$", section(page, "FAQ"), re.M)
    assert 4 <= len(questions) <= 5
    assert questions[-2:] == [
        "What muscles does the Reverse Hyperextension work?",
        "Is the Reverse Hyperextension good for beginners?",
    ]
    faq = section(page, "FAQ")
    assert (
        "The Reverse Hyperextension works the glutes hardest, and the hamstrings and lower back assist. "
        "It sits in the legs section of the library as a strength exercise."
    ) in faq
    assert "The Reverse Hyperextension is rated intermediate" in faq


def test_related_links_point_at_the_three_hubs_under_the_base_url(page: str) -> None:
    assert section(page, "Related exercises").splitlines() == [
        "- [More Legs Exercises](https://example.org/exercises/legs)",
        "- [More Machine Exercises](https://example.org/exercises/equipment/machine)",
        "- [More Glutes Exercises](https://example.org/exercises/muscle/glutes)",
    ]


def test_the_page_closes_with_a_link_to_a_personalized_plan(page: str) -> None:
    last = page.rstrip("\n").splitlines()[-1]
    assert last.endswith("[Get a personalized workout plan](https://example.org/plan).")


def test_beginner_answer_depends_on_the_difficulty() -> None:
    catalog = default_catalog()
    bridge = exercise_markdown(exercise_page(catalog["glute-bridge"], catalog), BASE)
    assert "### Is the Glute Bridge good for beginners?\n\nYes. The Glute Bridge is rated beginner" in bridge
    assert "Beginner legs exercise using body weight. Targets glutes" in bridge
