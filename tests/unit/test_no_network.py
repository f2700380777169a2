"""No code path opens a network socket: new, validate, save, load and CLI under a guard."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from nationalreport.cli.main import main
from tests.conftest import NetworkUsed


def test_the_guard_catches_a_connection() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 80), timeout=0.01)
    with socket.socket() as sock, pytest.raises(NetworkUsed):
        sock.connect(("127.0.0.1", 9))


def test_the_whole_engine_runs_with_sockets_forbidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[object] = []
    real = socket.socket.__init__

    def record(self: socket.socket, *args: object, **kwargs: object) -> None:
        opened.append(args)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "__init__", record)
    draft = tmp_path / "d.json"
    assert main(["new", "--state", "PER", "--cycle", "2026", "--language", "es",
                 "-o", str(draft)]) == 0
    assert main(["validate", str(draft), "--format", "json"]) == 0
    assert main(["templates"]) == 0
    capsys.readouterr()
    assert opened == []
