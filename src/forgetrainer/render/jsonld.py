"""schema.org structured data for exercise pages: HowTo, FAQPage and BreadcrumbList."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from forgetrainer.exercise import Faq
from forgetrainer.render.page import ExercisePage, Link

__all__ = ["breadcrumb_list", "exercise_json_ld", "faq_page", "how_to"]


def _dump(data: dict[str, Any]) -> str:
    # "</" must not appear inside a <script> element.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def how_to(page: ExercisePage, url: str) -> dict[str, Any]:
    exercise = page.exercise
    tools = [term.name for term in exercise.equipment_needed if term.slug != "body-weight"]
    return {
        "@context": "https://schema.org",
        "@type": "HowTo",
        "name": f"How to do the {exercise.name}",
        "description": page.quick_answer,
        "url": url,
        "tool": [{"@type": "HowToTool", "name": name} for name in tools],
        "step": [
            {"@type": "HowToStep", "position": number, "name": f"Step {number}", "text": text}
            for number, text in enumerate(exercise.steps, start=1)
        ],
    }


def faq_page(items: Sequence[Faq]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": item.question,
                "acceptedAnswer": {"@type": "Answer", "text": item.answer},
            }
            for item in items
        ],
    }


def breadcrumb_list(links: Sequence[Link], base_url: str) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": number, "name": link.label, "item": base_url + link.path}
            for number, link in enumerate(links, start=1)
        ],
    }


def exercise_json_ld(page: ExercisePage, faq: Sequence[Faq], crumbs: Sequence[Link], base_url: str) -> tuple[str, ...]:
    url = base_url + crumbs[-1].path if crumbs else base_url
    return (_dump(how_to(page, url)), _dump(faq_page(faq)), _dump(breadcrumb_list(crumbs, base_url)))
