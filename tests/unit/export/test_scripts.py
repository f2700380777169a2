"""The PDF in each of the six UN languages: fonts, extractable words, Arabic, Chinese.

Each language's PDF is the sample report (tables of 5 rows) exported in that language,
once per session. Text is checked with poppler's ``pdftotext`` (the tool behind most
Linux viewers' search and copy) and pypdf; fonts with ``pdffonts`` and, independently
of reportlab, with fontTools.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from babel.dates import format_date

from nationalreport.export import PDF_LANGUAGES, export, fonts
from nationalreport.export.bidi import CONTROLS, LRM, RLM, display, mark_lines, paragraph_rtl
from nationalreport.export.fasttable import mirror_table
from nationalreport.export.messages import PdfMessages
from nationalreport.export.script import Script, script_of
from nationalreport.export.wrap import NO_END, NO_START
from nationalreport.report.sample import sample_report
from nationalreport.report.states import get_state
from nationalreport.resources import resource_file
from nationalreport.template import localized
from tests.unit.export.conftest import EPOCH
from tests.unit.export.helpers import squeeze, tool

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
EXPORT_DAY = date(2026, 5, 28)  # EPOCH
#: Characters no extracted text may hold: private-use code points (glyphs not mapped).
PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a]")
#: What each language's PDF uses, beyond Noto Sans.
SCRIPT_FONTS = {"ar": {"NotoNaskhArabic-Regular", "NotoNaskhArabic-Bold"},
                "zh": {"DroidSansFallback"}}
ARABIC_PARAGRAPH = ("تلتزم الدول بموجب برنامج العمل (PoA) والصك الدولي للتعقب (ITI 25) "
                    "بوسم الأسلحة الصغيرة والأسلحة الخفيفة وحفظ السجلات لمدة 20 سنة على الأقل، "
                    "وبالتعاون في تعقب الأسلحة غير المشروعة في الوقت المناسب وعلى نحو موثوق.")


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The sample report's PDF in each language (the report itself is in English)."""
    folder = tmp_path_factory.mktemp("languages")
    report = sample_report(rows=5)
    out: dict[str, Path] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        for language in PDF_LANGUAGES:
            out[language] = folder / f"report-{language}.pdf"
            export(report, pdf_path=out[language], language=language, allow_errors=True)
    yield out


