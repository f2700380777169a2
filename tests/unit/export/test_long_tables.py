"""A report with 200-row tables: it exports, and its tables break across pages cleanly."""

from __future__ import annotations

import re

from tests.unit.export.conftest import Exported
from tests.unit.export.helpers import pdftotext_pages, squeeze

ROW = "Ministry of Interior and National Administration ({n})"
LAW_HEAD = "Title (original language)"


def test_200_row_tables_break_across_pages_with_the_column_titles_repeated(
    exported_200: Exported,
) -> None:
    pages = pdftotext_pages(exported_200.pdf)
    assert len(pages) == exported_200.result.pages > 60
    # The law table of 2.1.1 starts on one page and its row 150 is on a later one...
    flat = [squeeze(p) for p in pages]
    head = squeeze(LAW_HEAD)
    start = next(i for i, p in enumerate(flat) if "2.1.1" in p and head in p)
    later = next(i for i, p in enumerate(flat) if squeeze(ROW.format(n=150)) in p)
    assert later > start + 2
    # ...which repeats the column titles but not the question, above its rows.
    text = flat[later]
    assert head in text and "Weblink" in text and "2.1.1" not in text
    assert text.index(head) < text.index("MinistryofInterior")
    # Every row is there exactly once, in order, across the pages.
    body = squeeze("".join(pages[start:later + 12]))
    found = [int(n) for n in re.findall(r"NationalAdministration\((\d+)\)", body)]
    first_table = found[:found.index(200) + 1]
    assert first_table == sorted(first_table)
    assert set(range(1, 201)) <= set(first_table)


def test_every_page_of_a_long_report_has_header_and_footer(exported_200: Exported) -> None:
    pages = pdftotext_pages(exported_200.pdf)
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        if number > 1:
            assert text.lstrip().startswith("Kenya")
