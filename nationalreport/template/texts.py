"""Every translatable text of a template, under a stable key, and translations applied to it.

The template file holds English; each other language is a flat catalogue
``resources/templates/i18n/<template id>.<lang>.json`` of key -> text, where the keys
are the ones ``text_slots`` gives (``question.1.2.text``, ``option_set.yes_no.yes``,
``row_shape.law.column.title``...). Translators work on one flat file per language;
the loader merges it before parsing, so the rest of the program only ever sees
``{"en": ..., "fr": ...}`` texts.

``python tools/template_strings.py <template id> [lang]`` prints a catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

Slot = MutableMapping[str, str]


def _options(prefix: str, options: Any) -> Iterator[tuple[str, Slot]]:
    if isinstance(options, list):
        for option in options:
            if isinstance(option, MutableMapping) and "label" in option:
                yield f"{prefix}.option.{option['code']}", option["label"]


def _columns(prefix: str, columns: Any) -> Iterator[tuple[str, Slot]]:
    for column in columns or ():
        key = f"{prefix}.column.{column['key']}"
        yield key, column["label"]
        yield from _options(key, column.get("options"))


def text_slots(data: MutableMapping[str, Any]) -> Iterator[tuple[str, Slot]]:
    """(key, text object) for every translatable text of raw template data."""
    for name in ("title", "short_title", "provenance"):
        if isinstance(data.get(name), MutableMapping):
            yield name, data[name]
    for set_name, options in data.get("option_sets", {}).items():
        for option in options:
            yield f"option_set.{set_name}.{option['code']}", option["label"]
    for field_name, spec in data.get("contact_fields", {}).items():
        yield f"contact_field.{field_name}", spec["label"]
        yield from _options(f"contact_field.{field_name}", spec.get("options"))
    for set_name, counts in data.get("count_sets", {}).items():
        for count in counts:
            yield f"count_set.{set_name}.{count['key']}", count["label"]
    for shape_name, shape in data.get("row_shapes", {}).items():
        if "label" in shape:
            yield f"row_shape.{shape_name}", shape["label"]
        yield from _columns(f"row_shape.{shape_name}", shape.get("columns"))
    for section in data.get("sections", []):
        yield f"section.{section['id']}.title", section["title"]
        for question in section.get("questions", []):
            prefix = f"question.{question['number']}"
            yield f"{prefix}.text", question["text"]
            yield f"{prefix}.help", question["help"]
            yield from _options(prefix, question.get("options"))
            if isinstance(question.get("counts"), list):
                for count in question["counts"]:
                    yield f"{prefix}.count.{count['key']}", count["label"]
            if "columns" in question:
                yield from _columns(prefix, question["columns"])


def catalogue(data: MutableMapping[str, Any], language: str = "en") -> dict[str, str]:
    """The flat key -> text catalogue of one language (missing texts left out)."""
    return {key: slot[language] for key, slot in text_slots(data) if slot.get(language)}


def apply_catalogue(data: MutableMapping[str, Any], language: str, texts: dict[str, str]) -> int:
    """Put ``texts`` into the template data as ``language``; returns how many were used."""
    return apply_catalogues(data, {language: texts})[language]


def apply_catalogues(data: MutableMapping[str, Any],
                     catalogues: dict[str, dict[str, str]]) -> dict[str, int]:
    """Put each language's texts into the template data in one walk; how many each used.

    One walk for all languages rather than one per language: the walk is most of the
    cost, and the window pays it at start-up.
    """
    used = dict.fromkeys(catalogues, 0)
    for key, slot in text_slots(data):
        for language, texts in catalogues.items():
            value = texts.get(key)
            if isinstance(value, str) and value:
                slot[language] = value
                used[language] += 1
    return used
