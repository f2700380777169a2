"""Print every budgeted figure of design.md, measured on this machine.

    python benchmarks/run.py                  # a table for people
    python benchmarks/run.py --json           # figures, budgets, run counts, the machine
    python benchmarks/run.py --sizes          # also each figure at 50, 200 and 1000 rows
    python benchmarks/run.py --only save_ms load_ms --sizes 50 500
    python benchmarks/run.py --rows 5 --runs 1 --json   # a quick check that all runs

Each figure is the median of several runs (the count is printed) on a report with
every question answered and 200-row tables. Nothing here fails: figures over budget
are listed, not asserted, because a timing depends on the machine and its load.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Figure = dict[str, Any]
Measure = Callable[..., float]

DEFAULT_ROWS = 200
DEFAULT_SIZES = (50, 200, 1000)


@dataclass(frozen=True)
class Spec:
    """One figure: its budget (design.md), where it is measured and how many runs it takes."""

    name: str
    unit: str
    budget: float
    #: Where the measuring function is ("" for this file).
    module: str
    function: str
    #: Runs the median is taken over (slow figures, a process or a PDF per run, take fewer).
    runs: int
    #: Whether the figure follows the table size (``--sizes``).
    sized: bool = True
    #: True for the figures design.md budgets; the others are extra figures of the window.
    required: bool = True


FIGURES: list[Spec] = [
    Spec("startup_ratio", "x", 2.0, "", "startup_ratio", 9),
    Spec("validate_full_ms", "ms", 20.0, "benchmarks.engine_bench", "validate_full_ms", 7),
    Spec("validate_keystroke_ms", "ms", 5.0, "benchmarks.engine_bench",
         "validate_keystroke_ms", 25),
    Spec("save_ms", "ms", 30.0, "benchmarks.engine_bench", "save_ms", 7),
    Spec("load_ms", "ms", 100.0, "benchmarks.engine_bench", "load_ms", 7),
    Spec("export_pdf_s", "s", 1.5, "benchmarks.export_bench", "export_pdf_s", 5),
    Spec("sign_s", "s", 1.5, "benchmarks.sign_bench", "sign_s", 5),
    Spec("peak_rss_mb", "MB", 250.0, "benchmarks.gui_bench", "peak_rss_mb", 3),
    Spec("gui_keystroke_ms", "ms", 5.0, "benchmarks.gui_bench", "keystroke_ms", 40,
         required=False),
    Spec("table_500_open_ms", "ms", 1000.0, "benchmarks.gui_bench", "table_500_open_ms", 5,
         sized=False, required=False),
    Spec("table_add_row_ms", "ms", 50.0, "benchmarks.gui_bench", "table_add_row_ms", 20,
         sized=False, required=False),
]
BY_NAME = {spec.name: spec for spec in FIGURES}


def startup_ratio(rows: int = DEFAULT_ROWS, runs: int = 5) -> float:
    """``gui_bench.startup_ratio`` on a draft of ``rows``-row tables.

    The measuring function itself is left as it is: the draft it opens is made by
    ``gui_bench._sample_draft``, which is given ``rows`` here for the duration of the call.
    """
    from benchmarks import gui_bench

    original = gui_bench._sample_draft
    wanted = rows
    made: list[int] = []

    def sized_draft(home: Path, rows: int = wanted) -> Path:
        made.append(rows)
        return original(home, rows)

    gui_bench._sample_draft = sized_draft
    try:
        ratio = gui_bench.startup_ratio(runs=runs)
    finally:
        gui_bench._sample_draft = original
    if rows != DEFAULT_ROWS and made != [rows]:
        raise RuntimeError("startup_ratio no longer opens a draft from _sample_draft, so the "
                           "table size cannot be set")
    return ratio


def _function(spec: Spec) -> Measure | None:
    if not spec.module:
        here: Measure = globals()[spec.function]
        return here
    try:
        found: Measure = getattr(importlib.import_module(spec.module), spec.function)
    except (ImportError, AttributeError):
        return None
    return found


def _call(spec: Spec, rows: int, runs: int) -> tuple[float | None, str | None]:
    """(value, None), or (None, why) when the figure cannot be measured here."""
    function = _function(spec)
    if function is None:
        return None, f"{spec.module}.{spec.function} cannot be imported"
    accepted = inspect.signature(function).parameters
    arguments: dict[str, int] = {"runs": runs}
    if "rows" in accepted:
        arguments["rows"] = rows
    try:
        return round(float(function(**arguments)), 3), None
    except Exception as exc:  # one figure that cannot run must not hide the others
        return None, f"{type(exc).__name__}: {exc}"


class Bench:
    """Measures figures, once per (figure, rows, runs): ``--sizes`` reuses the 200-row ones."""

    def __init__(self, runs: int | None = None) -> None:
        self.runs = runs
        self.done: dict[tuple[str, int, int], tuple[float | None, str | None]] = {}

    def runs_of(self, spec: Spec) -> int:
        return self.runs if self.runs is not None else spec.runs

    def value(self, spec: Spec, rows: int) -> tuple[float | None, str | None]:
        key = (spec.name, rows, self.runs_of(spec))
        if key not in self.done:
            self.done[key] = _call(spec, rows, self.runs_of(spec))
        return self.done[key]

    def figure(self, spec: Spec, rows: int) -> Figure:
        value, error = self.value(spec, rows)
        figure: Figure = {"name": spec.name, "value": value, "unit": spec.unit,
                          "budget": spec.budget, "runs": self.runs_of(spec),
                          "rows": rows if spec.sized else None, "required": spec.required,
                          "over_budget": value is not None and value > spec.budget}
        if error is not None:
            figure["error"] = error
        return figure


def measure(names: set[str] | None = None, rows: int = DEFAULT_ROWS,
            bench: Bench | None = None) -> list[Figure]:
    """Every figure (or those named), at ``rows``-row tables."""
    bench = bench or Bench()
    return [bench.figure(spec, rows) for spec in FIGURES if not names or spec.name in names]


def growth(names: set[str] | None = None, sizes: tuple[int, ...] = DEFAULT_SIZES,
           bench: Bench | None = None) -> list[Figure]:
    """Each sized figure (or those named) at each table size."""
    bench = bench or Bench()
    return [bench.figure(spec, size) for spec in FIGURES if spec.sized
            and (not names or spec.name in names) for size in sizes]


def machine() -> dict[str, Any]:
    """What the figures were measured on: they mean little without it."""
    affinity = getattr(os, "sched_getaffinity", None)
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(affinity(0)) if affinity else os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
    }


def report(figures: list[Figure], sized: list[Figure], rows: int) -> dict[str, Any]:
    """The whole output: the machine, the figures, those over budget, the growth."""
    return {
        "machine": machine(),
        "rows": rows,
        "figures": figures,
        "over_budget": [f["name"] for f in figures if f["over_budget"]],
        "not_measured": [f["name"] for f in figures if f["value"] is None],
        **({"growth": sized} if sized else {}),
    }


def _print_table(out: dict[str, Any]) -> None:
    box = out["machine"]
    print(f"{box['platform']}, Python {box['python']}, {box['cpu_count']} CPUs; "
          f"tables of {out['rows']} rows; each figure a median of N runs\n")
    for f in out["figures"]:
        budget = f"(budget {f['budget']} {f['unit']})"
        if f["value"] is None:
            print(f"{f['name']:<24} {'not measured':>12}     {budget}  {f.get('error', '')}")
            continue
        verdict = "OVER BUDGET" if f["over_budget"] else "ok"
        print(f"{f['name']:<24} {f['value']:>10.3f} {f['unit']:<3} N={f['runs']:<3} "
              f"{budget}  {verdict}")
    if out.get("growth"):
        print("\ngrowth with table size (rows: value)")
        for name in dict.fromkeys(g["name"] for g in out["growth"]):
            cells = "  ".join(
                f"{g['rows']}: " + ("-" if g["value"] is None else f"{g['value']:.3f}")
                for g in out["growth"] if g["name"] == name)
            print(f"  {name:<24} {cells}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--sizes", nargs="*", type=int, metavar="ROWS",
                        help="also measure each sized figure at these table sizes "
                        f"(default {' '.join(map(str, DEFAULT_SIZES))})")
    parser.add_argument("--only", nargs="*", metavar="NAME", choices=list(BY_NAME),
                        help="only these figures")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS,
                        help=f"rows of each table for the figures (default {DEFAULT_ROWS})")
    parser.add_argument("--runs", type=int,
                        help="runs of every figure instead of its own count (a quick check)")
    args = parser.parse_args(argv)
    names = set(args.only) if args.only else None
    bench = Bench(args.runs)
    figures = measure(names, args.rows, bench)
    sizes = tuple(args.sizes or DEFAULT_SIZES) if args.sizes is not None else ()
    sized = growth(names, sizes, bench) if sizes else []
    out = report(figures, sized, args.rows)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        _print_table(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
