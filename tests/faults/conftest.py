"""Fixtures of the fault-injection tests: the test PKI, and what a folder holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e import pki as pki_module
from tests.e2e.pki import Pki


@pytest.fixture(scope="session")
def fault_pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return pki_module.build(tmp_path_factory.mktemp("fault-pki"))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (hidden ones too) with its bytes; {} if there is no folder."""
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
