"""Fast greedy line breaking for table cells.

A 200-row table has thousands of cells; a reportlab ``Paragraph`` per cell costs about
ten times what a pre-broken string costs, and a plain string needs no markup escaping.
Cells are therefore broken into lines here, once, with measured word widths, and handed
to reportlab as ``"line\\nline"``. Words wider than the cell (web links, long codes)
are broken between characters.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], float]


def measurer(font: str, size: float) -> Measure:
    """A cached width function for one font and size."""
    from reportlab.pdfbase.pdfmetrics import (  # type: ignore[import-untyped,unused-ignore]
        stringWidth,
    )

    cache: dict[str, float] = {}

    def width(text: str) -> float:
        found = cache.get(text)
        if found is None:
            found = cache[text] = stringWidth(text, font, size)
        return found

    return width


def _break_word(word: str, width: float, measure: Measure) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and measure(current + char) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (hard line breaks kept)."""
    lines: list[str] = []
    space = measure(" ")
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = measure(word)
            if w > width:
                if current:
                    lines.append(" ".join(current))
                pieces = _break_word(word, width, measure)
                lines.extend(pieces[:-1])
                current, used = [pieces[-1]], measure(pieces[-1])
                continue
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
    # Trailing blank lines say nothing on paper.
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def chunks(lines: list[str], size: int) -> list[list[str]]:
    """``lines`` in groups of at most ``size``, so a long answer can break across pages."""
    return [lines[i:i + size] for i in range(0, len(lines), size)] or [[]]
