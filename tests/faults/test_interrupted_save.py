"""A save interrupted at every step leaves the old draft or the new one, whole.

``tests/unit/storage/test_power_cut.py`` kills a saving loop at random moments; here
each file-system call of one save (create the temporary file, write, flush, fsync,
keep the backup, rename, open and fsync the folder, look for leftovers) is broken in
turn: by an exception, and by the death of the process just before the call, just
after it, or half-way through a write. Afterwards the draft and its backup parse and
are whole versions, never a mix or an empty file; an exception leaves no temporary
file, and what a dead process left is removed by the next save.
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from nationalreport.report import Report
from nationalreport.storage import SaveFailed, load_draft, save_draft
from nationalreport.storage.atomic import atomic_write_all
from tests.faults.inject import DIED, Fault, Injector, temporaries

ROOT = Path(__file__).resolve().parents[2]

#: The temporary files a killed save may leave: hidden, named after the draft and the
#: process, never ending in ``.json``.
LEFTOVER = re.compile(r"\.d\.json\.\d+\.[A-Za-z0-9_]+\.tmp")


def prepare(folder: Path) -> Path:
    """A draft whose backup holds version A0 and whose file holds version A."""
    folder.mkdir(parents=True, exist_ok=True)
    draft = folder / "d.json"
    report = Report.new("KEN", 2026, "en")
    report.set_answer("1.1.a", "A0")
    save_draft(report, draft)
    report.set_answer("1.1.a", "A")
    save_draft(report, draft)
    return draft


def version_b(draft: Path) -> Report:
    report = load_draft(draft)
    report.set_answer("1.1.a", "B")
    return report


def check_whole(draft: Path) -> str:
    """The draft and its backup parse as whole versions that fit together; the draft's."""
    now = load_draft(draft).answer("1.1.a")
    backup = load_draft(draft.with_name(draft.name + ".bak")).answer("1.1.a")
    assert now in ("A", "B"), now
    if now == "B":
        assert backup == "A", "the backup must hold the version the save replaced"
    else:
        assert backup in ("A0", "A"), backup
    return str(now)


