"""The whole PDF with reportlab: cover, contents, then each section in template order.

Every page after the cover carries the State and cycle at the top and "Page X of Y"
at the bottom; each section is a bookmark in the PDF outline and a line of the
contents, whose page numbers are filled in when the document is saved (``canvas``).
Every text is drawn by the export's ``Script`` (any of the six UN languages); in
Arabic every page is mirrored: text from the right margin, tables' columns in reverse
order, the State on the right of the header, "Page X of Y" on the left of the footer.
The result is plain PDF bytes; ``pdfa`` turns them into PDF/A-3b.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped,unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped,unused-ignore]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from nationalreport import __version__
from nationalreport.export import fonts, styles
from nationalreport.export.canvas import PAGES, ReportCanvas
from nationalreport.export.context import LayoutContext
from nationalreport.export.cover import cover_flowables, state_name
from nationalreport.export.fasttable import FastTable
from nationalreport.export.grid import section_flowables
from nationalreport.export.script import LEFT, RIGHT
from nationalreport.export.textblock import TextBlock
from nationalreport.template import Section

SectionDone = Callable[[int, int], None]
#: Size of the page numbers of the contents.
TOC_PAGE_SIZE = 10.5
_RL_CONFIG_LOCK = threading.Lock()


def _key(section: Section) -> str:
    return f"section-{section.id}"


class SectionHeading(FastTable):  # type: ignore[misc,unused-ignore]
    """The coloured band that opens a section; it marks the outline and the contents."""

    def __init__(self, section: Section, ctx: LayoutContext, done: SectionDone | None,
                 index: int, count: int) -> None:
        title = ctx.text(section.title)
        label = ctx.messages("section", number=section.id)
        text = TextBlock(ctx.script, f"{label}\u2003{title}", ctx.styles.heading)
        super().__init__([[text]], colWidths=[styles.FRAME_WIDTH], style=[
            *styles.base_table_style(),
            ("BACKGROUND", (0, 0), (-1, -1), styles.BAND_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ], spaceAfter=8, rtl=ctx.rtl, hAlign="LEFT")
        self.section, self.outline_title = section, f"{section.id}. {title}"
        self.done, self.index, self.count = done, index, count

    def draw(self) -> None:
        canv = self.canv
        _, top = canv.absolutePosition(0, self._height)
        key = _key(self.section)
        canv.bookmarkPage(key, fit="XYZ", left=0, top=top + 6)
        canv.addOutlineEntry(self.outline_title, key, level=0)
        canv.set_late(f"nrToc{self.section.id}", canv.late.number(canv.getPageNumber()),
                      fonts.REGULAR, TOC_PAGE_SIZE, LEFT if canv.script.rtl else RIGHT)
        super().draw()
        if self.done is not None:
            self.done(self.index, self.count)


class TocEntry(Flowable):  # type: ignore[misc,unused-ignore]
    """One line of the contents: number, title, dotted leader, page (filled in late).

    Right to left, the same line mirrored: number on the right, page on the left.
    """

    NUMBER_WIDTH = 28.0
    PAGE_WIDTH = 36.0

    def __init__(self, section: Section, ctx: LayoutContext) -> None:
        super().__init__()
        self.section = section
        self.script = ctx.script
        self.para = TextBlock(ctx.script, ctx.text(section.title), ctx.styles.toc)
        self.size = ctx.styles.toc.fontSize

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text_width = avail_width - self.NUMBER_WIDTH - self.PAGE_WIDTH
        _, height = self.para.wrap(text_width, avail_height)
        self.height = height + 7
        return self.width, self.height

    def draw(self) -> None:
        canv, para, rtl = self.canv, self.para, self.script.rtl
        top = self.height - 3
        canv.setFillColor(styles.ACCENT)
        baseline = top - self.size
        if rtl:
            self.script.draw(canv, self.width, baseline, self.section.id, fonts.BOLD,
                             self.size, RIGHT)
            para.drawOn(canv, self.PAGE_WIDTH, top - para.height)
        else:
            self.script.draw(canv, 0, baseline, self.section.id, fonts.BOLD, self.size)
            para.drawOn(canv, self.NUMBER_WIDTH, top - para.height)
        text_width = self.width - self.NUMBER_WIDTH - self.PAGE_WIDTH
        last = para.line_width()
        baseline -= (len(para.lines) - 1) * para.style.leading
        if rtl:
            start, end = self.PAGE_WIDTH - 8, self.PAGE_WIDTH + text_width - last - 6
        else:
            start, end = self.NUMBER_WIDTH + last + 6, self.width - self.PAGE_WIDTH + 8
        if end > start:
            canv.saveState()
            canv.setStrokeColor(styles.RULE)
            canv.setDash(1, 2.5)
            canv.line(start, baseline + 1, end, baseline + 1)
            canv.restoreState()
        canv.saveState()
        canv.translate(0 if rtl else self.width, baseline)
        canv.doForm(f"nrToc{self.section.id}")
        canv.restoreState()
        canv.linkRect("", _key(self.section), (0, 0, self.width, self.height), relative=1,
                      thickness=0)


class _Pages:
    """The page decorations: header on body pages, "Page X of Y" on every page.

    Right to left, both are mirrored: the State on the right, "Page X of Y" on the left.
    """

    def __init__(self, ctx: LayoutContext) -> None:
        self.ctx = ctx
        report = ctx.report
        self.state = state_name(ctx)
        self.right = ctx.messages("header_right", title=ctx.text(report.template.short_title),
                                  cycle=report.cycle)

    def _edges(self) -> tuple[float, str, float, str]:
        """x and alignment of the start and of the end of a header or footer line."""
        left, right = styles.LEFT, styles.PAGE_WIDTH - styles.RIGHT
        if self.ctx.rtl:
            return right, RIGHT, left, LEFT
        return left, LEFT, right, RIGHT

    def footer(self, canv: ReportCanvas, doc: Any) -> None:
        size = 7.5
        script = self.ctx.script
        start, start_align, end, end_align = self._edges()
        canv.saveState()
        canv.setFillColor(styles.MUTED)
        y = styles.BOTTOM - 28
        script.draw(canv, start, y, self.ctx.report.template.id, fonts.REGULAR, size,
                    start_align)
        number = canv.getPageNumber()
        name = f"nrPage{number}"
        canv.set_late(name, self.ctx.messages("page_of", page=canv.late.number(number),
                                              pages=PAGES),
                      fonts.REGULAR, size, end_align)
        canv.translate(end, y)
        canv.doForm(name)
        canv.restoreState()

    def body(self, canv: ReportCanvas, doc: Any) -> None:
        script = self.ctx.script
        start, start_align, end, end_align = self._edges()
        canv.saveState()
        y = styles.PAGE_HEIGHT - styles.TOP + 22
        canv.setFillColor(styles.ACCENT)
        used = script.draw(canv, start, y, self.state, fonts.BOLD, 8.5, start_align)
        canv.setFillColor(styles.MUTED)
        room = styles.FRAME_WIDTH - used - 12
        right = self.right
        if script.width(right, fonts.REGULAR, 8) > room:
            right = _shortened(right, room, script.measure(fonts.REGULAR, 8))
        script.draw(canv, end, y, right, fonts.REGULAR, 8, end_align)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(styles.LEFT, y - 6, styles.PAGE_WIDTH - styles.RIGHT, y - 6)
        canv.restoreState()
        self.footer(canv, doc)


def _shortened(text: str, width: float, measure: Callable[[str], float]) -> str:
    """``text`` cut with an ellipsis to fit ``width`` (a long title in the header)."""
    while text and measure(text + "\u2026") > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"


def metadata(ctx: LayoutContext) -> dict[str, str]:
    """Title, author, subject and keywords of the document information dictionary."""
    report, say = ctx.report, ctx.messages
    state = state_name(ctx)
    return {
        "title": f"{ctx.text(report.template.title)}: {state}, {report.cycle}",
        "author": state,
        "subject": say("subject", state=state, cycle=report.cycle, template=report.template.id),
        "keywords": say("keywords", state=report.state, cycle=report.cycle),
        "creator": f"nationalreport {__version__}",
    }


def story(ctx: LayoutContext, done: SectionDone | None) -> list[Any]:
    sections = ctx.report.template.sections
    flow: list[Any] = [*cover_flowables(ctx), NextPageTemplate("body"), PageBreak()]
    flow.append(TextBlock(ctx.script, ctx.messages("contents"), ctx.styles.title))
    flow.append(Spacer(1, 14))
    flow.extend(TocEntry(section, ctx) for section in sections)
    flow.append(PageBreak())
    for index, section in enumerate(sections):
        if index:
            flow.append(CondPageBreak(220))
        flow.append(SectionHeading(section, ctx, done, index, len(sections)))
        flow.extend(section_flowables(section, ctx))
    return flow


def render_pdf(ctx: LayoutContext, done: SectionDone | None = None) -> tuple[bytes, int]:
    """The PDF bytes (not yet PDF/A) and the number of pages."""
    fonts.register()
    out = io.BytesIO()
    pages = _Pages(ctx)
    frame = Frame(styles.LEFT, styles.BOTTOM, styles.FRAME_WIDTH,
                  styles.PAGE_HEIGHT - styles.TOP - styles.BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        out,
        pagesize=(styles.PAGE_WIDTH, styles.PAGE_HEIGHT),
        leftMargin=styles.LEFT, rightMargin=styles.RIGHT,
        topMargin=styles.TOP, bottomMargin=styles.BOTTOM,
        invariant=1, pageCompression=1,
        initialFontName=fonts.REGULAR, initialFontSize=styles.BODY_SIZE,
        initialLeading=styles.BODY_LEADING,
        lang=ctx.language, displayDocTitle=1,
        **metadata(ctx),
    )
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=pages.footer),
        PageTemplate(id="body", frames=[frame], onPage=pages.body),
    ])
    # reportlab wraps every compressed stream in ASCII85 as well; pikepdf would only undo
    # it again. The setting is global, so it is restored at once.
    with _RL_CONFIG_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            doc.build(story(ctx, done), canvasmaker=functools.partial(
                ReportCanvas, script=ctx.script, number=ctx.number))
        finally:
            rl_config.useA85 = saved
    return out.getvalue(), doc.page
