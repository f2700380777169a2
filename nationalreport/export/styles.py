"""Page geometry, colours and text styles of the exported PDF, in one place.

The layout code asks here for a style or a width and never names a font itself, so
no reportlab default (Helvetica) can slip in: every ``ParagraphStyle`` and every
``TableStyle`` built here names a bundled TrueType font.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors  # type: ignore[import-untyped,unused-ignore]
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # type: ignore[import-untyped,unused-ignore]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped,unused-ignore]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped,unused-ignore]

from nationalreport.export import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = RIGHT = 46.0
TOP = 64.0
BOTTOM = 56.0
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT

#: The ODA print view's columns: Sources | Question | Yes | No | Developing.
SOURCES_WIDTH = 68.0
TICK_WIDTHS = (34.0, 34.0, 58.0)
QUESTION_WIDTH = FRAME_WIDTH - SOURCES_WIDTH - sum(TICK_WIDTHS)
GRID_WIDTHS = (SOURCES_WIDTH, QUESTION_WIDTH, *TICK_WIDTHS)
#: Width of an answer, which spans the Question and tick columns.
ANSWER_WIDTH = FRAME_WIDTH - SOURCES_WIDTH
CELL_PAD = 4.0
DEPTH_INDENT = 10.0

INK = colors.HexColor("#1a1a1a")
ANSWER_INK = colors.HexColor("#0b3a66")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b8c2cc")
HEADER_FILL = colors.HexColor("#e7edf3")
BAND_FILL = colors.HexColor("#1f4e79")
ROW_FILL = colors.HexColor("#f6f8fa")

BODY_SIZE = 9.0
BODY_LEADING = 12.0
SMALL_SIZE = 7.5
SMALL_LEADING = 9.5
CELL_SIZE = 8.0
CELL_LEADING = 10.0


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one export."""

    body: ParagraphStyle
    question: ParagraphStyle
    answer: ParagraphStyle
    muted: ParagraphStyle
    sources: ParagraphStyle
    column_head: ParagraphStyle
    title: ParagraphStyle
    state: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    toc: ParagraphStyle


def _style(name: str, parent: ParagraphStyle | None = None, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": fonts.REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_LEADING,
        "textColor": INK,
        "bulletFontName": fonts.REGULAR,
        "alignment": TA_LEFT,
    }
    if parent is None:
        return ParagraphStyle(name, **{**base, **kw})
    return ParagraphStyle(name, parent=parent, **kw)


def make_styles() -> Styles:
    fonts.register()
    body = _style("body")
    return Styles(
        body=body,
        question=_style("question", body),
        answer=_style("answer", body, textColor=ANSWER_INK),
        muted=_style("muted", body, textColor=MUTED),
        sources=_style("sources", body, fontSize=SMALL_SIZE, leading=SMALL_LEADING,
                       textColor=MUTED),
        column_head=_style("column_head", body, fontName=fonts.BOLD, fontSize=SMALL_SIZE,
                           leading=SMALL_LEADING, alignment=TA_CENTER),
        title=_style("title", body, fontName=fonts.BOLD, fontSize=20, leading=26,
                     textColor=ACCENT),
        state=_style("state", body, fontName=fonts.BOLD, fontSize=30, leading=38),
        subtitle=_style("subtitle", body, fontSize=12, leading=16, textColor=MUTED),
        heading=_style("heading", body, fontName=fonts.BOLD, fontSize=12.5, leading=16,
                       textColor=colors.white),
        toc=_style("toc", body, fontSize=10.5, leading=15),
    )


def base_table_style() -> list[tuple[object, ...]]:
    """Commands every table starts from: the bundled font, sizes, padding, alignment."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
