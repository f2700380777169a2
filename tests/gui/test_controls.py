"""The control registry: one control per answer kind, and a placeholder for the rest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nationalreport.report.sample import sample_answer
from nationalreport.template import Question, Template
from nationalreport.ui.controls import control_class, create_control
from nationalreport.ui.controls.placeholder import PlaceholderControl

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_template_needs_no_placeholder(template: Template) -> None:
    assert not [q.number for q in template if control_class(q) is PlaceholderControl]


def test_an_unknown_kind_gets_a_visible_placeholder(qtbot: QtBot) -> None:
    question = Question(number="12.1", section="12", kind="signature",
                        text={"en": "Sign here"}, help={})
    control = create_control(question, "en")
    qtbot.addWidget(control)
    assert isinstance(control, PlaceholderControl)
    assert "cannot show answers of the kind “signature”" in control.notice.text()
    control.set_value({"kept": True})
    assert control.value() == {"kept": True}


def test_every_control_shows_back_the_answer_it_is_given(
    qtbot: QtBot, template: Template,
) -> None:
    for question in template:
        control = create_control(question, "en")
        qtbot.addWidget(control)
        answer = sample_answer(question, rows=3)
        with qtbot.assertNotEmitted(control.edited):
            control.set_value(answer)
        assert control.value() == answer, question.number
        control.set_value(None)
        assert control.value() is None, question.number


def test_heavy_controls_load_when_a_question_first_needs_them() -> None:
    """A fresh process: the table and file controls are not loaded until a question asks."""
    script = """
import sys
from nationalreport.template import load_template, default_template_id
from nationalreport.ui.controls import control_class
later = ("nationalreport.ui.controls.table", "nationalreport.ui.controls.attachment")
assert not [m for m in later if m in sys.modules], "loaded at import"
template = load_template(default_template_id())
kinds = {q.kind: q for q in template}
print(control_class(kinds["text"]).__name__, [m in sys.modules for m in later])
print(control_class(kinds["table"]).__name__, [m in sys.modules for m in later])
print(control_class(kinds["table"]).__name__, control_class(kinds["attachment"]).__name__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "TextControl [False, False]",
        "TableControl [True, False]",
        "TableControl AttachmentControl",
    ]
