"""One question on a page: its number, text, sources and help around the control.

The row is the frame; the control inside it is the input. The row also shows what
the official must know about the answer: its problems (beside the field, as words
with an icon, and as the field's accessible description), why it is skipped, and
whether it was carried from the previous report and awaits confirmation.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nationalreport.template import Question, localized
from nationalreport.ui import icons, language, style, wording
from nationalreport.ui.controls import AnswerControl, create_control
from nationalreport.ui.feedback import tail
from nationalreport.ui.session import Session
from nationalreport.ui.undo import WindowUndoKeys

if TYPE_CHECKING:
    from nationalreport.validation import Problem

INDENT = 28
#: Where each part of a row sits in its grid, under the number and text (row 0).
HELP_ROW, REVIEW_ROW, CONTROL_ROW, SKIP_ROW, PROBLEMS_ROW = 1, 2, 3, 4, 5


@functools.cache
def undo_keys() -> WindowUndoKeys:
    """The one filter that hands undo keys in text fields to the window."""
    return WindowUndoKeys()


class SelectableText(QLabel):
    """A wrapped text the official can select with the mouse, to copy it.

    The label becomes selectable when the mouse first comes over it. A selectable label
    keeps a text document of its own, which made a page take about a third longer to
    build; only the texts the mouse reaches need one. Selectable or not, a wrapped label
    takes the same height for a given width, so nothing moves when it changes.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 - Qt API
        if not self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)


