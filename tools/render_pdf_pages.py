"""Export the sample report and render chosen pages to PNG, to look at the layout.

    python tools/render_pdf_pages.py                       # cover, contents, pages 3-5, last
    python tools/render_pdf_pages.py --pages 1 2 40 -1 --rows 200 --out /tmp/pages
    python tools/render_pdf_pages.py --draft my-draft.json --language fr
    python tools/render_pdf_pages.py --language ar --rows 5 --pages 1 3 4 --dpi 60 \\
        --out docs/pdf-pages --prefix ar-p                 # docs/pdf-pages/ar-p1.png ...
    python tools/render_pdf_pages.py --language ar --texts ar-draft.json
        # preview a template translation that is not bundled yet (a flat catalogue,
        # as resources/templates/i18n/<template>.<lang>.json)

Needs ``pdftoppm`` (Debian poppler-utils). Prints the PNG paths it wrote; negative
page numbers count from the end (-1 is the last page).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nationalreport.export import PDF_LANGUAGES, export
from nationalreport.report.sample import sample_report
from nationalreport.storage import load_draft
from nationalreport.template import Template


def render_pages(pdf: Path, pages: list[int], total: int, out: Path, dpi: int,
                 prefix: str | None = None) -> list[Path]:
    """PNG files of ``pages`` of ``pdf`` (1-based; negative counts from the end).

    Named ``page-003.png``, or ``<prefix>3.png`` when a prefix is given.
    """
    written = []
    for page in pages:
        number = page if page > 0 else total + 1 + page
        if not 1 <= number <= total:
            print(f"skipping page {page}: the PDF has {total} pages", file=sys.stderr)
            continue
        stem = f"{prefix}{number}" if prefix is not None else f"page-{number:03d}"
        target = out / stem
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(number),
                        "-l", str(number), str(pdf), str(target)], check=True)
        written.append(target.with_suffix(".png"))
    return written


def template_with_texts(template_id: str, language: str, catalogue: Path) -> Template:
    """The bundled template with ``catalogue`` (key -> text) applied as ``language``."""
    from nationalreport import resources
    from nationalreport.template import load_template
    from nationalreport.template.loader import parse_template
    from nationalreport.template.texts import apply_catalogue

    bundled = load_template(template_id)
    data = resources.load_json(resources.resource_file("templates", f"{template_id}.json"))
    for other in bundled.languages:  # the bundled translations first, then the preview
        if other != "en":
            apply_catalogue(data, other, _bundled_texts(template_id, other))
    texts = {key: value for key, value in json.loads(catalogue.read_text("utf-8")).items()
             if isinstance(value, str)}
    apply_catalogue(data, language, texts)
    data["languages"] = sorted({*bundled.languages, language})
    return parse_template(data, origin=f"{template_id} with {catalogue.name}")


def _bundled_texts(template_id: str, language: str) -> dict[str, str]:
    from nationalreport import resources

    node = resources.resource_file("templates", "i18n", f"{template_id}.{language}.json")
    try:
        found = resources.load_json(node)
    except OSError:
        return {}
    return {key: value for key, value in found.items() if isinstance(value, str)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pages", type=int, nargs="*", default=[1, 2, 3, 4, 5, -1],
                        help="page numbers (1-based; -1 is the last)")
    parser.add_argument("--rows", type=int, default=200, help="rows of each sample table")
    parser.add_argument("--draft", help="export this draft instead of the sample report")
    parser.add_argument("--language", choices=PDF_LANGUAGES,
                        help="language of the PDF (default: the report's)")
    parser.add_argument("--texts", type=Path,
                        help="a template translation catalogue to preview in --language")
    parser.add_argument("--dpi", type=int, default=70)
    parser.add_argument("--out", default="pdf-pages", help="folder for the PNG files")
    parser.add_argument("--prefix", help="name the files <prefix><page>.png")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep report.pdf there")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 2
    if args.texts and (not args.language or args.draft):
        parser.error("--texts needs --language and the sample report (no --draft)")
    report = load_draft(args.draft) if args.draft else sample_report(rows=args.rows)
    if args.texts:
        template = template_with_texts(report.template.id, args.language, args.texts)
        report = sample_report(template, rows=args.rows)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        result = export(report, pdf_path=pdf, language=args.language, allow_errors=True)
        for png in render_pages(pdf, args.pages, result.pages, out, args.dpi, args.prefix):
            print(png)
        if args.keep_pdf:
            shutil.copyfile(pdf, out / "report.pdf")
            print(out / "report.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
