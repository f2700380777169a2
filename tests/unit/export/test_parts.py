"""The small parts: line breaking, the message catalogue, the bundled fonts and profile."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nationalreport.export import fonts, messages
from nationalreport.export.pdfa import srgb_profile
from nationalreport.export.wrap import chunks, wrap
from nationalreport.resources import resource_file


def width(text: str) -> float:
    return float(len(text))


def test_wrap_fills_lines_keeps_hard_breaks_and_breaks_long_words() -> None:
    assert wrap("aa bb cc dd", 5, width) == ["aa bb", "cc dd"]
    assert wrap("one\n\ntwo", 10, width) == ["one", "", "two"]
    assert wrap("https://example.org/x", 8, width) == ["https://", "example.", "org/x"]
    assert wrap("  \n", 5, width) == [""]
    for line in wrap("lorem ipsum dolor sit amet " * 20, 17, width):
        assert width(line) <= 17


def test_chunks_never_return_nothing() -> None:
    assert chunks(["a", "b", "c"], 2) == [["a", "b"], ["c"]]
    assert chunks([], 2) == [[]]


def test_every_text_of_the_catalogue_formats_and_unknown_languages_fall_back() -> None:
    say = messages.PdfMessages("xx")
    assert say("no_response") == "No response"
    assert say("page_of", page=3, pages=40) == "Page 3 of 40"
    assert say.split("page_of", "pages", page=3) == ("Page 3 of ", "")
    with pytest.raises(KeyError):
        say("no such text")


def test_the_catalogue_holds_exactly_the_texts_the_code_asks_for() -> None:
    source = "".join(path.read_text("utf-8")
                     for path in Path(messages.__file__).parent.glob("*.py"))
    used = set(re.findall(r'(?:messages|say)(?:\.split)?\(\s*"([a-z_]+)"', source))
    catalogue = json.loads(resource_file("messages", "pdf.en.json").read_text("utf-8"))
    assert used == {key for key in catalogue if not key.startswith("_")}


def test_a_broken_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    real = messages._catalogue

    def fake(language: str) -> dict[str, str]:
        return {"page_of": "Seite {seite}"} if language == "de" else dict(real(language))

    monkeypatch.setattr(messages, "_catalogue", fake)
    assert messages.PdfMessages("de")("page_of", page=1, pages=2) == "Page 1 of 2"


def test_fonts_are_truetype_outlines_with_latin_and_cyrillic_and_their_licence() -> None:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped,unused-ignore]

    for name in (fonts.FILES[fonts.REGULAR], fonts.FILES[fonts.BOLD]):
        with resource_file("fonts", name).open("rb") as handle:
            font = TTFont(handle)
            assert "glyf" in font and "CFF " not in font
            cmap = font.getBestCmap()
            assert all(ord(c) in cmap for c in "AzÉéçñŁЁЩщжЯ€«»–")
    with resource_file("fonts", fonts.FILES[fonts.SYMBOLS]).open("rb") as handle:
        cmap = TTFont(handle).getBestCmap()
        assert all(ord(c) in cmap for c in "\u2714\u2611\u2610")
    licence = resource_file("fonts", "OFL.txt").read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "PERMISSION & CONDITIONS" in licence and "Google" in licence
    fonts.register()
    fonts.register()  # idempotent


def test_the_bundled_colour_profile_is_an_rgb_display_profile() -> None:
    profile = srgb_profile()
    assert profile[36:40] == b"acsp" and profile[12:20] == b"mntrRGB "
    assert profile[8] <= 4  # ICC version PDF/A-3 accepts
