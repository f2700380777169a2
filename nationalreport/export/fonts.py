"""The bundled TrueType fonts, registered with reportlab once per process.

Every glyph of the PDF comes from these files and is embedded (subset): no standard-14
font (Helvetica...) may appear anywhere, or the file is no longer PDF/A. Noto Sans covers
Latin and Cyrillic; Noto Sans Symbols 2 gives the ticks of the answer columns. Other
scripts are added by the languages work, beside these.
"""

from __future__ import annotations

import io
import threading

from nationalreport.export.errors import InstallationDamaged
from nationalreport.resources import resource_file

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
SYMBOLS = "NotoSansSymbols2"

#: reportlab font name -> file in ``resources/fonts/``.
FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
}

_lock = threading.Lock()
_registered = False


def _read(name: str) -> bytes:
    try:
        return resource_file("fonts", name).read_bytes()
    except OSError:
        raise InstallationDamaged(
            f"the installation is damaged: the font {name} is missing") from None


def register() -> None:
    """Register the bundled fonts and the Noto Sans family (idempotent, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped,unused-ignore]
        from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped,unused-ignore]
        from reportlab.pdfbase.ttfonts import (  # type: ignore[import-untyped,unused-ignore]
            TTFError,
            TTFont,
        )

        for font_name, file_name in FILES.items():
            try:
                font = TTFont(font_name, io.BytesIO(_read(file_name)))
            except TTFError as exc:
                raise InstallationDamaged(
                    f"the installation is damaged: the font {file_name} cannot be used "
                    f"({exc})") from None
            pdfmetrics.registerFont(font)
        # <b> in a paragraph picks the bold face; there is no italic: italic maps to upright.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
