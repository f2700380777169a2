"""The bundled template: complete, self-consistent, and Section 1 as printed since 2020."""

from __future__ import annotations

import re

from nationalreport.template import Template, available_templates, default_template_id
from nationalreport.template.model import KINDS

SOURCE_RE = re.compile(
    r"^(PoA (I|II|III|IV)\.[0-9]+(\([a-z]\))?|ITI [0-9]+(\([a-z]\))?|"
    r"RevCon[0-9] outcome [A-Z0-9.]+|SDG [0-9.]+|[A-Za-z0-9 ./()-]+)$"
)


def test_the_bundled_template_is_listed() -> None:
    assert "oda-poa-iti-2026" in available_templates()
    assert default_template_id() == available_templates()[-1]


def test_it_is_the_whole_report(template: Template) -> None:
    assert len(template) > 100
    titles = [s.title["en"] for s in template.sections]
    assert [s.id for s in template.sections] == [str(i) for i in range(1, 12)], titles
    for section in template.sections:
        assert len(section.questions) >= 5, section.id


def test_numbers_are_unique_and_section_prefixed(template: Template) -> None:
    numbers = template.numbers
    assert len(set(numbers)) == len(numbers)
    for question in template:
        assert question.number.split(".")[0] == question.section


def test_every_question_has_text_help_and_a_known_kind(template: Template) -> None:
    for question in template:
        assert question.kind in KINDS
        assert question.text.get("en", "").strip(), question.number
        assert len(question.help.get("en", "")) > 20, question.number
        for source in question.sources:
            assert SOURCE_RE.match(source), (question.number, source)
        if question.provisional:
            assert question.provisional_note, question.number


def test_reconstructed_sections_are_marked_provisional(template: Template) -> None:
    assert not template.section("1").provisional
    for section in template.sections[1:]:
        assert section.provisional
        assert all(q.provisional for q in section.questions), section.id


def test_section_1_is_the_2020_template(template: Template) -> None:
    section = template.section("1")
    assert section.title["en"] == "National coordination infrastructure"
    expected = {
        "1.1": ("choice", ("PoA II.4",)),
        "1.1.a": ("text", ()),
        "1.1.b": ("multiline", ()),
        "1.1.c": ("contact", ()),
        "1.1.d": ("counts", ()),
        "1.2": ("choice", ("PoA II.5", "PoA II.24")),
        "1.2.1": ("contact", ()),
        "1.2.2": ("choice", ("ITI 25",)),
        "1.2.3": ("choice", ("ITI 25",)),
        "1.3": ("choice", ("RevCon3 outcome II.A.5",)),
    }
    for number, (kind, sources) in expected.items():
        question = template.question(number)
        assert (question.kind, question.sources) == (kind, sources), number
    assert template.question("1.1").option_codes == ("yes", "no", "developing")
    assert template.question("1.2").option_codes == ("yes", "no", "developing")
    assert template.question("1.2.2").option_codes == ("yes", "no")
    assert [c.key for c in template.question("1.1.d").counts] == ["men", "women"]
    npc = template.question("1.2.1")
    assert [f.key for f in npc.contact_fields] == [
        "honorific", "name", "organization", "address", "telephone", "email"]
    assert [f.number for f in npc.contact_fields][1:] == ["a", "b", "c", "d", "e"]
    assert template.question("1.1.c").contact_fields[0].options[0].label["en"] == "Mr."


def test_section_1_skip_rules(template: Template) -> None:
    assert template.skipped({"1.1": "no"}) == {"1.1.a", "1.1.b", "1.1.c", "1.1.d"}
    assert template.skipped({"1.1": "developing"}) == set()
    assert template.skipped({"1.2": "no"}) == {"1.2.1", "1.2.2"}
    assert template.skipped({"1.2": "yes", "1.2.2": "yes"}) == {"1.2.3", "1.2.3.1"}
    assert template.skipped({"1.2.2": "no", "1.2.3": "no"}) == {"1.2.3.1"}
    # 1.2.2 is skipped by 1.2 = no, so its own "yes" no longer skips 1.2.3.
    assert template.skipped({"1.2": "no", "1.2.2": "yes"}) == {"1.2.1", "1.2.2"}
    by = template.skipped_by("1.2.3", {"1.2.2": "yes"})
    assert by is not None and by.number == "1.2.2"


def test_iti_checks_are_declared(template: Template) -> None:
    kinds = {check.kind for q in template for check in q.checks}
    assert kinds == {"contact", "marking_elements", "retention_minimum"}
    iti_contact = template.question("1.2.3.1").checks[0]
    assert iti_contact.params["iti"] is True and iti_contact.when_question == "1.2.3"
    minimums = sorted(
        int(c.params["years"]) for q in template for c in q.checks
        if c.kind == "retention_minimum"
    )
    assert 20 in minimums and 30 in minimums
    assert "1.2.3.1" in template.dependents("1.2.3")


def test_every_skip_rule_goes_forward(template: Template) -> None:
    for question in template:
        if question.skip:
            assert question.skip.skips, question.number
            assert all(template.position(n) > template.position(question.number)
                       for n in question.skip.skips)
