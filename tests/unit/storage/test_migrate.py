"""Older drafts are migrated, never silently dropped; newer ones are refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from nationalreport import resources
from nationalreport.storage import MigrationFailed, load_draft, migrate
from nationalreport.template import Template
from nationalreport.template.loader import parse_template


@pytest.fixture
def successor(monkeypatch: pytest.MonkeyPatch) -> Template:
    """A template 'oda-poa-iti-2028' that supersedes 2026 and moves 1.1.a to 1.1.e."""
    data: dict[str, Any] = resources.load_json(
        resources.resource_file("templates", "oda-poa-iti-2026.json"))
    data["id"] = "oda-poa-iti-2028"
    first = data["sections"][0]["questions"]
    first[1]["number"] = "1.1.e"
    first.insert(4, first.pop(1))
    data["supersedes"] = {"oda-poa-iti-2026": {"renumber": {"1.1.a": "1.1.e"}}}
    template = parse_template(data, "successor")
    real_load = migrate.load_template

    def load(template_id: str) -> Template:
        return template if template_id == template.id else real_load(template_id)

    monkeypatch.setattr(migrate, "available_templates", lambda: [template.id])
    monkeypatch.setattr(migrate, "load_template", load)
    return template


def test_a_draft_of_a_superseded_template_is_renumbered(
    full_report: Any, tmp_path: Path, successor: Template
) -> None:
    document = full_report.to_draft()
    document["answers"]["9.99"] = "from a question that is gone"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    loaded = load_draft(path)
    assert loaded.template.id == "oda-poa-iti-2028"
    assert loaded.answer("1.1.e") == full_report.answer("1.1.a")
    assert loaded.orphans == {"oda-poa-iti-2026:9.99": "from a question that is gone"}
    assert loaded.review == set(loaded.answers)
    assert path.read_bytes() == before


def test_a_failing_format_step_rolls_back(
    report: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = report.to_draft()
    document["format_version"] = "one"
    path = tmp_path / "v.json"
    path.write_text(json.dumps(document))
    with pytest.raises(MigrationFailed, match="format version"):
        load_draft(path)

    def broken(doc: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("answers")

    monkeypatch.setattr(migrate, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrate.FORMAT_MIGRATIONS, 1, broken)
    document["format_version"] = 1
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    with pytest.raises(MigrationFailed, match="could not be converted from format 1"):
        load_draft(path)
    assert path.read_bytes() == before


def test_a_format_step_is_applied(report: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A format 2 that stored answers as {"value": ...} objects would be read like this."""
    document = report.to_draft()
    document["answers"] = {"1.1": {"value": "yes"}}
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(document))

    def step(doc: dict[str, Any]) -> dict[str, Any]:
        doc["answers"] = {k: v["value"] for k, v in doc["answers"].items()}
        doc["format_version"] = 2
        return doc

    monkeypatch.setattr(migrate, "FORMAT_VERSION", 2)
    monkeypatch.setitem(migrate.FORMAT_MIGRATIONS, 1, step)
    assert load_draft(path).answer("1.1") == "yes"
