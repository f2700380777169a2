"""The section list beside the pages: where the official is, and how far each section got.

Each section shows its state in words and with an icon of its own shape (not
started, in progress, complete, has errors, has advisories) and how many of its
questions are answered; the last entry is the review page.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from nationalreport.template import Section
from nationalreport.ui import icons, language
from nationalreport.ui.delegates import LinesDelegate
from nationalreport.ui.section_page import section_title
from nationalreport.ui.session import Session
from nationalreport.ui.wording import lines, number


class SectionState(NamedTuple):
    """How far one section has got."""

    state: str  # not_started | in_progress | complete | errors | advisories
    answered: int
    total: int
    errors: int
    advisories: int


def section_state(session: Session, section: Section, skipped: frozenset[str]) -> SectionState:
    report = session.report
    applicable = [q.number for q in section.questions if q.number not in skipped]
    answered = report.answered_count(applicable)
    errors, advisories = session.feedback.section_counts(section)
    if errors:
        state = "errors"
    elif advisories:
        state = "advisories"
    elif answered == 0:
        state = "not_started"
    elif answered >= len(applicable) and not any(n in report.review for n in applicable):
        state = "complete"
    else:
        state = "in_progress"
    return SectionState(state, answered, len(applicable), errors, advisories)


class Navigator(QListWidget):
    """One entry per section, then the review page."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The viewport Qt would make is a widget Python has never seen: the first time
        # it is asked for (the delegate measures against it), PySide finds its class by
        # building every widget class it has, with all their enums, at start-up. One
        # made here, the same plain widget, is known already.
        self.setViewport(QWidget(self))
        self.session = session
        self.language = language.current()
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setIconSize(QSize(16, 16))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(LinesDelegate(self))
        self.setAccessibleName(self.tr("Sections"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        for _section in session.report.template.sections:
            self.addItem(QListWidgetItem())
        review = QListWidgetItem(self.tr("Review: problems and unanswered questions"))
        review.setIcon(icons.state_icon("review"))
        self.addItem(review)
        self.refresh()

    def state_words(self, found: SectionState) -> str:
        words = {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "complete": self.tr("Complete"),
            "errors": self.tr("Has problems"),
            "advisories": self.tr("Has advisories"),
        }[found.state]
        return self.tr("{state} · {answered} of {total} answered").format(
            state=words, answered=number(found.answered), total=number(found.total))

    def refresh(self) -> None:
        report = self.session.report
        skipped = report.skipped()
        for row, section in enumerate(report.template.sections):
            item = self.item(row)
            found = section_state(self.session, section, skipped)
            title = section_title(section, self.language)
            text = lines(title, self.state_words(found))
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
                item.setIcon(icons.state_icon(found.state))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
