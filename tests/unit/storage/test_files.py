"""Drafts on disk: round trips, atomic saves with a backup, and bad files refused plainly."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from nationalreport.report import Report
from nationalreport.storage import (
    DraftFromFuture,
    DraftUnreadable,
    NotADraft,
    SaveFailed,
    StorageError,
    UnknownTemplate,
    atomic_write,
    draft_bytes,
    load_draft,
    save_draft,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_and_load_give_back_every_answer(full_report: Report, tmp_path: Path) -> None:
    path = tmp_path / "ken.json"
    save_draft(full_report, path)
    loaded = load_draft(path)
    assert loaded.answers == full_report.answers
    assert loaded.changed == full_report.changed
    assert (loaded.state, loaded.cycle, loaded.language) == ("KEN", 2026, "en")
    assert draft_bytes(loaded) == path.read_bytes()


def test_saved_json_is_deterministic_utf8_with_sorted_keys(report: Report, tmp_path: Path) -> None:
    report.set_answer("1.1.a", "Comisión Nacional — Ñandú", when="2026-01-01T00:00:00Z")
    path = tmp_path / "d.json"
    save_draft(report, path)
    text = path.read_text("utf-8")
    assert "Comisión Nacional — Ñandú" in text
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert text.endswith("}\n")


def test_save_keeps_the_previous_version_and_leaves_no_temporary_file(
    report: Report, tmp_path: Path
) -> None:
    path = tmp_path / "d.json"
    report.set_answer("1.1.a", "first")
    save_draft(report, path)
    report.set_answer("1.1.a", "second")
    save_draft(report, path)
    assert load_draft(path).answer("1.1.a") == "second"
    assert load_draft(tmp_path / "d.json.bak").answer("1.1.a") == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json", "d.json.bak"]


def test_a_full_disk_keeps_the_old_file(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "d.json"
    save_draft(report, path)
    before = digest(path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    report.set_answer("1.1.a", "lost?")
    with pytest.raises(SaveFailed, match="the disk is full; the previous version"):
        save_draft(report, path)
    monkeypatch.undo()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False,
                    reason="root ignores folder permissions")
def test_a_read_only_folder_is_refused_plainly(report: Report, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "d.json"
    save_draft(report, path)
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveFailed, match="permission was refused"):
            save_draft(report, path)
    finally:
        folder.chmod(0o755)


def test_a_read_only_medium_is_refused_plainly(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    path = tmp_path / "d.json"
    save_draft(report, path)
    before = digest(path)

    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(SaveFailed, match="read-only; the previous version on disk is unchanged"):
        save_draft(report, path)
    assert digest(path) == before


def test_an_unwritable_target_is_refused_plainly(report: Report, tmp_path: Path) -> None:
    with pytest.raises(SaveFailed, match="a folder has that name"):
        save_draft(report, tmp_path)
    with pytest.raises(SaveFailed, match="does not exist"):
        save_draft(report, tmp_path / "missing" / "d.json")


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _valid_document(report: Report) -> dict[str, Any]:
    return report.to_draft()


BAD_FILES: list[tuple[str, Any, type[StorageError], str]] = [
    ("empty", b"", DraftUnreadable, "is empty"),
    ("blank", b"  \n ", DraftUnreadable, "is empty"),
    ("truncated", None, DraftUnreadable, "incomplete"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", DraftUnreadable, "binary"),
    ("latin1", '{"format": "café"}'.encode("latin-1"), DraftUnreadable, "UTF-8"),
    ("nested", b"[" * 100000 + b"]" * 100000, DraftUnreadable, "nested too deeply"),
    ("garbage", b"hello world", DraftUnreadable, "not valid JSON"),
    ("nan", b'{"format": NaN}', DraftUnreadable, "not valid JSON"),
    ("list", b"[1, 2, 3]", NotADraft, "not an object"),
    ("other-json", b'{"name": "x"}', NotADraft, "no 'format' marker"),
    ("future", "future", DraftFromFuture, "newer version"),
    ("unknown-template", "unknown-template", UnknownTemplate, "oda-poa-iti-1999"),
    ("bad-cycle", "bad-cycle", NotADraft, "reporting cycle"),
    ("bad-state", "bad-state", NotADraft, "Member or observer State"),
    ("bad-answers", "bad-answers", NotADraft, "answers"),
]


def _content(kind: Any, report: Report) -> bytes:
    if isinstance(kind, bytes):
        return kind
    document = _valid_document(report)
    if kind is None:
        return draft_bytes(report)[:-40]
    if kind == "future":
        document["format_version"] = 99
    elif kind == "unknown-template":
        document["template"] = "oda-poa-iti-1999"
    elif kind == "bad-cycle":
        document["cycle"] = "2026"
    elif kind == "bad-state":
        document["state"] = {"code": "ATL", "name": "Atlantis"}
    elif kind == "bad-answers":
        document["answers"] = ["yes"]
    return json.dumps(document).encode("utf-8")


@pytest.mark.parametrize(("name", "kind", "error", "words"), BAD_FILES,
                         ids=[b[0] for b in BAD_FILES])
def test_bad_files_get_one_clear_line_and_stay_untouched(
    full_report: Report, tmp_path: Path, name: str, kind: Any, error: type[StorageError],
    words: str,
) -> None:
    path = _write(tmp_path, f"{name}.json", _content(kind, full_report))
    before = digest(path)
    with pytest.raises(error) as caught:
        load_draft(path)
    message = str(caught.value)
    assert words in message
    assert "\n" not in message and str(path) in message
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{name}.json"]


def test_a_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as handle:
        handle.truncate(30 * 1024 * 1024)
    with pytest.raises(DraftUnreadable, match="too large"):
        load_draft(path)


def test_folders_missing_files_and_dangling_links(tmp_path: Path) -> None:
    with pytest.raises(DraftUnreadable, match="is a folder"):
        load_draft(tmp_path)
    with pytest.raises(DraftUnreadable, match="does not exist"):
        load_draft(tmp_path / "nothing.json")
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "gone.json")
    with pytest.raises(DraftUnreadable, match="link to a file that does not exist"):
        load_draft(link)


def test_wrongly_typed_answers_load_and_are_reported_by_validation(
    report: Report, tmp_path: Path
) -> None:
    from nationalreport.validation import validate

    document = report.to_draft()
    document["answers"] = {"1.1": 7, "1.1.d": {"men": "many"}, "42.1": "kept"}
    path = _write(tmp_path, "typed.json", json.dumps(document).encode())
    loaded = load_draft(path)
    assert loaded.orphans == {"42.1": "kept"}
    found = {(p.question, p.code) for p in validate(loaded)}
    assert ("1.1", "choose_listed") in found and ("1.1.d", "whole_number") in found
    assert (None, "orphan") in found


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    atomic_write(path, b"old")
    atomic_write(path, b"new" * 1000, backup=True)
    assert path.read_bytes() == b"new" * 1000
    assert (tmp_path / "f.bin.bak").read_bytes() == b"old"
