"""Shared test set-up: no network, no real user folders, Qt offscreen."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NetworkUsed(AssertionError):
    """A code path tried to reach the network."""


def _refuse(*args: Any, **kwargs: Any) -> Any:
    raise NetworkUsed(f"network access attempted: {args!r}")


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test whose code opens a network connection (loopback tests opt out)."""
    if request.node.get_closest_marker("loopback"):
        return
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(autouse=True)
def user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data folder (journal, identities) at a fresh temporary folder."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("NATIONALREPORT_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def template() -> Any:
    from nationalreport.template import default_template_id, load_template

    return load_template(default_template_id())


@pytest.fixture
def report(template: Any) -> Iterator[Any]:
    from nationalreport.report import Report

    yield Report.new("KEN", 2026, "en", template)


@pytest.fixture
def full_report(template: Any) -> Any:
    from nationalreport.report.sample import sample_report

    return sample_report(template, rows=5)
