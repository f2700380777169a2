"""The words the PDF prints that are not template data, in the PDF's language.

"No response", "Page 3 of 40", "Contents" and the column titles live in
``resources/messages/pdf.<lang>.json``; a language without a catalogue, or a key a
catalogue lacks, falls back to English so that an export never fails for a missing
translation.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from nationalreport.export.errors import InstallationDamaged
from nationalreport.resources import resource_file

FALLBACK = "en"


@functools.lru_cache(maxsize=16)
def _catalogue(language: str) -> Mapping[str, str]:
    node = resource_file("messages", f"pdf.{language}.json")
    try:
        with node.open("rb") as handle:
            data: Any = json.load(handle)
    except FileNotFoundError:
        if language == FALLBACK:
            raise InstallationDamaged(
                "the installation is damaged: the PDF message catalogue "
                f"pdf.{FALLBACK}.json is missing") from None
        return {}
    except (OSError, ValueError) as exc:
        raise InstallationDamaged(
            f"the installation is damaged: pdf.{language}.json cannot be read ({exc})") from None
    if not isinstance(data, dict):
        raise InstallationDamaged(f"the installation is damaged: pdf.{language}.json "
                                  "is not a catalogue")
    return {k: v for k, v in data.items() if isinstance(v, str) and not k.startswith("_")}


class PdfMessages:
    """Look-up of PDF texts for one language, English where a text is missing."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._own = _catalogue(language) if language != FALLBACK else {}
        self._fallback = _catalogue(FALLBACK)

    def __call__(self, key: str, **params: Any) -> str:
        text = self._own.get(key) or self._fallback.get(key)
        if text is None:
            raise KeyError(f"no PDF text {key!r}")
        try:
            return text.format(**params) if params else text
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not stop an export.
            return self._fallback[key].format(**params)

    def split(self, key: str, placeholder: str, **params: Any) -> tuple[str, str]:
        """The text before and after ``{placeholder}``, the other placeholders filled."""
        marker = "\x00"
        whole = self(key, **{placeholder: marker}, **params)
        before, _, after = whole.partition(marker)
        return before, after
