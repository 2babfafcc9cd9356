from __future__ import annotations

from forgetrainer.catalog import default_catalog
from forgetrainer.exercise import slugify


def test_slugify_follows_the_content_guide() -> None:
    assert slugify("Farmer's Walk") == "farmers-walk"
    assert slugify("Push-up") == "push-up"
    assert slugify("Clean & Jerk") == "clean-and-jerk"
    assert slugify("  90/90 Hip Switch ") == "90-90-hip-switch"
    assert slugify("Café Squat") == "cafe-squat"


def test_the_exercise_json_object_has_the_documented_shape() -> None:
    data = default_catalog()["reverse-hyperextension"].to_dict()
    assert list(data) == [
        "slug",
        "name",
        "aliases",
        "body_part",
        "equipment",
        "requires",
        "target",
        "target_group",
        "secondary",
        "difficulty",
        "category",
        "mechanic",
        "force",
        "pattern",
        "laterality",
        "tracking",
        "popularity",
        "joint_stress",
        "summary",
        "steps",
        "tips",
        "mistakes",
        "faq",
        "easier",
        "harder",
    ]
    assert data["body_part"] == "Legs"
    assert data["equipment"] == "Machine"
    assert data["target"] == "Glutes"
    assert data["target_group"] == "Glutes"
    assert data["secondary"] == ["Hamstrings", "Lower Back"]
    assert data["mechanic"] == "Compound"
    assert data["joint_stress"]["lower-back"] == "Low"
    assert set(data["joint_stress"]) == {
        "lower-back",
        "knee",
        "shoulder",
        "elbow",
        "wrist",
        "hip",
        "ankle",
        "neck",
    }
    assert all(set(item) == {"question", "answer"} for item in data["faq"])
    assert "glute-bridge" in data["easier"]
