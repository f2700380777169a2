"""A canvas that fills in numbers only known at the end: "of Y" and the contents' pages.

"Page X of Y" and the page numbers of the table of contents are not known while pages
are drawn. Rather than laying the whole report out twice (a 200-row report costs a
second), each such text is drawn as a named form XObject that the page refers to at
once and that is defined when the canvas is saved, when every number is known. A form's
text may hold ``{pages}``, the number of pages. Texts are drawn by the export's
``Script`` (``script``), so that they come out in any script and direction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped,unused-ignore]

PAGES = "{pages}"


@dataclass
class LateTexts:
    """Texts the canvas draws into their forms when it is saved."""

    #: form name -> (text, font, size, alignment: "LEFT" or "RIGHT" of the origin)
    forms: dict[str, tuple[str, str, float, str]] = field(default_factory=dict)
    #: how the page total is written (Babel's digits for the PDF's language)
    number: Any = str


class ReportCanvas(Canvas):  # type: ignore[misc,unused-ignore]
    """reportlab canvas with forms defined at save time (see the module docstring)."""

    late: LateTexts
    #: the export's ``script.Script``
    script: Any

    def __init__(self, *args: object, script: Any = None, number: Any = str,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.late = LateTexts(number=number)
        self.script = script

    def set_late(self, name: str, text: str, font: str, size: float, align: str) -> None:
        """Define the contents of form ``name`` (drawn with ``doForm`` before or after)."""
        self.late.forms[name] = (text, font, size, align)

    def _define(self, name: str, text: str, font: str, size: float, align: str) -> None:
        width = self.script.width(text, font, size)
        low_x, high_x = (-width - 1, 1) if align == "RIGHT" else (-1, width + 1)
        self.beginForm(name, lowerx=low_x, lowery=-size * 0.6, upperx=high_x,
                       uppery=size * 1.3)
        self.setFont(font, size)
        self.script.draw(self, 0, 0, text, font, size, align)
        self.endForm()

    def save(self) -> None:
        pages = self.late.number(self.getPageNumber() - 1)
        for name, (text, font, size, align) in sorted(self.late.forms.items()):
            self._define(name, text.replace(PAGES, pages), font, size, align)
        super().save()
