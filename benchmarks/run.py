"""Print every budgeted figure of design.md, measured on this machine.

    python benchmarks/run.py            # table for people
    python benchmarks/run.py --json     # {"figures": [{"name", "value", "unit", "budget"}]}
    python benchmarks/run.py --sizes    # also how each engine figure grows with table size

Figures are medians of several runs on a report with every question answered and
200-row tables. Nothing here fails: over-budget figures are marked, not asserted.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import engine_bench

Figure = dict[str, Any]

#: (name, unit, budget, module, function); a module that is missing is reported, not fatal.
FIGURES: list[tuple[str, str, float, str, str]] = [
    ("startup_ratio", "x", 2.0, "benchmarks.gui_bench", "startup_ratio"),
    ("validate_full_ms", "ms", 20.0, "benchmarks.engine_bench", "validate_full_ms"),
    ("validate_keystroke_ms", "ms", 5.0, "benchmarks.engine_bench", "validate_keystroke_ms"),
    ("gui_keystroke_ms", "ms", 5.0, "benchmarks.gui_bench", "keystroke_ms"),
    ("save_ms", "ms", 30.0, "benchmarks.engine_bench", "save_ms"),
    ("load_ms", "ms", 100.0, "benchmarks.engine_bench", "load_ms"),
    ("export_pdf_s", "s", 1.5, "benchmarks.export_bench", "export_pdf_s"),
    ("sign_s", "s", 1.5, "benchmarks.sign_bench", "sign_s"),
    ("peak_rss_mb", "MB", 250.0, "benchmarks.gui_bench", "peak_rss_mb"),
    ("table_500_open_ms", "ms", 1000.0, "benchmarks.gui_bench", "table_500_open_ms"),
    ("table_add_row_ms", "ms", 50.0, "benchmarks.gui_bench", "table_add_row_ms"),
]

SIZED = ("validate_full_ms", "validate_keystroke_ms", "save_ms", "load_ms")


def _function(module: str, name: str) -> Callable[..., float] | None:
    try:
        found: Callable[..., float] = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
    return found


def measure(names: set[str] | None = None) -> list[Figure]:
    figures = []
    for name, unit, budget, module, function in FIGURES:
        if names and name not in names:
            continue
        run = _function(module, function)
        value = round(float(run()), 3) if run is not None else None
        figures.append({"name": name, "value": value, "unit": unit, "budget": budget})
    return figures


def growth(sizes: tuple[int, ...] = (50, 200, 1000)) -> list[Figure]:
    rows = []
    for name in SIZED:
        run = getattr(engine_bench, name)
        for size in sizes:
            rows.append({"name": name, "rows": size, "value": round(float(run(rows=size)), 3)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--sizes", action="store_true", help="also 50/200/1000-row growth")
    parser.add_argument("--only", nargs="*", help="only these figures")
    args = parser.parse_args(argv)
    figures = measure(set(args.only) if args.only else None)
    sized = growth() if args.sizes else []
    if args.json:
        out: dict[str, Any] = {"figures": figures}
        if sized:
            out["growth"] = sized
        print(json.dumps(out, indent=2))
        return 0
    for f in figures:
        if f["value"] is None:
            print(f"{f['name']:<24} {'not measured':>12}   (budget {f['budget']} {f['unit']})")
            continue
        verdict = "ok" if f["value"] <= f["budget"] else "OVER BUDGET"
        print(f"{f['name']:<24} {f['value']:>10.3f} {f['unit']:<3} "
              f"(budget {f['budget']} {f['unit']})  {verdict}")
    if sized:
        print("\ngrowth with table size (rows: value)")
        for name in SIZED:
            cells = "  ".join(f"{r['rows']}: {r['value']:.3f}" for r in sized if r["name"] == name)
            print(f"  {name:<24} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
