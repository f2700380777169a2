"""How each answer kind is printed: one small function per kind, found in a registry.

A renderer returns the contents of the answer rows that sit under the question in the
section grid (spanning the Question, Yes, No and Developing columns), or, for the
``table`` kind, a data table that follows the grid. A new answer kind is a new
function registered here, not a branch in the layout.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nationalreport.export import fonts, styles
from nationalreport.export.context import LayoutContext
from nationalreport.export.fasttable import FastTable
from nationalreport.export.tables import data_table
from nationalreport.export.wrap import chunks
from nationalreport.template import Question
from nationalreport.template.model import Option

#: Choice answers printed as a tick in their own column, as on the ODA form.
TICK_CODES = ("yes", "no", "developing")
TICK = "\u2714"
CHECKED = "\u2611"
UNCHECKED = "\u2610"
#: Lines per answer row: a long text breaks across pages between rows.
LINES_PER_ROW = 18
_LETTER = re.compile(r"[a-z]{1,4}")


@dataclass
class Rendered:
    """What an answer prints: grid rows (strings or small tables), or a data table."""

    rows: list[Any] = field(default_factory=list)
    table: Any = None


#: ``renderer(question, value, ctx, width)``: ``width`` is the answer's, padding included.
Renderer = Callable[[Question, Any, LayoutContext, float], Rendered]
RENDERERS: dict[str, Renderer] = {}


def renderer(*kinds: str) -> Callable[[Renderer], Renderer]:
    def register(function: Renderer) -> Renderer:
        for kind in kinds:
            RENDERERS[kind] = function
        return function
    return register


def is_tick_question(question: Question) -> bool:
    """Yes / No / Developing questions, answered by a tick in a column."""
    return question.kind == "choice" and set(question.option_codes) <= set(TICK_CODES)


def render(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    return RENDERERS[question.kind](question, value, ctx, width)


def text_rows(text: str, ctx: LayoutContext, width: float) -> list[Any]:
    inner = width - 2 * styles.CELL_PAD - 0.5
    lines = ctx.wrap(text, inner)
    return ["\n".join(chunk) for chunk in chunks(lines, LINES_PER_ROW)]


def option_label(option: Option, ctx: LayoutContext, lettered: bool) -> str:
    label = ctx.text(option.label)
    if lettered and _LETTER.fullmatch(option.code):
        return f"{option.code}) {label}"
    return label


def _block_tables(rows: list[tuple[list[str], bool]], widths: list[float], ctx: LayoutContext,
                  extra: list[tuple[object, ...]] | None = None) -> list[Any]:
    """Small label | value tables of at most ``LINES_PER_ROW`` lines each.

    Each becomes one answer row of the grid, so even a block with a very long value
    (an address of a thousand words) breaks across pages; a muted row (an option not
    chosen) is grey.
    """
    pieces: list[tuple[list[str], bool]] = []
    for cells, muted in rows:
        split = [cell.split("\n") for cell in cells]
        height = max(len(lines) for lines in split)
        for at in range(0, height, LINES_PER_ROW):
            pieces.append((["\n".join(lines[at:at + LINES_PER_ROW]) for lines in split], muted))
    groups: list[list[tuple[list[str], bool]]] = [[]]
    used = 0
    for piece in pieces:
        lines = max(cell.count("\n") + 1 for cell in piece[0])
        if groups[-1] and used + lines > LINES_PER_ROW:
            groups.append([])
            used = 0
        groups[-1].append(piece)
        used += lines
    tables = []
    for group in groups:
        style: list[tuple[object, ...]] = [
            *styles.base_table_style(),
            ("TEXTCOLOR", (0, 0), (-1, -1), styles.ANSWER_INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            *(extra or []),
        ]
        style.extend(("TEXTCOLOR", (0, i), (-1, i), styles.MUTED)
                     for i, (_, muted) in enumerate(group) if muted)
        tables.append(FastTable([cells for cells, _ in group], colWidths=widths,
                                style=style, hAlign="LEFT", rtl=ctx.rtl))
    return tables


def _pairs(pairs: list[tuple[str, str]], ctx: LayoutContext, label_width: float,
           width: float) -> list[Any]:
    """A two-column label | value block (contacts, counts)."""
    total = width - 2 * styles.CELL_PAD
    value_width = total - label_width
    rows = [
        ([ctx.lines(label, label_width + styles.CELL_PAD),
          ctx.lines(value, value_width + styles.CELL_PAD)], False)
        for label, value in pairs
    ]
    extra: list[tuple[object, ...]] = [("TEXTCOLOR", (0, 0), (0, -1), styles.MUTED)]
    return _block_tables(rows, [label_width, value_width], ctx, extra)


# ----------------------------------------------------------------------- kinds


@renderer("text", "multiline", "count", "number", "date", "year")
def _plain(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    return Rendered(text_rows(str(value), ctx, width))


@renderer("choice")
def _choice(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    option = question.option(str(value))
    label = option_label(option, ctx, lettered=False) if option else str(value)
    return Rendered(text_rows(label, ctx, width))


@renderer("multichoice")
def _multichoice(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    selected = set(value.get("selected", ())) if isinstance(value, dict) else set()
    other = str(value.get("other") or "").strip() if isinstance(value, dict) else ""
    mark_width = 14.0
    label_width = width - 2 * styles.CELL_PAD - mark_width
    rows: list[tuple[list[str], bool]] = []
    for option in question.options:
        label = option_label(option, ctx, lettered=True)
        if option.other and other and option.code in selected:
            label = ctx.messages("other_answer", label=label, text=other)
        chosen = option.code in selected
        rows.append(([CHECKED if chosen else UNCHECKED,
                      ctx.lines(label, label_width + styles.CELL_PAD)], not chosen))
    extra: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (0, -1), fonts.SYMBOLS),
        ("FONTSIZE", (0, 0), (0, -1), 9),
    ]
    return Rendered(_block_tables(rows, [mark_width, label_width], ctx, extra))


@renderer("contact")
def _contact(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    pairs: list[tuple[str, str]] = []
    for spec in question.contact_fields:
        given = value.get(spec.key) if isinstance(value, dict) else None
        if given in (None, ""):
            continue
        label = ctx.text(spec.label)
        if spec.number:
            label = f"{spec.number}) {label}"
        shown = str(given)
        if spec.options:
            option = next((o for o in spec.options if o.code == given), None)
            shown = ctx.text(option.label) if option else shown
        pairs.append((label, shown))
    return Rendered(_pairs(pairs, ctx, 130.0, width))


@renderer("counts")
def _counts(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    pairs = []
    for spec in question.counts:
        given = value.get(spec.key) if isinstance(value, dict) else None
        label = ctx.text(spec.label)
        if spec.number:
            label = f"{spec.number}) {label}"
        shown = ctx.messages("no_response") if given is None else str(given)
        pairs.append((label, shown))
    return Rendered(_pairs(pairs, ctx, 260.0, width))


@renderer("retention")
def _retention(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    parts = []
    if isinstance(value, dict):
        if value.get("indefinitely"):
            parts.append(ctx.messages("retention_indefinitely"))
        elif value.get("years") is not None:
            years = value["years"]
            shown = ctx.number(years) if isinstance(years, int | float) else years
            parts.append(ctx.messages("retention_years", years=shown))
        if str(value.get("note") or "").strip():
            parts.append(ctx.messages("retention_note", note=value["note"]))
    return Rendered(text_rows("\n".join(parts) or str(value), ctx, width))


def human_size(size: int, ctx: LayoutContext) -> str:
    if size < 1000:
        return ctx.messages("bytes", value=ctx.number(size))
    if size < 1_000_000:
        return ctx.messages("kilobytes", value=ctx.number(round(size / 1000)))
    return ctx.messages("megabytes", value=ctx.number(size / 1_000_000, decimals=1))


@renderer("attachment")
def _attachment(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    value = value if isinstance(value, dict) else {}
    size = value.get("size")
    lines = [ctx.messages("attachment", filename=value.get("filename", ""),
                          size=human_size(int(size), ctx) if isinstance(size, int) else "?")]
    if value.get("sha256"):
        lines.append(ctx.messages("attachment_hash", sha256=value["sha256"]))
    return Rendered(text_rows("\n".join(lines), ctx, width))


@renderer("table")
def _table(question: Question, value: Any, ctx: LayoutContext, width: float) -> Rendered:
    rows = value if isinstance(value, list) else []
    return Rendered(table=data_table(question, rows, ctx))
