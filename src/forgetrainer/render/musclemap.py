"""The muscle map: a front and a back view of a body, drawn as SVG, with the target muscle
filled strongly and the secondary muscles lightly.

Shapes are drawn for the figure's left half and mirrored, so both sides always match. Every
muscle of the vocabulary has at least one shape in one of the two views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from html import escape

from forgetrainer.taxonomy import Muscle

__all__ = ["BACK", "FRONT", "heat_map_svg", "muscle_levels", "muscle_map_svg"]

TARGET_FILL = "#c2410c"
SECONDARY_FILL = "#fdba8c"
REST_FILL = "#e5e7eb"
OUTLINE_FILL = "#f3f4f6"
STROKE = "#9ca3af"

# Muscle slug -> SVG path data of the figure's left half (viewer's left), in a 200 x 440 box.
FRONT: Mapping[str, tuple[str, ...]] = {
    "neck": ("M91,46 L99,47 L99,62 L89,60 Z",),
    "traps": ("M89,56 L74,66 L89,64 Z",),
    "side-delts": ("M60,66 Q50,74 51,90 L56,88 Q56,74 64,68 Z",),
    "front-delts": ("M64,66 Q55,76 56,89 Q63,93 69,88 Q71,76 78,68 Q71,63 64,66 Z",),
    "chest": ("M78,72 L99,74 L99,106 Q86,112 73,104 Q68,92 70,82 Z",),
    "upper-chest": ("M79,64 L99,66 L99,76 L77,73 Q76,68 79,64 Z",),
    "serratus": ("M70,104 L76,108 L75,124 L69,116 Z",),
    "abs": ("M89,110 L99,110 L99,164 L91,164 Q87,136 89,110 Z",),
    "obliques": ("M73,108 L87,112 Q84,138 89,166 L77,164 Q70,136 73,108 Z",),
    "biceps": ("M57,92 Q50,110 53,128 L64,128 Q68,110 67,92 Z",),
    "brachialis": ("M51,112 L54,128 L50,130 L48,120 Z",),
    "forearms": ("M49,132 L64,132 Q62,158 58,180 L47,180 Q44,156 49,132 Z",),
    "hip-flexors": ("M81,166 L97,168 L93,182 L83,178 Z",),
    "abductors": ("M70,160 L79,166 L75,194 L68,182 Z",),
    "quads": ("M75,176 Q69,214 78,256 L95,256 Q100,216 94,182 Z",),
    "adductors": ("M94,182 L99,184 L99,232 L96,238 Q98,206 94,182 Z",),
    "tibialis": ("M80,270 Q77,300 82,330 L88,330 Q89,298 87,270 Z",),
    "calves": ("M87,270 Q96,292 92,326 L88,330 Q89,298 87,270 Z",),
}
BACK: Mapping[str, tuple[str, ...]] = {
    "neck": ("M91,46 L99,47 L99,58 L90,58 Z",),
    "traps": ("M90,56 L99,58 L99,112 L88,96 L72,68 Z",),
    "side-delts": ("M60,66 Q50,74 51,90 L56,88 Q56,74 64,68 Z",),
    "rear-delts": ("M64,66 Q55,76 56,89 Q64,92 70,86 Q72,74 72,68 Z",),
    "rotator-cuff": ("M73,72 L86,80 L84,94 L72,90 Z",),
    "upper-back": ("M86,80 L97,86 L97,110 L88,98 Z",),
    "lats": ("M72,92 L86,100 L97,114 L97,146 Q84,140 76,130 Q70,112 72,92 Z",),
    "lower-back": ("M89,132 L99,134 L99,166 L88,166 Q86,148 89,132 Z",),
    "obliques": ("M74,132 L86,144 L86,166 L76,164 Q72,148 74,132 Z",),
    "triceps": ("M56,90 Q50,110 53,128 L64,128 Q68,110 68,90 Z",),
    "forearms": ("M49,132 L64,132 Q62,158 58,180 L47,180 Q44,156 49,132 Z",),
    "abductors": ("M72,166 L86,168 L84,182 L70,184 Z",),
    "glutes": ("M71,182 L86,168 L99,172 L99,212 Q84,218 73,208 Q69,196 71,182 Z",),
    "hamstrings": ("M74,214 Q70,240 78,262 L96,262 Q100,238 97,216 Q84,220 74,214 Z",),
    "adductors": ("M97,216 L99,218 L99,248 L97,250 Z",),
    "calves": ("M78,272 Q72,292 80,318 L95,318 Q99,292 94,272 Z",),
}
# Body parts drawn for context only (head, hands, knees, feet), per view.
_SILHOUETTE = (
    "M100,47 L90,47 L88,57 Q70,59 60,65 Q48,73 49,92 L47,130 L44,180 L46,198 L56,200 L60,180 "
    "L66,132 L69,100 L71,112 Q70,140 72,166 Q66,186 70,212 Q70,240 76,260 L78,272 Q72,300 80,330 "
    "L76,352 L95,352 L94,330 Q99,300 96,272 L97,256 Q100,230 99,190 L100,186 Z",
    "M100,4 C88,4 82,14 83,28 C84,40 90,46 100,47 Z",
    "M47,180 L58,180 Q58,192 52,198 Q44,194 47,180 Z",
    "M77,256 L96,256 L95,272 L79,272 Z",
    "M82,330 L93,330 L95,350 L76,352 Z",
)
_HEART = "M100,84 C100,78 92,76 92,83 C92,89 100,94 100,97 C100,94 108,89 108,83 C108,76 100,78 100,84 Z"
_MIRROR = "matrix(-1 0 0 1 200 0)"


def muscle_levels(target: Muscle, secondary: Iterable[Muscle]) -> dict[str, str]:
    """Muscle slug -> 'target' or 'secondary'."""
    levels = {muscle.slug: "secondary" for muscle in secondary}
    levels[target.slug] = "target"
    return levels


def _fill(level: str | None) -> str:
    return {"target": TARGET_FILL, "secondary": SECONDARY_FILL}.get(level or "", REST_FILL)


def _view(
    shapes: Mapping[str, tuple[str, ...]],
    paint: Callable[[str], tuple[str, str | None]],
    names: Mapping[str, str],
) -> str:
    """One view, both halves. `paint(slug)` gives a muscle's fill and a word for its state."""
    parts = [f'<path d="{d}" fill="{OUTLINE_FILL}" stroke="{STROKE}" stroke-width="0.8"/>' for d in _SILHOUETTE]
    for slug, paths in shapes.items():
        fill, state = paint(slug)
        title = escape(names.get(slug, slug.replace("-", " ").title()))
        label = f"{title} ({state})" if state else title
        level_attribute = f' data-level="{state}"' if state else ""
        for d in paths:
            parts.append(
                f'<path d="{d}" fill="{fill}" stroke="{STROKE}" stroke-width="0.8" '
                f'data-muscle="{slug}"{level_attribute}><title>{label}</title></path>'
            )
    half = "".join(parts)
    return f'<g>{half}</g><g transform="{_MIRROR}">{half}</g>'


