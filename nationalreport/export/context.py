"""What every part of the layout needs to know about one export."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nationalreport.export import fonts
from nationalreport.export.messages import PdfMessages
from nationalreport.export.script import Script
from nationalreport.export.styles import CELL_PAD, CELL_SIZE, Styles
from nationalreport.export.wrap import Measure
from nationalreport.report import Report
from nationalreport.template import localized
from nationalreport.template.model import Text


@dataclass
class LayoutContext:
    """The report, the PDF language, its words, styles and script, and cached measurers."""

    report: Report
    language: str
    messages: PdfMessages
    styles: Styles
    exported: str
    script: Script = field(init=False)

    def __post_init__(self) -> None:
        self.script = Script(self.language)

    @property
    def rtl(self) -> bool:
        """Whether the PDF's language is written right to left (the page is mirrored)."""
        return self.script.rtl

    def text(self, value: Text) -> str:
        """A template text in the PDF's language (English where it is missing)."""
        return localized(value, self.language)

    def measure(self, font: str = fonts.REGULAR, size: float = CELL_SIZE) -> Measure:
        return self.script.measure(font, size)

    def wrap(self, text: Any, width: float, font: str = fonts.REGULAR,
             size: float = CELL_SIZE) -> list[str]:
        """``text`` in lines no wider than ``width`` (no padding)."""
        return self.script.wrap(str(text), width, font, size)

    def lines(self, text: Any, width: float, font: str = fonts.REGULAR,
              size: float = CELL_SIZE) -> str:
        """``text`` broken to fit a cell ``width`` wide (padding included), as one string."""
        inner = width - 2 * CELL_PAD - 0.5
        return "\n".join(self.wrap(text, inner, font, size))

    def number(self, value: int | float, decimals: int | None = None) -> str:
        """A number written the way the PDF's language writes it (Babel, CLDR)."""
        try:
            from babel.numbers import format_decimal

            pattern = None if decimals is None else "#,##0." + "0" * decimals
            return str(format_decimal(value, format=pattern, locale=self.language))
        except Exception:  # an unknown locale must not stop an export
            return str(value) if decimals is None else f"{value:.{decimals}f}"