def trace(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file-system calls of saving version B over A, in order."""
    draft = prepare(folder)
    report = version_b(draft)
    with monkeypatch.context() as patch:
        injector = Injector().install(patch.setattr)
        save_draft(report, draft)
    assert load_draft(draft).answer("1.1.a") == "B"
    return injector.steps


def test_a_save_writes_and_syncs_before_renaming_then_syncs_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = trace(tmp_path, monkeypatch)
    kinds = [step.split()[0] for step in steps]

    def first(prefix: str, after: int = -1) -> int:
        return next(i for i, step in enumerate(steps) if i > after and step.startswith(prefix))

    created = first("create")
    written = first("write", created)
    synced = first("fsync", written)
    backup = first("rename", synced)
    renamed = first("rename", backup)
    assert steps[backup].endswith("-> d.json.bak") and steps[renamed].endswith("-> d.json")
    assert first("flush", written) < synced
    folder_opened = first("open", renamed)
    assert steps[folder_opened] == "open <folder>"
    assert first("fsync", folder_opened) == folder_opened + 1
    assert "list" in kinds[folder_opened:], "leftovers are looked for after the save"


def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without hard links (FAT): the backup is then made by copying."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(os, "link", refuse)


@pytest.mark.parametrize("links", [True, False], ids=["links", "no-links"])
@pytest.mark.parametrize("action", ["raise", "interrupt"])
def test_an_exception_at_any_step_keeps_a_whole_draft_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, links: bool
) -> None:
    if not links:
        no_hard_links(monkeypatch)
    steps = trace(tmp_path / "trace", monkeypatch)
    assert links or any(step.startswith("copy d.json") for step in steps), steps
    outcomes: dict[str, str] = {}
    for index, step in enumerate(steps):
        folder = tmp_path / f"step{index}"
        draft = prepare(folder)
        before = draft.read_bytes()
        report = version_b(draft)
        raised: BaseException | None = None
        with monkeypatch.context() as patch:
            injector = Injector(Fault(action, index=index)).install(patch.setattr)
            try:
                save_draft(report, draft)
            except (SaveFailed, KeyboardInterrupt) as exc:
                raised = exc
        assert injector.fired == [step]
        now = check_whole(draft)
        outcomes[step] = now if raised is None else f"{now} ({type(raised).__name__})"
        if isinstance(raised, SaveFailed):
            message = str(raised)
            assert draft.read_bytes() == before, (step, message)
            assert "the previous version on disk is unchanged" in message
            assert str(folder) in message and "\n" not in message
        if raised is None:
            assert now == "B", step
        assert temporaries(folder) == [], (step, temporaries(folder))
    # The injection really hit both sides of the rename.
    assert any(o.startswith("A (") for o in outcomes.values()), outcomes
    assert any(o.startswith("B") for o in outcomes.values()), outcomes


def test_a_process_dying_at_any_step_keeps_a_whole_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = trace(tmp_path / "trace", monkeypatch)
    cases = [(action, index) for index in range(len(steps))
             for action in ("die-before", "die-after")]
    cases += [("die-midway", i) for i, step in enumerate(steps) if step.startswith("write")]
    children = []
    for action, index in cases:
        draft = prepare(tmp_path / f"{action}-{index}")
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.save_child", str(draft), "B", action,
             str(index)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        children.append((action, index, draft, child))
    outcomes: dict[str, str] = {}
    left_behind = 0
    for action, index, draft, child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == DIED, (action, steps[index], out, err)
        outcomes[f"{action} {steps[index]}"] = check_whole(draft)
        leftovers = temporaries(draft.parent)
        assert all(LEFTOVER.fullmatch(name) for name in leftovers), leftovers
        left_behind += len(leftovers)

        # The next save (the dead process is gone) finishes and removes the leftovers.
        report = load_draft(draft)
        report.set_answer("1.1.a", "C")
        save_draft(report, draft)
        assert load_draft(draft).answer("1.1.a") == "C"
        assert load_draft(draft.with_name("d.json.bak")).answer("1.1.a") in ("A", "B")
        assert temporaries(draft.parent) == [], (action, steps[index])
        assert sorted(p.name for p in draft.parent.iterdir()) == ["d.json", "d.json.bak"]
    assert set(outcomes.values()) == {"A", "B"}, outcomes
    assert left_behind, "no death left a temporary file, so the clean-up was not tried"


@pytest.mark.parametrize("action", ["raise", "interrupt"])
def test_two_outputs_written_together_are_both_old_or_both_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str
) -> None:
    def outputs(folder: Path) -> list[tuple[Path, bytes]]:
        return [(folder / "r.json", b'{"new": true}\n'), (folder / "r.pdf", b"%PDF new" * 500)]

    def setup(folder: Path) -> None:
        folder.mkdir()
        (folder / "r.json").write_bytes(b'{"old": true}\n')
        (folder / "r.pdf").write_bytes(b"%PDF old")

    setup(tmp_path / "trace")
    with monkeypatch.context() as patch:
        tracer = Injector().install(patch.setattr)
        atomic_write_all(outputs(tmp_path / "trace"))
    assert sum(step.startswith("rename") for step in tracer.steps) == 2
    olds = 0
    for index, step in enumerate(tracer.steps):
        folder = tmp_path / f"step{index}"
        setup(folder)
        raised: BaseException | None = None
        with monkeypatch.context() as patch:
            injector = Injector(Fault(action, index=index)).install(patch.setattr)
            try:
                atomic_write_all(outputs(folder))
            except (SaveFailed, KeyboardInterrupt) as exc:
                raised = exc
        assert injector.fired == [step]
        now = {(folder / name).read_bytes()[:5] for name in ("r.json", "r.pdf")}
        assert now in ({b'{"old', b"%PDF "}, {b'{"new', b"%PDF "}), (step, now)
        pdf_new = (folder / "r.pdf").read_bytes() != b"%PDF old"
        json_new = (folder / "r.json").read_bytes() != b'{"old": true}\n'
        assert pdf_new == json_new, f"{step}: a new JSON beside an old PDF, or the reverse"
        if isinstance(raised, SaveFailed):
            assert not pdf_new and "unchanged" in str(raised), (step, str(raised))
        if raised is not None and not pdf_new:
            olds += 1
        if temporaries(folder):
            # Only a clean-up that was itself interrupted leaves a temporary file, and
            # the next write removes it.
            assert step.startswith("remove") and isinstance(raised, KeyboardInterrupt), step
            atomic_write_all(outputs(folder))
        assert temporaries(folder) == [], (step, temporaries(folder))
    assert olds, "no injected failure kept the old files, so none was really tried"
