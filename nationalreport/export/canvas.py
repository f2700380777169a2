"""A canvas that fills in numbers only known at the end: "of Y" and the contents' pages.

"Page X of Y" and the page numbers of the table of contents are not known while pages
are drawn. Rather than laying the whole report out twice (a 200-row report costs a
second), each such number is drawn as a named form XObject that the page refers to at
once and that is defined when the canvas is saved, when every number is known.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped,unused-ignore]

TOTAL_FORM = "nrPageTotal"


@dataclass
class LateNumbers:
    """Numbers the canvas draws into their forms when it is saved."""

    #: form name -> (text, font, size, right-aligned)
    forms: dict[str, tuple[str, str, float, bool]] = field(default_factory=dict)
    #: what follows the page total in the footer ("of 12" in English: nothing)
    total_suffix: str = ""
    total_font: tuple[str, float] = ("NotoSans", 8.0)


class ReportCanvas(Canvas):  # type: ignore[misc,unused-ignore]
    """reportlab canvas with forms defined at save time (see the module docstring)."""

    late: LateNumbers

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.late = LateNumbers()

    def set_late(self, name: str, text: str, font: str, size: float, right: bool) -> None:
        """Define the contents of form ``name`` (drawn with ``doForm`` before or after)."""
        self.late.forms[name] = (text, font, size, right)

    def _define(self, name: str, text: str, font: str, size: float, right: bool) -> None:
        width = self.stringWidth(text, font, size)
        low_x, high_x = (-width - 1, 1) if right else (-1, width + 1)
        self.beginForm(name, lowerx=low_x, lowery=-size * 0.4, upperx=high_x, uppery=size * 1.2)
        self.setFont(font, size)
        if right:
            self.drawRightString(0, 0, text)
        else:
            self.drawString(0, 0, text)
        self.endForm()

    def save(self) -> None:
        pages = self.getPageNumber() - 1
        font, size = self.late.total_font
        self._define(TOTAL_FORM, f"{pages}{self.late.total_suffix}", font, size, False)
        for name, (text, f, s, right) in sorted(self.late.forms.items()):
            self._define(name, text, f, s, right)
        super().save()
