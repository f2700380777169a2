"""The TrueType font the visible signature block is drawn in, so the signed file stays PDF/A.

The bundled NotoSans (``resources/fonts``, reached through ``nationalreport.resources``)
is preferred; a system NotoSans or DejaVuSans is the fallback on a development
machine where the bundle is not installed yet.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nationalreport.resources import resource_file
from nationalreport.signing.errors import SigningFailed

FONT_NAME = "NotoSans-Regular.ttf"
FALLBACKS = (
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)


@cache
def stamp_font_bytes() -> bytes:
    """The font's bytes (read once per process)."""
    bundled = resource_file("fonts", FONT_NAME)
    try:
        if bundled.is_file():
            return bundled.read_bytes()
    except (OSError, ModuleNotFoundError):
        pass
    for path in FALLBACKS:
        if path.is_file():
            return path.read_bytes()
    raise SigningFailed(f"The font for the signature block ({FONT_NAME}) is missing from "
                        "this installation; reinstall the program.")
