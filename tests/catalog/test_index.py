"""Filters, ordering, related exercises and alternatives on a small catalog built in code."""

from __future__ import annotations

import pytest

from forgetrainer.catalog import Catalog, Filters, load_catalog
from forgetrainer.taxonomy import EQUIPMENT, UnknownTermError
from tests.factories import write_exercise


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    folder = tmp_path_factory.mktemp("content")
    write_exercise(
        folder,
        name="Band Pull Apart",
        aliases=["bpa"],
        body_part="Shoulders",
        equipment="Resistance Band",
        target="Rear Delts",
        secondary=["Upper Back"],
        popularity=3,
        pattern="horizontal-pull",
    )
    write_exercise(
        folder,
        name="Cable Face Pull",
        aliases=["cfp"],
        body_part="Shoulders",
        equipment="Cable",
        target="Rear Delts",
        secondary=["Upper Back", "Rotator Cuff"],
        popularity=4,
        pattern="horizontal-pull",
        difficulty="Intermediate",
    )
    write_exercise(
        folder,
        name="Dumbbell Lateral Raise",
        aliases=["dlr"],
        body_part="Shoulders",
        equipment="Dumbbell",
        target="Side Delts",
        secondary=[],
        popularity=5,
        pattern="isolation",
    )
    write_exercise(
        folder,
        name="Reverse Pec Deck",
        aliases=["rpd"],
        body_part="Shoulders",
        equipment="Machine",
        target="Rear Delts",
        secondary=["Upper Back"],
        popularity=3,
        pattern="isolation",
    )
    write_exercise(
        folder,
        name="Prone Y Raise",
        aliases=["pyr"],
        body_part="Shoulders",
        equipment="Dumbbell",
        requires=["Bench"],
        target="Rear Delts",
        popularity=2,
        pattern="isolation",
    )
    write_exercise(folder, name="Hip Lift", aliases=["hlift"], popularity=4)
    return load_catalog(folder, use_cache=False)


def slugs(exercises: object) -> list[str]:
    return [exercise.slug for exercise in exercises]  # type: ignore[attr-defined]


def test_lists_are_ordered_by_popularity_then_name(catalog: Catalog) -> None:
    assert slugs(catalog) == [
        "dumbbell-lateral-raise",
        "cable-face-pull",
        "hip-lift",
        "band-pull-apart",
        "reverse-pec-deck",
        "prone-y-raise",
    ]


def test_filters_accept_display_names_slugs_and_aliases(catalog: Catalog) -> None:
    assert slugs(catalog.filter(Filters.parse(equipment="db"))) == ["dumbbell-lateral-raise", "prone-y-raise"]
    assert slugs(catalog.filter(Filters.parse(equipment="resistance-band"))) == ["band-pull-apart"]
    assert slugs(catalog.filter(Filters.parse(body_part="LEGS"))) == ["hip-lift"]
    assert slugs(catalog.filter(Filters.parse(body_part="shoulders", difficulty="intermediate"))) == ["cable-face-pull"]


def test_a_muscle_filter_matches_the_muscle_or_its_display_group(catalog: Catalog) -> None:
    assert slugs(catalog.filter(Filters.parse(muscle="side delts"))) == ["dumbbell-lateral-raise"]
    assert len(catalog.filter(Filters.parse(muscle="Shoulders"))) == 5
    assert slugs(catalog.filter(Filters.parse(muscle="rear-delts", equipment="Machine"))) == ["reverse-pec-deck"]


def test_unknown_filter_values_raise_with_allowed_values(catalog: Catalog) -> None:
    with pytest.raises(UnknownTermError, match="unknown muscle 'bicepz'. Did you mean 'Biceps'"):
        Filters.parse(muscle="bicepz")
    with pytest.raises(UnknownTermError, match="Allowed: Legs, Arms, Back, Core, Shoulders, Chest, Cardio, Neck"):
        Filters.parse(body_part="wings")


def test_lookup_by_slug_name_or_alias(catalog: Catalog) -> None:
    assert catalog.lookup("Cable Face Pull") is catalog["cable-face-pull"]
    assert catalog.lookup("CFP") is catalog["cable-face-pull"]
    assert catalog.lookup("face pull") is None


def test_related_prefers_the_same_target(catalog: Catalog) -> None:
    related = catalog.related(catalog["band-pull-apart"], limit=3)
    assert all(exercise.target.slug == "rear-delts" for exercise in related)
    assert "band-pull-apart" not in slugs(related)


def test_alternatives_respect_the_equipment_at_hand(catalog: Catalog) -> None:
    face_pull = catalog["cable-face-pull"]
    assert slugs(catalog.alternatives(face_pull)) == ["band-pull-apart", "reverse-pec-deck", "prone-y-raise"]
    dumbbells_only = [EQUIPMENT.resolve("Dumbbell")]
    assert slugs(catalog.alternatives(face_pull, dumbbells_only)) == []
    with_bench = [EQUIPMENT.resolve("Dumbbell"), EQUIPMENT.resolve("Bench")]
    assert slugs(catalog.alternatives(face_pull, with_bench)) == ["prone-y-raise"]


def test_counts_per_facet(catalog: Catalog) -> None:
    assert catalog.counts("body_part") == {"Shoulders": 5, "Legs": 1}
    assert catalog.counts("target_group")["Shoulders"] == 5
