"""Progress in pictures, as server-rendered SVG that reads without JavaScript: a line chart of
e1RM over time, bars of weekly sets against their target band, and a calendar of sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["bar_chart_svg", "calendar_svg", "line_chart_svg"]

INK = "#111827"
MUTED = "#6b7280"
ACCENT = "#c2410c"
BAND = "#dcfce7"
GRID = "#e5e7eb"


def _svg(width: int, height: int, label: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(label)}" class="chart"><title>{escape(label)}</title>{body}</svg>'
    )


def line_chart_svg(points: Sequence[tuple[dt.date, float]], *, label: str, unit: str = "kg") -> str:
    """Values over time; each point is labelled in its tooltip."""
    width, height, left, right, top, bottom = 640, 260, 56, 16, 16, 40
    if not points:
        return _svg(width, 80, label, f'<text x="10" y="40" fill="{MUTED}">Nothing logged yet.</text>')
    values = [value for _, value in points]
    low, high = min(values), max(values)
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.1
    low, high = low - pad, high + pad
    first, last = points[0][0], points[-1][0]
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return left + (width - left - right) * ((day - first).days / span if len(points) > 1 else 0.5)

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - (value - low) / (high - low))

    parts = []
    for step in range(5):
        value = low + (high - low) * step / 4
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="11" fill="{MUTED}">'
            f"{value:.0f}</text>"
        )
    parts.append(
        f'<text x="{left}" y="{height - 8}" font-size="11" fill="{MUTED}">{first:%d %b %Y}</text>'
        f'<text x="{width - right}" y="{height - 8}" text-anchor="end" font-size="11" fill="{MUTED}">'
        f"{last:%d %b %Y}</text>"
    )
    line = " ".join(f"{x(day):.1f},{y(value):.1f}" for day, value in points)
    parts.append(f'<polyline points="{line}" fill="none" stroke="{ACCENT}" stroke-width="2"/>')
    for day, value in points:
        parts.append(
            f'<circle cx="{x(day):.1f}" cy="{y(value):.1f}" r="3.5" fill="{ACCENT}">'
            f"<title>{day:%d %b %Y}: {value:g} {unit}</title></circle>"
        )
    return _svg(width, height, label, "".join(parts))


def bar_chart_svg(bars: Sequence[tuple[str, float, float | None, float | None]], *, label: str) -> str:
    """Horizontal bars (label, value, band low, band high); the band is shaded behind each bar."""
    width, row, left, right = 640, 26, 110, 40
    height = row * len(bars) + 30
    top = max((max(value, high or 0) for _, value, _, high in bars), default=1) or 1
    scale = (width - left - right) / (top * 1.1)
    parts = []
    for index, (name, value, low, high) in enumerate(bars):
        y = 10 + index * row
        if low is not None and high is not None:
            parts.append(
                f'<rect x="{left + low * scale:.1f}" y="{y}" width="{(high - low) * scale:.1f}" height="{row - 6}" '
                f'fill="{BAND}"><title>target {low:g}-{high:g}</title></rect>'
            )
        inside = low is None or high is None or low <= value <= high
        colour = ACCENT if inside else "#f59e0b"
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" font-size="12" fill="{INK}">{escape(name)}</text>'
            f'<rect x="{left}" y="{y + 5}" width="{value * scale:.1f}" height="{row - 16}" fill="{colour}">'
            f"<title>{escape(name)}: {value:g} sets</title></rect>"
            f'<text x="{left + value * scale + 4:.1f}" y="{y + 15}" font-size="11" fill="{MUTED}">{value:g}</text>'
        )
    return _svg(width, height, label, "".join(parts))


def calendar_svg(days: Iterable[dt.date], *, today: dt.date, weeks: int = 16) -> str:
    """A grid of the last `weeks` weeks, Monday to Sunday downward; trained days are filled."""
    trained = set(days)
    cell, gap, left, top = 14, 3, 30, 18
    start = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks - 1)
    parts = []
    for row, name in enumerate(("Mon", "", "Wed", "", "Fri", "", "Sun")):
        if name:
            parts.append(f'<text x="0" y="{top + row * (cell + gap) + 11}" font-size="10" fill="{MUTED}">{name}</text>')
    for column in range(weeks):
        monday = start + dt.timedelta(weeks=column)
        if monday.day <= 7:
            parts.append(
                f'<text x="{left + column * (cell + gap)}" y="11" font-size="10" fill="{MUTED}">{monday:%b}</text>'
            )
        for row in range(7):
            day = monday + dt.timedelta(days=row)
            if day > today:
                continue
            fill = ACCENT if day in trained else GRID
            state = "trained" if day in trained else "rest"
            parts.append(
                f'<rect x="{left + column * (cell + gap)}" y="{top + row * (cell + gap)}" width="{cell}" '
                f'height="{cell}" rx="2" fill="{fill}" data-day="{day.isoformat()}"><title>{day:%a %d %b}: '
                f"{state}</title></rect>"
            )
    width = left + weeks * (cell + gap)
    height = top + 7 * (cell + gap)
    return _svg(width, height, f"Training calendar: {len(trained)} training days", "".join(parts))
