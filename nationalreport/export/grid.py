"""A section as the ODA print view shows it: Sources | Question | Yes | No | Developing.

Questions are rows of a grid; a Yes / No / Developing answer is a tick in its column,
any other answer sits in rows under its question, spanning the last four columns. A
``table`` answer ends the grid: its data table follows with the question on top and
its column titles repeated on every page, and a new grid (titles repeated) carries on.
Every grid repeats its column titles when it crosses a page. In Arabic the grid is
mirrored: Developing | No | Yes | Question | Sources, read from the right.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped,unused-ignore]

from nationalreport.export import fonts, styles
from nationalreport.export.answers import TICK, TICK_CODES, is_tick_question, render
from nationalreport.export.bidi import LRM
from nationalreport.export.context import LayoutContext
from nationalreport.export.fasttable import FastTable
from nationalreport.export.tables import DataTable
from nationalreport.export.textblock import TextBlock
from nationalreport.report import is_empty
from nationalreport.template import Question, Section

Command = tuple[object, ...]
_TICK_COLUMN = {code: 2 + i for i, code in enumerate(TICK_CODES)}


def question_paragraph(question: Question, ctx: LayoutContext, muted: bool) -> Any:
    """The question's number in bold, then its text, wrapped in the question column."""
    style = _question_style(ctx, question.depth, muted)
    # A number such as 1.1.a reads left to right inside Arabic text too.
    number = LRM + question.number if ctx.rtl else question.number
    return TextBlock(ctx.script, ctx.text(question.text), style, prefix=number)


_STYLE_CACHE: dict[tuple[int, int, bool], ParagraphStyle] = {}


def _question_style(ctx: LayoutContext, depth: int, muted: bool) -> ParagraphStyle:
    key = (id(ctx.styles), depth, muted)
    found = _STYLE_CACHE.get(key)
    if found is None:
        if len(_STYLE_CACHE) > 64:
            _STYLE_CACHE.clear()
        parent = ctx.styles.muted if muted else ctx.styles.question
        found = ParagraphStyle(f"q{depth}{int(muted)}", parent=parent,
                               leftIndent=depth * styles.DEPTH_INDENT)
        _STYLE_CACHE[key] = found
    return found


def sources_text(question: Question, ctx: LayoutContext) -> str:
    return "\n".join(
        ctx.lines(f"[{source}]", styles.SOURCES_WIDTH, size=styles.SMALL_SIZE)
        for source in question.sources
    )


def column_titles(ctx: LayoutContext) -> list[str]:
    say = ctx.messages
    return [say("sources"), say("question"), say("yes"), say("no"), say("developing")]


def grid_widths(ctx: LayoutContext, titles: list[str]) -> list[float]:
    """The grid's column widths: a tick column is widened, at the question's expense,
    until its title breaks only between words ("d'élaboration" stays whole)."""
    widths = list(styles.GRID_WIDTHS)
    measure = ctx.measure(fonts.BOLD, styles.SMALL_SIZE)
    for column in range(2, len(widths)):
        words = titles[column].split() or [""]
        need = max(measure(word) for word in words) + 2 * styles.CELL_PAD + 1
        if need > widths[column]:
            widths[1] -= need - widths[column]
            widths[column] = need
    return widths


