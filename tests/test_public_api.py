from __future__ import annotations

import forgetrainer


def test_the_public_api_is_exactly_the_intended_names() -> None:
    assert sorted(forgetrainer.__all__) == sorted(
        [
            "Catalog",
            "CatalogError",
            "Exercise",
            "ExercisePage",
            "Faq",
            "Filters",
            "Problem",
            "UnknownTermError",
            "__version__",
            "default_catalog",
            "exercise_markdown",
            "exercise_page",
            "load_catalog",
            "slugify",
            "validate_path",
        ]
    )
    for name in forgetrainer.__all__:
        assert hasattr(forgetrainer, name), name


def test_the_python_api_reads_like_the_cli() -> None:
    catalog = forgetrainer.default_catalog()
    bridge = catalog.lookup("hip bridge")
    assert bridge is not None and bridge.slug == "glute-bridge"
    markdown = forgetrainer.exercise_markdown(forgetrainer.exercise_page(bridge, catalog))
    assert markdown.startswith("# Glute Bridge\n")