class ProblemList(style.Frame):
    """The problems of one answer, each with an icon and the word "Error" or "Advisory"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style.set_property(self, "role", "problems")
        self.lines = QVBoxLayout(self)
        self.lines.setContentsMargins(8, 4, 8, 4)
        self.lines.setSpacing(2)
        self.texts: list[str] = []
        self.hide()

    def show_lines(self, lines: Sequence[tuple[bool, str]]) -> None:
        """(is an error, text) for each problem; an empty list hides the frame."""
        while self.lines.count():
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.texts = []
        for is_error, text in lines:
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setPixmap(icons.error_pixmap() if is_error else icons.advisory_pixmap())
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            words = (self.tr("Error: {problem}") if is_error
                     else self.tr("Advisory: {problem}")).format(problem=text)
            label = SelectableText(words, row)
            style.set_property(label, "severity", "error" if is_error else "advisory")
            layout.addWidget(icon)
            layout.addWidget(label, 1)
            self.lines.addWidget(row)
            self.texts.append(label.text())
        style.set_property(self, "severity", "error" if any(e for e, _ in lines)
                           else "advisory" if lines else "")
        self.setVisible(bool(lines))


class QuestionRow(QFrame):
    """The official number, text, sources, help, control, and notes of one question."""

    def __init__(self, question: Question, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.session = session
        self.number = question.number
        self.skipped = False
        #: Template texts are shown in the interface language (English where missing).
        self.language = language.current()
        self.text = localized(question.text, self.language)
        help_text = localized(question.help, self.language)

        self.number_label = QLabel(question.number, self)
        style.set_property(self.number_label, "role", "number")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text_label = SelectableText(self.text, self)
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.text_label, 1)
        for source in question.sources:
            tag = style.Label(source, self)
            style.set_property(tag, "role", "source")
            tag.setToolTip(self.tr("Source: {source}").format(source=source))
            header.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        self.help_button = QToolButton(self)
        self.help_button.setText(self.tr("?", "the button that shows a question's help"))
        self.help_button.setAutoRaise(True)
        self.help_button.setCheckable(True)
        self.help_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.help_button.setToolTip(
            help_text + "\n\n" + self.tr("(F1 shows this help under the question.)"))
        self.help_button.setAccessibleName(self.tr("Help on {number}").format(
            number=question.number))
        self.help_button.setEnabled(bool(help_text))
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)
        self.help_text = help_text
        # The help, the carried-over note, the skip note and the problem list are made
        # when first needed: most questions never show them, and a page builds a dozen
        # rows at a time.
        self._help_label: QLabel | None = None
        self._review_box: QWidget | None = None
        self._skip_note: QLabel | None = None
        self.help_button.toggled.connect(lambda shown: self.help_label.setVisible(shown))

        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(INDENT * question.depth, 6, 0, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("00.00.00.a") + 4)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.number_label, 0, 0)
        grid.addLayout(header, 0, 1)
        if self.number in session.report.review:
            _ = self.review_box  # made before the answer, so that Tab reaches Confirm first

        self.control: AnswerControl = create_control(question, self.language, self)
        self.control.name_fields(f"{question.number} {self.text}")
        for item in self.control.fields():
            if isinstance(item.widget, QLineEdit | QPlainTextEdit):
                item.widget.installEventFilter(undo_keys())
        self.control.edited.connect(self._edited)
        self._problem_list: ProblemList | None = None
        grid.addWidget(self.control, CONTROL_ROW, 1)
        self.refresh()

    # ------------------------------------------------------------ made when needed

    @property
    def help_label(self) -> QLabel:
        """The question's help, under its text (hidden until asked for)."""
        if self._help_label is None:
            label = self._help_label = QLabel(self.help_text, self)
            label.setWordWrap(True)
            style.set_property(label, "role", "help")
            label.hide()
            self.grid.addWidget(label, HELP_ROW, 1)
        return self._help_label

    @property
    def review_box(self) -> QWidget:
        """"Carried over from the previous report", and the button that confirms it."""
        if self._review_box is None:
            box = self._review_box = QWidget(self)
            note = QLabel(self.tr(
                "Carried over from the previous report: check that it is still true."), box)
            style.set_property(note, "role", "review-note")
            note.setWordWrap(True)
            self._confirm_button = QPushButton(self.tr("Confirm"), box)
            self._confirm_button.setAccessibleName(
                self.tr("Confirm the answer to {number}").format(number=self.number))
            self._confirm_button.clicked.connect(lambda: self.session.confirm(self.number))
            review = QHBoxLayout(box)
            review.setContentsMargins(0, 0, 0, 0)
            review.addWidget(note, 1)
            review.addWidget(self._confirm_button)
            box.hide()
            self.grid.addWidget(box, REVIEW_ROW, 1)
        return self._review_box

    @property
    def confirm_button(self) -> QPushButton:
        """The button that confirms a carried-over answer."""
        _ = self.review_box
        return self._confirm_button

    @property
    def problem_list(self) -> ProblemList:
        """The answer's problems, under the control (hidden while there are none)."""
        if self._problem_list is None:
            self._problem_list = ProblemList(self)
            self.grid.addWidget(self._problem_list, PROBLEMS_ROW, 1)
        return self._problem_list

    @property
    def skip_note(self) -> QLabel:
        """Why the question is skipped, in place of its answer (hidden unless skipped)."""
        if self._skip_note is None:
            label = self._skip_note = QLabel(self)
            style.set_property(label, "role", "skip-note")
            label.setWordWrap(True)
            label.hide()
            self.grid.addWidget(label, SKIP_ROW, 1)
        return self._skip_note

    # ------------------------------------------------------------ model -> view

    def _edited(self, value: object, merge: str) -> None:
        self.session.set_answer(self.number, value, merge)

    def refresh(self) -> None:
        """Show the report's answer and whether it awaits confirmation."""
        report = self.session.report
        self.control.set_value(report.answer(self.number))
        in_review = self.number in report.review
        if in_review or self._review_box is not None:
            self.review_box.setVisible(in_review)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        located = [(tail(p), p) for p in sorted(problems, key=lambda p: not p.is_error)]
        self.control.mark_problems(located)
        lines = []
        for where, problem in located:
            place = wording.place(self.question, where, self.language)
            lines.append((problem.is_error, wording.with_place(place, problem.message)))
        if lines or self._problem_list is not None:
            self.problem_list.show_lines(lines)

    def set_skipped(self, reason: str | None) -> None:
        """Hide the control and say why (``None`` shows the control again)."""
        skipped = reason is not None
        self.skipped = skipped
        self.control.setVisible(not skipped)
        if skipped or self._skip_note is not None:
            self.skip_note.setVisible(skipped)
            self.skip_note.setText(reason or "")
        style.set_property(self.text_label, "role", "muted" if skipped else "")
        in_review = not skipped and self.number in self.session.report.review
        if skipped and self._problem_list is not None:
            self._problem_list.show_lines([])
        if in_review or self._review_box is not None:
            self.review_box.setVisible(in_review)

    def toggle_help(self) -> None:
        if self.help_button.isEnabled():
            self.help_button.toggle()

    def focus_field(self, where: Sequence[str] = ()) -> QWidget | None:
        if self.control.isHidden():
            return None
        return self.control.focus_field(where)