def poppler_text(pdf: Path, *args: str) -> str:
    return subprocess.run([tool("pdftotext"), "-enc", "UTF-8", *args, str(pdf), "-"],
                          capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


def pypdf_text(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


def test_every_un_language_is_a_pdf_language() -> None:
    assert set(PDF_LANGUAGES) == {"en", "fr", "es", "ar", "ru", "zh"}


@pytest.mark.parametrize("language", PDF_LANGUAGES)
def test_every_font_is_an_embedded_truetype_subset(pdfs: dict[str, Path],
                                                   language: str) -> None:
    out = subprocess.run([tool("pdffonts"), str(pdfs[language])], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    rows = out.splitlines()[2:]
    names = set()
    for row in rows:
        fields = row.split()
        assert not fields[0].startswith(STANDARD_14) and "+" in fields[0], row
        assert fields[1] == "TrueType", row
        assert fields[-5:-2] == ["yes", "yes", "yes"], row  # embedded, subset, ToUnicode
        names.add(fields[0].split("+")[1])
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= names
    assert SCRIPT_FONTS.get(language, set()) <= names
    for other, needed in SCRIPT_FONTS.items():
        if other != language:  # an English report does not carry the Arabic or CJK font
            assert not needed & names, (language, names)


@pytest.mark.parametrize("language", PDF_LANGUAGES)
def test_the_extracted_text_is_in_the_pdf_language(pdfs: dict[str, Path],
                                                   language: str) -> None:
    say = PdfMessages(language)
    report = sample_report(rows=1)
    text = poppler_text(pdfs[language])
    assert not PRIVATE.search(text)
    assert not PRIVATE.search(pypdf_text(pdfs[language]))
    words = [say("contents"), say("yes"), say("no"), say("cover_state"),
             get_state("KEN").name(language)]  # type: ignore[union-attr]
    if language != "ar":  # right-to-left lines are checked word by word below
        words += [say("section", number="1"),
                  localized(report.template.sections[0].title, language),
                  localized(report.template.question("1.1").text, language),
                  format_date(EXPORT_DAY, "long", locale="en_GB" if language == "en"
                              else language)]
    flat = squeeze(text)
    for word in words:
        assert squeeze(word) in flat, (language, word)


def test_the_arabic_pdf_extracts_as_arabic_letters_in_reading_order(
    pdfs: dict[str, Path],
) -> None:
    text = poppler_text(pdfs["ar"])
    say = PdfMessages("ar")
    assert len(ARABIC_LETTER.findall(text)) > 200
    # Joined forms come back as the letters they were shaped from, in logical order.
    for phrase in (say("contents"), say("cover_title"), say("cover_state"), say("yes"),
                   say("developing"), say("cover_contact"), "كينيا", "مايو"):
        for word in phrase.split():
            assert word in text, word
    assert ARABIC_LETTER.search(pypdf_text(pdfs["ar"]))


def _word_x(pdf: Path, page: int) -> dict[str, float]:
    """Left edge of each word on a page (poppler's words, in drawing order of letters)."""
    html = poppler_text(pdf, "-bbox", "-f", str(page), "-l", str(page))
    found: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', html):
        found.setdefault(word, float(x))
    return found


def test_the_arabic_grid_is_mirrored(pdfs: dict[str, Path]) -> None:
    # Page 3 opens section 1: Sources | Question | Yes | No | Developing, or mirrored.
    say = PdfMessages("ar")
    placed = _word_x(pdfs["ar"], 3)
    # poppler lists a right-to-left word's letters left to right: reversed.
    sources, question, yes = (placed[say(k)[::-1]] for k in ("sources", "question", "yes"))
    assert sources > question > yes
    english = _word_x(pdfs["en"], 3)
    assert english["Sources"] < english["Question"] < english["Yes"]
    # The State's name opens the header: on the right in Arabic, on the left in English.
    assert placed["كينيا"[::-1]] > 400 and english["Kenya"] < 100


def test_an_english_pdf_prints_arabic_and_chinese_answers_with_their_fonts(
    tmp_path: Path,
) -> None:
    report = sample_report(rows=1)
    report.set_answer("1.1.a", "وزارة الداخلية (Kenya) 内政部")
    pdf = tmp_path / "mixed.pdf"
    export(report, pdf_path=pdf, language="en")
    out = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    names = {row.split()[0].split("+")[1] for row in out.splitlines()[2:]}
    assert {"NotoNaskhArabic-Regular", "DroidSansFallback"} <= names
    text = poppler_text(pdf)
    assert "وزارة" in text and "الداخلية" in text and "内政部" in text


def test_bidi_orders_a_mixed_arabic_string_and_mirrors_its_brackets() -> None:
    from bidi.algorithm import get_display  # type: ignore[import-untyped,unused-ignore]

    logical = "البند 1.2 (ITI 25)"
    assert display(logical) == "(ITI 25) 1.2 دنبلا"
    assert display(logical) == get_display(logical, base_dir="R")
    assert display("السؤال (أ)") == "(أ) لاؤسلا"  # each bracket drawn as its mirror
    assert display(LRM + "1.1.a نص") == "صن 1.1.a"  # a number stays one left-to-right run
    # Latin-only text and numbers stay left to right in an Arabic document.
    assert not paragraph_rtl("+254 20 2724040", True)
    assert not paragraph_rtl("Ministry of Interior (3)", True)
    assert paragraph_rtl("كينيا (KEN)", True) and not paragraph_rtl("Kenya", False)


def test_arabic_is_shaped_and_right_to_left_runs_keep_their_characters() -> None:
    script = Script("ar")
    (run,) = script.line([("ببب", fonts.REGULAR)]).runs
    assert run.font == fonts.ARABIC and run.glyphs is not None
    # Initial, medial and final forms: three different glyphs, none the isolated letter.
    assert len(set(run.text)) == 3 and "ب" not in run.text
    line = script.line([("البند 1.2 (ITI 25)", fonts.REGULAR)])
    drawn = [(r.font, r.glyphs is not None) for r in line.runs]
    assert (fonts.ARABIC, True) in drawn and (fonts.REGULAR, False) in drawn
    # The whole line is drawn left to right: the Arabic word comes last.
    assert line.runs[-1].font == fonts.ARABIC


def test_arabic_line_breaking_keeps_every_word_and_the_paragraph_direction() -> None:
    script = Script("ar")
    width = 150.0
    lines = script.wrap(ARABIC_PARAGRAPH, width, fonts.REGULAR, 8)
    assert len(lines) > 3
    kept = " ".join(line.lstrip(RLM + LRM) for line in lines)
    assert kept.split() == ARABIC_PARAGRAPH.split()
    for line in lines:
        assert script.width(line, fonts.REGULAR, 8) <= width
    # A line that would read left to right alone is marked as part of its paragraph.
    assert mark_lines("كلمة ITI 25", ["كلمة", "ITI 25"], True) == ["كلمة", RLM + "ITI 25"]


def test_chinese_breaks_between_characters_but_not_before_closing_punctuation() -> None:
    script = Script("zh")
    report = sample_report(rows=1)
    text = localized(report.template.question("1.2.2").text, "zh")
    lines = script.wrap(text, 90.0, fonts.REGULAR, 8)
    assert len(lines) > 2 and "".join(lines) == text.replace(" ", "")
    for line in lines:
        assert script.width(line, fonts.REGULAR, 8) <= 90.0
        assert line[0] not in NO_START and line[-1] not in NO_END, line


def _cmaps() -> dict[str, set[int]]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped,unused-ignore]

    out = {}
    for name, file_name in fonts.FILES.items():
        with resource_file("fonts", file_name).open("rb") as handle:
            font = TTFont(handle, lazy=True)
            assert "glyf" in font and "CFF " not in font, file_name  # TrueType outlines
            out[name] = set(font.getBestCmap())
    return out


@pytest.mark.parametrize("language", PDF_LANGUAGES)
def test_every_character_of_each_language_has_a_glyph_in_its_font_chain(
    language: str,
) -> None:
    """No glyph boxes: each character of the template's and the PDF's texts in the
    language, and of Babel's date and State name, is in the cmap (read by fontTools)
    of the font the export picks for it, regular and bold."""
    import json

    cmaps = _cmaps()
    node = resource_file("templates", "i18n", f"oda-poa-iti-2026.{language}.json")
    catalogue = json.loads(node.read_text("utf-8")) if node.is_file() else {}
    if language == "en":
        catalogue = {"all": "".join(localized(q.text, "en") for q in sample_report(rows=1)
                                    .template)}
    say = json.loads(resource_file("messages", f"pdf.{language}.json").read_text("utf-8"))
    sample = "".join([*catalogue.values(), *say.values(),
                      get_state("KEN").name(language),  # type: ignore[union-attr]
                      format_date(EXPORT_DAY, "long", locale=language), "1234567890"])
    if language == "zh":
        assert len(set(sample)) > 500  # the Chinese catalogue is there
    script = Script(language)
    missing = set()
    for char in set(sample) - set(" \n"):
        if char in CONTROLS:
            continue
        for role in (fonts.REGULAR, fonts.BOLD):
            chosen = script._font_for(char, role, None)
            if ord(char) not in cmaps[chosen]:
                missing.add(char)
            assert any(ord(char) in cmaps[f] for f in fonts.chain(role, script_of(char)))
    assert not missing, sorted(missing)


def test_pdf_catalogues_translate_every_text_with_the_same_placeholders() -> None:
    import json

    english = json.loads(resource_file("messages", "pdf.en.json").read_text("utf-8"))
    for language in PDF_LANGUAGES:
        own = json.loads(resource_file("messages", f"pdf.{language}.json")
                         .read_text("utf-8"))
        assert set(own) == set(english), language
        for key, text in english.items():
            if not key.startswith("_"):
                assert sorted(re.findall(r"\{(\w+)\}", own[key])) == \
                    sorted(re.findall(r"\{(\w+)\}", text)), (language, key)
                if language != "en":
                    assert own[key] != text or key in SAME_EVERYWHERE, (language, key)


#: Texts that read the same in a language as in English.
SAME_EVERYWHERE = {"header_right", "attachment_hash", "other_answer", "kilobytes",
                   "megabytes", "bytes", "cover_date", "sources", "question", "section",
                   "page_of", "no"}


def test_a_mirrored_table_keeps_spanned_values_and_paddings_at_the_start() -> None:
    rows = [["a", "b", "c"], ["", "spanned", ""]]
    style = [("SPAN", (1, 1), (-1, 1)), ("LEFTPADDING", (1, 1), (1, 1), 9),
             ("ALIGN", (0, 0), (0, -1), "RIGHT")]
    mirrored, widths, commands = mirror_table(rows, [10.0, 20.0, 30.0], style)
    assert mirrored == [["c", "b", "a"], ["spanned", "", ""]]
    assert widths == [30.0, 20.0, 10.0]
    assert ("SPAN", (0, 1), (1, 1)) in commands
    assert ("RIGHTPADDING", (0, 1), (0, 1), 9) in commands  # the spanned cell's start
    assert ("ALIGN", (2, 0), (2, -1), "LEFT") in commands
