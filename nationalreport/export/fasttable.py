"""A reportlab ``Table`` that draws a text cell as one PDF text object.

reportlab draws every line of a text cell with its own ``drawString``: a text object,
a font selection and an origin per line. A 200-row report has some 25,000 such lines,
and that bookkeeping was a fifth of the export time. This table writes each plain,
left-aligned, top-aligned cell as one text object (``BT ... T* ... ET``); the page
looks the same, pixel for pixel. Anything else goes to reportlab's own code.
reportlab is pinned (pyproject.toml), since this overrides one of its private methods.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table  # type: ignore[import-untyped,unused-ignore]


class FastTable(Table):  # type: ignore[misc,unused-ignore]
    """``Table`` with a faster path for multi-line plain-text cells."""

    _curcellstyle: Any

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        if (type(cellval) is not str or cellstyle.alignment != "LEFT"
                or cellstyle.valign != "TOP" or cellstyle.direction or cellstyle.shaping
                or cellstyle.href or cellstyle.destination):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        canv = self.canv
        current = self._curcellstyle
        if current is not cellstyle:
            if current is None or cellstyle.color != current.color:
                canv.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading
                    or cellstyle.fontname != current.fontname
                    or cellstyle.fontsize != current.fontsize):
                canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        if not cellval:
            return
        column, row = pos
        _, height = size
        text = canv.beginText(column + cellstyle.leftPadding,
                              row + height - cellstyle.topPadding - cellstyle.fontsize)
        for line in cellval.split("\n"):
            text.textLine(line)
        canv.drawText(text)
