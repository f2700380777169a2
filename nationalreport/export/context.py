"""What every part of the layout needs to know about one export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nationalreport.export import fonts
from nationalreport.export.messages import PdfMessages
from nationalreport.export.styles import CELL_PAD, CELL_SIZE, Styles
from nationalreport.export.wrap import Measure, measurer, wrap
from nationalreport.report import Report
from nationalreport.template import localized
from nationalreport.template.model import Text


@dataclass
class LayoutContext:
    """The report, the PDF language, its words and styles, and cached measurers."""

    report: Report
    language: str
    messages: PdfMessages
    styles: Styles
    exported: str
    _measures: dict[tuple[str, float], Measure] = field(default_factory=dict)

    def text(self, value: Text) -> str:
        """A template text in the PDF's language (English where it is missing)."""
        return localized(value, self.language)

    def measure(self, font: str = fonts.REGULAR, size: float = CELL_SIZE) -> Measure:
        key = (font, size)
        found = self._measures.get(key)
        if found is None:
            found = self._measures[key] = measurer(font, size)
        return found

    def lines(self, text: Any, width: float, font: str = fonts.REGULAR,
              size: float = CELL_SIZE) -> str:
        """``text`` broken to fit a cell ``width`` wide (padding included), as one string."""
        inner = width - 2 * CELL_PAD - 0.5
        return "\n".join(wrap(str(text), inner, self.measure(font, size)))
