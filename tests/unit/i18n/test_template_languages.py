"""Every template text and validation message exists in the six UN languages."""

from __future__ import annotations

import re
import string

import pytest

from nationalreport import resources
from nationalreport.formats import UN_LANGUAGES
from nationalreport.report import Report
from nationalreport.template import Template, load_template
from nationalreport.template.loader import _translations
from nationalreport.template.texts import catalogue
from nationalreport.validation import validate
from nationalreport.validation.messages import catalogue as messages

TEMPLATE_ID = "oda-poa-iti-2026"
OTHERS = [lang for lang in UN_LANGUAGES if lang != "en"]

#: Words each language's texts must use (UN terminology), and the script it is written in.
TERMS = {
    "fr": ("armes légères et de petit calibre", r"[a-zàâçéèêëîïôûùüÿœ]"),
    "es": ("armas pequeñas y armas ligeras", r"[a-záéíóúñü]"),
    "ar": ("الأسلحة الصغيرة والأسلحة الخفيفة", r"[\u0600-\u06ff]"),
    "ru": ("стрелкового оружия и легких вооружений", r"[а-яё]"),
    "zh": ("小武器和轻武器", r"[\u4e00-\u9fff]"),
}


def english() -> dict[str, str]:
    return catalogue(resources.load_json(resources.resource_file("templates",
                                                                 f"{TEMPLATE_ID}.json")))


def test_the_template_declares_the_six_languages() -> None:
    assert set(load_template(TEMPLATE_ID).languages) == set(UN_LANGUAGES)


@pytest.mark.parametrize("language", OTHERS)
def test_every_template_text_is_translated(language: str) -> None:
    texts = _translations(TEMPLATE_ID)[language]
    source = english()
    assert set(texts) == set(source), sorted(set(source) ^ set(texts))[:10]
    script = re.compile(TERMS[language][1], re.IGNORECASE)
    untranslated = [k for k, v in texts.items()
                    if not v.strip() or (v == source[k] and script.search(v) is None
                                         and len(v) > 12)]
    assert untranslated == []
    joined = " ".join(texts.values()).lower()
    assert script.search(joined)


@pytest.mark.parametrize("language", OTHERS)
def test_un_terminology_is_used(language: str) -> None:
    texts = " ".join(_translations(TEMPLATE_ID)[language].values())
    term = TERMS[language][0]
    stem = term.split()[0][:5].lower()
    assert stem in texts.lower(), f"{language}: no trace of '{term}'"


def test_every_loaded_question_speaks_every_language(template: Template) -> None:
    for question in template:
        for language in UN_LANGUAGES:
            assert question.text.get(language), (question.number, language)
            assert question.help.get(language), (question.number, language)
            for option in question.options:
                assert option.label.get(language), (question.number, option.code, language)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", OTHERS)
def test_every_validation_message_is_translated_with_its_placeholders(language: str) -> None:
    english_messages = messages("en")
    translated = messages(language)
    assert set(translated) == set(english_messages)
    for code, text in english_messages.items():
        assert translated[code].strip(), code
        assert _fields(translated[code]) == _fields(text), (language, code)


@pytest.mark.parametrize("language", OTHERS)
def test_validation_speaks_the_officials_language(report: Report, language: str) -> None:
    report.set_answer("1.2.1", {"name": "A", "email": "broken"})
    (problem,) = [p for p in validate(report, language) if p.question == "1.2.1"]
    assert problem.message == messages(language)["email"]
    assert problem.message != messages("en")["email"]
