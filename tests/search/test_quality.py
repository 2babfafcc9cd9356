"""The core of the labelled query set: what the search must always get right."""

from __future__ import annotations

from pathlib import Path

import pytest

from forgetrainer.catalog import default_catalog
from forgetrainer.search import SearchIndex, search_index
from forgetrainer.search.evaluate import LabelledQuery, judge, load_queries, satisfies, unknown_slugs

QUERIES = load_queries(Path(__file__).parent / "queries.yaml")
CORE = [query for query in QUERIES if query.core]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return search_index(default_catalog())


def test_the_labelled_set_is_large_and_names_real_exercises() -> None:
    assert len(QUERIES) >= 150
    assert len(CORE) >= 50
    assert unknown_slugs(default_catalog(), QUERIES) == []
    assert {query.kind for query in QUERIES} == {"name", "typo", "alias", "muscle", "filter", "mixed"}


@pytest.mark.parametrize("labelled", CORE, ids=[query.query for query in CORE])
def test_core_query(index: SearchIndex, labelled: LabelledQuery) -> None:
    judged = judge(index, labelled)
    if labelled.expect:
        assert judged.rank is not None and judged.rank <= 3, judged.top
    if labelled.filters:
        assert judged.top, "no result"
        assert judged.broken == (), judged.broken


def test_satisfies_checks_each_constraint() -> None:
    catalog = default_catalog()
    bridge = catalog["glute-bridge"]
    assert satisfies(bridge, {"no_equipment": True, "target_group": ["glutes"], "difficulty": "beginner"})
    assert not satisfies(bridge, {"equipment": ["dumbbell"]})
    with pytest.raises(ValueError, match="unknown constraint 'colour'"):
        satisfies(bridge, {"colour": "red"})
