"""The public site as a function from a path to a document: HTML, Markdown or JSON.

The web app serves these documents (rendered once, cached as bytes) and `forge build-site`
writes every one of them to files. In the static form, links are relative to the page's own
file, so the tree works from any folder of any web server.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2

from forgetrainer.catalog import Catalog
from forgetrainer.render import hubs
from forgetrainer.render.page import Link, urls
from forgetrainer.render.plan_page import plan_export, plan_form_view, plan_result_view
from forgetrainer.render.search_page import search_view
from forgetrainer.render.views import (
    View,
    compare_view,
    exercise_view,
    home_view,
    hub_view,
    index_view,
    message_view,
)
from forgetrainer.taxonomy import BODY_PARTS, DIFFICULTIES, EQUIPMENT

__all__ = ["Document", "Site", "static_file_for"]

STATIC_DIR = Path(__file__).parent / "static"
TEMPLATE_DIR = Path(__file__).parent / "templates"

MEDIA_TYPES = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "xml": "application/xml",
    "txt": "text/plain; charset=utf-8",
    "css": "text/css; charset=utf-8",
    "js": "text/javascript; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class Document:
    body: bytes
    media_type: str
    status: int = 200

    @property
    def etag(self) -> str:
        return '"' + hashlib.blake2b(self.body, digest_size=12).hexdigest() + '"'


def static_file_for(path: str) -> str:
    """The file that holds a page in the static export: '/exercise/x' -> 'exercise/x/index.html'."""
    clean = path.split("?", 1)[0].strip("/")
    if not clean:
        return "index.html"
    if "." in clean.rsplit("/", 1)[-1]:
        return clean
    return f"{clean}/index.html"


def _split_format(path: str) -> tuple[str, str]:
    for suffix in (".md", ".json"):
        if path.endswith(suffix):
            stem = path[: -len(suffix)]
            return ("/" if stem in ("/index", "") else stem), suffix[1:]
    return path, "html"


def _twin_path(path: str, kind: str) -> str:
    return f"/index.{kind}" if path == "/" else f"{path}.{kind}"


class Site:
    def __init__(self, catalog: Catalog, *, base_url: str = "", static: bool = False):
        self.catalog = catalog
        self.base_url = base_url.rstrip("/")
        self.static = static
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
            autoescape=jinja2.select_autoescape(["html"]),
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        self._env.globals["asset"] = self.asset_path
        self._env.globals["static"] = static

    # -- assets ------------------------------------------------------------------------------

    @cached_property
    def _assets(self) -> dict[str, tuple[str, bytes]]:
        """Asset name -> (fingerprinted path, bytes)."""
        found = {}
        for file in sorted(STATIC_DIR.iterdir()):
            body = file.read_bytes()
            digest = hashlib.blake2b(body, digest_size=6).hexdigest()
            found[file.name] = (f"/static/{file.stem}.{digest}{file.suffix}", body)
        return found

    def asset_path(self, name: str) -> str:
        return self._assets[name][0]

    def asset(self, path: str) -> Document | None:
        for name, (asset_path, body) in self._assets.items():
            if asset_path == path:
                return Document(body, MEDIA_TYPES.get(name.rsplit(".", 1)[-1], "application/octet-stream"))
        return None

    # -- links --------------------------------------------------------------------------------

    def _url_function(self, current: str) -> Callable[[str], str]:
        if not self.static:
            return lambda target: target
        here = posixpath.dirname(static_file_for(current))

        def relative(target: str) -> str:
            if target.startswith(("http://", "https://", "#")):
                return target
            base, _, query = target.partition("?")
            file = static_file_for(base)
            link = posixpath.relpath(file, here or ".")
            return f"{link}?{query}" if query else link

        return relative

    # -- routing ------------------------------------------------------------------------------

    def view(self, path: str, query: Mapping[str, str] | None = None) -> View | None:
        """The page at `path`, or None when no page lives there."""
        parts = [part for part in path.strip("/").split("/") if part]
        catalog = self.catalog
        if not parts:
            return home_view(catalog)
        head = parts[0]
        if head == "exercises":
            return self._hub(parts[1:])
        if head == "exercise" and len(parts) == 2:
            exercise = catalog.get(parts[1])
            return exercise_view(exercise, catalog) if exercise else None
        if head == "exercise" and len(parts) == 3 and parts[1] == "compare":
            first, separator, second = parts[2].partition("-vs-")
            a, b = catalog.get(first), catalog.get(second)
            if separator and a and b and a != b:
                return compare_view(a, b, catalog)
            return None
        if head == "search" and len(parts) == 1:
            return search_view(catalog, dict(query or {}))
        if head == "plan" and len(parts) == 1:
            return plan_form_view(dict(query or {}))
        if head == "plan" and parts[1:] == ["view"] and not self.static:
            return plan_result_view(catalog, dict(query or {}))
        return None

    def _hub(self, parts: list[str]) -> View | None:
        catalog = self.catalog
        if not parts:
            return index_view(catalog)
        if len(parts) == 2 and parts[0] == "equipment":
            term = EQUIPMENT.get(parts[1])
            return hub_view(hubs.equipment_hub(catalog, term)) if term and term.slug == parts[1] else None
        if len(parts) == 2 and parts[0] == "muscle":
            muscle = next((t for t in hubs.hub_muscles() if t.slug == parts[1]), None)
            return hub_view(hubs.muscle_hub(catalog, muscle)) if muscle else None
        if len(parts) == 1:
            part = BODY_PARTS.get(parts[0])
            if part and part.slug == parts[0]:
                return hub_view(hubs.body_part_hub(catalog, part))
            level = DIFFICULTIES.get(parts[0])
            if level and level.slug == parts[0]:
                return hub_view(hubs.difficulty_hub(catalog, level))
            return None
        if len(parts) == 2:
            part, kind = BODY_PARTS.get(parts[0]), EQUIPMENT.get(parts[1])
            exact = part is not None and kind is not None and (part.slug, kind.slug) == (parts[0], parts[1])
            if exact and part and kind and (part.slug, kind.slug) in hubs.combinations(catalog):
                return hub_view(hubs.combination_hub(catalog, part, kind))
        return None

    # -- rendering ----------------------------------------------------------------------------

    def render(self, path: str, query: Mapping[str, str] | None = None) -> Document | None:
        """The document at `path` (with an optional query string), or None."""
        if path.startswith("/static/"):
            return self.asset(path)
        special = {"/sitemap.xml": self.sitemap, "/robots.txt": self.robots, "/llms.txt": self.llms}
        if path in special:
            text, kind = special[path]()
            return Document(text.encode(), MEDIA_TYPES[kind])
        if path in ("/plan/view.csv", "/plan/view.ics") and not self.static:
            body, media_type, status = plan_export(self.catalog, dict(query or {}), path[-3:], self.base_url)
            return Document(body, media_type, status)
        page_path, kind = _split_format(path)
        view = self.view(page_path, query)
        if view is None:
            return None
        if kind != "html" and not view.twins:
            return None
        return self.format(view, kind, query)

    def not_found(self, path: str) -> Document:
        close = []
        tail = path.rstrip("/").rsplit("/", 1)[-1]
        if any(character.isalpha() for character in tail):  # a bare id suggests nothing
            from forgetrainer.search import search_index

            close = [Link(e.name, urls.exercise(e.slug)) for e in search_index(self.catalog).search(tail).exercises[:5]]
        view = message_view(
            path,
            "Page not found",
            (f"There is no page at {path}. It may have moved, or the address has a typo.",),
            (*close, Link("Browse the exercise library", "/exercises"), Link("Search exercises", "/search")),
            status=404,
        )
        return self.format(view, "html")

    def format(self, view: View, kind: str, query: Mapping[str, str] | None = None) -> Document:
        if kind == "md":
            return Document(view.markdown(self.base_url).encode(), MEDIA_TYPES["md"], view.status)
        if kind == "json":
            body = json.dumps(view.data(), ensure_ascii=False, separators=(",", ":")).encode()
            return Document(body, MEDIA_TYPES["json"], view.status)
        query_string = f"?{urlencode(sorted(query.items()))}" if query else ""
        alternates = (
            (
                ("text/markdown", _twin_path(view.path, "md") + query_string),
                ("application/json", _twin_path(view.path, "json") + query_string),
            )
            if view.twins
            else ()
        )
        context: dict[str, Any] = {
            "title": view.title,
            "description": view.description,
            "breadcrumbs": view.breadcrumbs,
            "canonical": self.base_url + view.path if self.base_url else "",
            "alternates": alternates,
            "json_ld": view.json_ld(self.base_url),
            "og_type": view.og_type,
            "url": self._url_function(view.path),
            **view.context,
        }
        html = self._env.get_template(view.template).render(context)
        return Document(html.encode(), MEDIA_TYPES["html"], view.status)

    def personal(
        self, template: str, *, title: str, context: Mapping[str, Any], breadcrumbs: tuple[Link, ...] = ()
    ) -> bytes:
        """A page of someone's own account: the site's layout, never cached or indexed."""
        html = self._env.get_template(template).render(
            {
                "title": title,
                "description": title,
                "breadcrumbs": breadcrumbs,
                "canonical": "",
                "alternates": (),
                "json_ld": (),
                "og_type": "website",
                "personal": True,
                "url": lambda target: target,
                **context,
            }
        )
        return html.encode()

    # -- the whole site -----------------------------------------------------------------------

    def page_paths(self) -> Iterator[str]:
        """Every page of the library (HTML paths; each also has .md and .json twins)."""
        yield "/"
        yield "/exercises"
        yield "/plan"
        yield "/search"
        for part in BODY_PARTS:
            yield urls.body_part(part.slug)
        for level in DIFFICULTIES:
            yield urls.difficulty(level.slug)
        for kind in EQUIPMENT:
            yield urls.equipment(kind.slug)
        for muscle in hubs.hub_muscles():
            yield urls.muscle(muscle.slug)
        for part_slug, kind_slug in sorted(hubs.combinations(self.catalog)):
            yield urls.combination(part_slug, kind_slug)
        for exercise in self.catalog:
            yield urls.exercise(exercise.slug)
        for exercise in self.catalog:
            for other in self.catalog.related(exercise, limit=1):
                yield f"/exercise/compare/{exercise.slug}-vs-{other.slug}"

    def sitemap(self) -> tuple[str, str]:
        entries = "".join(
            f"<url><loc>{self.base_url}{path}</loc></url>\n"
            for path in self.page_paths()
            if not path.startswith(("/exercise/compare/", "/search"))
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</urlset>\n"
        )
        return body, "xml"

    def robots(self) -> tuple[str, str]:
        return f"User-agent: *\nAllow: /\nSitemap: {self.base_url}/sitemap.xml\n", "txt"

    def llms(self) -> tuple[str, str]:
        base = self.base_url
        lines = [
            "# Forge Trainer",
            "",
            f"> An open exercise library of {len(self.catalog)} exercises with steps, tips, common "
            "mistakes, FAQs and muscle maps, plus personalized training plans. Every page has a "
            "Markdown twin (append .md) and a JSON twin (append .json).",
            "",
            "## Library",
            "",
            f"- [All exercises]({base}/exercises.md): by body part, equipment, muscle and difficulty",
        ]
        lines += [f"- [{part.name} exercises]({base}{urls.body_part(part.slug)}.md)" for part in BODY_PARTS]
        lines += ["", "## Exercises", ""]
        lines += [
            f"- [{exercise.name}]({base}{urls.exercise(exercise.slug)}.md): {exercise.difficulty.name}, "
            f"{exercise.equipment.name.lower()}, targets {exercise.target.name.lower()}"
            for exercise in self.catalog
        ]
        if not self.static:
            lines += ["", "## API", "", f"- [OpenAPI description]({base}/openapi.json)"]
        lines.append("")
        return "\n".join(lines), "txt"
