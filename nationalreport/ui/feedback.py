"""Validation as you go: which problems the official sees, and when.

The validator finds problems; this decides when they are shown. A question's
problems appear ``DELAY_MS`` after the official stops typing in it, and only once
they have touched it (a field never visited shows nothing); opening the review page
reveals everything. Answers given in an earlier session count as touched.
Skipped questions show nothing. No rule lives here: the checks are the validator's.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from nationalreport.report import Report, is_empty
from nationalreport.template import Section
from nationalreport.ui.signals import emit

if TYPE_CHECKING:
    from nationalreport.validation import Problem, ReportValidator

DELAY_MS = 400


def tail(problem: Problem) -> tuple[str, ...]:
    """Where in its answer a problem lies: ``("email",)``, ``("3", "year")`` or ``()``."""
    parts = [p.replace("~1", "/").replace("~0", "~") for p in problem.pointer.split("/")[1:]]
    if len(parts) >= 2 and parts[0] == "answers":
        return tuple(parts[2:])
    return ()


class Feedback(QObject):
    """The problems of each question, and which of them the official should see."""

    #: The visible problems of this question changed.
    changed = Signal(str)
    #: A round of checks has finished (after typing stopped, or the review).
    checked = Signal()

    def __init__(self, report: Report, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.language = language
        self.problems: dict[str, list[Problem]] = {}
        self.touched: set[str] = {n for n, v in report.answers.items() if not is_empty(v)}
        self.revealed = False
        self.pending: set[str] = set()
        #: What each question shows now, to announce only real changes.
        self._shown: dict[str, list[Problem]] = {}
        self._validator: ReportValidator | None = None
        self._skipped = report.skipped()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.run_pending)

    @property
    def validator(self) -> ReportValidator:
        if self._validator is None:
            from nationalreport.validation import validator_for

            self._validator = validator_for(self.report.template)
        return self._validator

    # ------------------------------------------------------------ what is shown

    def visible(self, number: str) -> list[Problem]:
        if self.revealed or number in self.touched:
            return self.problems.get(number, [])
        return []

    def counts(self, numbers: Iterable[str]) -> tuple[int, int]:
        """Visible (errors, advisories) among these questions."""
        errors = advisories = 0
        for number in numbers:
            for problem in self.visible(number):
                if problem.is_error:
                    errors += 1
                else:
                    advisories += 1
        return errors, advisories

    def section_counts(self, section: Section) -> tuple[int, int]:
        return self.counts(q.number for q in section.questions)

    # ------------------------------------------------------------ events

    def touch(self, number: str) -> None:
        """The official edited this question: check it once they pause."""
        self.touched.add(number)
        self.schedule(number)

    def schedule(self, number: str) -> None:
        self.pending.add(number)
        self.timer.start()

    def answer_changed(self, number: str) -> None:
        """Keep up with an answer changed by any means (typing, undo, recovery)."""
        skipped = self.report.skipped()
        for gone in skipped - self._skipped:
            self._replace(gone, [])
        for back in self._skipped - skipped:
            if self.revealed or back in self.touched:
                self.schedule(back)
        self._skipped = skipped
        if self.revealed or number in self.touched:
            self.schedule(number)

    def run_pending(self) -> None:
        """Check the questions waiting (and those whose checks read them) now."""
        self.timer.stop()
        pending, self.pending = self.pending, set()
        for number in self.report.template.sort_numbers(pending):
            found = self.validator.validate_question(self.report, number, self.language)
            for question, problems in found.items():
                self._replace(question, problems)
        emit(self.checked)

    def check_everything(self) -> list[Problem]:
        """Check the whole report (what is shown still depends on touch and reveal)."""
        self.pending.clear()
        self.timer.stop()
        problems = self.validator.validate(self.report, self.language)
        grouped: dict[str, list[Problem]] = {}
        for problem in problems:
            if problem.question is not None:
                grouped.setdefault(problem.question, []).append(problem)
        for number in set(self.problems) | set(grouped):
            self._replace(number, grouped.get(number, []))
        emit(self.checked)
        return problems

    def set_language(self, language: str) -> None:
        """Word the problems in ``language`` from now on, those showing included."""
        if language == self.language:
            return
        self.language = language
        if self.revealed:
            self.check_everything()
            return
        numbers = self.report.template.sort_numbers(set(self.problems))
        for number in numbers:
            if number in self.report.template:
                for question, problems in self.validator.validate_question(
                        self.report, number, language).items():
                    self._replace(question, problems)
        if numbers:
            emit(self.checked)

    def reveal(self) -> list[Problem]:
        """Show every problem from now on (the review page was opened)."""
        self.revealed = True
        return self.check_everything()

    def _replace(self, number: str, problems: list[Problem]) -> None:
        if problems:
            self.problems[number] = problems
        else:
            self.problems.pop(number, None)
        now = self.visible(number)
        if now != self._shown.get(number, []):
            if now:
                self._shown[number] = now
            else:
                self._shown.pop(number, None)
            emit(self.changed, number)
