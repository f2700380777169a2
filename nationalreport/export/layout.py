"""The whole PDF with reportlab: cover, contents, then each section in template order.

Every page after the cover carries the State and cycle at the top and "Page X of Y"
at the bottom; each section is a bookmark in the PDF outline and a line of the
contents, whose page numbers are filled in when the document is saved (``canvas``).
The result is plain PDF bytes; ``pdfa`` turns them into PDF/A-3b.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config  # type: ignore[import-untyped,unused-ignore]
from reportlab.platypus import (  # type: ignore[import-untyped,unused-ignore]
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from nationalreport import __version__
from nationalreport.export import fonts, styles
from nationalreport.export.canvas import TOTAL_FORM, ReportCanvas
from nationalreport.export.context import LayoutContext
from nationalreport.export.cover import cover_flowables, state_name
from nationalreport.export.fasttable import FastTable
from nationalreport.export.grid import section_flowables
from nationalreport.template import Section

SectionDone = Callable[[int, int], None]
_RL_CONFIG_LOCK = threading.Lock()


def _key(section: Section) -> str:
    return f"section-{section.id}"


class SectionHeading(FastTable):  # type: ignore[misc,unused-ignore]
    """The coloured band that opens a section; it marks the outline and the contents."""

    def __init__(self, section: Section, ctx: LayoutContext, done: SectionDone | None,
                 index: int, count: int) -> None:
        title = ctx.text(section.title)
        label = ctx.messages("section", number=section.id)
        text = Paragraph(f"{escape(label)}\u2003{escape(title)}", ctx.styles.heading)
        super().__init__([[text]], colWidths=[styles.FRAME_WIDTH], hAlign="LEFT", style=[
            *styles.base_table_style(),
            ("BACKGROUND", (0, 0), (-1, -1), styles.BAND_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ], spaceAfter=8)
        self.section, self.outline_title = section, f"{section.id}. {title}"
        self.done, self.index, self.count = done, index, count

    def draw(self) -> None:
        canv = self.canv
        _, top = canv.absolutePosition(0, self._height)
        key = _key(self.section)
        canv.bookmarkPage(key, fit="XYZ", left=0, top=top + 6)
        canv.addOutlineEntry(self.outline_title, key, level=0)
        canv.set_late(f"nrToc{self.section.id}", str(canv.getPageNumber()), fonts.REGULAR,
                      10.5, True)
        super().draw()
        if self.done is not None:
            self.done(self.index, self.count)


class TocEntry(Flowable):  # type: ignore[misc,unused-ignore]
    """One line of the contents: number, title, dotted leader, page (filled in late)."""

    NUMBER_WIDTH = 28.0
    PAGE_WIDTH = 36.0

    def __init__(self, section: Section, ctx: LayoutContext) -> None:
        super().__init__()
        self.section = section
        self.para = Paragraph(escape(ctx.text(section.title)), ctx.styles.toc)
        self.size = ctx.styles.toc.fontSize

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        text_width = avail_width - self.NUMBER_WIDTH - self.PAGE_WIDTH
        _, height = self.para.wrap(text_width, avail_height)
        self.height = height + 7
        return self.width, self.height

    def draw(self) -> None:
        canv, para = self.canv, self.para
        top = self.height - 3
        canv.setFont(fonts.BOLD, self.size)
        canv.setFillColor(styles.ACCENT)
        canv.drawString(0, top - self.size, self.section.id)
        para.drawOn(canv, self.NUMBER_WIDTH, top - para.height)
        lines = para.blPara.lines
        last = lines[-1]
        extra = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", 0)
        text_width = self.width - self.NUMBER_WIDTH - self.PAGE_WIDTH
        start = self.NUMBER_WIDTH + text_width - extra + 6
        end = self.width - self.PAGE_WIDTH + 8
        leading = para.style.leading
        baseline = top - self.size - (len(lines) - 1) * leading
        if end > start:
            canv.saveState()
            canv.setStrokeColor(styles.RULE)
            canv.setDash(1, 2.5)
            canv.line(start, baseline + 1, end, baseline + 1)
            canv.restoreState()
        canv.saveState()
        canv.translate(self.width, baseline)
        canv.doForm(f"nrToc{self.section.id}")
        canv.restoreState()
        canv.linkRect("", _key(self.section), (0, 0, self.width, self.height), relative=1,
                      thickness=0)


class _Pages:
    """The page decorations: header on body pages, "Page X of Y" on every page."""

    def __init__(self, ctx: LayoutContext) -> None:
        self.ctx = ctx
        report = ctx.report
        self.state = state_name(ctx)
        self.right = ctx.messages("header_right", title=ctx.text(report.template.short_title),
                                  cycle=report.cycle)
        self.before, after = ctx.messages.split("page_of", "pages", page="{page}")
        self.after = after
        self.widest = ctx.messages("page_of", page=888, pages=888)

    def footer(self, canv: ReportCanvas, doc: Any) -> None:
        size = 7.5
        canv.saveState()
        canv.late.total_suffix = self.after
        canv.late.total_font = (fonts.REGULAR, size)
        canv.setFont(fonts.REGULAR, size)
        canv.setFillColor(styles.MUTED)
        y = styles.BOTTOM - 28
        canv.drawString(styles.LEFT, y, self.ctx.report.template.id)
        before = self.before.replace("{page}", str(canv.getPageNumber()))
        x = styles.PAGE_WIDTH - styles.RIGHT - canv.stringWidth(self.widest, fonts.REGULAR, size)
        canv.drawString(x, y, before)
        canv.translate(x + canv.stringWidth(before, fonts.REGULAR, size), y)
        canv.doForm(TOTAL_FORM)
        canv.restoreState()

    def body(self, canv: ReportCanvas, doc: Any) -> None:
        canv.saveState()
        y = styles.PAGE_HEIGHT - styles.TOP + 22
        canv.setFont(fonts.BOLD, 8.5)
        canv.setFillColor(styles.ACCENT)
        canv.drawString(styles.LEFT, y, self.state)
        canv.setFont(fonts.REGULAR, 8)
        canv.setFillColor(styles.MUTED)
        canv.drawRightString(styles.PAGE_WIDTH - styles.RIGHT, y, self.right)
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(styles.LEFT, y - 6, styles.PAGE_WIDTH - styles.RIGHT, y - 6)
        canv.restoreState()
        self.footer(canv, doc)


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
    flow.append(Paragraph(escape(ctx.messages("contents")), ctx.styles.title))
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
            doc.build(story(ctx, done), canvasmaker=ReportCanvas)
        finally:
            rl_config.useA85 = saved
    return out.getvalue(), doc.page
