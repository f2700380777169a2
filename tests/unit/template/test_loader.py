"""A template that contradicts itself is refused when loaded, with the reason."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from nationalreport import resources
from nationalreport.template import TemplateError, load_template_file
from nationalreport.template.loader import parse_template


def _data() -> dict[str, Any]:
    data: dict[str, Any] = resources.load_json(
        resources.resource_file("templates", "oda-poa-iti-2026.json"))
    return data


def _first_questions(data: dict[str, Any]) -> list[dict[str, Any]]:
    questions: list[dict[str, Any]] = data["sections"][0]["questions"]
    return questions


def test_a_copy_of_the_bundled_template_parses_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(_data()))
    assert len(load_template_file(path)) > 100


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: _first_questions(d)[1].update(number="1.1"), "used twice"),
        (lambda d: _first_questions(d)[0].update(kind="slider"), "unknown kind"),
        (lambda d: _first_questions(d)[0].update(skip={"when": ["no"], "to": "1.0"}),
         "unknown"),
        (lambda d: _first_questions(d)[5].update(skip={"when": ["no"], "to": "1.1"}),
         "backwards"),
        (lambda d: _first_questions(d)[0].update(skip={"when": ["maybe"], "to": "1.2"}),
         "answer codes"),
        (lambda d: _first_questions(d)[0].update(text={"fr": "Texte"}), "English"),
        (lambda d: _first_questions(d)[3]["checks"][0]["when"].update(question="9.99.9"),
         "unknown question"),
        (lambda d: _first_questions(d)[0].update(number="2.1"), "section 1"),
        (lambda d: _first_questions(d)[3]["checks"].append({"check": "astrology"}),
         "unknown check"),
        (lambda d: d.update(template_format=99), "template format"),
        (lambda d: _first_questions(d)[0].update(text={"en": 5}), "language -> string"),
        (lambda d: _first_questions(d)[0].update(text={"en": "Text", 7: "x"}),
         "language -> string"),
        (lambda d: _first_questions(d)[0].update(help=["en", "Help"]), "language -> string"),
        (lambda d: d["option_sets"]["yes_no_developing"][0].update(label={"en": None}),
         "language -> string"),
    ],
)
def test_contradictions_are_refused(change: Any, reason: str) -> None:
    data = copy.deepcopy(_data())
    change(data)
    with pytest.raises(TemplateError, match=reason):
        parse_template(data, origin="test")


def test_a_missing_file_is_a_template_error(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="cannot read"):
        load_template_file(tmp_path / "none.json")
