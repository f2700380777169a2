"""Fixtures of the fuzz tests: the valid seed files, made once per test process."""

from __future__ import annotations

import pytest

from tests.fuzz.targets import Seeds, make_seeds


@pytest.fixture(scope="session")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    """A sample draft, a signed PDF, JSON and .p7s, and .p12 key files, all valid."""
    return make_seeds(tmp_path_factory.mktemp("fuzz-seeds"))
