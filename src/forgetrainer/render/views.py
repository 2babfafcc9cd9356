"""One View per public page: its title, template context, Markdown and JSON, from one context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from forgetrainer.catalog import Catalog
from forgetrainer.exercise import Exercise
from forgetrainer.render.compare import compare
from forgetrainer.render.hubs import Hub, all_facets, combinations, muscle_hub
from forgetrainer.render.jsonld import exercise_json_ld
from forgetrainer.render.markdown import exercise_markdown
from forgetrainer.render.musclemap import muscle_levels, muscle_map_svg
from forgetrainer.render.page import ExercisePage, Link, exercise_page, urls
from forgetrainer.taxonomy import BODY_PARTS, DIFFICULTIES, EQUIPMENT, JOINTS, MUSCLES

__all__ = [
    "View",
    "compare_view",
    "exercise_summary",
    "exercise_view",
    "home_view",
    "hub_view",
    "index_view",
    "message_view",
]


@dataclass(frozen=True)
class View:
    """A page before formatting: the HTML template and context, and the Markdown and JSON twins."""

    path: str
    title: str
    description: str
    template: str
    context: dict[str, Any]
    markdown: Callable[[str], str]  # base URL -> Markdown
    data: Callable[[], dict[str, Any]]
    breadcrumbs: tuple[Link, ...] = ()
    json_ld: Callable[[str], tuple[str, ...]] = field(default=lambda base: ())
    og_type: str = "website"
    status: int = 200
    twins: bool = True


def exercise_summary(exercise: Exercise) -> dict[str, Any]:
    return {
        "slug": exercise.slug,
        "name": exercise.name,
        "difficulty": exercise.difficulty.name,
        "target": exercise.target.name,
        "equipment": exercise.equipment.name,
        "body_part": exercise.body_part.name,
        "path": urls.exercise(exercise.slug),
    }


def _muscle_names() -> dict[str, str]:
    return {muscle.slug: muscle.name for muscle in MUSCLES}


def _link_list(base: str, exercises: tuple[Exercise, ...] | list[Exercise]) -> list[str]:
    return [f"- [{exercise.name}]({base}{urls.exercise(exercise.slug)})" for exercise in exercises]


def exercise_view(exercise: Exercise, catalog: Catalog) -> View:
    page = exercise_page(exercise, catalog)
    faq = (*page.faq, page.instead) if page.instead else page.faq
    crumbs = (
        Link("Home", "/"),
        Link("Exercises", "/exercises"),
        Link(exercise.body_part.name, urls.body_part(exercise.body_part.slug)),
        Link(exercise.name, urls.exercise(exercise.slug)),
    )
    levels = muscle_levels(exercise.target, exercise.secondary)
    svg = muscle_map_svg(levels, _muscle_names(), label=_map_label(exercise))
    stress = [(joint.name, level.capitalize()) for joint, level in zip(JOINTS, exercise.joint_levels, strict=True)]

    def data() -> dict[str, Any]:
        return {
            "exercise": exercise.to_dict(),
            "quick_answer": page.quick_answer,
            "facts": dict(page.facts),
            "faq": [{"question": item.question, "answer": item.answer} for item in faq],
            "muscles": levels,
            "related": [exercise_summary(other) for other in page.related],
            "easier": [exercise_summary(other) for other in page.easier],
            "harder": [exercise_summary(other) for other in page.harder],
            "alternatives": [exercise_summary(other) for other in page.alternatives],
            "hubs": [{"label": link.label, "path": link.path} for link in page.hub_links],
            "breadcrumbs": [{"label": link.label, "path": link.path} for link in crumbs],
        }

    return View(
        path=urls.exercise(exercise.slug),
        title=f"{exercise.name}: How to, Muscles Worked, Tips",
        description=_truncate(page.quick_answer, 160),
        template="exercise.html",
        context={"page": page, "faq": faq, "muscle_map": svg, "stress": stress},
        markdown=lambda base: exercise_markdown(page, base),
        data=data,
        breadcrumbs=crumbs,
        json_ld=lambda base: exercise_json_ld(page, faq, crumbs, base),
        og_type="article",
    )


def _map_label(exercise: Exercise) -> str:
    label = f"Muscle map of the {exercise.name}: target {exercise.target.name}"
    if exercise.secondary:
        label += ", also works " + ", ".join(muscle.name for muscle in exercise.secondary)
    return label


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def hub_view(hub: Hub) -> View:
    def markdown(base: str) -> str:
        lines = [f"# {hub.title}", "", hub.description, ""]
        for group in hub.groups:
            lines += [f"## {group.title} ({len(group.exercises)})", ""]
            lines += [
                f"- [{exercise.name}]({base}{urls.exercise(exercise.slug)}): {exercise.difficulty.name}, "
                f"targets {exercise.target.name.lower()}, {exercise.equipment.name.lower()}"
                for exercise in group.exercises
            ]
            lines.append("")
        return "\n".join(lines)

    def data() -> dict[str, Any]:
        return {
            "title": hub.title,
            "description": hub.description,
            "path": hub.path,
            "total": len(hub.exercises),
            "groups": [
                {"title": group.title, "exercises": [exercise_summary(item) for item in group.exercises]}
                for group in hub.groups
            ],
            "chips": [
                {
                    "title": row.title,
                    "chips": [{"label": chip.label, "path": chip.path, "count": chip.count} for chip in row.chips],
                }
                for row in hub.chips
            ],
            "breadcrumbs": [{"label": link.label, "path": link.path} for link in hub.breadcrumbs],
        }

    return View(
        path=hub.path,
        title=hub.title,
        description=hub.description,
        template="hub.html",
        context={"hub": hub},
        markdown=markdown,
        data=data,
        breadcrumbs=hub.breadcrumbs,
    )


@dataclass(frozen=True, slots=True)
class FacetItem:
    label: str
    path: str
    count: int


@dataclass(frozen=True, slots=True)
class FacetList:
    title: str
    items: tuple[FacetItem, ...]


def browse_facets(catalog: Catalog) -> tuple[FacetList, ...]:
    facets = all_facets()
    body_parts = catalog.counts("body_part")
    equipment = catalog.counts("equipment")
    difficulty = catalog.counts("difficulty")
    muscles = {term.slug: len(muscle_hub(catalog, term).exercises) for term in facets["muscle"]}
    return (
        FacetList(
            "Body part",
            tuple(FacetItem(t.name, urls.body_part(t.slug), body_parts.get(t.name, 0)) for t in BODY_PARTS),
        ),
        FacetList(
            "Equipment",
            tuple(
                FacetItem(t.name, urls.equipment(t.slug), equipment.get(t.name, 0))
                for t in sorted(EQUIPMENT, key=lambda t: -equipment.get(t.name, 0))
            ),
        ),
        FacetList(
            "Muscle",
            tuple(FacetItem(t.name, urls.muscle(t.slug), muscles[t.slug]) for t in facets["muscle"]),
        ),
        FacetList(
            "Difficulty",
            tuple(FacetItem(t.name, urls.difficulty(t.slug), difficulty.get(t.name, 0)) for t in DIFFICULTIES),
        ),
    )


def _facets_markdown(title: str, intro: str, facets: tuple[FacetList, ...], base: str) -> str:
    lines = [f"# {title}", "", intro, ""]
    for facet in facets:
        lines += [f"## By {facet.title.lower()}", ""]
        lines += [f"- [{item.label}]({base}{item.path}) ({item.count})" for item in facet.items]
        lines.append("")
    return "\n".join(lines)


def _facets_data(facets: tuple[FacetList, ...]) -> list[dict[str, Any]]:
    return [
        {
            "title": facet.title,
            "items": [{"label": item.label, "path": item.path, "count": item.count} for item in facet.items],
        }
        for facet in facets
    ]


def home_view(catalog: Catalog) -> View:
    facets = browse_facets(catalog)
    popular = catalog.exercises[:12]
    intro = (
        f"{len(catalog)} exercises with steps, tips, common mistakes and muscle maps, a search that "
        "understands gym language, and personalized training plans."
    )

    def markdown(base: str) -> str:
        text = _facets_markdown("Forge Trainer", intro, facets, base)
        return text + "\n".join(["## Foundational exercises", "", *_link_list(base, popular), ""])

    return View(
        path="/",
        title="Exercise Library and Personal Training Plans",
        description=intro,
        template="home.html",
        context={"total": len(catalog), "facets": facets, "popular": popular},
        markdown=markdown,
        data=lambda: {
            "total": len(catalog),
            "facets": _facets_data(facets),
            "popular": [exercise_summary(e) for e in popular],
        },
    )


def index_view(catalog: Catalog) -> View:
    facets = browse_facets(catalog)
    combos = combinations(catalog)
    combo_items = tuple(
        FacetItem(
            f"{BODY_PARTS.by_slug(part).name} with {EQUIPMENT.by_slug(kind).name}",
            urls.combination(part, kind),
            count,
        )
        for (part, kind), count in sorted(combos.items(), key=lambda item: -item[1])
    )
    facets = (*facets, FacetList("Body part and equipment", combo_items))
    description = f"All {len(catalog)} exercises in the library, by body part, equipment, muscle and difficulty."
    return View(
        path="/exercises",
        title="Exercise Library",
        description=description,
        template="index.html",
        context={"heading": "Exercise Library", "facets": facets},
        markdown=lambda base: _facets_markdown("Exercise Library", description, facets, base),
        data=lambda: {"total": len(catalog), "facets": _facets_data(facets)},
        breadcrumbs=(Link("Home", "/"), Link("Exercises", "/exercises")),
    )


@dataclass(frozen=True, slots=True)
class CompareSide:
    exercise: Exercise
    facts: tuple[tuple[str, str], ...]
    suits: tuple[str, ...]
    muscle_map: str


def compare_view(first: Exercise, second: Exercise, catalog: Catalog) -> View:
    comparison = compare(first, second)
    pages: list[ExercisePage] = [exercise_page(first, catalog), exercise_page(second, catalog)]
    sides = tuple(
        CompareSide(
            page.exercise,
            (*page.facts, ("Mechanic", page.exercise.mechanic.name), ("Pattern", page.exercise.pattern.name)),
            suits,
            muscle_map_svg(
                muscle_levels(page.exercise.target, page.exercise.secondary),
                _muscle_names(),
                label=_map_label(page.exercise),
            ),
        )
        for page, suits in zip(pages, comparison.suits, strict=True)
    )
    heading = f"{first.name} vs {second.name}"
    path = f"/exercise/compare/{first.slug}-vs-{second.slug}"
    description = f"{first.name} or {second.name}? Facts, muscles worked and who each exercise suits."

    def markdown(base: str) -> str:
        lines = [f"# {heading}", "", description, ""]
        for side in sides:
            lines += [f"## [{side.exercise.name}]({base}{urls.exercise(side.exercise.slug)})", ""]
            lines += [f"- **{label}:** {value}" for label, value in side.facts]
            lines += ["", "Suits:", "", *[f"- {line}" for line in side.suits], ""]
        lines += ["## The difference in short", "", *[f"- {line}" for line in comparison.differences], ""]
        return "\n".join(lines)

    return View(
        path=path,
        title=heading,
        description=description,
        template="compare.html",
        context={"heading": heading, "sides": sides, "differences": comparison.differences},
        markdown=markdown,
        data=lambda: {
            "title": heading,
            "exercises": [
                {
                    "exercise": exercise_summary(side.exercise),
                    "facts": dict(side.facts),
                    "suits": list(side.suits),
                }
                for side in sides
            ],
            "differences": list(comparison.differences),
        },
        breadcrumbs=(Link("Home", "/"), Link("Exercises", "/exercises"), Link(heading, path)),
    )


def message_view(
    path: str, heading: str, paragraphs: tuple[str, ...], links: tuple[Link, ...] = (), status: int = 200
) -> View:
    def markdown(base: str) -> str:
        return "\n".join(
            [
                f"# {heading}",
                "",
                *paragraphs,
                "",
                *[f"- [{link.label}]({base}{link.path})" for link in links],
                "",
            ]
        )

    return View(
        path=path,
        title=heading,
        description=paragraphs[0] if paragraphs else heading,
        template="message.html",
        context={"heading": heading, "paragraphs": paragraphs, "links": links},
        markdown=markdown,
        data=lambda: {
            "title": heading,
            "paragraphs": list(paragraphs),
            "links": [{"label": link.label, "path": link.path} for link in links],
        },
        status=status,
    )
