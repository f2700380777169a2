"""What verification found, as an object, as plain words for people and as JSON for machines.

A ``VerifyResult`` is what ``verify`` returns for a signed PDF or a signed JSON:
one ``SignatureCheck`` per signature (who, when, which certificate, trust,
integrity, changes after signing), the check of the embedded or signed JSON, and
the list of problems. ``ok`` is true only when every signature is intact and
nothing was altered; the command line turns it into exit status 0 or 1.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nationalreport.signing.certs import CertInfo

TRUSTED, UNTRUSTED, UNKNOWN = "trusted", "untrusted", "unknown"

#: Characters that would let a name in a certificate break or disguise the text report:
#: line breaks and other control characters, and the bidirectional overrides.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def one_line(text: str) -> str:
    """``text`` with every control character (a line break in a certificate's name, say)
    shown as ``?``, so that what a signed file says cannot add lines to the report."""
    return "".join(
        "?" if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in _BIDI_CONTROLS
        else ch for ch in text)


def _when(moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _human(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%d %B %Y, %H:%M UTC")


@dataclass
class TimestampCheck:
    """A trusted time (RFC 3161) found on the file or the signature."""

    time: dt.datetime
    authority: str
    intact: bool
    trust: str
    kind: str  # "document timestamp" or "signature timestamp"

    def as_dict(self) -> dict[str, Any]:
        return {"time": _when(self.time), "authority": self.authority, "intact": self.intact,
                "trust": self.trust, "kind": self.kind}


@dataclass
class SignatureCheck:
    """One signature: integrity, coverage, changes after signing, signer, time, trust."""

    name: str
    intact: bool
    signer: CertInfo | None
    claimed_time: dt.datetime | None
    coverage: str
    changes: str
    altered: bool
    trust: str
    trust_detail: str
    timestamps: list[TimestampCheck] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and not self.altered

    def time_text(self) -> str:
        trusted = [t for t in self.timestamps if t.intact]
        if trusted:
            first = min(trusted, key=lambda t: t.time)
            claimed = (f"; the signer's clock said {_human(self.claimed_time)}"
                       if self.claimed_time else "")
            return (f"no later than {_human(first.time)} ({first.kind} by {first.authority}, "
                    f"{first.trust}){claimed}")
        if self.claimed_time is None:
            return "unknown (the signature does not say)"
        return f"{_human(self.claimed_time)} by the signer's computer clock (not a trusted time)"

    def expiry_text(self, now: dt.datetime | None = None) -> str:
        if self.signer is None:
            return ""
        now = now or dt.datetime.now(dt.UTC)
        day = self.signer.not_after.strftime("%d %B %Y")
        if now > self.signer.not_after:
            return f"expired on {day}"
        return f"valid until {day}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "intact": self.intact,
            "coverage": self.coverage,
            "changes_after_signing": self.changes,
            "altered": self.altered,
            "signer": self.signer.as_dict() if self.signer else None,
            "claimed_signing_time": _when(self.claimed_time),
            "claimed_time_source": "signer's computer clock",
            "timestamps": [t.as_dict() for t in self.timestamps],
            "trust": self.trust,
            "trust_detail": self.trust_detail,
            "certificate_expired": bool(self.signer and self.signer.expired()),
        }


@dataclass
class VerifyResult:
    """Everything verification found about one file."""

    path: Path
    kind: str  # "pdf" or "json"
    signatures: list[SignatureCheck] = field(default_factory=list)
    signature_file: Path | None = None
    json_check: str = ""
    json_ok: bool | None = None
    problems: list[str] = field(default_factory=list)
    trust_roots_given: bool = False

    @property
    def ok(self) -> bool:
        """Every signature intact, nothing altered after signing, the JSON the signed one."""
        return bool(self.signatures) and not self.problems

    @property
    def trusted_as_asked(self) -> bool:
        """False when trust roots were given and a signer does not chain to them."""
        return not self.trust_roots_given or all(s.trust == TRUSTED for s in self.signatures)

    @property
    def exit_code(self) -> int:
        """0 intact and unaltered (and trusted, when roots were given); 1 otherwise."""
        return 0 if self.ok and self.trusted_as_asked else 1

    @property
    def verdict(self) -> str:
        if not self.ok:
            return "NOT VALID"
        trust = {s.trust for s in self.signatures}
        if trust == {TRUSTED}:
            return "VALID, trusted signer"
        if UNTRUSTED in trust:
            return "INTACT, but the signer is not trusted"
        return "INTACT, signer not yet confirmed"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "kind": self.kind,
            "ok": self.ok,
            "trusted": self.ok and self.trusted_as_asked and self.trust_roots_given,
            "verdict": self.verdict,
            "signature_file": str(self.signature_file) if self.signature_file else None,
            "json": {"ok": self.json_ok, "detail": self.json_check},
            "signatures": [s.as_dict() for s in self.signatures],
            "problems": list(self.problems),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)

    def to_text(self) -> str:
        """The result in plain words, for the official and the recipient.

        Names come from the certificates in the file, so each line is made safe with
        ``one_line``: a name cannot start a line of its own ("trust: trusted").
        """
        lines = [f"{self.path.name}: {self.verdict}"]
        if self.signature_file:
            lines.append(f"  signature file: {self.signature_file.name}")
        for check in self.signatures:
            lines.extend(self._signature_lines(check))
        if self.json_check:
            lines.append(f"  JSON: {self.json_check}")
        for problem in self.problems:
            lines.append(f"  PROBLEM: {problem}")
        return "\n".join(one_line(line) for line in lines)

    def _signature_lines(self, check: SignatureCheck) -> list[str]:
        signer = check.signer
        lines = []
        if signer is not None:
            lines.append(f"  signed by: {signer.common_name or '(no name)'}"
                         + (f", {signer.organization}" if signer.organization else "")
                         + (f" ({signer.country})" if signer.country else ""))
        lines.append(f"  signed: {check.time_text()}")
        lines.append("  integrity: " + ("the signature matches the signed content"
                                        if check.intact else
                                        "BROKEN: the content does not match the signature"))
        lines.append(f"  coverage: {check.coverage}")
        lines.append(f"  changes after signing: {check.changes}")
        if signer is not None:
            lines.append(f"  certificate: SHA-256 {signer.fingerprint}")
            lines.append(f"    issued by {signer.issuer}; {check.expiry_text()}")
        lines.append(f"  trust: {check.trust}: {check.trust_detail}")
        return lines
