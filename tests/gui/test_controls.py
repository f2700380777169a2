"""The control registry: one control per answer kind, and a placeholder for the rest."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from nationalreport.report.sample import sample_answer
from nationalreport.template import Question, Template
from nationalreport.ui.controls import control_class, create_control
from nationalreport.ui.controls.placeholder import PlaceholderControl

pytestmark = pytest.mark.gui


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
