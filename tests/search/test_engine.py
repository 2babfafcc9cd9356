"""Reading queries, typo handling, explanations, suggestions and hostile input."""

from __future__ import annotations

import pytest

from forgetrainer.catalog import Filters, default_catalog
from forgetrainer.search import SearchIndex, search_index


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return search_index(default_catalog())


def test_plain_words_become_filters(index: SearchIndex) -> None:
    parsed = index.search("glute exercises with dumbbells for beginners").parsed
    assert parsed.equipment == ("dumbbell",)
    assert parsed.difficulty == ("beginner",)
    assert parsed.muscles == ("glutes",)
    assert parsed.terms == ()
    knees = index.search("knee friendly leg exercises").parsed
    assert knees.joints == ("knee",) and knees.body_part == ("legs",)
    assert index.search("no equipment").parsed.equipment_mode == "none"
    assert index.search("at home").parsed.equipment_mode == "home"


def test_typos_are_corrected_and_said(index: SearchIndex) -> None:
    result = index.search("romainian dedlift")
    assert result.parsed.corrections == {"romainian": "romanian", "dedlift": "deadlift"}
    assert "Read 'romainian' as 'romanian', 'dedlift' as 'deadlift'." in result.notes
    assert result.exercises[0].slug in ("barbell-romanian-deadlift", "dumbbell-romanian-deadlift")


def test_exact_names_rank_first_and_say_why(index: SearchIndex) -> None:
    result = index.search("World's Greatest Stretch")
    assert result.exercises[0].slug == "worlds-greatest-stretch"
    assert result.hits[0].reasons[0] == "exact name match: 'World's Greatest Stretch'"


def test_target_muscle_ranks_above_secondary(index: SearchIndex) -> None:
    hits = index.search("hamstrings").hits
    assert hits and all(hit.exercise.target.group == "hamstrings" for hit in hits)
    popularity = [hit.exercise.popularity for hit in hits]
    assert popularity == sorted(popularity, reverse=True)


def test_explicit_facets_combine_with_the_query(index: SearchIndex) -> None:
    result = index.search("curl", Filters.parse(equipment="cable"))
    assert result.exercises and all("cable" in {t.slug for t in e.equipment_needed} for e in result.exercises)


def test_did_you_mean_when_nothing_matches(index: SearchIndex) -> None:
    result = index.search("zzqx frobnicator")
    assert result.hits == ()
    assert "Nothing matches every word and filter of this search." in result.notes
    no_result_but_close = index.search("glute brige with machine")
    assert no_result_but_close.hits or no_result_but_close.suggestions


def test_autocomplete_prefers_names_that_start_with_the_prefix(index: SearchIndex) -> None:
    names = [exercise.name for exercise in index.suggest("barbell b", limit=5)]
    assert names and all(name.lower().startswith("barbell b") for name in names)
    assert index.suggest("curl")  # a word inside names
    assert index.suggest("") == []


@pytest.mark.parametrize("query", ["", "   ", "x" * 10_000, "\x00\x01\x07 bench", "the and for with", "!!!???"])
def test_hostile_input_gets_an_answer_not_an_exception(index: SearchIndex, query: str) -> None:
    result = index.search(query)
    assert result.notes or result.hits
    assert len(result.query) <= 200
