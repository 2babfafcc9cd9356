"""Quality bars of the bundled library itself, beyond what the per-file validator checks."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from forgetrainer.catalog import CONTENT_DIR, Catalog, default_catalog, validate_path
from forgetrainer.exercise import Exercise

# Filler that fits any exercise and so teaches nothing about this one.
GENERIC_PHRASES = (
    "proper form",
    "desired number of",
    "recommended number of",
    "stay hydrated",
    "listen to your body",
    "this is a great exercise",
    "maintain good form",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


def sentences(exercise: Exercise) -> set[str]:
    """The exercise-specific sentences of a page, normalised for comparison."""
    texts = [*exercise.steps, *exercise.tips, *exercise.mistakes, *(item.answer for item in exercise.faq)]
    found = set()
    for text in texts:
        for sentence in _SENTENCE.split(text):
            normalised = re.sub(r"[^a-z0-9 ]", "", sentence.lower()).strip()
            if len(normalised.split()) >= 5:
                found.add(normalised)
    return found


def test_every_bundled_file_is_valid() -> None:
    assert [str(problem) for problem in validate_path(CONTENT_DIR)] == []


def test_no_sentence_is_repeated_across_exercises(catalog: Catalog) -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for exercise in catalog:
        for sentence in sentences(exercise):
            owners[sentence].append(exercise.slug)
    repeated = {sentence: slugs for sentence, slugs in owners.items() if len(slugs) > 1}
    assert repeated == {}


def test_no_generic_filler(catalog: Catalog) -> None:
    offenders = [
        f"{exercise.slug}: {phrase}"
        for exercise in catalog
        for text in (exercise.summary, *exercise.steps, *exercise.tips, *exercise.mistakes)
        for phrase in GENERIC_PHRASES
        if phrase in text.lower()
    ]
    assert offenders == []


def test_names_are_unique_ignoring_case(catalog: Catalog) -> None:
    names = [exercise.name.lower() for exercise in catalog]
    assert len(names) == len(set(names))


def test_stretches_and_holds_are_tracked_by_time(catalog: Catalog) -> None:
    wrong = [
        exercise.slug
        for exercise in catalog
        if exercise.category.slug == "stretching" and exercise.tracking.slug == "distance"
    ]
    assert wrong == []
