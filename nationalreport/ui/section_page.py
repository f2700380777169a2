"""The one generic page, built from a template ``Section`` for any template given.

A scrolling column of question rows, indented by the depth of their numbers. The
page follows the report: a changed answer is shown, a skip rule hides the questions
it skips (and says why), and problems appear as the feedback reveals them. The
field with the keyboard focus is always scrolled into view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nationalreport.report import is_empty
from nationalreport.template import Section, localized
from nationalreport.ui import language, style
from nationalreport.ui.pages import Page
from nationalreport.ui.question_row import QuestionRow
from nationalreport.ui.session import Session
from nationalreport.ui.wording import isolate, left_to_right


def section_title(section: Section, lang: str) -> str:
    return f"{section.id}. {isolate(localized(section.title, lang))}"


class SectionPage(Page):
    """Every question of one section."""

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
        self.rows: dict[str, QuestionRow] = {}
        for question in section.questions:
            if question.depth == 0 and self.rows:
                line = QFrame(content)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                layout.addWidget(line)
            row = QuestionRow(question, session, content)
            self.rows[question.number] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

        session.answer_changed.connect(self._answer_changed)
        session.feedback.changed.connect(self._problems_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.update_skips()
        for number, row in self.rows.items():
            row.show_problems(session.feedback.visible(number))
        self._fresh = True

    def title(self) -> str:
        return section_title(self.section, self.language)

    # ------------------------------------------------------------ lifecycle

    def load(self) -> None:
        if self._fresh:  # built a moment ago from the report as it is
            self._fresh = False
            return
        for row in self.rows.values():
            row.refresh()
        self.update_skips()

    def check(self) -> None:
        if self.session.feedback.pending:
            self.session.feedback.run_pending()

    def focus_first(self) -> None:
        self.scroller.verticalScrollBar().setValue(0)
        for row in self.rows.values():
            if not row.skipped and row.focus_field() is not None:
                return
        self.setFocus()

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
        row = self.rows.get(number)
        if row is not None:
            row.refresh()
        if number in self.session.report.template and (
                self.session.report.template.question(number).skip is not None):
            self.update_skips()

    def _problems_changed(self, number: str) -> None:
        row = self.rows.get(number)
        if row is not None:
            row.show_problems(self.session.feedback.visible(number))

    def update_skips(self) -> None:
        """Hide the questions the skip rules skip, saying which answer skips them."""
        report = self.session.report
        skipped = report.skipped()
        for number, row in self.rows.items():
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
        content = self.scroller.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, 16, 48)
