"""Engine figures: full and per-keystroke validation, draft save and load.

Each figure is the median of several runs on a report with every question answered
and tables of ``rows`` rows (``nationalreport.report.sample``).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from nationalreport.report import Report
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft, save_draft
from nationalreport.validation.schema import CompiledSchema, load_schema
from nationalreport.validation.validator import ReportValidator


def median_ms(action: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def validate_full_ms(rows: int = 200, runs: int = 7) -> float:
    """Whole-report validation on a validator that has seen nothing yet (the slowest case)."""
    report = sample_report(rows=rows)
    schema = load_schema(report.template.id)
    times = []
    for _ in range(runs):
        validator = ReportValidator(report.template, CompiledSchema(schema))
        start = time.perf_counter()
        validator.validate(report)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def validate_keystroke_ms(rows: int = 200, runs: int = 25) -> float:
    """One changed answer checked: a cell of the largest table, then a contact's e-mail."""
    report = sample_report(rows=rows)
    validator = ReportValidator(report.template)
    validator.validate(report)
    table = next(q for q in report.template if q.kind == "table")
    contact = "1.2.3.1"
    times = []
    for i in range(runs):
        value = report.answer(table.number)
        value[rows // 2] = {**value[rows // 2], "title": f"Firearms Act (amended {i})"}
        report.set_answer(table.number, value)
        start = time.perf_counter()
        validator.validate_question(report, table.number)
        times.append((time.perf_counter() - start) * 1000)
        report.set_answer(contact, {**report.answer(contact), "email": f"cid{i}@example.go.ke"})
        start = time.perf_counter()
        validator.validate_question(report, contact)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def save_ms(rows: int = 200, runs: int = 7) -> float:
    report = sample_report(rows=rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.json"
        return median_ms(lambda: save_draft(report, path), runs)


def load_ms(rows: int = 200, runs: int = 7) -> float:
    report = sample_report(rows=rows)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.json"
        save_draft(report, path)
        load_draft(path)

        def load() -> Report:
            return load_draft(path)

        return median_ms(load, runs)
