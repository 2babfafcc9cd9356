"""ExerciseDB-compatible routes map our vocabulary to theirs."""

from __future__ import annotations

from starlette.testclient import TestClient


def test_exercise_in_exercisedb_shape(client: TestClient) -> None:
    item = client.get("/api/v1/exercisedb/exercises/exercise/reverse-hyperextension").json()
    assert item == {
        "id": "reverse-hyperextension",
        "name": "reverse hyperextension",
        "bodyPart": "upper legs",
        "equipment": "leverage machine",
        "target": "glutes",
        "secondaryMuscles": ["hamstrings", "lower back"],
        "instructions": item["instructions"],
        "gifUrl": None,
    }
    assert len(item["instructions"]) >= 4


def test_lists_and_lookups(client: TestClient) -> None:
    assert "upper legs" in client.get("/api/v1/exercisedb/exercises/bodyPartList").json()
    assert "glutes" in client.get("/api/v1/exercisedb/exercises/targetList").json()
    assert "leverage machine" in client.get("/api/v1/exercisedb/exercises/equipmentList").json()
    by_part = client.get("/api/v1/exercisedb/exercises/bodyPart/upper legs", params={"limit": 100}).json()
    assert {e["bodyPart"] for e in by_part} == {"upper legs"}
    by_target = client.get("/api/v1/exercisedb/exercises/target/glutes").json()
    assert {e["target"] for e in by_target} == {"glutes"}
    by_name = client.get("/api/v1/exercisedb/exercises/name/bridge").json()
    assert "glute-bridge" in [e["id"] for e in by_name]


def test_unknown_values_are_404_with_allowed_values(client: TestClient) -> None:
    response = client.get("/api/v1/exercisedb/exercises/bodyPart/wings")
    assert response.status_code == 404
    assert "upper legs" in response.json()["allowed"]
    assert client.get("/api/v1/exercisedb/exercises/exercise/nope").status_code == 404
