"""A short coverage-guided run of every target of ``tools/fuzz.py``, when atheris is installed.

Each target runs a few hundred inputs in its own process, as libFuzzer requires, with
the process's address space capped (``--max-mb``), libFuzzer's per-input timeout, a
fixed random seed, and no network. Only the program's own code is instrumented
(``--own-code-only``), so that each run starts in about a second; longer runs by
hand instrument pyHanko and asn1crypto too (see the tool's docstring).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import OfflineProcesses
from tests.fuzz.targets import Seeds

pytest.importorskip(
    "atheris", reason="atheris is not installed (the dev extra installs it where a wheel exists: "
    "CPython on x86-64 Linux); the Hypothesis fuzz tests still run")

ROOT = Path(__file__).resolve().parents[2]
#: Inputs per target: a few hundred where an input takes milliseconds, fewer where it
#: takes tens (verification goes through pyHanko's whole validation).
RUNS = {"draft": 300, "journal": 200, "p12": 200, "pdf": 100, "p7s": 100, "json": 50,
        "cli": 50}


@pytest.mark.slow
@pytest.mark.parametrize("target", sorted(RUNS))
def test_short_coverage_guided_run_finds_nothing(target: str, seeds: Seeds, tmp_path: Path,
                                                 offline: OfflineProcesses) -> None:
    crashes = tmp_path / "crashes"
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "fuzz.py"), target, "--own-code-only",
         "--seeds", str(seeds.folder), "--corpus", str(tmp_path / "corpus"),
         "--artifacts", str(crashes), "--max-mb", "2048",
         f"-atheris_runs={RUNS[target]}", "-seed=1", "-timeout=30"],
        capture_output=True, text=True, timeout=240, env=offline.env, cwd=tmp_path)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert re.search(rf"^Done {RUNS[target]} in \d+ second", output, re.M), output[-3000:]
    assert not crashes.exists() or not any(crashes.iterdir()), output[-3000:]
    assert offline.refused() == []
