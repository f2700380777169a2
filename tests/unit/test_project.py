"""The project's promises: README's two commands, and CI running the README's tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    return [line.strip() for line in lines[:12] if line.startswith("    ")]


def test_readme_opens_with_install_and_test_commands() -> None:
    install, tests = readme_commands()[:2]
    assert "pip install" in install and install.endswith("nationalreport")
    assert "pytest" in tests


def test_ci_runs_exactly_the_readme_test_command() -> None:
    tests = readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert tests in [line.strip() for line in ci]
