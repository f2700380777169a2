"""Read a template file into frozen objects, refusing one that contradicts itself.

Every rule a template must obey is checked here, at load: unique numbers, known
kinds, skip rules that go forward to a question that exists, checks that name real
questions, option sets that resolve, an English text for everything.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from nationalreport import resources
from nationalreport.template.model import (
    COLUMN_KINDS,
    CONTACT_KINDS,
    KINDS,
    Check,
    Column,
    ContactField,
    CountField,
    Option,
    Question,
    Section,
    SkipRule,
    Template,
)
from nationalreport.template.texts import Catalogues, Translated, attach_catalogues

#: The template format this program reads.
TEMPLATE_FORMAT = 1

#: A printed number: digits joined by dots, then letter items and roman sub-items.
NUMBER_RE = re.compile(r"^[1-9][0-9]*(\.[0-9]+)*(\.[a-z]+)*$")

#: Checks the validation layer knows how to apply, with the parameters each needs.
CHECK_PARAMS: Mapping[str, frozenset[str]] = {
    "contact": frozenset({"iti"}),
    "marking_elements": frozenset({"any_of", "source"}),
    "retention_minimum": frozenset({"years", "source"}),
}


class TemplateError(Exception):
    """A template file is missing, unreadable or contradicts itself."""


def _bundled_dir() -> Any:
    return resources.resource_dir("templates")


def _template_files() -> dict[str, Any]:
    files: dict[str, Any] = {}
    for node in _bundled_dir().iterdir():
        name = node.name
        if name.endswith(".json"):
            files[name[: -len(".json")]] = node
    return files


def available_templates() -> list[str]:
    """The ids of the bundled templates, newest last."""
    return sorted(_template_files())


def default_template_id() -> str:
    """The template a new report uses unless told otherwise: the newest bundled one."""
    return available_templates()[-1]


@functools.lru_cache(maxsize=8)
def load_template(template_id: str) -> Template:
    """The bundled template with this id (parsed once per process)."""
    files = _template_files()
    if template_id not in files:
        known = ", ".join(sorted(files)) or "none"
        raise TemplateError(f"unknown template '{template_id}' (this program has: {known})")
    with files[template_id].open("rb") as handle:
        data = json.load(handle)
    catalogues = _catalogues(template_id)
    attach_catalogues(data, catalogues)
    languages = list(data.get("languages", ["en"]))
    languages += [language for language in catalogues.languages if language not in languages]
    data["languages"] = languages
    return parse_template(data, origin=f"bundled template {template_id}")


def _catalogues(template_id: str) -> Catalogues:
    """The bundled translation catalogues of a template, found but not yet read."""
    folder = resources.resource_dir("templates", "i18n")
    readers = {}
    if folder.is_dir():
        prefix = template_id + "."
        for node in folder.iterdir():
            name = node.name
            if name.startswith(prefix) and name.endswith(".json"):
                readers[name[len(prefix):-len(".json")]] = node.read_bytes
    return Catalogues(readers)


def _translations(template_id: str) -> dict[str, dict[str, str]]:
    """Every bundled translation catalogue of a template, read, by language."""
    catalogues = _catalogues(template_id)
    return {language: dict(catalogues.table(language)) for language in catalogues.languages}


def load_template_file(path: str | Path) -> Template:
    """A template from a file outside the program (tests, a revision under review)."""
    try:
        data = json.loads(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise TemplateError(f"cannot read template {path}: {exc}") from exc
    return parse_template(data, origin=str(path))


# --------------------------------------------------------------------------- parsing


#: The one type that the language codes and the strings of a text may have.
_ONLY_STRINGS = frozenset({str})


class _Parser:
    def __init__(self, data: Mapping[str, Any], origin: str) -> None:
        self.data = data
        self.origin = origin
        self.option_sets: Mapping[str, Any] = data.get("option_sets", {})
        self.contact_fields: Mapping[str, Any] = data.get("contact_fields", {})
        self.count_sets: Mapping[str, Any] = data.get("count_sets", {})
        self.row_shapes: Mapping[str, Any] = data.get("row_shapes", {})
        #: Option sets already parsed: many questions share one (yes / no / developing).
        self.parsed_sets: dict[str, tuple[Option, ...]] = {}

    def fail(self, where: str, what: str) -> TemplateError:
        return TemplateError(f"{self.origin}: {where}: {what}")

    def text(self, value: Any, where: str, *, required: bool = True) -> Mapping[str, str]:
        if value is None and not required:
            return {}
        # What the template file wrote is checked; translations are checked as they are read.
        written = value.inline if type(value) is Translated else value
        if not (type(written) is dict or isinstance(written, Mapping)) or not (
            _ONLY_STRINGS.issuperset(map(type, written))
            and _ONLY_STRINGS.issuperset(map(type, written.values()))
        ):
            raise self.fail(where, "a text must be an object of language -> string")
        if required and not written.get("en"):
            raise self.fail(where, "text has no English version")
        return value if written is not value else dict(value)

    def options(self, value: Any, where: str) -> tuple[Option, ...]:
        if isinstance(value, str):
            if value not in self.option_sets:
                raise self.fail(where, f"unknown option set '{value}'")
            if value not in self.parsed_sets:
                self.parsed_sets[value] = self.options(self.option_sets[value], where)
            return self.parsed_sets[value]
        if not isinstance(value, Sequence) or not value:
            raise self.fail(where, "options must be a non-empty list or an option set name")
        options = tuple(
            Option(
                code=str(item["code"]),
                label=self.text(item.get("label"), f"{where} option {item.get('code')}"),
                other=bool(item.get("other", False)),
            )
            for item in value
        )
        codes = [o.code for o in options]
        if len(set(codes)) != len(codes):
            raise self.fail(where, "option codes repeat")
        if sum(o.other for o in options) > 1:
            raise self.fail(where, "more than one option is marked 'other'")
        return options

    def columns(self, value: Any, where: str) -> tuple[Column, ...]:
        if not isinstance(value, Sequence) or not value:
            raise self.fail(where, "a table needs columns")
        columns = []
        for item in value:
            kind = item.get("kind")
            if kind not in COLUMN_KINDS:
                raise self.fail(where, f"column '{item.get('key')}' has unknown kind '{kind}'")
            options = self.options(item["options"], where) if kind == "choice" else ()
            columns.append(
                Column(
                    key=str(item["key"]),
                    kind=kind,
                    label=self.text(item.get("label"), f"{where} column {item.get('key')}"),
                    options=options,
                )
            )
        keys = [c.key for c in columns]
        if len(set(keys)) != len(keys):
            raise self.fail(where, "column keys repeat")
        return tuple(columns)

    def contact(self, item: Mapping[str, Any], where: str) -> tuple[ContactField, ...]:
        names = item.get("fields")
        if not isinstance(names, Sequence) or not names:
            raise self.fail(where, "a contact block needs fields")
        numbers = item.get("field_numbers", {})
        fields = []
        for name in names:
            spec = self.contact_fields.get(name)
            if spec is None:
                raise self.fail(where, f"unknown contact field '{name}'")
            kind = spec.get("kind")
            if kind not in CONTACT_KINDS:
                raise self.fail(where, f"contact field '{name}' has unknown kind '{kind}'")
            fields.append(
                ContactField(
                    key=name,
                    kind=kind,
                    label=self.text(spec.get("label"), f"{where} field {name}"),
                    number=numbers.get(name),
                    options=self.options(spec["options"], where) if kind == "choice" else (),
                )
            )
        return tuple(fields)

    def counts(self, value: Any, where: str) -> tuple[CountField, ...]:
        if isinstance(value, str):
            if value not in self.count_sets:
                raise self.fail(where, f"unknown count set '{value}'")
            value = self.count_sets[value]
        if not isinstance(value, Sequence) or not value:
            raise self.fail(where, "a counts question needs counts")
        fields = tuple(
            CountField(
                key=str(c["key"]),
                label=self.text(c.get("label"), f"{where} count {c.get('key')}"),
                number=c.get("number"),
            )
            for c in value
        )
        if len({f.key for f in fields}) != len(fields):
            raise self.fail(where, "count keys repeat")
        return fields

    def checks(self, value: Any, where: str) -> tuple[Check, ...]:
        checks = []
        for item in value or ():
            kind = item.get("check")
            if kind not in CHECK_PARAMS:
                raise self.fail(where, f"unknown check '{kind}'")
            when = item.get("when") or {}
            params = {k: v for k, v in item.items() if k not in ("check", "when")}
            unknown = set(params) - CHECK_PARAMS[kind]
            if unknown:
                raise self.fail(where, f"check '{kind}' has unknown parameters {sorted(unknown)}")
            checks.append(
                Check(
                    kind=kind,
                    when_question=when.get("question"),
                    when_in=frozenset(when.get("in", ())),
                    params=params,
                )
            )
        return tuple(checks)

    def question(self, item: Mapping[str, Any], section_id: str) -> Question:
        number = item.get("number")
        if not isinstance(number, str) or not NUMBER_RE.match(number):
            raise self.fail(f"section {section_id}", f"bad question number {number!r}")
        if not (number == section_id or number.startswith(section_id + ".")):
            raise self.fail(number, f"number does not belong to section {section_id}")
        where = f"question {number}"
        kind = item.get("kind")
        if kind not in KINDS:
            raise self.fail(where, f"unknown kind '{kind}'")
        sources = item.get("sources", [])
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise self.fail(where, "sources must be a list of strings")
        options: tuple[Option, ...] = ()
        if kind in ("choice", "multichoice"):
            options = self.options(item.get("options"), where)
        columns: tuple[Column, ...] = ()
        row_shape = None
        if kind == "table":
            if "row" in item:
                row_shape = item["row"]
                if row_shape not in self.row_shapes:
                    raise self.fail(where, f"unknown row shape '{row_shape}'")
                columns = self.columns(self.row_shapes[row_shape]["columns"], where)
            else:
                columns = self.columns(item.get("columns"), where)
        return Question(
            number=number,
            section=section_id,
            kind=kind,
            text=self.text(item.get("text"), where),
            help=self.text(item.get("help"), f"{where} help"),
            sources=tuple(sources),
            options=options,
            contact_fields=self.contact(item, where) if kind == "contact" else (),
            counts=self.counts(item.get("counts"), where) if kind == "counts" else (),
            columns=columns,
            row_shape=row_shape,
            skip=None,
            checks=self.checks(item.get("checks"), where),
            provisional=bool(item.get("provisional", False)),
            provisional_note=str(item.get("provisional_note", "")),
        )

    def parse(self) -> Template:
        data = self.data
        if not isinstance(data, Mapping):
            raise self.fail("template", "not a JSON object")
        if data.get("template_format") != TEMPLATE_FORMAT:
            raise self.fail("template", f"template format {data.get('template_format')!r} "
                            f"is not {TEMPLATE_FORMAT}")
        template_id = data.get("id")
        if not isinstance(template_id, str) or not re.match(r"^[a-z0-9-]+$", template_id):
            raise self.fail("template", "missing or bad id")
        sections: list[Section] = []
        raw_skips: dict[str, Mapping[str, Any]] = {}
        for raw_section in data.get("sections", []):
            section_id = str(raw_section.get("id"))
            questions = []
            for raw in raw_section.get("questions", []):
                questions.append(self.question(raw, section_id))
                if "skip" in raw:
                    raw_skips[raw["number"]] = raw["skip"]
            sections.append(
                Section(
                    id=section_id,
                    title=self.text(raw_section.get("title"), f"section {section_id}"),
                    questions=tuple(questions),
                    provisional=bool(raw_section.get("provisional", False)),
                )
            )
        if not sections:
            raise self.fail("template", "no sections")
        section_ids = [s.id for s in sections]
        if len(set(section_ids)) != len(section_ids):
            raise self.fail("template", "section ids repeat")
        ordered = [q for s in sections for q in s.questions]
        numbers = [q.number for q in ordered]
        seen: set[str] = set()
        for n in numbers:
            if n in seen:
                raise self.fail(f"question {n}", "number is used twice")
            seen.add(n)
        order = {n: i for i, n in enumerate(numbers)}
        by_number = {q.number: q for q in ordered}

        # Skip rules: resolve "to" into the list of skipped numbers.
        resolved: dict[str, SkipRule] = {}
        for number, raw in raw_skips.items():
            question = by_number[number]
            when = frozenset(raw.get("when", ()))
            if not when or not when <= set(question.option_codes):
                raise self.fail(f"question {number}", "skip 'when' must list answer codes")
            target = str(raw.get("to"))
            start = order[number] + 1
            if target in order:
                end = order[target]
                if end <= order[number]:
                    raise self.fail(f"question {number}", f"skip goes backwards to {target}")
            elif target in section_ids:
                index = section_ids.index(target)
                if index <= section_ids.index(question.section):
                    raise self.fail(f"question {number}", f"skip goes backwards to {target}")
                first = sections[index].questions
                end = order[first[0].number] if first else len(numbers)
            else:
                raise self.fail(f"question {number}", f"skip goes to unknown '{target}'")
            resolved[number] = SkipRule(when=when, to=target, skips=tuple(numbers[start:end]))
        final = []
        for section in sections:
            qs = tuple(
                dataclasses.replace(q, skip=resolved[q.number]) if q.number in resolved else q
                for q in section.questions
            )
            final.append(Section(id=section.id, title=section.title, questions=qs,
                                 provisional=section.provisional))
        by_number = {q.number: q for s in final for q in s.questions}

        dependents: dict[str, list[str]] = {}
        for q in by_number.values():
            for check in q.checks:
                reads = check.when_question
                if reads is None:
                    continue
                if reads not in by_number:
                    raise self.fail(f"question {q.number}",
                                    f"check reads unknown question {reads}")
                if check.when_in - set(by_number[reads].option_codes):
                    raise self.fail(f"question {q.number}", "check 'when' lists unknown answers")
                dependents.setdefault(reads, []).append(q.number)
                if check.kind == "marking_elements" and (
                    set(check.params.get("any_of", ())) - set(q.option_codes)
                ):
                    raise self.fail(f"question {q.number}", "marking check names unknown options")

        supersedes = {
            str(k): dict(v.get("renumber", {})) for k, v in data.get("supersedes", {}).items()
        }
        return Template(
            id=template_id,
            title=self.text(data.get("title"), "title"),
            short_title=self.text(data.get("short_title") or data.get("title"), "short_title"),
            languages=tuple(data.get("languages", ["en"])),
            sections=tuple(final),
            provenance=self.text(data.get("provenance"), "provenance", required=False),
            supersedes=supersedes,
            _by_number=by_number,
            _order=order,
            _dependents={k: tuple(v) for k, v in dependents.items()},
        )


def parse_template(data: Mapping[str, Any], origin: str = "template") -> Template:
    """Parse template data (already read from JSON), checking it as a whole."""
    try:
        return _Parser(data, origin).parse()
    except TemplateError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise TemplateError(f"{origin}: malformed template ({exc!r})") from exc
