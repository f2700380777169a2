"""Frozen objects for a parsed template.

A template is parsed once and then shared by the report model, the validator, the
exporters and the wizard, so every object here is immutable. The small records are
named tuples: the program makes them at every start, and a frozen dataclass takes
about ten times as long to define.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, NamedTuple

#: Answer kinds a template may use. A renderer, a schema shape and a PDF layout exist
#: for each; a template that names another kind is refused when it is loaded.
KINDS = frozenset(
    {
        "choice",
        "text",
        "multiline",
        "count",
        "number",
        "date",
        "year",
        "multichoice",
        "contact",
        "counts",
        "table",
        "retention",
        "attachment",
    }
)

#: Kinds a table column may use.
COLUMN_KINDS = frozenset(
    {"text", "multiline", "choice", "count", "number", "date", "year", "url", "currency"}
)

#: Kinds a field of a contact block may use.
CONTACT_KINDS = frozenset({"choice", "text", "multiline", "telephone", "email"})

Text = Mapping[str, str]


def localized(text: Text, language: str, fallback: str = "en") -> str:
    """The text in ``language``, or in ``fallback`` where the template lacks it."""
    value = text.get(language)
    if value:
        return value
    return text.get(fallback, "")


class Option(NamedTuple):
    """One answer a choice or multi-choice question offers (``code`` is stored)."""

    code: str
    label: Text
    other: bool = False


class Column(NamedTuple):
    """One column of a repeatable table."""

    key: str
    kind: str
    label: Text
    options: tuple[Option, ...] = ()


class ContactField(NamedTuple):
    """One field of a contact block; ``number`` is the printed item (``a``, ``ii``)."""

    key: str
    kind: str
    label: Text
    number: str | None = None
    options: tuple[Option, ...] = ()


class CountField(NamedTuple):
    """One whole number of a ``counts`` question (men / women, seized / found...)."""

    key: str
    label: Text
    number: str | None = None


class SkipRule(NamedTuple):
    """"If the answer is one of ``when``, go to ``to``": the questions in ``skips`` are skipped."""

    when: frozenset[str]
    to: str
    skips: tuple[str, ...]


class Check(NamedTuple):
    """A rule beyond the schema, declared by the template and applied by validation.

    ``when_question``/``when_in`` make it apply only while another answer is one of
    ``when_in``; ``params`` holds what the check needs (``any_of``, ``years``...).
    """

    kind: str
    when_question: str | None = None
    when_in: frozenset[str] = frozenset()
    params: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Question:
    """One numbered question of the template, as printed."""

    number: str
    section: str
    kind: str
    text: Text
    help: Text
    sources: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    contact_fields: tuple[ContactField, ...] = ()
    counts: tuple[CountField, ...] = ()
    columns: tuple[Column, ...] = ()
    row_shape: str | None = None
    skip: SkipRule | None = None
    checks: tuple[Check, ...] = ()
    provisional: bool = False
    provisional_note: str = ""

    @property
    def option_codes(self) -> tuple[str, ...]:
        return tuple(option.code for option in self.options)

    @property
    def other_code(self) -> str | None:
        """The code of the "Other" option whose free text goes in ``other``."""
        for option in self.options:
            if option.other:
                return option.code
        return None

    def option(self, code: str) -> Option | None:
        for option in self.options:
            if option.code == code:
                return option
        return None

    @property
    def depth(self) -> int:
        """How deep the number sits below its section (``1.1`` is 0, ``1.2.3.1`` is 2)."""
        return max(0, self.number.count(".") - 1)


@dataclass(frozen=True)
class Section:
    """One section of the template, with its questions in printed order."""

    id: str
    title: Text
    questions: tuple[Question, ...]
    provisional: bool = False


@dataclass(frozen=True, eq=False)
class Template:
    """A whole template revision: the one truth about what a report asks."""

    id: str
    title: Text
    short_title: Text
    languages: tuple[str, ...]
    sections: tuple[Section, ...]
    provenance: Text = field(default_factory=dict)
    #: Older template ids whose drafts this template can take over, each with its
    #: renumbering (old number -> new number; a missing number keeps its name).
    supersedes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    _by_number: Mapping[str, Question] = field(default_factory=dict, repr=False)
    _order: Mapping[str, int] = field(default_factory=dict, repr=False)
    _dependents: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __iter__(self) -> Iterator[Question]:
        for section in self.sections:
            yield from section.questions

    def __len__(self) -> int:
        return len(self._by_number)

    def __contains__(self, number: object) -> bool:
        return number in self._by_number

    @property
    def numbers(self) -> tuple[str, ...]:
        return tuple(self._by_number)

    def question(self, number: str) -> Question:
        """The question with this printed number (``KeyError`` if there is none)."""
        return self._by_number[number]

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def position(self, number: str) -> int:
        """The question's place in printed order, for sorting."""
        return self._order[number]

    def sort_numbers(self, numbers: Iterable[str]) -> list[str]:
        """Numbers in printed order; numbers the template lacks come last, sorted."""
        known = [n for n in numbers if n in self._order]
        unknown = sorted(n for n in numbers if n not in self._order)
        return sorted(known, key=self._order.__getitem__) + unknown

    def dependents(self, number: str) -> tuple[str, ...]:
        """Questions whose checks read this answer (revalidate them when it changes)."""
        return self._dependents.get(number, ())

    def skipped(self, answers: Mapping[str, Any]) -> frozenset[str]:
        """The questions that the skip rules skip, given these answers.

        Walks the questions in order; a skipped question's own rule does not apply,
        as on paper: the official never reaches it.
        """
        skipped: set[str] = set()
        for question in self:
            rule = question.skip
            if rule is None or question.number in skipped:
                continue
            if answers.get(question.number) in rule.when:
                skipped.update(rule.skips)
        return frozenset(skipped)

    def skipped_by(self, number: str, answers: Mapping[str, Any]) -> Question | None:
        """The question whose answer skips ``number``, if any (to say why)."""
        skipped: set[str] = set()
        for question in self:
            rule = question.skip
            if rule is None or question.number in skipped:
                continue
            if answers.get(question.number) in rule.when:
                if number in rule.skips:
                    return question
                skipped.update(rule.skips)
        return None
