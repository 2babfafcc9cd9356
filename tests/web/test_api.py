"""The JSON API: filters, errors as JSON with allowed values, neighbours, search, suggest."""

from __future__ import annotations

from starlette.testclient import TestClient

from forgetrainer.catalog import default_catalog


def test_list_exercises_shape_and_paging(client: TestClient) -> None:
    body = client.get("/api/v1/exercises", params={"limit": 1, "offset": 0}).json()
    assert set(body) == {"total", "limit", "offset", "exercises"}
    assert body["total"] == len(default_catalog())
    assert len(body["exercises"]) == 1


def test_filters_accept_names_slugs_and_groups(client: TestClient) -> None:
    body = client.get("/api/v1/exercises", params={"muscle": "glutes", "equipment": "Machine"}).json()
    assert body["total"] >= 1
    assert all(e["target_group"] == "Glutes" and e["equipment"] == "Machine" for e in body["exercises"])


def test_unknown_filter_value_is_a_400_naming_the_allowed_values(client: TestClient) -> None:
    response = client.get("/api/v1/exercises", params={"difficulty": "legendary"})
    assert response.status_code == 400
    body = response.json()
    assert body["field"] == "difficulty"
    assert body["allowed"] == ["Beginner", "Intermediate", "Advanced"]
    assert "unknown difficulty 'legendary'" in body["detail"]


def test_bad_paging_is_a_422_with_a_message(client: TestClient) -> None:
    response = client.get("/api/v1/exercises", params={"limit": "lots"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("limit:")


def test_one_exercise_and_its_neighbours(client: TestClient) -> None:
    exercise = client.get("/api/v1/exercises/reverse-hyperextension").json()
    assert exercise["target"] == "Glutes"
    easier = client.get("/api/v1/exercises/reverse-hyperextension/easier").json()
    assert "glute-bridge" in [e["slug"] for e in easier]
    harder = client.get("/api/v1/exercises/glute-bridge/harder").json()
    assert "reverse-hyperextension" in [e["slug"] for e in harder]
    assert len(client.get("/api/v1/exercises/glute-bridge/related").json()) <= 6


def test_alternatives_respect_the_equipment_given(client: TestClient) -> None:
    alternatives = client.get(
        "/api/v1/exercises/reverse-hyperextension/alternatives", params={"equipment": "body weight"}
    ).json()
    assert alternatives and all(e["equipment"] == "Body Weight" and not e["requires"] for e in alternatives)
    bad = client.get("/api/v1/exercises/reverse-hyperextension/alternatives", params={"equipment": "spaceship"})
    assert bad.status_code == 400 and bad.json()["field"] == "equipment"


def test_unknown_exercise_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/v1/exercises/no-such-thing")
    assert response.status_code == 404
    assert response.json()["detail"].startswith("no exercise 'no-such-thing'")


def test_vocabulary_lists_carry_counts(client: TestClient) -> None:
    parts = client.get("/api/v1/body-parts").json()
    assert [p["name"] for p in parts] == [
        "Legs",
        "Arms",
        "Back",
        "Core",
        "Shoulders",
        "Chest",
        "Cardio",
        "Neck",
    ]
    assert sum(p["count"] for p in parts) == len(default_catalog())
    muscles = client.get("/api/v1/muscles").json()
    assert {"slug": "side-delts", "name": "Side Delts"}.items() <= muscles[3].items()
    assert muscles[3]["group"] == "Shoulders"


def test_search_and_suggest(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "revrse hyper", "explain": "true"}).json()
    assert body["results"][0]["exercise"]["slug"] == "reverse-hyperextension"
    assert body["results"][0]["reasons"]
    assert body["parsed"]["corrections"] == {"revrse": "reverse"}
    suggest = client.get("/api/v1/suggest", params={"q": "glu"}).json()
    assert suggest["suggestions"][0]["slug"] == "glute-bridge"


def test_hostile_input_never_causes_a_server_error(client: TestClient) -> None:
    for params in ({"q": "x" * 1000}, {"q": "\x00\x01\x02"}, {"q": "the and for"}, {"q": ""}):
        assert client.get("/api/v1/search", params=params).status_code == 200
    assert client.get("/api/v1/search", params={"q": "x" * 1001}).status_code == 422
    assert client.get("/api/v1/exercises/%00").status_code == 404
    assert client.get("/search", params={"q": "\x00" * 50, "equipment": "zzz"}).status_code == 200


def test_openapi_and_reference_are_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/v1/exercises" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "GET /api/v1/exercises" in docs.text
    assert "<script" not in docs.text.split("</head>")[1]


def test_read_only_answers_are_cached_with_etags(client: TestClient) -> None:
    first = client.get("/api/v1/exercises/glute-bridge")
    again = client.get("/api/v1/exercises/glute-bridge")
    assert first.content == again.content
    etag = again.headers["etag"]
    assert client.get("/api/v1/exercises/glute-bridge", headers={"if-none-match": etag}).status_code == 304
    missing = client.get("/api/v1/exercises/not-there")
    assert missing.status_code == 404 and "etag" not in missing.headers
