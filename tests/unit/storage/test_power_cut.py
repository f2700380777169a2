"""A save killed at any moment leaves the old draft or the new one, whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from nationalreport.storage import load_draft

SAVER = textwrap.dedent("""
    import sys
    from nationalreport.report.sample import sample_report
    from nationalreport.storage import save_draft
    path = sys.argv[1]
    versions = []
    for label in ("A", "B"):
        report = sample_report(rows=300)
        report.set_answer("1.1.a", label)
        versions.append(report)
    print("ready", flush=True)
    i = 0
    while True:
        save_draft(versions[i % 2], path)
        i += 1
""")


def test_killed_during_saves_the_file_is_always_whole(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    rng = random.Random(20261128)
    seen: set[str] = set()
    for _round in range(8):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(path)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
        if not path.exists():
            continue
        report = load_draft(path)
        assert report.answer("1.1.a") in ("A", "B")
        seen.add(str(report.answer("1.1.a")))
        backup = path.with_name(path.name + ".bak")
        if backup.exists():
            assert load_draft(backup).answer("1.1.a") in ("A", "B")
    assert seen, "no save finished in any round"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # A kill between writing and renaming may leave a hidden temporary file behind,
    # never in place of the draft; it is not a draft and is never opened.
    assert all(name.startswith(".d.json.") for name in leftovers)