class Grid:
    """The rows of one grid segment and their style commands."""

    def __init__(self, ctx: LayoutContext) -> None:
        self.ctx = ctx
        titles = column_titles(ctx)
        self.widths = grid_widths(ctx, titles)
        # Column titles are broken to their column's width ("В стадии разработки").
        self.rows: list[list[Any]] = [[
            ctx.lines(title, width, fonts.BOLD, styles.SMALL_SIZE)
            for title, width in zip(titles, self.widths, strict=True)
        ]]
        self.commands: list[Command] = [
            ("FONTNAME", (0, 0), (-1, 0), fonts.BOLD),
            ("FONTSIZE", (0, 0), (-1, 0), styles.SMALL_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
            ("ALIGN", (2, 0), (-1, 0), "CENTER"),
            ("LINEBEFORE", (1, 0), (-1, 0), 0.5, styles.RULE),
        ]

    @property
    def empty(self) -> bool:
        return len(self.rows) == 1

    def question(self, question: Question, value: Any, *, muted: bool = False) -> None:
        r = len(self.rows)
        row: list[Any] = [sources_text(question, self.ctx),
                          question_paragraph(question, self.ctx, muted), "", "", ""]
        add = self.commands.append
        add(("LINEABOVE", (0, r), (-1, r), 0.5, styles.RULE))
        add(("FONTSIZE", (0, r), (0, r), styles.SMALL_SIZE))
        add(("LEADING", (0, r), (0, r), styles.SMALL_LEADING))
        add(("TEXTCOLOR", (0, r), (0, r), styles.MUTED))
        add(("TOPPADDING", (0, r), (-1, r), 4))
        if is_tick_question(question):
            if muted or is_empty(value):
                add(("SPAN", (2, r), (-1, r)))
                add(("LINEBEFORE", (2, r), (2, r), 0.5, styles.RULE))
            else:
                add(("LINEBEFORE", (2, r), (-1, r), 0.5, styles.RULE))
                # A column the question does not offer (Developing, mostly) is shaded.
                for code, column in _TICK_COLUMN.items():
                    if code not in question.option_codes:
                        add(("BACKGROUND", (column, r), (column, r), styles.ROW_FILL))
            if is_empty(value) and not muted:
                row[2] = self.ctx.messages("no_response")
                add(("TEXTCOLOR", (2, r), (-1, r), styles.MUTED))
                add(("ALIGN", (2, r), (-1, r), "CENTER"))
            elif not muted and str(value) in _TICK_COLUMN:
                column = _TICK_COLUMN[str(value)]
                row[column] = TICK
                add(("FONTNAME", (column, r), (column, r), fonts.SYMBOLS))
                add(("FONTSIZE", (column, r), (column, r), 10))
                add(("TEXTCOLOR", (column, r), (column, r), styles.ANSWER_INK))
                add(("ALIGN", (column, r), (column, r), "CENTER"))
        else:
            add(("SPAN", (1, r), (-1, r)))
        self.rows.append(row)

    def answer(self, contents: list[Any], *, indent: float = 0.0, muted: bool = False) -> None:
        """Rows under the last question, spanning Question to Developing."""
        first = len(self.rows)
        for content in contents:
            r = len(self.rows)
            self.rows.append(["", content, "", "", ""])
            self.commands.append(("SPAN", (1, r), (-1, r)))
            self.commands.append(("TOPPADDING", (0, r), (-1, r), 0))
            self.commands.append(("LEFTPADDING", (1, r), (1, r), styles.CELL_PAD + indent))
            self.commands.append(("TEXTCOLOR", (1, r), (1, r),
                                  styles.MUTED if muted else styles.ANSWER_INK))
        last = len(self.rows) - 1
        if last >= first:
            self.commands.append(("BOTTOMPADDING", (0, last), (-1, last), 5))
            # A question never ends a page without the start of its answer.
            self.commands.append(("NOSPLIT", (0, first - 1), (-1, first)))

    def flowable(self) -> Any:
        style = [
            *styles.base_table_style(),
            *self.commands,
            ("LINEAFTER", (0, 0), (0, -1), 0.5, styles.RULE),
            ("BOX", (0, 0), (-1, -1), 0.75, styles.RULE),
        ]
        return FastTable(self.rows, colWidths=self.widths, style=style,
                         repeatRows=1, hAlign="LEFT", spaceAfter=10, rtl=self.ctx.rtl)


def data_table_flowable(question: Question, data: DataTable, ctx: LayoutContext) -> Any:
    """The question on top, then the column titles (repeated on each page), then the rows."""
    head = FastTable(
        [[sources_text(question, ctx), question_paragraph(question, ctx, False)]],
        colWidths=[styles.SOURCES_WIDTH, styles.FRAME_WIDTH - styles.SOURCES_WIDTH],
        style=[
            *styles.base_table_style(),
            ("FONTSIZE", (0, 0), (0, 0), styles.SMALL_SIZE),
            ("LEADING", (0, 0), (0, 0), styles.SMALL_LEADING),
            ("TEXTCOLOR", (0, 0), (0, 0), styles.MUTED),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEAFTER", (0, 0), (0, 0), 0.5, styles.RULE),
        ],
        rtl=ctx.rtl,
    )
    columns = len(data.widths)
    rows: list[list[Any]] = [[head, *([""] * (columns - 1))], data.header, *data.body]
    style = [
        *styles.base_table_style(),
        ("SPAN", (0, 0), (-1, 0)),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("RIGHTPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 0),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("FONTNAME", (0, 1), (-1, 1), fonts.BOLD),
        ("FONTSIZE", (0, 1), (-1, 1), styles.SMALL_SIZE),
        ("LEADING", (0, 1), (-1, 1), styles.SMALL_LEADING),
        ("BACKGROUND", (0, 1), (-1, 1), styles.HEADER_FILL),
        ("TEXTCOLOR", (1, 2), (-1, -1), styles.ANSWER_INK),
        ("LINEBELOW", (0, 0), (-1, 1), 0.5, styles.RULE),
        ("INNERGRID", (0, 1), (-1, -1), 0.25, styles.RULE),
        ("BOX", (0, 0), (-1, -1), 0.75, styles.RULE),
        # The question, the column titles and the first row stay together.
        ("NOSPLIT", (0, 0), (-1, min(2, len(rows) - 1))),
        *(_shifted(cmd) for cmd in data.style),
    ]
    return FastTable(rows, colWidths=data.widths, style=style, repeatRows=(1,),
                     hAlign="LEFT", spaceAfter=10, rtl=ctx.rtl)


def _shifted(command: Command) -> Command:
    """A data-table command moved one row down, below the question row."""
    name, start, end, *rest = command
    assert isinstance(start, tuple) and isinstance(end, tuple)
    (c0, r0), (c1, r1) = start, end
    return (name, (c0, r0 + 1 if r0 >= 0 else r0), (c1, r1 + 1 if r1 >= 0 else r1), *rest)


def section_flowables(section: Section, ctx: LayoutContext) -> list[Any]:
    """The grids and data tables of one section, in the template's order."""
    report = ctx.report
    skipped = report.skipped()
    out: list[Any] = []
    grid = Grid(ctx)
    for question in section.questions:
        number = question.number
        indent = question.depth * styles.DEPTH_INDENT
        width = styles.ANSWER_WIDTH - indent
        if number in skipped:
            by = report.template.skipped_by(number, report.answers)
            grid.question(question, None, muted=True)
            note = ctx.messages("skipped", number=by.number if by else "?")
            grid.answer([ctx.lines(note, width)], indent=indent, muted=True)
            continue
        value = report.answer(number)
        if is_empty(value):
            grid.question(question, None)
            if not is_tick_question(question):
                grid.answer([ctx.messages("no_response")], indent=indent, muted=True)
            continue
        if is_tick_question(question):
            grid.question(question, value)
            continue
        rendered = render(question, value, ctx, width)
        if rendered.table is not None:
            if not grid.empty:
                out.append(grid.flowable())
            out.append(data_table_flowable(question, rendered.table, ctx))
            grid = Grid(ctx)
            continue
        grid.question(question, value)
        if rendered.rows:
            grid.answer(rendered.rows, indent=indent)
    if not grid.empty:
        out.append(grid.flowable())
    return out
