"""The static export: every page and twin as files, with links that resolve inside the tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from forgetrainer.catalog import default_catalog
from forgetrainer.export import build_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "site"
    build_site(default_catalog(), folder, base_url="https://forge.test")
    return folder


def test_pages_twins_and_extras_are_written(site: Path) -> None:
    for relative in (
        "index.html",
        "index.md",
        "index.json",
        "exercises/index.html",
        "exercises/legs/index.html",
        "exercises/legs.md",
        "exercise/glute-bridge/index.html",
        "exercise/glute-bridge.md",
        "exercise/glute-bridge.json",
        "sitemap.xml",
        "robots.txt",
        "llms.txt",
        "404.html",
    ):
        assert (site / relative).is_file(), relative
    assert (site / "exercise/glute-bridge.md").read_text().startswith("# Glute Bridge\n")


def test_every_relative_link_resolves_to_a_file_in_the_tree(site: Path) -> None:
    checked = 0
    for page in site.rglob("index.html"):
        for href in re.findall(r'href="([^"#]+)"', page.read_text()):
            if href.startswith(("http://", "https://")):
                continue
            target = (page.parent / href.split("?", 1)[0]).resolve()
            assert target.is_file(), f"{page.relative_to(site)} -> {href}"
            checked += 1
    assert checked > 100


def test_exporting_again_replaces_the_folder(site: Path) -> None:
    stale = site / "stale.txt"
    stale.write_text("old")
    build_site(default_catalog(), site)
    assert not stale.exists()
    assert (site / "index.html").is_file()
