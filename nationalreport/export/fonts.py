"""The bundled TrueType fonts, registered with reportlab once per process.

Every glyph of the PDF comes from these files and is embedded (subset): no standard-14
font (Helvetica...) may appear anywhere, or the file is no longer PDF/A. Noto Sans covers
Latin and Cyrillic; Noto Sans Symbols 2 gives the ticks of the answer columns; Noto
Naskh Arabic covers Arabic and Droid Sans Fallback (TrueType outlines, unlike Debian's
CFF Noto CJK, which reportlab rejects) covers Chinese. The layout names only the three
base fonts; ``script`` picks, character by character, the font of the character's
script (``chain``). The script fonts are loaded the first time a text needs them, so an
English export does not pay for a 4 MB CJK font.

Shaped Arabic is drawn as glyphs that have no character of their own (initial, medial
and final forms). Each such glyph gets a private key (``glyph_key``) and the ToUnicode
map of the PDF maps it back to the characters it was shaped from, so the text can be
searched and copied as Arabic letters rather than private-use code points.
"""

from __future__ import annotations

import io
import threading
from typing import Any

from nationalreport.export.errors import InstallationDamaged
from nationalreport.resources import resource_file

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
SYMBOLS = "NotoSansSymbols2"
ARABIC = "NotoNaskhArabic"
ARABIC_BOLD = "NotoNaskhArabic-Bold"
CJK = "DroidSansFallback"

#: reportlab font name -> file in ``resources/fonts/``.
FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
#: Registered by ``register``; the others when a text first needs them.
BASE = (REGULAR, BOLD, SYMBOLS)
#: Fonts whose text goes through HarfBuzz (joining, ligatures, mark positioning).
SHAPED = frozenset({ARABIC, ARABIC_BOLD})
#: Fonts without a bold face: bold text in them is drawn filled and stroked.
NO_BOLD = frozenset({CJK})

#: Drawn this much larger than the text around them: at one size, Naskh letters look
#: about a tenth smaller than Noto Sans ones.
SCALE: dict[str, float] = {ARABIC: 1.1, ARABIC_BOLD: 1.1}
#: Per script: the font for the regular and the bold text of that script.
SCRIPT_FONTS: dict[str, tuple[str, str]] = {
    "latin": (REGULAR, BOLD),
    "arabic": (ARABIC, ARABIC_BOLD),
    "cjk": (CJK, CJK),
}

_lock = threading.RLock()
_registered = False
_loaded: set[str] = set()
_coverage: dict[str, frozenset[int]] = {}
_hb_fonts: dict[str, Any] = {}
#: face name -> glyph key -> the text the glyph stands for (ToUnicode).
_to_unicode: dict[str, dict[int, str]] = {}
_keys: dict[tuple[str, int, str], int] = {}
_next_key: dict[str, int] = {}
#: Glyph keys live in Supplementary Private Use Area-A: no font here maps it.
_FIRST_KEY = 0xF0000


def is_bold(name: str) -> bool:
    return name in (BOLD, ARABIC_BOLD)


def chain(role: str, script: str | None) -> tuple[str, ...]:
    """Fonts to try, in order, for a character of ``script`` in text styled ``role``."""
    bold = is_bold(role)
    first: list[str] = []
    if script in SCRIPT_FONTS:
        first.append(SCRIPT_FONTS[script][bold])
    elif role == SYMBOLS:
        first.append(SYMBOLS)
    rest = [BOLD if bold else REGULAR, SYMBOLS, ARABIC_BOLD if bold else ARABIC, CJK]
    return tuple(dict.fromkeys([*first, *rest]))


def _read(name: str) -> bytes:
    try:
        return resource_file("fonts", name).read_bytes()
    except OSError:
        raise InstallationDamaged(
            f"the installation is damaged: the font {name} is missing") from None


def _load(font_name: str) -> None:
    """Register one bundled font (the lock is held)."""
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped,unused-ignore]
    from reportlab.pdfbase.ttfonts import (  # type: ignore[import-untyped,unused-ignore]
        TTFError,
        TTFont,
    )

    file_name = FILES[font_name]
    try:
        font = TTFont(font_name, io.BytesIO(_read(file_name)))
    except TTFError as exc:
        raise InstallationDamaged(
            f"the installation is damaged: the font {file_name} cannot be used "
            f"({exc})") from None
    pdfmetrics.registerFont(font)
    _coverage[font_name] = frozenset(font.face.charToGlyph)
    _loaded.add(font_name)


def register() -> None:
    """Register the base fonts and the Noto Sans family (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped,unused-ignore]
        from reportlab.pdfbase import ttfonts  # type: ignore[import-untyped,unused-ignore]

        for font_name in BASE:
            _load(font_name)
        # <b> in a paragraph picks the bold face; there is no italic: italic maps to upright.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        # reportlab writes each subset's ToUnicode map with this module-level function;
        # ours also knows the shaped glyphs (and writes characters beyond U+FFFF right).
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        _registered = True


def ensure(font_name: str) -> None:
    """Make sure ``font_name`` is registered (the script fonts load on first use)."""
    if font_name in _loaded:
        return
    register()
    with _lock:
        if font_name not in _loaded:
            _load(font_name)


def coverage(font_name: str) -> frozenset[int]:
    """The code points the font's own cmap maps (loading the font if needed)."""
    found = _coverage.get(font_name)
    if found is None:
        ensure(font_name)
        found = _coverage[font_name]
    return found


def hb_font(font_name: str) -> Any:
    """The HarfBuzz font of a bundled font (positions in font units)."""
    found = _hb_fonts.get(font_name)
    if found is None:
        import uharfbuzz  # type: ignore[import-untyped,unused-ignore]
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped,unused-ignore]

        ensure(font_name)
        with _lock:
            found = _hb_fonts.get(font_name)
            if found is None:
                face = pdfmetrics.getFont(font_name).face
                found = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(face._ttf_data)))
                _hb_fonts[font_name] = found
    return found


def glyph_key(font_name: str, gid: int, text: str) -> int:
    """The key reportlab draws glyph ``gid`` of the font with, standing for ``text``.

    A glyph that is the font's own glyph for the one character ``text`` is drawn with
    that character. Any other (a joining form, a ligature, a mark that belongs to the
    character before it, with ``text`` empty) gets a private key: reportlab embeds the
    glyph under it, with its real advance width, and the ToUnicode map says ``text``.
    """
    found = _keys.get((font_name, gid, text))
    if found is not None:
        return found
    from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped,unused-ignore]

    with _lock:
        found = _keys.get((font_name, gid, text))
        if found is not None:
            return found
        face = pdfmetrics.getFont(font_name).face
        if len(text) == 1 and ord(text) in _coverage[font_name] \
                and face.charToGlyph.get(ord(text)) == gid:
            key = ord(text)
        else:
            key = _next_key.get(font_name, _FIRST_KEY)
            _next_key[font_name] = key + 1
            hb = hb_font(font_name)
            face.charToGlyph[key] = gid
            face.charWidths[key] = hb.get_glyph_h_advance(gid) * 1000 / hb.face.upem
            _to_unicode.setdefault(_face_name(face), {})[key] = text
        _keys[(font_name, gid, text)] = key
        return key


def _face_name(face: Any) -> str:
    name = face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A subset's ToUnicode CMap (reportlab's format), with the shaped glyphs' texts."""
    special = _to_unicode.get(fontname.partition("+")[2], {})
    pairs = []
    for code, key in enumerate(subset):
        text = special.get(key)
        pairs.append(f"<{code:02X}> <{_utf16(chr(key) if text is None else text)}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *pairs,
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ])
