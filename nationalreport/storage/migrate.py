"""Bringing drafts made by older program or template versions up to date.

Format migrations: one function per step (version ``n`` to ``n + 1``), each saying in
its docstring what the old and new shapes are. Template migrations: a newer template
declares which older template it supersedes and how numbers moved; an answer whose
question no longer exists is kept under ``orphans``, never dropped.

Every migration works on a copy; if one fails, the caller gets ``MigrationFailed`` and
the file on disk is untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from nationalreport.formats import FORMAT_VERSION
from nationalreport.storage.errors import DraftFromFuture, MigrationFailed, UnknownTemplate
from nationalreport.template import Template, available_templates, load_template

Document = dict[str, Any]


def shown(value: Any, limit: int = 40) -> str:
    """A value read from a file, quoted for a message: short, and with no control characters.

    A hostile file may put a 10 MB string or a line break where a State code or a
    template id belongs; the message must still be one short line.
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: ``FORMAT_MIGRATIONS[n]`` turns a format-``n`` document into format ``n + 1``.
#: Format 1 is the first this program wrote, so there is no step yet; a new format
#: adds its step here with a fixture file of the old shape under ``tests/data``.
FORMAT_MIGRATIONS: dict[int, Callable[[Document], Document]] = {}


def migrate_format(document: Document, name: str) -> Document:
    """The document in the current file format (or an error saying why not).

    A document already in the current format is returned as it is; one that needs
    converting is converted on a copy, so a failed step leaves the caller's intact.
    """
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MigrationFailed(f"{name} does not say which format version it is written in")
    if version > FORMAT_VERSION:
        raise DraftFromFuture(
            f"{name} was written by a newer version of nationalreport (file format "
            f"{shown(version)}; "
            f"this version reads up to {FORMAT_VERSION}). Update the program to open it."
        )
    if version == FORMAT_VERSION:
        return document
    result = copy.deepcopy(document)
    while result["format_version"] < FORMAT_VERSION:
        step = FORMAT_MIGRATIONS.get(result["format_version"])
        if step is None:
            raise MigrationFailed(
                f"{name} is in file format {result['format_version']}, which this version "
                "cannot convert"
            )
        try:
            result = step(result)
        except MigrationFailed as exc:
            raise MigrationFailed(
                f"{name} could not be converted from format {result['format_version']}: "
                f"{exc}; the file is unchanged"
            ) from None
        except Exception as exc:  # a failed step must never lose the draft
            raise MigrationFailed(
                f"{name} could not be converted from format {result['format_version']} "
                "(it holds data of a shape the conversion does not expect); the file is "
                "unchanged"
            ) from exc
    return result


def template_for(template_id: str, name: str) -> tuple[Template, Mapping[str, str] | None]:
    """The template to open a draft with, and the renumbering if it must be migrated."""
    if template_id in available_templates():
        return load_template(template_id), None
    for candidate in reversed(available_templates()):
        template = load_template(candidate)
        if template_id in template.supersedes:
            return template, template.supersedes[template_id]
    known = ", ".join(available_templates())
    raise UnknownTemplate(
        f"{name} was made with template {shown(template_id)}, which this version of nationalreport "
        f"does not have (it has: {known})"
    )


def migrate_answers(
    document: Document, template: Template, renumber: Mapping[str, str]
) -> Document:
    """Move answers to their numbers in ``template``; keep the rest as orphans.

    ``MigrationFailed`` (whose message completes "could not be moved to ...: ") when the
    answers, their change times or the orphans are not objects keyed by number.
    """
    for key in ("answers", "changed", "orphans"):
        if not isinstance(document.get(key) or {}, Mapping):
            raise MigrationFailed(f"its '{key}' are not a list of numbered entries")
    result = copy.deepcopy(document)
    old_template = str(result.get("template"))
    answers: dict[str, Any] = {}
    changed: dict[str, Any] = {}
    orphans: dict[str, Any] = dict(result.get("orphans") or {})
    old_changed = result.get("changed") or {}
    for old, value in (result.get("answers") or {}).items():
        new = renumber.get(old, old)
        if new in template:
            answers[new] = value
            if old in old_changed:
                changed[new] = old_changed[old]
        else:
            orphans[f"{old_template}:{old}"] = value
    result["answers"] = answers
    result["changed"] = changed
    result["orphans"] = orphans
    result["review"] = sorted(answers)
    result["template"] = template.id
    return result
