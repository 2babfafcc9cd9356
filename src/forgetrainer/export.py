"""Writing the whole public library as static files that any web server or CDN can host."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from forgetrainer.catalog import Catalog
from forgetrainer.render.site import Document, Site, static_file_for

__all__ = ["ExportReport", "build_site"]


@dataclass(frozen=True, slots=True)
class ExportReport:
    folder: Path
    pages: int
    files: int
    bytes: int


def _write(root: Path, relative: str, body: bytes) -> int:
    target = root / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)
    return len(body)


def _required(document: Document | None, path: str) -> Document:
    if document is None:
        raise RuntimeError(f"the site has no document at {path}")
    return document


def build_site(catalog: Catalog, folder: Path, *, base_url: str = "") -> ExportReport:
    """Render every page with its .md and .json twins, the assets, sitemap, robots and llms.txt.

    The site is written to a temporary folder beside `folder` and moved into place at the end,
    so a failed export never leaves half a site behind.
    """
    folder = folder.resolve()
    staging = folder.with_name(f".{folder.name}.building")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    site = Site(catalog, base_url=base_url, static=True)
    pages = files = size = 0
    try:
        for path in site.page_paths():
            view = site.view(path)
            if view is None:
                continue
            pages += 1
            for kind in ("html", "md", "json"):
                document = site.format(view, kind)
                relative = (
                    static_file_for(path)
                    if kind == "html"
                    else static_file_for(("/index" if path == "/" else path) + f".{kind}")
                )
                size += _write(staging, relative, document.body)
                files += 1
        for extra in ("/sitemap.xml", "/robots.txt", "/llms.txt", site.asset_path("site.css")):
            size += _write(staging, extra.lstrip("/"), _required(site.render(extra), extra).body)
            files += 1
        # A server shows 404.html at any depth, so its links are root-relative.
        size += _write(staging, "404.html", Site(catalog, base_url=base_url).not_found("/404").body)
        files += 1
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if folder.exists():
        shutil.rmtree(folder)
    os.replace(staging, folder)
    return ExportReport(folder, pages, files, size)
