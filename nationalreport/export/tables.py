"""The answers of a ``table`` question (laws, destructions, diversions...) as a data table.

Cells are pre-broken strings (see ``wrap``), so that a table of hundreds of rows lays
out fast; the grid module puts the question above the column titles and makes the
titles repeat on every page the table crosses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped,unused-ignore]

from nationalreport.export import fonts, styles
from nationalreport.export.context import LayoutContext
from nationalreport.export.wrap import Measure, has_cjk, tokens
from nationalreport.template import Question
from nationalreport.template.model import Column

#: Relative width of a column of each kind.
WEIGHTS: dict[str, float] = {
    "text": 1.7,
    "multiline": 2.4,
    "choice": 1.0,
    "count": 0.75,
    "number": 0.9,
    "date": 0.95,
    "year": 0.75,
    "url": 1.7,
    "currency": 0.75,
}
NUMERIC = frozenset({"count", "number", "year", "currency"})
INDEX_WIDTH = 24.0
#: A word wider than this (a web link) may break rather than widen its column.
MAX_WORD = 90.0
#: Lines of the tallest cell before a row is continued in another one (a row must fit
#: on a page: reportlab cannot break a row inside itself reliably).
ROW_LINES = 40


@dataclass
class DataTable:
    """Column widths, the header row, the body rows and their style commands."""

    widths: list[float]
    header: list[Any]
    body: list[list[Any]]
    style: list[tuple[object, ...]]


def _widest_word(texts: list[str], measure: Measure) -> float:
    """The widest piece a line cannot break inside (a word; in Chinese, mostly a character)."""
    return max((measure(word) for text in texts
                for word in (text.split() if not has_cjk(text) else
                             [atom for atom, _ in tokens(text)])), default=0.0)


def column_widths(columns: tuple[Column, ...], heads: list[str], cells: list[list[str]],
                  ctx: LayoutContext, total: float) -> list[float]:
    """Widths by kind, widened so no column title or ordinary word breaks inside a word.

    Each column gets at least its widest word (title in bold, cells capped at
    ``MAX_WORD`` so that a long web link still breaks); what is left is shared by the
    kinds' weights.
    """
    pad = 2 * styles.CELL_PAD + 1
    bold, regular = ctx.measure(fonts.BOLD, styles.SMALL_SIZE), ctx.measure()
    minimum = [
        max(_widest_word([head], bold), min(_widest_word(column, regular), MAX_WORD)) + pad
        for head, column in zip(heads, cells, strict=True)
    ]
    weights = [WEIGHTS.get(c.kind, 1.0) for c in columns]
    available = total - INDEX_WIDTH
    if sum(minimum) >= available:
        scale = available / sum(minimum)
        return [INDEX_WIDTH, *(m * scale for m in minimum)]
    fixed: dict[int, float] = {}
    while True:
        free = available - sum(fixed.values())
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        grown = {i: minimum[i] for i, w in enumerate(weights)
                 if i not in fixed and free * w / share < minimum[i]}
        if not grown:
            break
        fixed.update(grown)
    widths = [fixed.get(i, free * w / share) for i, w in enumerate(weights)]
    return [INDEX_WIDTH, *widths]


def cell_text(column: Column, value: Any, ctx: LayoutContext) -> str:
    if value is None or value == "":
        return ""
    if column.kind == "choice":
        for option in column.options:
            if option.code == value:
                return ctx.text(option.label)
    return str(value)


def data_table(question: Question, rows: list[Any], ctx: LayoutContext) -> DataTable:
    columns = question.columns
    heads = [ctx.text(c.label) for c in columns]
    texts = [[cell_text(c, row.get(c.key) if isinstance(row, dict) else None, ctx)
              for row in rows] for c in columns]
    widths = column_widths(columns, heads, texts, ctx, styles.FRAME_WIDTH)
    header = ["#", *(ctx.lines(head, w, fonts.BOLD, styles.SMALL_SIZE)
                     for head, w in zip(heads, widths[1:], strict=True))]
    wrapped = [[ctx.lines(text, w) for text in column]
               for column, w in zip(texts, widths[1:], strict=True)]
    body: list[list[Any]] = []
    continued: list[tuple[int, int]] = []  # (physical row, logical row) of continuations
    for index in range(len(rows)):
        cells = [column[index].split("\n") for column in wrapped]
        height = max(len(lines) for lines in cells)
        for at in range(0, height, ROW_LINES):
            if at:
                continued.append((len(body), index))
            body.append([str(index + 1) if at == 0 else "",
                         *("\n".join(lines[at:at + ROW_LINES]) for lines in cells)])
    style: list[tuple[object, ...]] = [
        ("ALIGN", (0, 0), (0, -1), "RIGHT"),
        ("TEXTCOLOR", (0, 0), (0, -1), styles.MUTED),
    ]
    if not continued:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, styles.ROW_FILL]))
    else:
        # A row longer than ROW_LINES goes on in the next physical row(s): same shade,
        # no rule between the pieces, so that it still reads as one row.
        logical = 0
        for physical in range(len(body)):
            if physical and body[physical][0] != "":
                logical += 1
            if logical % 2:
                style.append(("BACKGROUND", (0, physical + 1), (-1, physical + 1),
                              styles.ROW_FILL))
        for physical, index in continued:
            shade = styles.ROW_FILL if index % 2 else colors.white
            style.append(("LINEABOVE", (0, physical + 1), (-1, physical + 1), 0.6, shade))
    for number, column in enumerate(columns, start=1):
        if column.kind in NUMERIC and column.kind != "currency":
            style.append(("ALIGN", (number, 0), (number, -1), "RIGHT"))
    return DataTable(widths, header, body, style)
