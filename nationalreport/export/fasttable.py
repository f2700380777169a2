"""A reportlab ``Table`` that draws text cells fast, in any script, mirrored for Arabic.

reportlab draws every line of a text cell with its own ``drawString``: a text object,
a font selection and an origin per line. A 200-row report has some 25,000 such lines,
and that bookkeeping was a fifth of the export time. This table writes each plain,
left-aligned, top-aligned cell as one text object (``BT ... T* ... ET``); the page
looks the same, pixel for pixel. A cell that needs more (a character of another script,
right-to-left text, right or centred alignment) is drawn line by line by the export's
``Script`` (font fallback, bidi, shaping), found on the canvas. Anything else goes to
reportlab's own code. reportlab is pinned (pyproject.toml), since this overrides one of
its private methods.

``rtl=True`` lays the table out right to left: the columns in reverse order, each
command's columns mirrored (left padding becomes right padding, a line before a
column a line after it, left alignment right alignment), text right-aligned unless a
command says otherwise, and the table itself against the right margin.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table  # type: ignore[import-untyped,unused-ignore]

Command = tuple[Any, ...]
_SWAPPED = {"LEFTPADDING": "RIGHTPADDING", "RIGHTPADDING": "LEFTPADDING",
            "LINEBEFORE": "LINEAFTER", "LINEAFTER": "LINEBEFORE"}
_ALIGN = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def mirror_command(command: Command, columns: int) -> Command:
    """A table style command for the same table with its columns in reverse order."""
    name, start, end, *rest = command
    (c0, r0), (c1, r1) = start, end
    c0, c1 = (c0 + columns if c0 < 0 else c0), (c1 + columns if c1 < 0 else c1)
    new_start, new_end = (columns - 1 - c1, r0), (columns - 1 - c0, r1)
    name = _SWAPPED.get(name, name)
    if name == "ALIGN" and rest:
        rest = [_ALIGN.get(str(rest[0]).upper(), rest[0]), *rest[1:]]
    return (name, new_start, new_end, *rest)


#: Commands that style a cell's contents: a spanned cell takes those of its first cell.
_CELL_COMMANDS = frozenset({"FONT", "FONTNAME", "FACE", "FONTSIZE", "SIZE", "LEADING",
                            "TEXTCOLOR", "ALIGN", "HALIGN", "VALIGN", "LEFTPADDING",
                            "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"})


def _cells(command: Command, columns: int, rows: int) -> tuple[int, int, int, int]:
    """A command's ``(c0, r0, c1, r1)`` with negative indices resolved."""
    (c0, r0), (c1, r1) = command[1], command[2]
    return (c0 + columns if c0 < 0 else c0, r0 + rows if r0 < 0 else r0,
            c1 + columns if c1 < 0 else c1, r1 + rows if r1 < 0 else r1)


def mirror_table(rows: list[list[Any]], widths: list[float] | None,
                 style: list[Command]) -> tuple[list[list[Any]], list[float] | None,
                                                list[Command]]:
    """Rows, column widths and style of ``rows`` laid out right to left.

    A spanned cell shows the value, and takes the text style, of its first (leftmost)
    cell: the value moves from the right end of the mirrored span, where reversing the
    row put it, to its left end, and commands that styled the old first cell style the
    new one too.
    """
    columns, count = max((len(row) for row in rows), default=0), len(rows)
    mirrored_rows = [list(reversed(row)) for row in rows]
    spans = [_cells(command, columns, count) for command in style if command[0] == "SPAN"]
    for c0, r0, c1, r1 in spans:
        shown, first = columns - 1 - c0, columns - 1 - c1
        if shown == first:
            continue
        for row in mirrored_rows[r0:r1 + 1]:
            if len(row) == columns:
                row[first], row[shown] = row[shown], ""
    mirrored_widths = list(reversed(widths)) if widths is not None else None
    mirrored_style: list[Command] = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for command in style:
        mirrored = mirror_command(command, columns)
        mirrored_style.append(mirrored)
        if mirrored[0] not in _CELL_COMMANDS or not spans:
            continue
        k0, q0, k1, q1 = _cells(command, columns, count)
        for c0, r0, c1, r1 in spans:
            top, bottom = max(q0, r0), min(q1, r1)
            if c1 > c0 and k0 <= c0 <= k1 and top <= bottom:
                first = columns - 1 - c1
                mirrored_style.append((mirrored[0], (first, top), (first, bottom),
                                       *mirrored[3:]))
    return mirrored_rows, mirrored_widths, mirrored_style


class FastTable(Table):  # type: ignore[misc,unused-ignore]
    """``Table`` with a faster path for multi-line plain-text cells (see the module)."""

    _curcellstyle: Any

    def __init__(self, data: list[list[Any]], colWidths: list[float] | None = None,  # noqa: N803
                 *args: Any, style: list[Command] | None = None, rtl: bool = False,
                 **kwargs: Any) -> None:
        widths = colWidths
        if rtl:
            data, widths, style = mirror_table(data, widths, list(style or []))
            if kwargs.get("hAlign", "LEFT") == "LEFT":
                kwargs["hAlign"] = "RIGHT"
        super().__init__(data, widths, *args, style=style, **kwargs)

    def _set_cell_style(self, cellstyle: Any) -> None:
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

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],  # noqa: N802
                  size: tuple[float, float]) -> None:
        if type(cellval) is not str or cellstyle.href or cellstyle.destination \
                or cellstyle.direction or cellstyle.shaping:
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        script = getattr(self.canv, "script", None)
        if script is not None and (
                script.rtl or cellstyle.alignment != "LEFT" or cellstyle.valign != "TOP"
                or not script.plain(cellval, cellstyle.fontname)):
            self._draw_script_cell(script, cellval, cellstyle, pos, size)
            return
        if cellstyle.alignment != "LEFT" or cellstyle.valign != "TOP":
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        self._set_cell_style(cellstyle)
        if not cellval:
            return
        column, row = pos
        _, height = size
        text = self.canv.beginText(column + cellstyle.leftPadding,
                                   row + height - cellstyle.topPadding - cellstyle.fontsize)
        for line in cellval.split("\n"):
            text.textLine(line)
        self.canv.drawText(text)

    def _draw_script_cell(self, script: Any, cellval: str, cellstyle: Any,
                          pos: tuple[float, float], size: tuple[float, float]) -> None:
        """A text cell drawn line by line by the export's ``Script``."""
        self._set_cell_style(cellstyle)
        if not cellval:
            return
        column, row = pos
        width, height = size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "BOTTOM":
            y = row + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "MIDDLE":
            y = row + (cellstyle.bottomPadding + height - cellstyle.topPadding
                       + len(lines) * leading) / 2 - fontsize
        else:
            y = row + height - cellstyle.topPadding - fontsize
        align = cellstyle.alignment
        if align == "RIGHT":
            x = column + width - cellstyle.rightPadding
        elif align in ("CENTER", "CENTRE"):
            x = column + (width + cellstyle.leftPadding - cellstyle.rightPadding) / 2
            align = "CENTER"
        else:
            x = column + cellstyle.leftPadding
            align = "LEFT"
        for line in lines:
            if line:
                script.draw(self.canv, x, y, line, cellstyle.fontname, fontsize, align)
            y -= leading
