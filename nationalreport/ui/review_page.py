"""The review page: every problem and every unanswered question, grouped by section.

Opening it checks the whole report and, from then on, shows every problem beside
its field. Each line is one activation (Enter or double-click) away from its field:
the window jumps there and puts the cursor in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nationalreport.report import is_empty
from nationalreport.template import localized
from nationalreport.ui import icons, language, style, wording
from nationalreport.ui.feedback import tail
from nationalreport.ui.pages import Page
from nationalreport.ui.section_page import section_title
from nationalreport.ui.session import Session
from nationalreport.ui.signals import emit

if TYPE_CHECKING:
    from nationalreport.validation import Problem

TARGET = Qt.ItemDataRole.UserRole


class ReviewPage(Page):
    """What is left to do before the report can be sent."""

    #: question number, path inside the answer
    jump = Signal(str, tuple)
    #: The official asked to sign the report from here.
    sign_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = language.current()
        self.heading = QLabel(self.tr("Review"), self)
        style.set_property(self.heading, "role", "section-title")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.hint = QLabel(self.tr(
            "Press Enter or double-click a line to go to its question."), self)
        style.set_property(self.hint, "role", "muted")
        self.hint.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Check again"), self)
        self.refresh_button.clicked.connect(self.load)
        self.sign_button = QPushButton(self.tr("Sign and export…"), self)
        self.sign_button.clicked.connect(lambda _checked=False: emit(self.sign_requested))
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setAccessibleName(self.tr("Problems and unanswered questions"))
        self.tree.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.tree, 1)

    def title(self) -> str:
        return self.tr("Review")

    # ------------------------------------------------------------ lifecycle

    def load(self) -> None:
        """Check the whole report and list what needs attention."""
        problems = self.session.feedback.reveal()
        self.tree.clear()
        report = self.session.report
        lang = self.language
        skipped = report.skipped()
        by_question: dict[str, list[Problem]] = {}
        for problem in problems:
            if problem.question is not None:
                by_question.setdefault(problem.question, []).append(problem)
        totals = [0, 0, 0, 0]
        for section in report.template.sections:
            item = QTreeWidgetItem([section_title(section, lang)])
            counts = [0, 0, 0, 0]
            found: list[list[tuple[str, tuple[str, ...], str, str]]] = [[], [], [], []]
            for question in section.questions:
                number = question.number
                text = localized(question.text, lang)
                for problem in by_question.get(number, []):
                    where = tail(problem)
                    kind = 0 if problem.is_error else 1
                    found[kind].append((number, where, self._problem_text(
                        problem, wording.place(question, where, lang) or text),
                        "errors" if problem.is_error else "advisories"))
                if number in skipped:
                    continue
                if is_empty(report.answer(number)):
                    found[2].append((number, (), self.tr("Unanswered: {number} {text}").format(
                        number=wording.left_to_right(number), text=wording.isolate(text)),
                        "not_started"))
                elif number in report.review:
                    found[3].append((number, (), self.tr(
                        "To confirm (carried from the previous report): {number} {text}").format(
                        number=wording.left_to_right(number), text=wording.isolate(text)),
                        "in_progress"))
            for kind in (0, 1, 3, 2):  # errors, advisories, to confirm, unanswered
                counts[kind] = len(found[kind])
                for number, where, line, state in found[kind]:
                    self._line(item, number, where, line, state)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            item.setText(0, self.tr("{title}: {counts}").format(
                title=section_title(section, lang), counts=self._counts(counts)))
            item.setIcon(0, icons.state_icon(
                "errors" if counts[0] else "advisories" if counts[1]
                else "complete" if not counts[2] and not counts[3] else "in_progress"))
            self.tree.addTopLevelItem(item)
            item.setExpanded(bool(counts[0] or counts[1]))
        self.summary.setText(self._counts(totals))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def focus_first(self) -> None:
        self.tree.setFocus()

    # ------------------------------------------------------------ helpers

    def _problem_text(self, problem: Problem, where: str) -> str:
        words = (self.tr("Error: {number} {problem}") if problem.is_error
                 else self.tr("Advisory: {number} {problem}"))
        return words.format(number=wording.left_to_right(problem.question or ""),
                            problem=wording.with_place(where, problem.message))

    def _counts(self, counts: Sequence[int]) -> str:
        errors, advisories, unanswered, confirm = counts
        parts = [self.tr("%n error(s)", "", errors),
                 self.tr("%n advisory(ies)", "", advisories),
                 self.tr("%n unanswered", "", unanswered)]
        if confirm:
            parts.append(self.tr("%n to confirm", "", confirm))
        return self.tr(", ", "between the counts of a summary").join(parts)

    def _line(self, parent: QTreeWidgetItem, number: str, where: tuple[str, ...], text: str,
              state: str) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, TARGET, (number, where))
        item.setIcon(0, icons.state_icon(state))
        item.setToolTip(0, text)

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(0, TARGET)
        if target:
            number, where = target
            emit(self.jump, number, tuple(where))
        else:
            item.setExpanded(not item.isExpanded())

    def items(self) -> list[QTreeWidgetItem]:
        """Every line of the review (for tests and the next-problem key)."""
        found: list[QTreeWidgetItem | None] = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            if section is not None:
                found.extend(section.child(j) for j in range(section.childCount()))
        return [item for item in found if item is not None]
