"""The bundled JSON Schema, compiled once, and its errors turned into plain words.

jsonschema's own messages ("'x' is not a 'email'") mean nothing to an official; each
error is mapped here to a message code by the keyword that failed, or by the
``x-message`` the schema gives at that place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from nationalreport import resources

#: A problem before it is put into words: path, message code, parameters.
RawProblem = tuple[tuple[str | int, ...], str, dict[str, Any]]

_TYPE_CODES = {"integer": "whole_number", "number": "number", "string": "text"}


class SchemaMissing(Exception):
    """No schema is bundled for a template."""


@functools.lru_cache(maxsize=8)
def load_schema(template_id: str) -> dict[str, Any]:
    """The committed schema of a template (``schemas/<id>.schema.json``)."""
    node = resources.schema_file(f"{template_id}.schema.json")
    if not node.is_file():
        raise SchemaMissing(f"no schema is bundled for template {template_id}")
    schema: dict[str, Any] = resources.load_json(node)
    return schema


def dereference(node: Any, defs: Mapping[str, Any]) -> Any:
    """``node`` with every local ``$ref`` replaced by what it names.

    The generated schema has no recursive references, so each question's part can
    stand alone; jsonschema then skips reference resolution on every call, which
    is most of its cost on large tables.
    """
    if isinstance(node, Mapping):
        if "$ref" in node:
            ref = str(node["$ref"])
            if not ref.startswith("#/$defs/"):
                raise ValueError(f"unsupported reference {ref}")
            target = dereference(defs[ref[len("#/$defs/"):]], defs)
            rest = {k: dereference(v, defs) for k, v in node.items() if k != "$ref"}
            if not rest:
                return target
            return {"allOf": [target, rest]}
        return {k: dereference(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [dereference(v, defs) for v in node]
    return node


class _FastCheck:
    """A compiled-code yes/no answer to "is this valid?", where jsonschema-rs is installed.

    jsonschema-rs implements the same Draft 2020-12 on the same schema, about a
    hundred times faster. It only says whether a value is valid; every problem
    shown to a person still comes from jsonschema, so the messages are the same
    with or without it. A test checks that the two agree.
    """

    def __init__(self, schema: Mapping[str, Any]) -> None:
        try:
            import jsonschema_rs
        except ImportError:  # pragma: no cover - the pure-Python path then does it all
            self.available = False
            return
        self.available = True
        defs = schema.get("$defs", {})
        properties = dict(schema["properties"])
        properties["answers"] = {"type": "object"}
        envelope = {k: v for k, v in schema.items() if k not in ("$defs", "$id")}
        envelope["properties"] = properties
        self._envelope = jsonschema_rs.Draft202012Validator(dereference(envelope, defs))
        self._answers = {
            number: jsonschema_rs.Draft202012Validator(dereference(part, defs))
            for number, part in schema["properties"]["answers"]["properties"].items()
        }

    def envelope_valid(self, document: Mapping[str, Any]) -> bool:
        return self.available and bool(self._envelope.is_valid(document))

    def answer_valid(self, number: str, value: Any) -> bool:
        if not self.available:
            return False
        validator = self._answers.get(number)
        return validator is not None and bool(validator.is_valid(value))


def _row_key(row: Any) -> Any:
    """A hashable stand-in for a table row of plain values, or ``None``."""
    if not isinstance(row, Mapping):
        return None
    try:
        key = tuple(sorted(row.items()))
        hash(key)
    except TypeError:
        return None
    return key


class CompiledSchema:
    """The envelope validator and one validator per question, built once per template.

    Table rows are validated one by one and their results remembered, so a keystroke
    in one cell of a 500-row table checks one row, not five hundred.
    """

    #: Remembered row results per table before the memory is cleared.
    ROW_MEMORY = 20000

    def __init__(self, schema: Mapping[str, Any], *, fast: bool = True) -> None:
        self.schema = schema
        defs = schema.get("$defs", {})
        properties = dict(schema["properties"])
        # The envelope check sees answers as a plain object; each answer has its own.
        properties["answers"] = {"type": "object"}
        envelope = {k: v for k, v in schema.items() if k != "$defs"}
        envelope["properties"] = properties
        self.envelope = Draft202012Validator(dereference(envelope, defs))
        self.fast = _FastCheck(schema) if fast else None
        self.answers: dict[str, Draft202012Validator] = {}
        self.rows: dict[str, Draft202012Validator] = {}
        self._row_memory: dict[str, dict[Any, list[RawProblem]]] = {}
        for number, part in schema["properties"]["answers"]["properties"].items():
            resolved = dereference(part, defs)
            if resolved.get("type") == "array" and "items" in resolved:
                self.rows[number] = Draft202012Validator(resolved["items"])
                resolved = {k: v for k, v in resolved.items() if k != "items"}
                self._row_memory[number] = {}
            self.answers[number] = Draft202012Validator(resolved)

    def envelope_problems(self, document: Mapping[str, Any]) -> Iterator[RawProblem]:
        if self.fast is not None and self.fast.envelope_valid(document):
            return
        for error in self.envelope.iter_errors(document):
            yield describe(error, ())

    def answer_problems(self, number: str, value: Any) -> Iterator[RawProblem]:
        validator = self.answers.get(number)
        if validator is None:
            yield ("answers", number), "unknown_question", {"field": number}
            return
        if self.fast is not None and self.fast.answer_valid(number, value):
            return
        base: tuple[str | int, ...] = ("answers", number)
        for error in validator.iter_errors(value):
            yield describe(error, base)
        rows = self.rows.get(number)
        if rows is None or not isinstance(value, list):
            return
        memory = self._row_memory[number]
        if len(memory) > self.ROW_MEMORY:
            memory.clear()
        for index, row in enumerate(value):
            key = _row_key(row)
            found = memory.get(key) if key is not None else None
            if found is None:
                found = [describe(error, ()) for error in rows.iter_errors(row)]
                if key is not None:
                    memory[key] = found
            for path, code, params in found:
                yield (*base, index, *path), code, params


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@functools.lru_cache(maxsize=8)
def compiled(template_id: str) -> CompiledSchema:
    return CompiledSchema(load_schema(template_id))


def describe(error: ValidationError, base: tuple[str | int, ...]) -> RawProblem:
    """Map one jsonschema error to (path, message code, parameters)."""
    path = base + tuple(error.absolute_path)
    keyword = error.validator
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    custom = schema.get("x-message")
    value = error.validator_value
    instance = error.instance
    if keyword == "type":
        kind = value if isinstance(value, str) else "object"
        return path, _TYPE_CODES.get(kind, "wrong_shape"), {}
    if keyword in ("enum", "const"):
        if custom == "unknown_field" or custom == "unknown_question":
            return path, custom, {"field": str(instance)}
        return path, custom or "choose_listed", {"value": instance}
    if keyword == "pattern":
        return path, custom or "invalid", {"value": instance}
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        allowed = set(schema.get("properties", {}))
        extra = sorted(str(k) for k in instance if k not in allowed) if isinstance(
            instance, Mapping) else []
        code = "unknown_question" if custom == "unknown_question" else "unknown_field"
        field = extra[0] if extra else ""
        return (*path, field) if field else path, code, {"field": field}
    if keyword == "required":
        missing = [k for k in value if isinstance(instance, Mapping) and k not in instance]
        return path, "missing_field", {"field": ", ".join(missing)}
    if keyword == "maxLength":
        return path, "too_long", {"limit": value}
    if keyword == "minLength":
        return path, "empty", {}
    if keyword == "maxItems":
        return path, "too_many_rows", {"limit": value}
    if keyword in ("minimum", "exclusiveMinimum"):
        return path, "minimum", {"limit": value}
    if keyword in ("maximum", "exclusiveMaximum"):
        return path, "maximum", {"limit": value}
    if keyword == "uniqueItems":
        return path, "duplicate_choice", {}
    return path, custom or "invalid", {}
