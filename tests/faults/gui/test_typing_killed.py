"""A window killed (SIGKILL) while the official types: the next start gives the work back.

A child process (``typing_child``) types without a pause into three fields with key
clicks, printing how many it has typed and when. The test kills it at a random moment
(seeded), several times, and each time opens the draft again in this process through
the ``Controller``, as ``nationalreport DRAFT`` does. Recovery must be offered, and the
recovered answers must be what had been typed up to one moment (the same moment for
every field: a prefix of the typing, never a mix), at most ``MAY_LOSE`` seconds before
the kill.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from nationalreport.report import Report
from nationalreport.storage import Journal, save_draft
from nationalreport.storage.journal import AUTOSAVE_DELAY
from nationalreport.storage.lock import lock_path
from nationalreport.ui.app import Controller
from nationalreport.ui.session import TICK_MS
from tests.faults.gui import typing_child
from tests.faults.gui.conftest import Prompts
from tests.gui.helpers import field, shown_text

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]

#: The most typing a kill may lose, in seconds: the autosave delay (a change waits that
#: long before it is journaled), one tick of the window's autosave timer, and a margin
#: for a busy machine (the journal write itself, a chunk of key clicks, scheduling).
MARGIN = 1.0
MAY_LOSE = AUTOSAVE_DELAY + TICK_MS / 1000 + MARGIN
TRIALS = 3
SEED = 20260504


def type_until_killed(draft: Path, settings: Path, seed: int, typing_for: float,
                      errors: Path) -> tuple[list[tuple[int, float]], float]:
    """Run the typing window, kill it ``typing_for`` seconds after its first key clicks.

    Returns the (count, time) lines it printed, and the moment of the kill.
    """
    with errors.open("wb") as stderr, subprocess.Popen(
        [sys.executable, "-m", "tests.faults.gui.typing_child", str(draft), str(settings),
         str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, env=os.environ.copy(),
    ) as child:
        assert child.stdout is not None
        try:
            first = b""
            while not first.startswith(b"typed "):
                ready, _, _ = select.select([child.stdout], [], [], 60)
                first = child.stdout.readline() if ready else b""
                assert first, errors.read_text("utf-8", "replace")
                assert first.startswith((b"ready", b"typed ")), first
            started = float(first.split()[2])
            time.sleep(max(0.0, started + typing_for - time.time()))
            killed = time.time()
            os.kill(child.pid, signal.SIGKILL)  # no clean-up code runs, as in a power cut
        finally:
            child.kill()
            child.wait()
        rest = child.stdout.read()
    whole = (first + rest).split(b"\n")[:-1]  # a line cut by the kill is not counted
    lines = [line.decode("utf-8").split() for line in whole if line.startswith(b"typed ")]
    typed = [(int(count), float(moment)) for _typed, count, moment, _number, _chunk in lines]
    # The child typed the plan, chunk by chunk, in the fields the plan names.
    chunks = [(number, chunk) for _typed, _count, _moment, number, chunk in lines]
    planned = [(typing_child.FIELDS[index][0], text.strip())
               for index, text in typing_child.plan(seed)[:len(chunks)]]
    assert chunks == planned
    assert child.returncode == -signal.SIGKILL
    return typed, killed


def moments_matching(seed: int, recovered: list[Any], most: int) -> list[int]:
    """The key-click counts (up to ``most``) after which the fields held ``recovered``."""
    texts = [""] * len(typing_child.FIELDS)

    def same() -> bool:
        return all((text.strip() or None) == value
                   for text, value in zip(texts, recovered, strict=True))

    found = [0] if same() else []
    count = 0
    for index, chunk in typing_child.plan(seed):
        for key in chunk:
            if count >= most:
                return found
            texts[index] += key
            count += 1
            if same():
                found.append(count)
    return found


def test_a_window_killed_while_typing_gives_back_all_but_the_last_seconds(
    qtbot: QtBot, prompts: Prompts, drafts: Path, tmp_path: Path,
) -> None:
    rng = random.Random(SEED)
    for trial in range(TRIALS):
        draft = drafts / f"kenya-{trial}.json"
        save_draft(Report.new("KEN", 2026, "en"), draft, backup=False)
        seed = rng.randrange(1_000_000)
        typing_for = rng.uniform(MAY_LOSE + 0.2, MAY_LOSE + 1.2)
        typed, killed = type_until_killed(draft, tmp_path / f"settings-{trial}", seed,
                                          typing_for, tmp_path / f"stderr-{trial}.txt")
        # What had been typed MAY_LOSE seconds before the kill must all come back.
        floor = max((count for count, moment in typed if moment <= killed - MAY_LOSE),
                    default=0)
        assert floor > 0, f"trial {trial}: the window typed nothing for {MAY_LOSE} s"
        assert lock_path(draft).exists(), "the killed window's lock is left behind"

        controller = Controller()
        prompts.queue("recover")
        assert controller.open_path(str(draft)), prompts.seen[-1].text
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        assert prompts.seen[-1].title == "Unsaved work found"
        assert json.loads(lock_path(draft).read_text("utf-8"))["pid"] == os.getpid()

        report = window.session.report
        contact = report.answer("1.1.c") or {}
        recovered = [report.answer("1.1.a"), report.answer("1.1.b"), contact.get("name")]
        assert report.answer("1.1") == "yes"
        last = typed[-1][0] if typed else 0
        moments = moments_matching(seed, recovered, last + 20)
        assert moments, f"trial {trial}: the recovered answers are not one moment of the " \
            f"typing: {recovered!r}"
        assert max(moments) >= floor, (
            f"trial {trial}: {floor - max(moments)} key clicks typed more than "
            f"{MAY_LOSE} s before the kill were lost")
        for (number, *tail), value in zip(typing_child.FIELDS, recovered, strict=True):
            assert shown_text(field(window, number, *tail)).strip() == (value or "")
        assert window.session.dirty

        prompts.queue("discard")
        window.close()
        assert not lock_path(draft).exists()
        assert Journal().entries() == []
