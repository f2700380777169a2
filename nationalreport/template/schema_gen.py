"""Generate the JSON Schema (Draft 2020-12) of a template's documents.

The schema in ``schemas/<id>.schema.json`` is the single truth about what a valid
draft or submission is. It is generated from the template by this module (``python
-m nationalreport.template.schema_gen``) and a test proves the committed file equals
what the template gives, so the two cannot drift apart.

Custom ``x-message`` keywords name the plain-words message validation shows when
that part of the schema fails; JSON Schema ignores keywords it does not know.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from nationalreport import resources
from nationalreport.formats import (
    DRAFT_FORMAT,
    FORMAT_VERSION,
    SUBMISSION_FORMAT,
    UN_LANGUAGES,
)
from nationalreport.template.loader import available_templates, load_template
from nationalreport.template.model import Column, Question, Template

TEXT_MAX = 4000
LONG_TEXT_MAX = 40000
ROWS_MAX = 10000
TIMESTAMP_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s.]+$"
TELEPHONE_PATTERN = r"^[0-9+()./ \-]*((ext|x)\.? ?[0-9]+)?$"

SHARED_DEFS: dict[str, Any] = {
    "text": {"type": "string", "maxLength": TEXT_MAX},
    "longText": {"type": "string", "maxLength": LONG_TEXT_MAX},
    "yesNo": {"enum": ["yes", "no"], "x-message": "choose_listed"},
    "yesNoDeveloping": {"enum": ["yes", "no", "developing"], "x-message": "choose_listed"},
    "count": {"type": "integer", "minimum": 0, "maximum": 1000000000},
    "number": {"type": "number", "minimum": 0, "maximum": 1e15},
    "date": {
        "type": "string",
        "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        "x-message": "date",
    },
    "year": {"type": "integer", "minimum": 1900, "maximum": 2100},
    "url": {
        "type": "string",
        "maxLength": 2000,
        "pattern": r"^(https?|ftp)://[^\s]+$",
        "x-message": "url",
    },
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$", "x-message": "currency"},
    "email": {
        "type": "string",
        "maxLength": 254,
        "pattern": EMAIL_PATTERN,
        "x-message": "email",
    },
    "telephone": {
        "type": "string",
        "maxLength": 60,
        "pattern": TELEPHONE_PATTERN,
        "x-message": "telephone_characters",
    },
    "timestamp": {"type": "string", "pattern": TIMESTAMP_PATTERN, "x-message": "timestamp"},
    "contact": {
        "description": "A contact block: a person or office and the ways to reach them.",
        "type": "object",
        "properties": {
            "honorific": {"enum": ["mr", "ms", "mx"], "x-message": "choose_listed"},
            "name": {"$ref": "#/$defs/text"},
            "position": {"$ref": "#/$defs/text"},
            "organization": {"$ref": "#/$defs/text"},
            "address": {"$ref": "#/$defs/longText"},
            "telephone": {"$ref": "#/$defs/telephone"},
            "email": {"$ref": "#/$defs/email"},
        },
        "additionalProperties": False,
    },
    "multichoice": {
        "description": "Boxes ticked (option codes), and the text of 'Other'.",
        "type": "object",
        "properties": {
            "selected": {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
            "other": {"$ref": "#/$defs/text"},
        },
        "additionalProperties": False,
    },
    "counts": {
        "description": "Named whole numbers (men and women; seized, found...).",
        "type": "object",
        "additionalProperties": {"$ref": "#/$defs/count"},
    },
    "retention": {
        "description": "How long records are kept: indefinitely, or a number of years.",
        "type": "object",
        "properties": {
            "indefinitely": {"type": "boolean"},
            "years": {"type": "integer", "minimum": 0, "maximum": 1000},
            "note": {"$ref": "#/$defs/text"},
        },
        "additionalProperties": False,
    },
    "attachment": {
        "description": "A file recorded by name, size and SHA-256 fingerprint.",
        "type": "object",
        "required": ["filename", "sha256", "size"],
        "properties": {
            "filename": {"type": "string", "minLength": 1, "maxLength": 255},
            "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$", "x-message": "sha256"},
            "size": {"type": "integer", "minimum": 0},
            "media_type": {"type": "string", "maxLength": 200},
        },
        "additionalProperties": False,
    },
}

_COLUMN_DEF = {
    "text": "text",
    "multiline": "longText",
    "count": "count",
    "number": "number",
    "date": "date",
    "year": "year",
    "url": "url",
    "currency": "currency",
}


def _row_def_name(shape: str) -> str:
    return f"{shape}Row"


def _row_schema(columns: tuple[Column, ...]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    for column in columns:
        if column.kind == "choice":
            properties[column.key] = {
                "enum": [o.code for o in column.options],
                "x-message": "choose_listed",
            }
        else:
            properties[column.key] = {"$ref": f"#/$defs/{_COLUMN_DEF[column.kind]}"}
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _table(items: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": items, "maxItems": ROWS_MAX, "x-message": "table"}


def answer_schema(question: Question) -> dict[str, Any]:
    """The schema of one answer."""
    kind = question.kind
    if kind == "choice":
        codes = list(question.option_codes)
        if codes == ["yes", "no"]:
            return {"$ref": "#/$defs/yesNo"}
        if codes == ["yes", "no", "developing"]:
            return {"$ref": "#/$defs/yesNoDeveloping"}
        return {"enum": codes, "x-message": "choose_listed"}
    if kind in ("text",):
        return {"$ref": "#/$defs/text"}
    if kind == "multiline":
        return {"$ref": "#/$defs/longText"}
    if kind in ("count", "number", "date", "year", "retention", "attachment"):
        return {"$ref": f"#/$defs/{kind}"}
    if kind == "multichoice":
        schema: dict[str, Any] = {
            "$ref": "#/$defs/multichoice",
            "properties": {
                "selected": {
                    "items": {"enum": list(question.option_codes), "x-message": "choose_listed"}
                }
            },
        }
        return schema
    if kind == "contact":
        return {
            "$ref": "#/$defs/contact",
            "propertyNames": {
                "enum": [f.key for f in question.contact_fields],
                "x-message": "unknown_field",
            },
        }
    if kind == "counts":
        return {
            "$ref": "#/$defs/counts",
            "propertyNames": {
                "enum": [c.key for c in question.counts],
                "x-message": "unknown_field",
            },
        }
    if kind == "table":
        if question.row_shape:
            return _table({"$ref": f"#/$defs/{_row_def_name(question.row_shape)}"})
        return _table(_row_schema(question.columns))
    raise ValueError(f"no schema for kind {kind}")


def build_schema(template: Template) -> dict[str, Any]:
    """The whole document schema for ``template``."""
    states = resources.load_json(resources.resource_file("states.json"))
    codes = sorted(states["members"] + states["observers"])
    defs = dict(SHARED_DEFS)
    for question in template:
        if question.row_shape:
            defs[_row_def_name(question.row_shape)] = _row_schema(question.columns)
    answers = {q.number: answer_schema(q) for q in template}
    numbers = list(template.numbers)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:nationalreport:schema:{template.id}",
        "title": template.title["en"],
        "description": (
            "A draft or a submission of a national report made with template "
            f"{template.id}. Generated from the template; do not edit by hand."
        ),
        "type": "object",
        "required": ["format", "format_version", "template", "state", "cycle", "language",
                     "answers"],
        "properties": {
            "format": {"enum": [DRAFT_FORMAT, SUBMISSION_FORMAT], "x-message": "format"},
            "format_version": {"const": FORMAT_VERSION, "x-message": "format_version"},
            "template": {"const": template.id, "x-message": "template"},
            "state": {
                "type": "object",
                "required": ["code", "name"],
                "properties": {
                    "code": {"enum": codes, "x-message": "state"},
                    "name": {"type": "string", "minLength": 1, "maxLength": 200},
                },
                "additionalProperties": False,
            },
            "cycle": {"type": "integer", "minimum": 2000, "maximum": 2100},
            "language": {"enum": list(UN_LANGUAGES), "x-message": "language"},
            "created": {"$ref": "#/$defs/timestamp"},
            "modified": {"$ref": "#/$defs/timestamp"},
            "exported": {"$ref": "#/$defs/timestamp"},
            "generator": {"type": "string", "maxLength": 200},
            "answers": {
                "type": "object",
                "properties": answers,
                "additionalProperties": False,
                "x-message": "unknown_question",
            },
            "changed": {
                "type": "object",
                "properties": {n: {"$ref": "#/$defs/timestamp"} for n in numbers},
                "additionalProperties": False,
                "x-message": "unknown_question",
            },
            "review": {
                "type": "array",
                "items": {"enum": numbers, "x-message": "unknown_question"},
                "uniqueItems": True,
            },
            "orphans": {"type": "object"},
            "answers_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        },
        "additionalProperties": False,
        "$defs": defs,
    }


def schema_bytes(template: Template) -> bytes:
    """The schema file's exact bytes (sorted keys, two-space indent, final newline)."""
    text = json.dumps(build_schema(template), ensure_ascii=False, sort_keys=True, indent=2)
    return (text + "\n").encode("utf-8")


def schema_path(root: Path, template_id: str) -> Path:
    return root / "schemas" / f"{template_id}.schema.json"


def main(argv: list[str] | None = None) -> int:
    """Write ``schemas/<id>.schema.json`` for every bundled template (run from the repo)."""
    root = Path(argv[0]) if argv else Path(__file__).resolve().parents[2]
    for template_id in available_templates():
        path = schema_path(root, template_id)
        path.write_bytes(schema_bytes(load_template(template_id)))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
