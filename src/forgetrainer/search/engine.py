"""The search index: built once per catalog, answering a query in well under a millisecond.

Ranking, in order of weight: an exact name or alias match; how much of the query the best
label (name or alias) covers, weighted by how rare each word is; the target muscle over a
secondary one; popularity. Every hit carries the reasons it matched.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from forgetrainer.catalog import Catalog, Filters, muscles_matching
from forgetrainer.exercise import Exercise
from forgetrainer.search.lexicon import HOME_EQUIPMENT, STOP_WORDS
from forgetrainer.search.query import LEXICON_WORDS, ParsedQuery, parse_query
from forgetrainer.search.text import clean_query, tokens
from forgetrainer.taxonomy import normalize_key

__all__ = ["Hit", "SearchIndex", "SearchResult"]

_GENTLE = frozenset({"none", "low"})


@dataclass(frozen=True, slots=True)
class Hit:
    exercise: Exercise
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    parsed: ParsedQuery
    hits: tuple[Hit, ...]
    suggestions: tuple[Exercise, ...]
    notes: tuple[str, ...]

    @property
    def exercises(self) -> list[Exercise]:
        return [hit.exercise for hit in self.hits]


@dataclass(frozen=True, slots=True)
class _Label:
    text: str
    words: tuple[str, ...]
    joined: frozenset[str]  # adjacent words written together: 'pull up' -> 'pullup'
    is_name: bool

    def covers(self, word: str) -> bool:
        return word in self.words or word in self.joined


def _label(text: str, is_name: bool) -> _Label:
    words = tuple(tokens(text))
    joined = {a + b for a, b in zip(words, words[1:], strict=False)}
    joined.add("".join(words))
    return _Label(text, words, frozenset(joined), is_name)


class SearchIndex:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._exercises: tuple[Exercise, ...] = catalog.exercises
        self._labels: list[tuple[_Label, ...]] = []
        self._postings: dict[str, set[int]] = {}
        completions: list[tuple[str, int, bool]] = []
        for index, exercise in enumerate(self._exercises):
            labels = (_label(exercise.name, True), *(_label(alias, False) for alias in exercise.aliases))
            self._labels.append(labels)
            for label in labels:
                for word in (*label.words, *label.joined):
                    self._postings.setdefault(word, set()).add(index)
                text = normalize_key(label.text)
                parts = text.split(" ")
                for start in range(len(parts)):
                    completions.append((" ".join(parts[start:]), index, label.is_name and start == 0))
        count = len(self._exercises)
        self._idf = {word: math.log(1 + count / len(found)) for word, found in self._postings.items()}
        self._vocabulary = sorted(set(self._postings) | LEXICON_WORDS | STOP_WORDS)
        completions.sort()
        self._completions = completions
        self._completion_keys = [key for key, _, _ in completions]
        self._label_texts = [(label.text, index) for index, labels in enumerate(self._labels) for label in labels]

    # -- reading the query ---------------------------------------------------------------

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one index per catalog, kept for the process
    def _correct(self, word: str) -> str | None:
        if len(word) < 4 or word.isdigit():
            return None
        cutoff = 80 if len(word) <= 5 else 75
        match = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        return str(match[0]) if match else None

    def parse(self, query: str) -> ParsedQuery:
        return parse_query(query, tokens(query), self._correct, self._postings.__contains__)

    # -- filtering -----------------------------------------------------------------------

    @staticmethod
    def _passes(exercise: Exercise, parsed: ParsedQuery, strict_subject: bool) -> bool:
        needed = {term.slug for term in exercise.equipment_needed}
        if parsed.equipment:
            wanted = set(parsed.equipment)
            if parsed.equipment_mode == "only":
                if exercise.equipment.slug not in wanted or not needed <= wanted | {"body-weight"}:
                    return False
            elif not needed & wanted:
                return False
        mode = parsed.equipment_mode
        if (
            (mode == "none" and needed != {"body-weight"})
            or (mode == "home" and not needed <= HOME_EQUIPMENT)
            or (mode == "bodyweight" and exercise.equipment.slug != "body-weight")
        ):
            return False
        if parsed.difficulty and exercise.difficulty.slug not in parsed.difficulty:
            return False
        if parsed.category and not any(_in_category(exercise, slug) for slug in parsed.category):
            return False
        if any(exercise.stress_on(joint) not in _GENTLE for joint in parsed.joints):
            return False
        if strict_subject:
            if parsed.body_part and exercise.body_part.slug not in parsed.body_part:
                return False
            if parsed.muscles and not _targets(exercise, parsed.muscles):
                return False
        return True

    # -- scoring ---------------------------------------------------------------------------

    def _text_score(self, index: int, parsed: ParsedQuery, sequence: tuple[str, ...]) -> tuple[float, str]:
        terms = parsed.terms
        total = sum(self._idf.get(term, 1.0) for term in terms) or 1.0
        best, reason = 0.0, ""
        for label in self._labels[index]:
            if sequence and (sequence == label.words or "".join(sequence) == "".join(label.words)):
                return 1000.0, f"exact {'name' if label.is_name else 'alias'} match '{label.text}'"
            matched = [term for term in terms if label.covers(term)]
            weight = sum(self._idf.get(term, 1.0) for term in matched) / total
            coverage = len(matched) / len(label.words) if label.words else 0.0
            hints = sum(1 for hint in parsed.hints if label.covers(hint))
            score = 60.0 * weight + 15.0 * min(coverage, 1.0) + 5.0 * hints / max(len(parsed.hints), 1)
            if score > best:
                best = score
                kind = "name" if label.is_name else "alias"
                reason = f"{kind} '{label.text}' matches {', '.join(matched) or 'the filters'}"
        return best, reason

    def _rank(self, parsed: ParsedQuery, pool: Iterable[int], sequence: tuple[str, ...]) -> list[Hit]:
        hits = []
        for index in pool:
            exercise = self._exercises[index]
            reasons: list[str] = []
            score = 0.0
            if parsed.terms:
                text_score, reason = self._text_score(index, parsed, sequence)
                if text_score < 30.0:
                    continue
                score += text_score
                reasons.append(reason)
            elif parsed.hints:
                score += 5.0 * sum(
                    1 for hint in parsed.hints if any(label.covers(hint) for label in self._labels[index])
                )
            if parsed.muscles:
                if _targets(exercise, parsed.muscles):
                    score += 12.0
                    reasons.append(f"targets {exercise.target.name.lower()}")
                elif any(_matches_muscle(muscle.slug, parsed.muscles) for muscle in exercise.secondary):
                    score += 4.0
                    reasons.append("works the muscle as a secondary mover")
            score += 1.5 * exercise.popularity
            reasons.append(f"popularity {exercise.popularity}")
            hits.append(Hit(exercise, round(score, 2), tuple(reasons)))
        hits.sort(key=lambda hit: (-hit.score, -hit.exercise.popularity, hit.exercise.name))
        return hits

    def _candidates(self, parsed: ParsedQuery) -> set[int]:
        found: set[int] = set()
        terms = parsed.terms
        for term in terms:
            found |= self._postings.get(term, set())
        for first, second in zip(terms, terms[1:], strict=False):
            found |= self._postings.get(first + second, set())
        return found

    # -- the public entry points -------------------------------------------------------------

    def search(self, query: str, filters: Filters | None = None) -> SearchResult:
        text, truncated = clean_query(query)
        notes: list[str] = []
        if truncated:
            notes.append(f"The query was cut to its first {len(text)} characters.")
        parsed = self.parse(text)
        if parsed.corrections:
            fixed = ", ".join(f"'{wrong}' as '{right}'" for wrong, right in parsed.corrections.items())
            notes.append(f"Read {fixed}.")
        sequence = tuple(word for word in tokens(text) if word not in STOP_WORDS)
        if parsed.corrections:
            sequence = tuple(part for word in sequence for part in parsed.corrections.get(word, word).split())
        allowed = [i for i, exercise in enumerate(self._exercises) if filters is None or filters.accepts(exercise)]
        subject_is_filter = not parsed.terms
        pool = [i for i in allowed if self._passes(self._exercises[i], parsed, subject_is_filter)]
        if parsed.terms:
            candidates = self._candidates(parsed)
            pool = [i for i in pool if i in candidates]
        elif parsed.muscles and not pool:
            relaxed = parsed_without_subject(parsed)
            pool = [
                i
                for i in allowed
                if self._passes(self._exercises[i], relaxed, True)
                and any(_matches_muscle(m.slug, parsed.muscles) for m in self._exercises[i].secondary)
            ]
            if pool:
                notes.append("No exercise targets that muscle with these filters; these work it secondarily.")
        if not text.strip() or (not parsed.terms and not parsed.hints and not parsed.has_filters):
            notes.append(
                "Type an exercise, a muscle or what you have to train with, for example "
                "'glutes with dumbbells for beginners'. Showing the most popular exercises."
            )
        hits = self._rank(parsed, pool, sequence)
        suggestions: tuple[Exercise, ...] = ()
        if not hits and text.strip():
            suggestions = self._did_you_mean(text)
            notes.append("Nothing matches every word and filter of this search.")
        return SearchResult(text, parsed, tuple(hits), suggestions, tuple(notes))

    def _did_you_mean(self, text: str, limit: int = 5) -> tuple[Exercise, ...]:
        matches = process.extract(
            text,
            [label for label, _ in self._label_texts],
            scorer=fuzz.WRatio,
            limit=limit * 3,
            score_cutoff=50,
        )
        seen: dict[str, Exercise] = {}
        for _, _, position in matches:
            exercise = self._exercises[self._label_texts[position][1]]
            seen.setdefault(exercise.slug, exercise)
        return tuple(list(seen.values())[:limit])

    def suggest(self, prefix: str, limit: int = 10) -> list[Exercise]:
        """Autocomplete: names and aliases that start with `prefix`, or have a word that does."""
        key = normalize_key(clean_query(prefix)[0])
        if not key:
            return []
        start = bisect.bisect_left(self._completion_keys, key)
        found: dict[int, tuple[bool, int, str]] = {}
        for position in range(start, len(self._completions)):
            label, index, is_name_start = self._completions[position]
            if not label.startswith(key):
                break
            exercise = self._exercises[index]
            rank = (not is_name_start, -exercise.popularity, exercise.name)
            if index not in found or rank < found[index]:
                found[index] = rank
        ordered = sorted(found, key=lambda index: found[index])
        return [self._exercises[index] for index in ordered[:limit]]


def parsed_without_subject(parsed: ParsedQuery) -> ParsedQuery:
    return ParsedQuery(
        text=parsed.text,
        equipment=parsed.equipment,
        equipment_mode=parsed.equipment_mode,
        difficulty=parsed.difficulty,
        category=parsed.category,
        body_part=parsed.body_part,
        joints=parsed.joints,
    )


def _in_category(exercise: Exercise, slug: str) -> bool:
    if slug == "cardio":
        return exercise.category.slug == "cardio" or exercise.body_part.slug == "cardio"
    return exercise.category.slug == slug


@functools.lru_cache(maxsize=256)
def _muscle_slugs(value: str) -> frozenset[str]:
    return frozenset(muscle.slug for muscle in muscles_matching(value))


def _matches_muscle(slug: str, wanted: tuple[str, ...]) -> bool:
    return any(slug in _muscle_slugs(value) for value in wanted)


def _targets(exercise: Exercise, wanted: tuple[str, ...]) -> bool:
    return _matches_muscle(exercise.target.slug, wanted)
