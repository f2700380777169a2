"""Deterministic JSON: the same report always gives the same bytes."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from typing import Any


def dumps(document: Any) -> bytes:
    """A document as UTF-8 JSON with sorted keys and two-space indentation."""
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


def canonical(value: Any) -> bytes:
    """Compact sorted JSON, the form that is hashed."""
    return json.dumps(
        value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(value: Any) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def format_timestamp(moment: datetime) -> str:
    """``2026-11-28T14:05:09Z``: UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now() -> str:
    """The current time as stored in documents."""
    return format_timestamp(datetime.now(UTC))


def reproducible_now() -> str:
    """The current time, or ``SOURCE_DATE_EPOCH`` when set, for reproducible exports."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return format_timestamp(datetime.fromtimestamp(int(epoch), UTC))
    return now()


def parse_timestamp(text: str) -> datetime | None:
    """Read a stored timestamp back, or ``None`` if it is not one."""
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None
