"""A paragraph in any of the six languages: wrapped, font per character, mirrored in Arabic.

reportlab's ``Paragraph`` breaks lines and draws words left to right in one font per
fragment; it cannot order Arabic right to left without ``rlbidi`` (not on PyPI) nor
fall back to a CJK font for a Chinese character. ``TextBlock`` breaks its text with the
export's ``Script`` (measured shaped widths, breaks between ideographs) and draws each
line through it. It takes the paragraph style's font, size, leading, colour, alignment
and indents; in a right-to-left document left alignment means the right edge and the
left indent is kept from the right edge (the start of the line).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # type: ignore[import-untyped,unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped,unused-ignore]
from reportlab.platypus import Flowable  # type: ignore[import-untyped,unused-ignore]

from nationalreport.export import fonts
from nationalreport.export.script import CENTER, LEFT, RIGHT, Script, Span

#: Between a question's number and its text.
EN_SPACE = "\u2002"


class TextBlock(Flowable):  # type: ignore[misc,unused-ignore]
    """Wrapped text in one paragraph style, optionally opened by a bold ``prefix``."""

    def __init__(self, script: Script, text: str | Sequence[Span], style: ParagraphStyle,
                 prefix: str | None = None, prefix_font: str = fonts.BOLD,
                 gap: str = EN_SPACE) -> None:
        super().__init__()
        self.script = script
        self.style = style
        if isinstance(text, str):
            spans: list[Span] = [(text, style.fontName)]
        else:
            spans = list(text)
        if prefix:
            first = spans[0] if spans else ("", style.fontName)
            spans = [(prefix, prefix_font), (gap + first[0], first[1]), *spans[1:]]
        self.spans = spans
        self.lines: list[list[Span]] = []
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self._wrapped_for: float | None = None

    def _inner(self, width: float) -> float:
        return float(width - self.style.leftIndent - self.style.rightIndent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._wrapped_for != avail_width:
            self.lines = self.script.wrap_spans(self.spans, self._inner(avail_width),
                                                self.style.fontSize)
            self._wrapped_for = avail_width
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def line_width(self, index: int = -1) -> float:
        """The drawn width of a line (after ``wrap``)."""
        if not self.lines:
            return 0.0
        return self.script.line(self.lines[index]).points(self.style.fontSize)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        head, tail = self._copy(self.lines[:fit]), self._copy(self.lines[fit:])
        tail.spaceBefore = 0
        head.spaceAfter = 0
        return [head, tail]

    def _copy(self, lines: list[list[Span]]) -> TextBlock:
        copy = TextBlock(self.script, self.spans, self.style)
        copy.lines, copy._wrapped_for = lines, self._wrapped_for
        return copy

    def alignment(self) -> str:
        """``LEFT``, ``RIGHT`` or ``CENTER`` on the page (mirrored in right-to-left)."""
        align = self.style.alignment
        if align == TA_CENTER:
            return CENTER
        if self.script.rtl:
            return LEFT if align == TA_RIGHT else RIGHT
        return RIGHT if align == TA_RIGHT else LEFT

    def draw(self) -> None:
        canv, style = self.canv, self.style
        align = self.alignment()
        start, end = style.leftIndent, style.rightIndent
        if self.script.rtl:
            start, end = end, start
        if align == LEFT:
            x = start
        elif align == RIGHT:
            x = self.width - end
        else:
            x = (start + self.width - end) / 2
        canv.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in self.lines:
            if line:
                self.script.draw(canv, x, y, line, style.fontName, style.fontSize, align)
            y -= style.leading
