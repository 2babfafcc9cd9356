"""Search that understands gym language: names with typos, aliases, muscles, plain-word filters."""

from __future__ import annotations

import weakref

from forgetrainer.catalog import Catalog
from forgetrainer.search.engine import Hit, SearchIndex, SearchResult
from forgetrainer.search.query import ParsedQuery

__all__ = ["Hit", "ParsedQuery", "SearchIndex", "SearchResult", "search_index"]

_INDEXES: weakref.WeakKeyDictionary[Catalog, SearchIndex] = weakref.WeakKeyDictionary()


def search_index(catalog: Catalog) -> SearchIndex:
    """The index of a catalog, built on first use and kept as long as the catalog lives."""
    index = _INDEXES.get(catalog)
    if index is None:
        index = _INDEXES[catalog] = SearchIndex(catalog)
    return index
