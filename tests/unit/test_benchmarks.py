"""benchmarks/run.py reports every budget of design.md, with its run count and the machine.

Timings are never asserted (they depend on the machine and its load): these tests
check that every figure is there, measured, numeric, with its budget, and that the
script runs end to end on tiny reports (``--rows 5 --runs 1``).
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import run
from tests.conftest import OfflineProcesses

SCRIPT = Path(run.__file__)

#: design.md's budgets, by figure.
BUDGETS = {"startup_ratio": 2.0, "validate_full_ms": 20.0, "validate_keystroke_ms": 5.0,
           "save_ms": 30.0, "load_ms": 100.0, "export_pdf_s": 1.5, "sign_s": 1.5,
           "peak_rss_mb": 250.0}
#: A process or a whole PDF per run: three runs are enough for a median.
SLOW = {"export_pdf_s", "sign_s", "peak_rss_mb"}


def bench(offline: OfflineProcesses, *args: str) -> dict[str, Any]:
    """The script's JSON, run with no network (its own child processes included)."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--json", *args], capture_output=True,
                          text=True, timeout=300, env=offline.env)
    assert done.returncode == 0, done.stderr
    assert offline.refused() == []
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_budget_is_a_sized_median_with_enough_runs() -> None:
    required = {spec.name: spec for spec in run.FIGURES if spec.required}
    assert {name: spec.budget for name, spec in required.items()} == BUDGETS
    for name, spec in required.items():
        assert spec.sized and spec.runs >= (3 if name in SLOW else 5), name
        function = run._function(spec)
        assert function is not None, name
        assert {"rows", "runs"} <= set(inspect.signature(function).parameters), name


@pytest.mark.slow
def test_the_json_has_every_figure_measured_with_its_budget(offline: OfflineProcesses) -> None:
    out = bench(offline, "--rows", "5", "--runs", "1", "--only", *BUDGETS)
    assert set(out["machine"]) >= {"cpu_count", "python", "platform"}
    assert out["machine"]["python"] == ".".join(map(str, sys.version_info[:3]))
    assert out["rows"] == 5
    figures = {f["name"]: f for f in out["figures"]}
    assert set(figures) == set(BUDGETS)
    for name, figure in figures.items():
        assert isinstance(figure["value"], float | int) and figure["value"] > 0, figure
        assert figure["budget"] == BUDGETS[name] and figure["runs"] == 1
        assert figure["over_budget"] == (figure["value"] > figure["budget"])
    assert out["over_budget"] == [n for n, f in figures.items() if f["over_budget"]]
    assert out["not_measured"] == [] and "growth" not in out
    assert offline.guarded() > 1  # the window's processes ran under the guard too


def test_sizes_give_each_figure_at_each_table_size(offline: OfflineProcesses) -> None:
    out = bench(offline, "--rows", "5", "--runs", "1", "--only", "save_ms", "load_ms",
                "--sizes", "5", "10")
    assert [f["name"] for f in out["figures"]] == ["save_ms", "load_ms"]
    assert [(g["name"], g["rows"]) for g in out["growth"]] == [
        ("save_ms", 5), ("save_ms", 10), ("load_ms", 5), ("load_ms", 10)]
    for row in out["growth"]:
        assert isinstance(row["value"], float) and row["runs"] == 1 and row["budget"] > 0
    done = subprocess.run([sys.executable, str(SCRIPT), "--rows", "5", "--runs", "1",
                           "--only", "save_ms", "--sizes", "5"],
                          capture_output=True, text=True, timeout=120, env=offline.env)
    assert done.returncode == 0 and "save_ms" in done.stdout and "N=1" in done.stdout
    assert "growth with table size" in done.stdout
