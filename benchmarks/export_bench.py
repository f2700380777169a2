"""Export figure: the full report as PDF/A-3b with the JSON inside (budget 1.5 s).

``export_pdf_s`` is the median of several exports of a report with every question
answered and tables of ``rows`` rows, written to a temporary file the way the
command line writes it (layout, PDF/A post-processing, atomic write). The first
export of a process, which also registers the fonts, is measured apart as a warm-up.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from nationalreport.export import export
from nationalreport.report.sample import sample_report


def export_pdf_s(rows: int = 200, runs: int = 5) -> float:
    """Median seconds of a full-report PDF export with ``rows``-row tables."""
    report = sample_report(rows=rows)
    times: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.pdf"
        export(report, pdf_path=out)  # warm-up: fonts, imports, caches
        for _ in range(runs):
            start = time.perf_counter()
            export(report, pdf_path=out)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_export_pdf_s(rows: int = 200) -> float:
    """Seconds of the first export in this process (imports and font loading included
    when nothing has exported before)."""
    report = sample_report(rows=rows)
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        export(report, pdf_path=Path(folder) / "report.pdf")
        return time.perf_counter() - start


if __name__ == "__main__":
    print(f"first_export_pdf_s {first_export_pdf_s():.3f}")
    print(f"export_pdf_s       {export_pdf_s():.3f}")
