"""The contract of an answer control, and the registry that picks one for a question.

As in JSON Forms, each control class registers with a *tester* that ranks how well
it fits a question; ``create_control`` takes the highest rank. A new answer kind is
a new module with a new registered class, not a new branch in a long ``if``. A
question no control fits gets the placeholder (rank 0), which says so visibly.

A control is a view: it shows the answer it is given (``set_value``) and reports
what the official typed (``edited``). It never validates, numbers or saves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from nationalreport.report import is_empty
from nationalreport.template import Question
from nationalreport.ui import style
from nationalreport.ui.signals import emit

if TYPE_CHECKING:
    from nationalreport.validation import Problem

Tester = Callable[[Question], int]
NOT_FIT = -1


class Field(NamedTuple):
    """One input of a control: where its value sits in the answer, and its label."""

    tail: tuple[str, ...]
    widget: QWidget
    label: str = ""


class AnswerControl(QWidget):
    """Base of every control: shows one answer, reports edits, marks problems."""

    #: The whole new answer, and a merge key: consecutive edits with the same
    #: non-empty key (keystrokes in one field) become one undo step.
    edited = Signal(object, str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self._quiet = False

    # -------------------------------------------------------------- to override

    def fields(self) -> list[Field]:
        """The inputs, in tab order."""
        raise NotImplementedError

    def value(self) -> Any:
        """The answer as the inputs show it now (``None`` when blank)."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        """Display ``value`` (``None`` = unanswered)."""
        raise NotImplementedError

    # -------------------------------------------------------------- shared

    def set_value(self, value: Any) -> None:
        """Show ``value`` without reporting it back as an edit.

        Nothing is rewritten when the inputs already show this answer, so the echo of
        the official's own keystroke never moves the cursor.
        """
        current = self.value()
        if current == value or (is_empty(current) and is_empty(value)):
            return
        self._quiet = True
        try:
            self._show(value)
        finally:
            self._quiet = False

    def report_edit(self, value: Any, merge: str = "") -> None:
        if not self._quiet:
            emit(self.edited, value, merge)

    def name_fields(self, name: str) -> None:
        """Give every input an accessible name: the question's number and text."""
        for field in self.fields():
            field.widget.setAccessibleName(f"{name}: {field.label}" if field.label else name)

    def field_at(self, tail: Sequence[str]) -> Field | None:
        """The input holding the value at ``tail`` (the longest matching prefix)."""
        best: Field | None = None
        for field in self.fields():
            n = len(field.tail)
            if tuple(tail[:n]) == field.tail and (best is None or n > len(best.tail)):
                best = field
        return best

    def focus_field(self, tail: Sequence[str] = ()) -> QWidget | None:
        """Put the cursor in the input at ``tail`` (or the first one)."""
        field = self.field_at(tail) or next(iter(self.fields()), None)
        if field is None:
            return None
        field.widget.setFocus()
        return field.widget

    def mark_problems(self, problems: Sequence[tuple[tuple[str, ...], Problem]]) -> None:
        """Flag the inputs that have problems, and describe them to screen readers."""
        found: dict[int, list[Problem]] = {}
        for tail, problem in problems:
            field = self.field_at(tail) or next(iter(self.fields()), None)
            if field is not None:
                found.setdefault(id(field.widget), []).append(problem)
        for field in self.fields():
            mine = found.get(id(field.widget), [])
            severity = ("error" if any(p.is_error for p in mine)
                        else "advisory" if mine else "")
            style.set_property(field.widget, "problem", severity)
            field.widget.setAccessibleDescription(" ".join(p.message for p in mine))


# ------------------------------------------------------------------ registry

#: (tester, control class), or (tester, module name) for a control loaded when first needed.
_RENDERERS: list[tuple[Tester, type[AnswerControl] | str]] = []

C = TypeVar("C", bound=type[AnswerControl])


def register(tester: Tester) -> Callable[[C], C]:
    """Class decorator: offer this control for the questions ``tester`` ranks above -1."""

    def decorate(cls: C) -> C:
        _RENDERERS.append((tester, cls))
        return cls

    return decorate


def kind_is(*kinds: str, rank: int = 1) -> Tester:
    """A tester that ranks ``rank`` for questions of these kinds."""

    def tester(question: Question) -> int:
        return rank if question.kind in kinds else NOT_FIT

    return tester


def register_module(tester: Tester, module: str) -> None:
    """Offer the control that ``module`` registers, importing it when a question first needs it.

    For controls built on heavy widgets (a table view, its model and header): most
    pages show none, and the window's start-up need not load them.
    """
    _RENDERERS.append((tester, module))


def control_class(question: Question) -> type[AnswerControl]:
    """The registered control that fits ``question`` best."""
    best: tuple[int, type[AnswerControl] | str] | None = None
    for tester, entry in _RENDERERS:
        rank = tester(question)
        if rank > NOT_FIT and (best is None or rank > best[0]):
            best = (rank, entry)
    if best is None:
        raise LookupError(f"no control for question {question.number} ({question.kind})")
    entry = best[1]
    if isinstance(entry, str):
        _RENDERERS[:] = [(t, e) for t, e in _RENDERERS if e != entry]
        importlib.import_module(entry)  # its @register takes the place just left
        return control_class(question)
    return entry


def create_control(question: Question, language: str,
                   parent: QWidget | None = None) -> AnswerControl:
    return control_class(question)(question, language, parent)
