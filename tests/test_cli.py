"""The `forge` command, run in-process the way a person runs it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from forgetrainer.cli import app
from tests.factories import write_exercise

runner = CliRunner()


def test_validate_the_bundled_library() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.output
    assert "exercise files valid" in result.output


def test_validate_lists_every_problem_and_exits_1(tmp_path: Path) -> None:
    write_exercise(tmp_path, name="Lift One", aliases=["l1"], equipment="Dumbell")
    write_exercise(tmp_path, name="Lift Two", aliases=["l2"], target="Glutez")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "lift-one.yaml:5: equipment: unknown equipment 'Dumbell'" in result.output
    assert "lift-two.yaml:7: target: unknown muscle 'Glutez'" in result.output
    assert "2 problems found" in result.output


def test_show_markdown_prints_the_reference_page() -> None:
    result = runner.invoke(app, ["show", "reverse-hyperextension", "--format", "md", "--base-url", "https://x.test"])
    assert result.exit_code == 0
    assert result.output.startswith("# Reverse Hyperextension\n\n## Quick answer\n")
    assert "- [More Glutes Exercises](https://x.test/exercises/muscle/glutes)" in result.output


def test_show_json_and_text_and_lookup_by_alias() -> None:
    result = runner.invoke(app, ["show", "reverse hyper", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["slug"] == "reverse-hyperextension"
    text = runner.invoke(app, ["show", "glute-bridge"])
    assert "Glute Bridge" in text.output and "How to perform" in text.output


def test_show_unknown_exercise_suggests_close_slugs() -> None:
    result = runner.invoke(app, ["show", "glute-bridg"])
    assert result.exit_code == 1
    assert "no exercise 'glute-bridg'. Did you mean glute-bridge" in result.output


def test_list_filters_and_json_output() -> None:
    result = runner.invoke(app, ["list", "--muscle", "glutes", "--equipment", "machine", "--format", "json"])
    assert result.exit_code == 0
    found = json.loads(result.output)
    assert found and all(item["target_group"] == "Glutes" and item["equipment"] == "Machine" for item in found)
    assert "reverse-hyperextension" in [item["slug"] for item in found]


def test_list_with_an_unknown_value_explains_what_is_allowed() -> None:
    result = runner.invoke(app, ["list", "--equipment", "dumbel"])
    assert result.exit_code == 2
    assert "unknown equipment 'dumbel'. Did you mean 'Dumbbell'?" in result.output
    assert "Allowed: Body Weight, Dumbbell" in result.output


def test_export_prints_every_exercise() -> None:
    result = runner.invoke(app, ["export", "--format", "json"])
    exported = json.loads(result.output)
    stats = json.loads(runner.invoke(app, ["stats", "--format", "json"]).output)
    assert len(exported) == stats["total"]
    assert sum(stats["body_part"].values()) == stats["total"]


def test_search_command_text_json_and_explain() -> None:
    result = runner.invoke(app, ["search", "romainian", "dedlift", "--limit", "2", "--explain"])
    assert result.exit_code == 0
    assert "Read 'romainian' as 'romanian'" in result.output
    assert "Romanian Deadlift" in result.output
    data = json.loads(runner.invoke(app, ["search", "glutes with dumbbells for beginners", "-f", "json"]).output)
    assert data["parsed"]["equipment"] == ["dumbbell"]
    assert data["results"] and all(item["difficulty"] == "Beginner" for item in data["results"])
    assert all("score" in item for item in data["results"])


def test_plan_command_formats_and_errors(tmp_path: Path) -> None:
    flags = ["plan", "--goal", "strength", "--experience", "beginner", "--days", "3", "--minutes", "45"]
    result = runner.invoke(app, [*flags, "--equipment", "home dumbbells", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["split"] == "Full body three times"
    intake = tmp_path / "intake.yaml"
    intake.write_text(
        "goal: hypertrophy\nexperience: advanced\ndays_per_week: 4\nminutes_per_session: 60\nequipment: full gym\n"
    )
    markdown = runner.invoke(app, ["plan", "--intake", str(intake), "--format", "md"])
    assert markdown.output.startswith("# Your 5-week hypertrophy plan")
    assert (
        runner.invoke(app, ["plan", "--intake", str(intake), "--format", "ics", "--start", "2026-12-07"]).exit_code == 0
    )
    bad = runner.invoke(app, ["plan", "--goal", "huge", "--experience", "beginner", "--days", "9"])
    assert bad.exit_code == 2
    assert "goal: 'huge' is not one of" in bad.output
    assert "days_per_week: 9 is out of range; use 1 to 7" in bad.output