def _figure(label: str, front: str, back: str, extra: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 420 370" role="img" '
        f'aria-label="{escape(label)}" class="muscle-map">'
        f"<title>{escape(label)}</title>"
        f'<g class="front">{front}{extra}'
        '<text x="100" y="366" text-anchor="middle" font-size="13" fill="#4b5563">Front</text></g>'
        f'<g class="back" transform="translate(220 0)">{back}'
        '<text x="100" y="366" text-anchor="middle" font-size="13" fill="#4b5563">Back</text></g>'
        "</svg>"
    )


def muscle_map_svg(
    levels: Mapping[str, str], names: Mapping[str, str] | None = None, *, label: str = "Muscle map"
) -> str:
    """An accessible inline SVG with both views; `levels` maps muscle slugs to target/secondary."""
    names = names or {}

    def paint(slug: str) -> tuple[str, str | None]:
        level = levels.get(slug)
        return _fill(level), level

    heart = ""
    if "cardiovascular" in levels:
        heart = (
            f'<path d="{_HEART}" fill="{_fill(levels["cardiovascular"])}" stroke="{STROKE}" '
            f'data-muscle="cardiovascular" data-level="{levels["cardiovascular"]}">'
            "<title>Cardiovascular</title></path>"
        )
    return _figure(label, _view(FRONT, paint, names), _view(BACK, paint, names), heart)


def _mix(share: float) -> str:
    """From the neutral grey (fresh) to a deep red (just trained hard)."""
    start, end = (0xE5, 0xE7, 0xEB), (0xB9, 0x1C, 0x1C)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(start, end, strict=True))


def heat_map_svg(fatigue: Mapping[str, float], names: Mapping[str, str] | None = None, *, label: str) -> str:
    """The body map coloured by recovery: `fatigue` maps muscle slugs to 0 (fresh) .. 1 (tired)."""
    names = names or {}

    def paint(slug: str) -> tuple[str, str | None]:
        share = max(0.0, min(1.0, fatigue.get(slug, 0.0)))
        state = "fresh" if share < 0.15 else "recovering" if share < 0.5 else "tired"
        return _mix(share), state

    return _figure(label, _view(FRONT, paint, names), _view(BACK, paint, names))
