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

from forgetrainer.catalog import Catalog, Filters
from forgetrainer.exercise import Exercise
from forgetrainer.search.filtering import FacetIndex, Facts, involves, targets
from forgetrainer.search.lexicon import STOP_WORDS
from forgetrainer.search.query import LEXICON_WORDS, ParsedQuery, parse_query
from forgetrainer.search.text import clean_query, raw_tokens, tokens
from forgetrainer.taxonomy import normalize_key

__all__ = ["Hit", "SearchIndex", "SearchResult"]

EXACT = 1000.0
# With this many exercises holding every word of a query, partial matches are left out.
ALL_WORDS_ENOUGH = 3
MIN_TEXT_SCORE = 30.0


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
    known: frozenset[str]  # words and joined words together

    def covers(self, word: str) -> bool:
        return word in self.known


def _label(text: str, is_name: bool) -> _Label:
    words = tuple(tokens(text))
    joined = {a + b for a, b in zip(words, words[1:], strict=False) if a not in STOP_WORDS and b not in STOP_WORDS}
    joined.add("".join(words))
    return _Label(text, words, frozenset(joined), is_name, frozenset(words) | joined)


class SearchIndex:
    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._exercises: tuple[Exercise, ...] = catalog.exercises
        self._facts = [Facts.of(exercise) for exercise in self._exercises]
        self._facets = FacetIndex(self._facts)
        self._popularity_reason = [f"popularity {e.popularity}" for e in self._exercises]
        self._target_reason = [f"targets the {e.target.name.lower()}" for e in self._exercises]
        self._base_score = [1.5 * e.popularity for e in self._exercises]
        self._base_reasons = [(reason,) for reason in self._popularity_reason]
        self._labels: list[tuple[_Label, ...]] = []
        self._words: list[frozenset[str]] = []
        self._postings: dict[str, set[int]] = {}
        self._exact: dict[str, set[int]] = {}
        completions: list[tuple[str, int, bool]] = []
        for index, exercise in enumerate(self._exercises):
            labels = (_label(exercise.name, True), *(_label(alias, False) for alias in exercise.aliases))
            self._labels.append(labels)
            self._words.append(frozenset(w for label in labels for w in (*label.words, *label.joined)))
            for label in labels:
                for word in (*label.words, *label.joined):
                    self._postings.setdefault(word, set()).add(index)
                self._exact.setdefault("".join(label.words), set()).add(index)
                parts = normalize_key(label.text).split(" ")
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
        """The closest known word; ties go to the word in more exercise names."""
        if len(word) < 4 or word.isdigit():
            return None
        cutoff = 75 if len(word) <= 5 else 74
        matches = process.extract(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        if not matches:
            return None
        best = max(matches, key=lambda m: (round(m[1]), len(self._postings.get(m[0], ())), -len(m[0])))
        return str(best[0])

    def parse(self, query: str) -> ParsedQuery:
        return parse_query(query, tokens(query), raw_tokens(query), self._correct, self._postings.__contains__)

    # -- scoring ---------------------------------------------------------------------------

    def _text_score(self, index: int, parsed: ParsedQuery, weights: list[tuple[str, float]]) -> tuple[float, str]:
        total = sum(weight for _, weight in weights) or 1.0
        hint_share = 5.0 / max(len(parsed.hints), 1)
        best: float = 0.0
        best_label: _Label | None = None
        best_matched: tuple[str, ...] = ()
        for label in self._labels[index]:
            known = label.known
            matched = tuple(term for term, _ in weights if term in known)
            weight = sum(w for term, w in weights if term in known) / total
            coverage = min(len(matched) / len(label.words), 1.0) if label.words else 0.0
            hints = sum(1 for hint in parsed.hints if hint in known)
            score = 60.0 * weight + 15.0 * coverage + hint_share * hints
            if score > best:
                best, best_label, best_matched = score, label, matched
        if best_label is None:
            return 0.0, ""
        kind = "name" if best_label.is_name else "alias"
        return best, f"{kind} '{best_label.text}' matches {', '.join(best_matched) or 'the filters'}"

    def _rank(self, parsed: ParsedQuery, pool: Iterable[int], exact: dict[int, str], use_terms: bool) -> list[Hit]:
        if not exact and not parsed.hints and not parsed.muscles and not (use_terms and parsed.terms):
            # Nothing but filters: the catalog's own order (popularity, then name) is the ranking.
            return [Hit(self._exercises[i], self._base_score[i], self._base_reasons[i]) for i in sorted(pool)]
        hits = []
        weights = [(term, self._idf.get(term, 1.0)) for term in parsed.terms]
        for index in pool:
            exercise = self._exercises[index]
            facts = self._facts[index]
            reasons: list[str] = []
            score = 0.0
            if index in exact:
                score += EXACT
                reasons.append(exact[index])
            elif use_terms and parsed.terms:
                text_score, reason = self._text_score(index, parsed, weights)
                if text_score < MIN_TEXT_SCORE:
                    continue
                score += text_score
                reasons.append(reason)
            elif parsed.hints:
                score += 5.0 * sum(hint in self._words[index] for hint in parsed.hints)
            if parsed.muscles:
                if targets(facts, parsed.muscles):
                    score += 12.0
                    reasons.append(self._target_reason[index])
                elif involves(facts, parsed.muscles):
                    score += 4.0
                    reasons.append("works the muscle as a secondary mover")
            score += 1.5 * exercise.popularity
            reasons.append(self._popularity_reason[index])
            hits.append(Hit(exercise, round(score, 2), tuple(reasons)))
        hits.sort(key=lambda hit: (-hit.score, -hit.exercise.popularity, hit.exercise.name))
        return hits

    def _candidates(self, terms: tuple[str, ...]) -> set[int]:
        """Exercises with any of the words; only those with all of them when there are enough."""
        found: set[int] = set()
        for term in terms:
            found |= self._postings.get(term, set())
        joined = set()
        for first, second in zip(terms, terms[1:], strict=False):
            joined |= self._postings.get(first + second, set())
        if len(terms) > 1:
            everything = set.intersection(*(self._postings.get(term, set()) for term in terms)) | joined
            if len(everything) >= ALL_WORDS_ENOUGH:
                return everything
        return found | joined

    def _exact_matches(self, text: str, parsed: ParsedQuery) -> dict[int, str]:
        """Exercises one whole name or alias of which is the query (typos corrected), with the
        reason naming that label."""
        words = [parsed.corrections.get(word, word) for word in tokens(text)]
        keys = {"".join(word for word in words if word not in STOP_WORDS), "".join(words)}
        found: dict[int, str] = {}
        for key in keys:
            for index in self._exact.get(key, ()):
                label = next(lb for lb in self._labels[index] if "".join(lb.words) in keys)
                found[index] = f"exact {'name' if label.is_name else 'alias'} match: '{label.text}'"
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

        def allowed(index: int) -> bool:
            return filters is None or filters.accepts(self._exercises[index])

        # A whole name or alias wins even where its words also read as filters ("... stretch").
        exact = {i: why for i, why in self._exact_matches(text, parsed).items() if allowed(i)} if text.strip() else {}
        subject = not parsed.terms
        matching = self._facets.matching(parsed, subject=subject)
        if parsed.terms:
            candidates = self._candidates(parsed.terms)
            pool = candidates & matching
            if parsed.muscles:
                # Muscle words inside a name ("wide grip pull-up") must not filter that name out.
                words = (*parsed.terms, *parsed.muscle_words)
                loose = candidates & self._facets.matching(parsed, subject=False, muscles=False)
                pool |= {i for i in loose if any(all(label.covers(w) for w in words) for label in self._labels[i])}
        else:
            pool = matching
        pool = {i for i in pool if allowed(i)} | set(exact)
        hits = self._rank(parsed, pool, exact, use_terms=True)
        if not hits and parsed.terms and parsed.has_filters:
            # Words that name nothing with these filters: show what the filters alone find.
            pool = {i for i in self._facets.matching(parsed, subject=True) if allowed(i)}
            hits = self._rank(parsed, pool, exact, use_terms=False)
            if hits:
                notes.append(
                    f"No exercise name matches '{' '.join(parsed.terms)}' with these filters; showing what the "
                    "filters alone find."
                )
        if not hits and subject and parsed.muscles:
            pool = {i for i in self._facets.matching(parsed, subject=False) if allowed(i)}
            hits = self._rank(parsed, pool, exact, use_terms=False)
            if hits:
                notes.append("No exercise targets that muscle with these filters; these work it as a helper.")
        if not text.strip() or (not parsed.terms and not parsed.hints and not parsed.has_filters and not exact):
            notes.append(
                "Type an exercise, a muscle or what you have to train with, for example "
                "'glutes with dumbbells for beginners'. Showing the most popular exercises."
            )
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
