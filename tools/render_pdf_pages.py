"""Export the sample report and render chosen pages to PNG, to look at the layout.

    python tools/render_pdf_pages.py                       # cover, contents, pages 3-5, last
    python tools/render_pdf_pages.py --pages 1 2 40 -1 --rows 200 --out /tmp/pages
    python tools/render_pdf_pages.py --draft my-draft.json --language fr

Needs ``pdftoppm`` (Debian poppler-utils). Prints the PNG paths it wrote; negative
page numbers count from the end (-1 is the last page).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nationalreport.export import export
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft


def render_pages(pdf: Path, pages: list[int], total: int, out: Path, dpi: int) -> list[Path]:
    """PNG files of ``pages`` of ``pdf`` (1-based; negative counts from the end)."""
    written = []
    for page in pages:
        number = page if page > 0 else total + 1 + page
        if not 1 <= number <= total:
            print(f"skipping page {page}: the PDF has {total} pages", file=sys.stderr)
            continue
        prefix = out / f"page-{number:03d}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number),
                        "-l", str(number), str(pdf), str(prefix)], check=True)
        written.append(prefix.with_suffix(".png"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, nargs="*", default=[1, 2, 3, 4, 5, -1],
                        help="page numbers (1-based; -1 is the last)")
    parser.add_argument("--rows", type=int, default=200, help="rows of each sample table")
    parser.add_argument("--draft", help="export this draft instead of the sample report")
    parser.add_argument("--language", help="language of the PDF (default: the report's)")
    parser.add_argument("--dpi", type=int, default=70)
    parser.add_argument("--out", default="pdf-pages", help="folder for the PNG files")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep report.pdf there")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 2
    report = load_draft(args.draft) if args.draft else sample_report(rows=args.rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        result = export(report, pdf_path=pdf, language=args.language, allow_errors=True)
        for png in render_pages(pdf, args.pages, result.pages, out, args.dpi):
            print(png)
        if args.keep_pdf:
            shutil.copyfile(pdf, out / "report.pdf")
            print(out / "report.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
