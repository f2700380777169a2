"""The one generic page, built from a template ``Section`` for any template given.

A scrolling column of question rows, indented by the depth of their numbers. The
page follows the report: a changed answer is shown, a skip rule hides the questions
it skips (and says why), and problems appear as the feedback reveals them. The
field with the keyboard focus is always scrolled into view. The rows that fill the
window are built with the page and the others while the window is idle; ``rows``
gives them all, building any still to come.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nationalreport.report import is_empty
from nationalreport.template import Question, Section, localized
from nationalreport.ui import language, style
from nationalreport.ui.pages import Page
from nationalreport.ui.question_row import QuestionRow
from nationalreport.ui.session import Session
from nationalreport.ui.wording import isolate, left_to_right


def section_title(section: Section, lang: str) -> str:
    return f"{section.id}. {isolate(localized(section.title, lang))}"


class SectionPage(Page):
    """Every question of one section.

    The page is built with enough rows to fill its window; the others are built one at
    a time while the window is idle. A long section so opens at once, the official's
    keys and clicks never wait for more than one row, and the scroll bar is there from
    the first picture (a scroll bar appearing later would narrow the page and re-wrap it).
    """

    def __init__(self, section: Section, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.session = session
        #: Template texts are shown in the interface language (English where missing).
        self.language = language.current()
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroller)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        self.heading = QLabel(section_title(section, self.language), content)
        style.set_property(self.heading, "role", "section-title")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self._content = content
        self._layout = layout
        #: The rows built so far, in the template's order; ``rows`` builds the rest first.
        self._built: dict[str, QuestionRow] = {}
        self._waiting = list(section.questions)
        #: What the skip rules skip, kept by ``update_skips`` for the rows still to come.
        self._skipped = session.report.skipped()
        self._builder: QTimer | None = None
        #: Rows built from now on come after the page was laid out ("late").
        self._late = False
        self._build_first_screen()
        layout.addStretch(1)
        self._late = True
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        if self._waiting:
            # A timer of no interval fires once the events waiting (layout, painting,
            # the official's keys) are handled: the rest of the page follows when idle.
            self._builder = QTimer(self)
            self._builder.setInterval(0)
            self._builder.timeout.connect(lambda: self._build(1))
            self._builder.start()

        session.answer_changed.connect(self._answer_changed)
        session.feedback.changed.connect(self._problems_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._fresh = True

    @property
    def rows(self) -> dict[str, QuestionRow]:
        """Every question's row, in the template's order (building those still to come)."""
        if self._waiting:
            self._build(len(self._waiting))
        return self._built

    def _build_first_screen(self) -> None:
        """Build rows until they are taller than the window, or the screen for a lone page."""
        window = self.window()
        limit = (window.height() if window is not self
                 else self.screen().availableGeometry().height())
        spacing = self._layout.spacing()
        height = self.heading.sizeHint().height()
        while self._waiting and height < limit:
            self._build(1)
            row = next(reversed(self._built.values()))
            height += row.sizeHint().height() + spacing

    def _build(self, count: int) -> None:
        """Build the next ``count`` rows, as the report, its skips and problems stand now."""
        for question in self._waiting[:count]:
            self._add_row(question)
        del self._waiting[:count]
        if not self._waiting and self._builder is not None:
            self._builder.stop()
            self._builder.deleteLater()
            self._builder = None

    def _add_row(self, question: Question) -> None:
        content, layout, late = self._content, self._layout, self._late
        # The closing stretch is added once the first rows are in; late rows go before it.
        at = layout.count() - 1 if late else layout.count()
        if question.depth == 0 and self._built:
            line = QFrame(content)
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            layout.insertWidget(at, line)
            if late:
                line.setVisible(True)
            at += 1
        row = QuestionRow(question, self.session, content)
        self._built[question.number] = row
        layout.insertWidget(at, row)
        if late:
            row.setVisible(True)  # at once: a layout shows a late child only on its next event
        # Tab order needs nothing: a new widget joins the end of its window's Tab chain,
        # and the page's rows are the last widgets made in the window (another page made
        # meanwhile is hidden while this one shows, and Tab passes over hidden widgets).
        if question.number in self._skipped:
            row.set_skipped(self.skip_reason(question.number))
        row.show_problems(self.session.feedback.visible(question.number))

    def title(self) -> str:
        return section_title(self.section, self.language)

    # ------------------------------------------------------------ lifecycle

    def load(self) -> None:
        if self._fresh:  # built a moment ago from the report as it is
            self._fresh = False
            return
        for row in self._built.values():  # rows still to come are built as things stand
            row.refresh()
        self.update_skips()

    def check(self) -> None:
        if self.session.feedback.pending:
            self.session.feedback.run_pending()

    def focus_first(self) -> None:
        self.scroller.verticalScrollBar().setValue(0)
        if self._focus_first_of(self._built) or self._focus_first_of(self.rows):
            return
        self.setFocus()

    @staticmethod
    def _focus_first_of(rows: dict[str, QuestionRow]) -> bool:
        """Put the cursor in the first field of ``rows`` that is not skipped; was there one?"""
        return any(not row.skipped and row.focus_field() is not None for row in rows.values())

    def focus_question(self, number: str, where: Sequence[str] = ()) -> QWidget | None:
        """Scroll to a question and put the cursor in its field (at ``where``)."""
        row = self.rows.get(number)
        if row is None:
            return None
        self.scroller.ensureWidgetVisible(row, 0, 24)
        widget = row.focus_field(where)
        if widget is not None:
            self.scroller.ensureWidgetVisible(widget, 16, 48)
        return widget

    # ------------------------------------------------------------ following the model

    def _answer_changed(self, number: str) -> None:
        row = self._built.get(number)
        if row is not None:
            row.refresh()
        if number in self.session.report.template and (
                self.session.report.template.question(number).skip is not None):
            self.update_skips()

    def _problems_changed(self, number: str) -> None:
        row = self._built.get(number)
        if row is not None:
            row.show_problems(self.session.feedback.visible(number))

    def update_skips(self) -> None:
        """Hide the questions the skip rules skip, saying which answer skips them."""
        report = self.session.report
        skipped = self._skipped = report.skipped()
        for number, row in self._built.items():
            if number not in skipped:
                if row.skipped:
                    row.set_skipped(None)
                continue
            row.set_skipped(self.skip_reason(number))

    def skip_reason(self, number: str) -> str:
        report = self.session.report
        by = report.template.skipped_by(number, report.answers)
        if by is None:
            return self.tr("Skipped.")
        answer = report.answer(by.number)
        option = by.option(str(answer))
        label = localized(option.label, self.language) if option else str(answer)
        reason = self.tr("Skipped: you answered “{answer}” to {number}.").format(
            answer=isolate(label), number=left_to_right(by.number))
        if not is_empty(report.answer(number)):
            reason += " " + self.tr(
                "The earlier answer is kept in the draft, but it will not be sent.")
        return reason

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._waiting and new is not None and self._built:
            last = next(reversed(self._built.values()))
            if last.isAncestorOf(new):  # the next Tab goes on to the rows still to come
                self._build(len(self._waiting))
        content = self.scroller.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 16, 48)
