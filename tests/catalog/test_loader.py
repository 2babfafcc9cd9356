"""Loading a folder of exercises: cross-file checks, all-or-nothing loading, the compiled cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forgetrainer.catalog import CatalogError, load_catalog, validate_path
from forgetrainer.catalog.links import find_cycle
from tests.factories import write_exercise


def test_a_valid_folder_loads_with_links_completed_both_ways(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Easy Lift", aliases=["el"], harder=["hard-lift"])
    write_exercise(tmp_path, name="Hard Lift", aliases=["hl"])
    catalog = load_catalog(tmp_path, use_cache=False)
    assert [exercise.slug for exercise in catalog] == ["easy-lift", "hard-lift"]
    assert catalog["hard-lift"].easier == ("easy-lift",)
    assert catalog["easy-lift"].harder == ("hard-lift",)


def test_duplicate_alias_is_reported_in_both_files(tmp_path: Path) -> None:
    first = write_exercise(tmp_path, name="First Lift", aliases=["the lift"])
    second = write_exercise(tmp_path, name="Second Lift", aliases=["The Lift"])
    problems = validate_path(tmp_path)
    assert {(problem.path, problem.field) for problem in problems} == {
        (first, "aliases"),
        (second, "aliases"),
    }
    assert "'the lift' also names the exercise in second-lift.yaml" in str(problems[0])


def test_alias_equal_to_another_exercise_name_is_a_duplicate(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Push-up", aliases=["pushup"])
    write_exercise(tmp_path, name="Floor Press Up", aliases=["push up"])
    messages = [problem.message for problem in validate_path(tmp_path)]
    assert messages == [
        "'push up' also names the exercise in push-up.yaml",
        "'push up' also names the exercise in floor-press-up.yaml",
    ]


def test_dangling_link_names_the_missing_slug(tmp_path: Path) -> None:
    path = write_exercise(tmp_path, harder=["no-such-lift"])
    [problem] = validate_path(tmp_path)
    assert str(problem) == f"{path}:{problem.line}: harder: links to 'no-such-lift', which is not an exercise"
    assert problem.line is not None


def test_a_single_file_is_checked_against_its_siblings(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Hard Lift", aliases=["hl"])
    path = write_exercise(tmp_path, name="Easy Lift", aliases=["el"], harder=["hard-lift"])
    assert validate_path(path) == []


def test_cycles_are_found_through_easier_and_harder_links(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Lift A", aliases=["la"], harder=["lift-b"])
    write_exercise(tmp_path, name="Lift B", aliases=["lb"], harder=["lift-c"])
    write_exercise(tmp_path, name="Lift C", aliases=["lc"], easier=[], harder=[])
    assert validate_path(tmp_path) == []
    write_exercise(tmp_path, name="Lift C", aliases=["lc"], harder=["lift-a"])
    [problem] = validate_path(tmp_path)
    assert problem.message == "easier/harder links form a cycle: lift-a -> lift-b -> lift-c -> lift-a"


def test_find_cycle_on_plain_graphs() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}) is None


def test_the_catalog_never_loads_half(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Good Lift", aliases=["gl"])
    write_exercise(tmp_path, name="Bad Lift", aliases=["bl"], equipment="Dumbell")
    (tmp_path / "worse-lift.yaml").write_text("name: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        load_catalog(tmp_path, use_cache=False)
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith("2 problems in the exercise catalog:")


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="holds no .yaml exercise files"):
        load_catalog(tmp_path)
    with pytest.raises(CatalogError, match="is not a folder of exercise files"):
        load_catalog(tmp_path / "missing")
    assert [problem.message for problem in validate_path(tmp_path / "missing.yaml")] == ["does not exist"]


def test_the_compiled_cache_is_used_and_rebuilt_when_a_file_changes(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    path = write_exercise(content, name="Cached Lift", aliases=["cl"])
    assert load_catalog(content)["cached-lift"].popularity == 3
    cache_files = list(Path(os.environ["FORGE_CACHE_DIR"]).glob("catalog-*.json"))
    assert cache_files

    write_exercise(content, name="Cached Lift", aliases=["cl"], popularity=5)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert load_catalog(content)["cached-lift"].popularity == 5

    write_exercise(content, name="Cached Lift", aliases=["cl"], equipment="Dumbell")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    with pytest.raises(CatalogError):
        load_catalog(content)
