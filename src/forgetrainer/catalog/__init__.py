"""The exercise library: authored YAML content, its validation, and the Catalog index."""

from forgetrainer.catalog.index import Catalog, Filters, muscles_matching, popularity_order
from forgetrainer.catalog.loader import CONTENT_DIR, default_catalog, load_catalog, validate_path
from forgetrainer.catalog.problems import CatalogError, Problem

__all__ = [
    "CONTENT_DIR",
    "Catalog",
    "CatalogError",
    "Filters",
    "Problem",
    "default_catalog",
    "load_catalog",
    "muscles_matching",
    "popularity_order",
    "validate_path",
]
