"""Drafts on disk: open, save and save-as, refusing bad files with one clear line.

A file is read whole (drafts are small; anything over ``MAX_DRAFT_BYTES`` is not a
draft), checked step by step (bytes, text, JSON, envelope), migrated if old, and
only then turned into a ``Report``. Nothing here ever writes to the file it reads.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from nationalreport.formats import DRAFT_FORMAT, REPORT_LANGUAGES, SUBMISSION_FORMAT, UN_LANGUAGES
from nationalreport.report import Report, get_state
from nationalreport.report.serialize import dumps
from nationalreport.storage.atomic import atomic_write
from nationalreport.storage.errors import DraftUnreadable, MigrationFailed, NotADraft
from nationalreport.storage.migrate import migrate_answers, migrate_format, shown, template_for
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


#: Deepest nesting of lists and objects a draft may have. The program's own drafts go
#: five levels deep; a document nested hundreds deep loads, but then cannot be copied
#: or saved (Python's recursion limit), so it is refused at the door.
MAX_DEPTH = 64
#: A ``\\uD800``-``\\uDFFF`` escape: only then can a string hold half a UTF-16 pair.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


class _NotJson(ValueError):
    """A number or constant that JSON text can spell but a draft never holds."""


def _reject_constant(token: str) -> Any:
    raise _NotJson(f"{token} is not allowed in a draft")


def _finite_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _NotJson(f"the number {token[:20]}{'...' if len(token) > 20 else ''} is too large "
                       "for a draft")
    return value


def _shape_problem(document: Any, check_strings: bool) -> str | None:
    """Why the parsed document cannot be a draft (too deep, or half a character), or None.

    Walks the lists and objects level by level without recursion, so a hostile file
    cannot exhaust the stack here either. Strings (keys too) are looked at only when
    the text has a surrogate escape, the one way a string can hold half a character.
    """
    level = [document] if isinstance(document, dict | list) else []
    if check_strings and isinstance(document, str) and not _encodable(document):
        return _HALF_CHARACTER
    depth = 1
    while level:
        if depth > MAX_DEPTH:
            return f"its data is nested more than {MAX_DEPTH} levels deep"
        below: list[Any] = []
        for item in level:
            values = item.values() if type(item) is dict else item
            if check_strings and any(isinstance(value, str) and not _encodable(value)
                                     for value in (*item, *values)):
                return _HALF_CHARACTER
            below += [value for value in values if type(value) is dict or type(value) is list]
        level = below
        depth += 1
    return None


_HALF_CHARACTER = "it holds half of a character (an unpaired \\u escape)"


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        document = json.loads(text, parse_constant=_reject_constant, parse_float=_finite_float)
    except RecursionError:
        raise DraftUnreadable(f"{name} is not a draft: its data is nested too deeply") from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            raise DraftUnreadable(
                f"{name} is incomplete: it ends before its data does (was it cut short?)"
            ) from None
        raise DraftUnreadable(f"{name} is not valid JSON ({exc.msg} at {where})") from None
    except _NotJson as exc:
        raise DraftUnreadable(f"{name} is not valid JSON ({exc})") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise DraftUnreadable(f"{name} is not a draft: it holds a number thousands of "
                                  "digits long") from None
        raise DraftUnreadable(f"{name} is not valid JSON") from None
    problem = _shape_problem(document, bool(_SURROGATE_ESCAPE.search(text)))
    if problem is not None:
        raise DraftUnreadable(f"{name} is not a draft: {problem}")
    return document


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
        raise NotADraft(f"{name} does not name a UN Member or observer State ({shown(code)})")
    cycle = document.get("cycle")
    if not isinstance(cycle, int) or isinstance(cycle, bool) or not 2000 <= cycle <= 2100:
        raise NotADraft(f"{name} has no valid reporting cycle (a year; found {shown(cycle)})")
    language = document.get("language", "en")
    if language not in UN_LANGUAGES:
        raise NotADraft(f"{name} has an unknown report language ({shown(language)}); "
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
        except MigrationFailed as exc:
            raise MigrationFailed(f"{name} could not be moved to template {template.id}: {exc}; "
                                  "the file is unchanged") from None
        except Exception as exc:
            raise MigrationFailed(f"{name} could not be moved to template {template.id} (it "
                                  "holds data of a shape the move does not expect); the file "
                                  "is unchanged") from exc
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
    return dumps(report.to_draft(shared=True))


def save_draft(report: Report, path: str | Path, *, backup: bool = True) -> None:
    """Save atomically; the previous version is kept as ``<path>.bak``."""
    atomic_write(path, draft_bytes(report), backup=backup)
