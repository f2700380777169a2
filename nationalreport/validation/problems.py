"""What validation finds: a problem a person can act on."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """An error makes the answer wrong; an advisory is advice and never blocks anything."""

    ERROR = "error"
    ADVISORY = "advisory"


def pointer(*parts: str | int) -> str:
    """A JSON pointer (RFC 6901) to the given path."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with, or worth a second look in, a report.

    ``question`` is the official number (``None`` for the envelope), ``pointer`` the
    JSON pointer of the value in the document, ``code`` the message id and
    ``message`` the plain-words text in the requested language.
    """

    question: str | None
    pointer: str
    severity: Severity
    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "pointer": self.pointer,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
        }
