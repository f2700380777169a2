"""Every translatable text of a template, under a stable key, and translations applied to it.

The template file holds English; each other language is a flat catalogue
``resources/templates/i18n/<template id>.<lang>.json`` of key -> text, where the keys
are the ones ``text_slots`` gives (``question.1.2.text``, ``option_set.yes_no.yes``,
``row_shape.law.column.title``...). Translators work on one flat file per language.
The loader makes every text a ``Translated`` mapping of language -> string that reads
a language's catalogue the first time a text is asked for in it, so the rest of the
program sees ``{"en": ..., "fr": ...}`` texts and start-up reads no catalogue it does
not show.

``python tools/template_strings.py <template id> [lang]`` prints a catalogue.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

Slot = MutableMapping[str, str]

#: Where a text sits in raw template data: its key, the object holding it, and the
#: name it has there (``holder[name]`` is the text object).
Place = tuple[str, MutableMapping[str, Any], str]


def _options(prefix: str, options: Any) -> Iterator[Place]:
    if isinstance(options, list):
        for option in options:
            if isinstance(option, MutableMapping) and "label" in option:
                yield f"{prefix}.option.{option['code']}", option, "label"


def _columns(prefix: str, columns: Any) -> Iterator[Place]:
    for column in columns or ():
        key = f"{prefix}.column.{column['key']}"
        yield key, column, "label"
        yield from _options(key, column.get("options"))


def text_places(data: MutableMapping[str, Any]) -> Iterator[Place]:
    """(key, holder, name) for every translatable text of raw template data."""
    for name in ("title", "short_title", "provenance"):
        if isinstance(data.get(name), MutableMapping):
            yield name, data, name
    for set_name, options in data.get("option_sets", {}).items():
        for option in options:
            yield f"option_set.{set_name}.{option['code']}", option, "label"
    for field_name, spec in data.get("contact_fields", {}).items():
        yield f"contact_field.{field_name}", spec, "label"
        yield from _options(f"contact_field.{field_name}", spec.get("options"))
    for set_name, counts in data.get("count_sets", {}).items():
        for count in counts:
            yield f"count_set.{set_name}.{count['key']}", count, "label"
    for shape_name, shape in data.get("row_shapes", {}).items():
        if "label" in shape:
            yield f"row_shape.{shape_name}", shape, "label"
        yield from _columns(f"row_shape.{shape_name}", shape.get("columns"))
    for section in data.get("sections", []):
        yield f"section.{section['id']}.title", section, "title"
        for question in section.get("questions", []):
            prefix = f"question.{question['number']}"
            yield f"{prefix}.text", question, "text"
            yield f"{prefix}.help", question, "help"
            yield from _options(prefix, question.get("options"))
            if isinstance(question.get("counts"), list):
                for count in question["counts"]:
                    yield f"{prefix}.count.{count['key']}", count, "label"
            if "columns" in question:
                yield from _columns(prefix, question["columns"])


def text_slots(data: MutableMapping[str, Any]) -> Iterator[tuple[str, Slot]]:
    """(key, text object) for every translatable text of raw template data."""
    for key, holder, name in text_places(data):
        yield key, holder[name]


def catalogue(data: MutableMapping[str, Any], language: str = "en") -> dict[str, str]:
    """The flat key -> text catalogue of one language (missing texts left out)."""
    return {key: slot[language] for key, slot in text_slots(data) if slot.get(language)}


def apply_catalogue(data: MutableMapping[str, Any], language: str, texts: dict[str, str]) -> int:
    """Put ``texts`` into the template data as ``language``; returns how many were used."""
    return apply_catalogues(data, {language: texts})[language]


def apply_catalogues(data: MutableMapping[str, Any],
                     catalogues: dict[str, dict[str, str]]) -> dict[str, int]:
    """Put each language's texts into the template data in one walk; how many each used.

    For the tools that write catalogues and test renderings; the program itself reads
    catalogues through ``Translated`` texts, when a language is first needed.
    """
    used = dict.fromkeys(catalogues, 0)
    for key, slot in text_slots(data):
        for language, texts in catalogues.items():
            value = texts.get(key)
            if isinstance(value, str) and value:
                slot[language] = value
                used[language] += 1
    return used


# ------------------------------------------------------------ catalogues read on demand


class Catalogues:
    """The translation catalogues of one bundled template, each read when first needed.

    Reading and merging all five catalogues was a good part of start-up, while a window
    shows one language and an export prints one. A catalogue is read the first time a
    text is asked for in its language, once per process, under a lock: the export and
    signing threads read texts too. A catalogue that cannot be read leaves its language
    to English rather than stopping the program; the tests keep the bundled ones whole.
    """

    def __init__(self, readers: Mapping[str, Callable[[], bytes]]) -> None:
        self._readers = dict(readers)
        self._tables: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages there is a catalogue for, sorted."""
        return tuple(sorted(self._readers))

    def table(self, language: str) -> Mapping[str, str]:
        """The key -> text catalogue of ``language`` (empty if there is none)."""
        table = self._tables.get(language)
        if table is None:
            with self._lock:
                table = self._tables.get(language)
                if table is None:
                    table = self._read(language)
                    self._tables[language] = table
        return table

    def _read(self, language: str) -> dict[str, str]:
        reader = self._readers.get(language)
        if reader is None:
            return {}
        try:
            raw = json.loads(reader())
        except (OSError, ValueError):
            return {}
        if not isinstance(raw, dict):
            return {}
        return {key: value for key, value in raw.items() if isinstance(value, str) and value}


class Translated(Mapping[str, str]):
    """A template text: what the template file holds, and its catalogues' translations.

    A catalogue's text wins over one written in the template file, as it did when the
    catalogues were merged at load. Asking for one language reads only that catalogue;
    going through every language (``dict(text)``, equality) reads them all.
    """

    __slots__ = ("_catalogues", "_inline", "_key")

    def __init__(self, inline: Mapping[str, str], key: str, catalogues: Catalogues) -> None:
        self._inline = inline
        self._key = key
        self._catalogues = catalogues

    @property
    def inline(self) -> Mapping[str, str]:
        """The languages written in the template file itself."""
        return self._inline

    def __getitem__(self, language: str) -> str:
        value = self.get(language)
        if value is None:
            raise KeyError(language)
        return str(value)

    def get(self, language: str, default: Any = None) -> Any:
        value = self._catalogues.table(language).get(self._key)
        if value is not None:
            return value
        return self._inline.get(language, default)

    def __contains__(self, language: object) -> bool:
        return isinstance(language, str) and self.get(language) is not None

    def __iter__(self) -> Iterator[str]:
        extra = [language for language in self._catalogues.languages
                 if language not in self._inline
                 and self._key in self._catalogues.table(language)]
        return iter([*self._inline, *extra])

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __bool__(self) -> bool:  # without reading every catalogue, as ``len`` would
        return bool(self._inline) or len(self) > 0

    def __repr__(self) -> str:
        return repr(dict(self))


def attach_catalogues(data: MutableMapping[str, Any], catalogues: Catalogues) -> None:
    """Make every text of the raw template data a ``Translated`` reading ``catalogues``."""
    for key, holder, name in text_places(data):
        inline = holder[name]
        if isinstance(inline, Mapping):
            holder[name] = Translated(inline, key, catalogues)
