"""Drafts on disk: open, save and save-as, refusing bad files with one clear line.

A file is read whole (drafts are small; anything over ``MAX_DRAFT_BYTES`` is not a
draft), checked step by step (bytes, text, JSON, envelope), migrated if old, and
only then turned into a ``Report``. Nothing here ever writes to the file it reads.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nationalreport.formats import DRAFT_FORMAT, REPORT_LANGUAGES, SUBMISSION_FORMAT, UN_LANGUAGES
from nationalreport.report import Report, get_state
from nationalreport.report.serialize import dumps
from nationalreport.storage.atomic import atomic_write
from nationalreport.storage.errors import DraftUnreadable, MigrationFailed, NotADraft
from nationalreport.storage.migrate import migrate_answers, migrate_format, template_for
from nationalreport.template import Template

#: A draft with every question answered and 1000-row tables is well under 2 MB.
MAX_DRAFT_BYTES = 16 * 1024 * 1024


def read_bytes(path: str | Path) -> bytes:
    """The file's bytes, or ``DraftUnreadable`` saying plainly why not."""
    path = Path(path)
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise DraftUnreadable(f"{name} is a link to a file that does not exist") from None
        raise DraftUnreadable(f"{name} does not exist") from None
    except PermissionError:
        raise DraftUnreadable(f"{name} cannot be read: permission was refused") from None
    except OSError as exc:
        raise DraftUnreadable(f"{name} cannot be read: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DraftUnreadable(f"{name} is a folder, not a draft")
    if not stat.S_ISREG(info.st_mode):
        raise DraftUnreadable(f"{name} is not a regular file")
    if info.st_size > MAX_DRAFT_BYTES:
        raise DraftUnreadable(
            f"{name} is too large to be a draft ({info.st_size / 1e6:.1f} MB; "
            f"a draft is at most {MAX_DRAFT_BYTES // (1024 * 1024)} MB)"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_DRAFT_BYTES + 1)
    except PermissionError:
        raise DraftUnreadable(f"{name} cannot be read: permission was refused") from None
    except OSError as exc:
        raise DraftUnreadable(f"{name} cannot be read: {exc.strerror}") from None
    if len(data) > MAX_DRAFT_BYTES:
        raise DraftUnreadable(f"{name} is too large to be a draft")
    return data


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not allowed in a draft")


def parse_json(data: bytes, name: str) -> Any:
    """Bytes to JSON, with a plain reason for every way this can fail."""
    if not data.strip():
        raise DraftUnreadable(f"{name} is empty")
    if b"\x00" in data[:4096]:
        raise DraftUnreadable(f"{name} is not a draft: it holds binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftUnreadable(
            f"{name} is not a draft: it is not text in UTF-8 (bad byte at offset {exc.start})"
        ) from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise DraftUnreadable(f"{name} is not a draft: its data is nested too deeply") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            raise DraftUnreadable(
                f"{name} is incomplete: it ends before its data does (was it cut short?)"
            ) from None
        raise DraftUnreadable(f"{name} is not valid JSON ({exc.msg} at {where})") from None
    except ValueError as exc:
        raise DraftUnreadable(f"{name} is not valid JSON ({exc})") from None


def _check_envelope(document: Any, name: str) -> None:
    if not isinstance(document, Mapping):
        raise NotADraft(f"{name} is not a nationalreport draft (it is JSON, but not an object)")
    kind = document.get("format")
    if kind not in (DRAFT_FORMAT, SUBMISSION_FORMAT):
        raise NotADraft(f"{name} is not a nationalreport draft (it has no 'format' marker)")
    template_id = document.get("template")
    if not isinstance(template_id, str) or not template_id:
        raise NotADraft(f"{name} does not say which template it was made with")


def _check_metadata(document: Mapping[str, Any], name: str) -> None:
    state = document.get("state")
    code = state.get("code") if isinstance(state, Mapping) else state
    if not isinstance(code, str) or get_state(code) is None:
        raise NotADraft(f"{name} does not name a UN Member or observer State ({code!r})")
    cycle = document.get("cycle")
    if not isinstance(cycle, int) or isinstance(cycle, bool) or not 2000 <= cycle <= 2100:
        raise NotADraft(f"{name} has no valid reporting cycle (a year; found {cycle!r})")
    language = document.get("language", "en")
    if language not in UN_LANGUAGES:
        raise NotADraft(f"{name} has an unknown report language ({language!r}); "
                        f"expected one of {', '.join(REPORT_LANGUAGES)}")
    answers = document.get("answers", {})
    if not isinstance(answers, Mapping):
        raise NotADraft(f"{name} is damaged: its answers are not a list of numbered answers")
    for key in ("changed", "orphans"):
        if not isinstance(document.get(key, {}), Mapping):
            raise NotADraft(f"{name} is damaged: '{key}' has the wrong shape")
    review = document.get("review", [])
    if not isinstance(review, list) or not all(isinstance(n, str) for n in review):
        raise NotADraft(f"{name} is damaged: 'review' has the wrong shape")


def report_from_bytes(data: bytes, name: str) -> Report:
    """A report from the bytes of a draft or submission file."""
    return report_from_document(parse_json(data, name), name)


def report_from_document(document: Any, name: str) -> Report:
    """A report from a freshly parsed draft document (checked, then migrated if old)."""
    _check_envelope(document, name)
    document = migrate_format(dict(document), name)
    template, renumber = template_for(document["template"], name)
    if renumber is not None:
        try:
            document = migrate_answers(document, template, renumber)
        except Exception as exc:
            raise MigrationFailed(f"{name} could not be moved to template {template.id}: {exc}; "
                                  "the file is unchanged") from exc
    _check_metadata(document, name)
    return _build(document, template)


def _build(document: Mapping[str, Any], template: Template) -> Report:
    """The report of a freshly parsed document (which nobody else holds)."""
    answers = dict(document.get("answers", {}))
    orphans = dict(document.get("orphans", {}))
    for number in [n for n in answers if n not in template]:
        orphans[number] = answers.pop(number)
    changed = {
        n: t for n, t in dict(document.get("changed", {})).items()
        if n in template and isinstance(t, str)
    }
    clean = {**document, "answers": answers, "orphans": orphans, "changed": changed,
             "review": [n for n in document.get("review", []) if n in template]}
    return Report.from_document(clean, template, owned=True)


def load_draft(path: str | Path) -> Report:
    """Open a draft (or a submission, to start from it). Never modifies the file."""
    return report_from_bytes(read_bytes(path), str(path))


def draft_bytes(report: Report) -> bytes:
    """The bytes a draft file holds for this report."""
    return dumps(report.to_draft())


def save_draft(report: Report, path: str | Path, *, backup: bool = True) -> None:
    """Save atomically; the previous version is kept as ``<path>.bak``."""
    atomic_write(path, draft_bytes(report), backup=backup)
