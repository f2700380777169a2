"""``timestamp(pdf_path, tsa_url)``: upgrade a signed PDF to B-T / B-LTA, later, when connected.

The signature is checked first (a broken or altered file is not timestamped: that
would lend it a trusted time), then validation data and a document timestamp are
appended as incremental updates, and the file is replaced atomically (or written
to ``output``). The signature itself is never redone.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nationalreport.signing.errors import OutputFailed, SignatureBroken
from nationalreport.signing.verify import load_trust_roots, verify
from nationalreport.storage import SaveFailed, atomic_write


@dataclass(frozen=True)
class TimestampOutcome:
    """Where the upgraded file is, its level, and the trusted time it now carries."""

    path: Path
    level: str
    time: dt.datetime | None
    authority: str
    notes: tuple[str, ...]

    def to_text(self) -> str:
        when = self.time.astimezone(dt.UTC).strftime("%d %B %Y, %H:%M UTC") if self.time else "?"
        lines = [f"{self.path.name}: timestamped ({self.level}) at {when} by {self.authority}"]
        lines.extend(f"  note: {n}" for n in self.notes)
        return "\n".join(lines)


def timestamp(pdf_path: str | os.PathLike[str], tsa_url: str, *,
              output: str | os.PathLike[str] | None = None,
              trust_roots: Sequence[str | os.PathLike[str]] | None = None,
              timestamper: Any = None, online: bool = True) -> TimestampOutcome:
    """Add validation data and a document timestamp from ``tsa_url`` to a signed PDF."""
    source = Path(pdf_path)
    before = verify(source, trust_roots)
    if before.kind != "pdf":
        raise SignatureBroken(f"{source.name} is not a PDF; only the signed PDF is timestamped.")
    if not before.ok:
        reason = before.problems[0] if before.problems else "the signature is not valid"
        raise SignatureBroken(f"{source.name} is not timestamped because its signature does "
                              f"not hold: {reason}")
    from nationalreport.signing import _tsa

    stamper = timestamper or _tsa.http_timestamper(tsa_url)
    result = _tsa.upgrade(source.read_bytes(), stamper,
                          roots=load_trust_roots(trust_roots or []), online=online)
    target = Path(output) if output is not None else source
    try:
        atomic_write(target, result.data)
    except SaveFailed as exc:
        raise OutputFailed(str(exc)) from None
    after = verify(target, trust_roots)
    stamps = [t for s in after.signatures for t in s.timestamps if t.kind == "document timestamp"]
    latest = max(stamps, key=lambda t: t.time) if stamps else None
    return TimestampOutcome(target, result.level, latest.time if latest else None,
                            latest.authority if latest else "the timestamp authority",
                            result.notes)
