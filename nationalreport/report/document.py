"""The report document: metadata and answers keyed by the template's question numbers.

A ``Report`` is what every layer edits or reads: the wizard writes answers through
``set_answer``, storage turns it into a draft file and back, export turns it into a
submission. It holds no file paths and knows nothing of Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from nationalreport import __version__
from nationalreport.formats import (
    DRAFT_FORMAT,
    FORMAT_VERSION,
    REPORT_LANGUAGES,
    SUBMISSION_FORMAT,
)
from nationalreport.report import serialize
from nationalreport.report.states import get_state
from nationalreport.template import Template, load_template

Listener = Callable[[str], None]


class ReportError(ValueError):
    """An operation on a report was given something that cannot be right."""


def _as_is(value: Any) -> Any:
    return value


def is_empty(value: Any) -> bool:
    """True for an answer that says nothing: absent, blank, or made only of blanks."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    if isinstance(value, Mapping):
        return all(is_empty(v) for v in value.values())
    if isinstance(value, list):
        return all(is_empty(v) for v in value)
    return False


@dataclass
class Report:
    """One State's report for one cycle, made with one template."""

    template: Template
    state: str
    cycle: int
    language: str = "en"
    answers: dict[str, Any] = field(default_factory=dict)
    changed: dict[str, str] = field(default_factory=dict)
    #: Answers carried from a previous report that the official has not yet confirmed.
    review: set[str] = field(default_factory=set)
    #: Answers whose question the template no longer has (kept, never dropped).
    orphans: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=serialize.now)
    modified: str = ""
    _listeners: list[Listener] = field(default_factory=list, repr=False, compare=False)

    # ------------------------------------------------------------------ creation

    @classmethod
    def new(
        cls,
        state: str,
        cycle: int,
        language: str = "en",
        template: Template | str | None = None,
    ) -> Report:
        """A blank report; raises ``ReportError`` for an unknown State, year or language."""
        known = get_state(state)
        if known is None:
            raise ReportError(f"'{state}' is not the ISO 3166-1 alpha-3 code of a UN Member "
                              "or observer State")
        if not isinstance(cycle, int) or not 2000 <= cycle <= 2100:
            raise ReportError(f"the cycle must be a year between 2000 and 2100, not {cycle!r}")
        if language not in REPORT_LANGUAGES:
            raise ReportError(f"the report language must be one of {', '.join(REPORT_LANGUAGES)}")
        if template is None or isinstance(template, str):
            from nationalreport.template import default_template_id

            template = load_template(template or default_template_id())
        stamp = serialize.now()
        return cls(template=template, state=known.code, cycle=cycle, language=language,
                   created=stamp, modified=stamp)

    def carried_forward(self, cycle: int) -> Report:
        """A new report for ``cycle`` starting from this one's answers, each marked for review."""
        report = Report.new(self.state, cycle, self.language, self.template)
        report.answers = copy.deepcopy(self.answers)
        report.changed = dict(self.changed)
        report.review = set(self.answers)
        report.orphans = copy.deepcopy(self.orphans)
        return report

    # ------------------------------------------------------------------ answers

    @property
    def state_name(self) -> str:
        state = get_state(self.state)
        return state.name("en") if state else self.state

    def answer(self, number: str) -> Any:
        """The answer to ``number``, or ``None`` when unanswered."""
        return self.answers.get(number)

    def set_answer(self, number: str, value: Any, *, when: str | None = None) -> bool:
        """Record an answer (``None`` or a blank clears it). Returns whether anything changed."""
        if number not in self.template:
            raise ReportError(f"template {self.template.id} has no question {number}")
        value = copy.deepcopy(value)
        old = self.answers.get(number)
        if is_empty(value):
            if number not in self.answers:
                return False
            del self.answers[number]
        else:
            if old == value:
                return False
            self.answers[number] = value
        stamp = when or serialize.now()
        self.changed[number] = stamp
        self.modified = stamp
        self.review.discard(number)
        self._notify(number)
        return True

    def confirm(self, number: str) -> None:
        """Mark a carried-over answer as reviewed without changing it."""
        if number in self.review:
            self.review.discard(number)
            self._notify(number)

    def skipped(self) -> frozenset[str]:
        """Questions the skip rules skip, given the current answers."""
        return self.template.skipped(self.answers)

    def exportable_answers(self) -> dict[str, Any]:
        """The answers that reach an export: answered, and not skipped by a rule."""
        skipped = self.skipped()
        return {
            number: copy.deepcopy(value)
            for number, value in self.answers.items()
            if number not in skipped and not is_empty(value)
        }

    def answered_count(self, numbers: Iterable[str] | None = None) -> int:
        pool = self.template.numbers if numbers is None else numbers
        return sum(1 for n in pool if not is_empty(self.answers.get(n)))

    # ------------------------------------------------------------------ listening

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(number)`` after every change of an answer."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, number: str) -> None:
        for listener in list(self._listeners):
            listener(number)

    # ------------------------------------------------------------------ documents

    def envelope(self, kind: str = DRAFT_FORMAT) -> dict[str, Any]:
        """The metadata every draft and submission carries."""
        return {
            "format": kind,
            "format_version": FORMAT_VERSION,
            "template": self.template.id,
            "state": {"code": self.state, "name": self.state_name},
            "cycle": self.cycle,
            "language": self.language,
            "created": self.created,
            "modified": self.modified or self.created,
            "generator": f"nationalreport {__version__}",
        }

    def to_draft(self, *, shared: bool = False) -> dict[str, Any]:
        """The whole draft, skipped answers included, as a JSON-ready object.

        ``shared=True`` leaves the answers those of the report, not copies, for a caller
        that serialises the document at once and keeps nothing (saving a large draft
        would otherwise copy every answer first).
        """
        take: Callable[[Any], Any] = _as_is if shared else copy.deepcopy
        document = self.envelope(DRAFT_FORMAT)
        document["answers"] = take(self.answers)
        document["changed"] = {n: t for n, t in self.changed.items() if n in self.template}
        if self.review:
            document["review"] = self.template.sort_numbers(self.review)
        if self.orphans:
            document["orphans"] = take(self.orphans)
        return document

    def to_submission(self, exported: str | None = None) -> dict[str, Any]:
        """What is sent to ODA: only answers that are given and not skipped, with a hash."""
        answers = self.exportable_answers()
        document = self.envelope(SUBMISSION_FORMAT)
        document["answers"] = answers
        document["changed"] = {n: t for n, t in self.changed.items() if n in answers}
        document["exported"] = exported or serialize.reproducible_now()
        document["answers_sha256"] = serialize.sha256_hex(answers)
        return document

    @classmethod
    def from_document(
        cls, document: Mapping[str, Any], template: Template, *, owned: bool = False
    ) -> Report:
        """Rebuild a report from a draft that has already been checked and migrated.

        ``owned=True`` says the document was just parsed and nobody else holds it, so
        its answers are taken as they are instead of copied (opening a large draft).
        """
        state = document["state"]
        take: Callable[[Any], Any] = _as_is if owned else copy.deepcopy
        report = cls(
            template=template,
            state=state["code"] if isinstance(state, Mapping) else str(state),
            cycle=int(document["cycle"]),
            language=str(document.get("language", "en")),
            answers={k: take(v) for k, v in document.get("answers", {}).items()},
            changed=dict(document.get("changed", {})),
            review=set(document.get("review", [])),
            orphans=take(dict(document.get("orphans", {}))),
            created=str(document.get("created") or serialize.now()),
            modified=str(document.get("modified") or ""),
        )
        return report
