"""Pages, their Markdown and JSON twins, caching headers and the 404 page."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from starlette.testclient import TestClient

from forgetrainer.catalog import default_catalog
from forgetrainer.render.hubs import combinations


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.json_ld: list[str] = []
        self.headings: list[str] = []
        self._in_ld = False
        self._heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "script" and values.get("type") == "application/ld+json":
            self._in_ld = True
            self.json_ld.append("")
        if tag in ("h1", "h2"):
            self._heading = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_ld = False
        if tag in ("h1", "h2") and self._heading is not None:
            self.headings.append(self._heading.strip())
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self.json_ld[-1] += data
        if self._heading is not None:
            self._heading += data


def parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_exercise_page_has_every_section(client: TestClient) -> None:
    response = client.get("/exercise/reverse-hyperextension")
    assert response.status_code == 200
    page = parse(response.text)
    assert page.headings[0] == "Reverse Hyperextension"
    for heading in (
        "Quick answer",
        "How to perform",
        "Pro tips",
        "Common mistakes",
        "FAQ",
        "Related exercises",
    ):
        assert heading in page.headings
    assert (
        "Intermediate legs exercise using machine. Targets glutes, also works hamstrings, lower back." in response.text
    )
    assert "What can I do instead of the Reverse Hyperextension?" in response.text


def test_exercise_page_muscle_map_marks_target_and_secondary(client: TestClient) -> None:
    html = client.get("/exercise/reverse-hyperextension").text
    assert 'data-muscle="glutes" data-level="target"' in html
    assert 'data-muscle="hamstrings" data-level="secondary"' in html
    assert 'data-muscle="lower-back" data-level="secondary"' in html
    assert 'data-muscle="chest" data-level' not in html
    assert 'role="img" aria-label="Muscle map of the Reverse Hyperextension' in html


def test_json_ld_blocks_are_valid_howto_faq_and_breadcrumbs(client: TestClient) -> None:
    page = parse(client.get("/exercise/glute-bridge").text)
    blocks = [json.loads(block) for block in page.json_ld]
    assert [block["@type"] for block in blocks] == ["HowTo", "FAQPage", "BreadcrumbList"]
    how_to, faq, crumbs = blocks
    assert len(how_to["step"]) == len(default_catalog()["glute-bridge"].steps)
    assert faq["mainEntity"][0]["acceptedAnswer"]["text"]
    assert crumbs["itemListElement"][-1]["item"] == "https://forge.test/exercise/glute-bridge"


def test_open_graph_and_canonical(client: TestClient) -> None:
    html = client.get("/exercise/glute-bridge").text
    assert '<meta property="og:title" content="Glute Bridge: How to, Muscles Worked, Tips">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<link rel="canonical" href="https://forge.test/exercise/glute-bridge">' in html


def test_twins_come_from_the_same_context(client: TestClient) -> None:
    markdown = client.get("/exercise/glute-bridge.md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith("# Glute Bridge\n\n## Quick answer")
    data = client.get("/exercise/glute-bridge.json").json()
    assert data["exercise"]["slug"] == "glute-bridge"
    assert data["quick_answer"] in markdown.text
    assert [item["question"] for item in data["faq"][:2]] == [
        item.question for item in default_catalog()["glute-bridge"].faq
    ]


@pytest.mark.parametrize("path", ["/", "/exercises", "/exercises/legs", "/exercises/beginner", "/search?q=bridge"])
def test_every_page_has_markdown_and_json_twins(client: TestClient, path: str) -> None:
    base, _, query = path.partition("?")
    stem = "/index" if base == "/" else base
    suffix = f"?{query}" if query else ""
    assert client.get(path).status_code == 200
    assert client.get(f"{stem}.md{suffix}").headers["content-type"].startswith("text/markdown")
    assert client.get(f"{stem}.json{suffix}").headers["content-type"] == "application/json"


def test_hubs_list_their_exercises_by_popularity(client: TestClient) -> None:
    data = client.get("/exercises/legs.json").json()
    listed = [item["slug"] for group in data["groups"] for item in group["exercises"]]
    catalog = default_catalog()
    assert sorted(listed) == sorted(e.slug for e in catalog if e.body_part.slug == "legs")
    for group in data["groups"]:
        popularity = [catalog[item["slug"]].popularity for item in group["exercises"]]
        assert popularity == sorted(popularity, reverse=True)
    assert data["chips"][0]["title"] == "Equipment"


def test_hub_kinds_resolve(client: TestClient) -> None:
    assert client.get("/exercises/equipment/machine").status_code == 200
    assert client.get("/exercises/muscle/glutes").status_code == 200
    assert client.get("/exercises/muscle/side-delts").status_code == 200
    assert client.get("/exercises/advanced").status_code == 200
    for part, kind in combinations(default_catalog()):
        assert client.get(f"/exercises/{part}/{kind}").status_code == 200
    assert client.get("/exercises/equipment/unicorn").status_code == 404
    assert client.get("/exercises/legs/unicorn").status_code == 404


def test_compare_page_for_any_two_exercises(client: TestClient) -> None:
    response = client.get("/exercise/compare/glute-bridge-vs-reverse-hyperextension")
    assert response.status_code == 200
    assert "Glute Bridge vs Reverse Hyperextension" in response.text
    assert "Who it suits" in response.text
    assert client.get("/exercise/compare/glute-bridge-vs-glute-bridge").status_code == 404
    assert client.get("/exercise/compare/glute-bridge-vs-nothing").status_code == 404


def test_pages_carry_etags_and_answer_304(client: TestClient) -> None:
    first = client.get("/exercise/glute-bridge")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "public, max-age=300"
    again = client.get("/exercise/glute-bridge", headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    head = client.head("/exercise/glute-bridge")
    assert head.status_code == 200 and head.content == b""


def test_static_assets_are_fingerprinted_and_immutable(client: TestClient) -> None:
    css = re.search(r'href="(/static/site\.[0-9a-f]+\.css)"', client.get("/").text)
    assert css
    response = client.get(css.group(1))
    assert response.headers["content-type"].startswith("text/css")
    assert "immutable" in response.headers["cache-control"]


def test_sitemap_robots_and_llms(client: TestClient) -> None:
    sitemap = client.get("/sitemap.xml")
    assert sitemap.headers["content-type"] == "application/xml"
    assert "<loc>https://forge.test/exercise/glute-bridge</loc>" in sitemap.text
    assert "Sitemap: https://forge.test/sitemap.xml" in client.get("/robots.txt").text
    llms = client.get("/llms.txt").text
    assert llms.startswith("# Forge Trainer\n")
    assert "(https://forge.test/exercise/glute-bridge.md)" in llms


def test_real_404_page_with_help(client: TestClient) -> None:
    response = client.get("/exercise/glute-bridgee")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "Page not found" in response.text
    assert 'href="/exercise/glute-bridge"' in response.text


def test_home_links_to_the_planner_and_it_is_not_a_dead_page(client: TestClient) -> None:
    assert 'href="/plan"' in client.get("/").text
    assert client.get("/plan").status_code == 200


def test_every_internal_link_on_key_pages_resolves(client: TestClient) -> None:
    seen: set[str] = set()
    for path in ("/", "/exercises", "/exercises/legs", "/exercise/reverse-hyperextension"):
        for link in parse(client.get(path).text).links:
            if link.startswith("/") and link not in seen:
                seen.add(link)
                assert client.get(link).status_code == 200, link
