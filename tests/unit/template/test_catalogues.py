"""Translation catalogues are read when a text is first asked for in their language."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from typing import Any

from nationalreport import resources
from nationalreport.template import localized
from nationalreport.template.loader import _catalogues, load_template, parse_template
from nationalreport.template.texts import Catalogues, Translated, attach_catalogues, catalogue

TEMPLATE_ID = "oda-poa-iti-2026"


def bundled_data() -> Any:
    return resources.load_json(resources.resource_file("templates", f"{TEMPLATE_ID}.json"))


class CountingReader:
    """A catalogue file that counts how often it is read."""

    def __init__(self, content: bytes, pause: float = 0.0) -> None:
        self.content = content
        self.pause = pause
        self.reads = 0

    def __call__(self) -> bytes:
        self.reads += 1
        time.sleep(self.pause)
        return self.content


def french_of(data: Any) -> dict[str, str]:
    """A French catalogue for raw template data: every English text, marked."""
    return {key: f"FR {text}" for key, text in catalogue(data).items()}


def parsed(readers: dict[str, Callable[[], bytes]]) -> Any:
    data = bundled_data()
    attach_catalogues(data, Catalogues(readers))
    return parse_template(data, origin="test")


def test_no_catalogue_is_read_until_a_text_is_asked_for_in_its_language() -> None:
    data = bundled_data()
    french = CountingReader(json.dumps(french_of(data)).encode())
    spanish = CountingReader(b"{}")
    template = parsed({"fr": french, "es": spanish})
    question = template.question("1.1")
    assert bool(question.text) and french.reads == 0 and spanish.reads == 0
    assert localized(question.text, "en") == question.text["en"]
    assert french.reads == 0 and spanish.reads == 0

    assert localized(question.text, "fr") == "FR " + question.text["en"]
    assert localized(template.question("1.2").help, "fr").startswith("FR ")
    assert french.reads == 1 and spanish.reads == 0


def test_going_through_every_language_reads_every_catalogue() -> None:
    data = bundled_data()
    template = parsed({"fr": CountingReader(json.dumps(french_of(data)).encode())})
    text = template.question("1.1").text
    assert set(text) == {"en", "fr"}
    assert len(text) == 2
    assert dict(text) == {"en": text["en"], "fr": "FR " + text["en"]}
    assert text == dict(text)


def test_a_catalogue_text_wins_over_one_written_in_the_template() -> None:
    catalogues = Catalogues({"fr": lambda: b'{"question.9.text": "Du catalogue"}'})
    text = Translated({"en": "English", "fr": "Du fichier"}, "question.9.text", catalogues)
    assert text["fr"] == "Du catalogue"
    other = Translated({"en": "English", "fr": "Du fichier"}, "question.10.text", catalogues)
    assert other["fr"] == "Du fichier"
    assert localized(Translated({"en": "English"}, "question.11.text", catalogues),
                     "fr") == "English"


def test_a_catalogue_that_cannot_be_read_leaves_its_language_to_english() -> None:
    def unreadable() -> bytes:
        raise OSError("gone")

    readers: dict[str, Callable[[], bytes]] = {
        "fr": lambda: b"{not json",
        "es": lambda: b"[1, 2]",
        "ru": unreadable,
        "ar": lambda: b'{"question.1.1.text": 7, "question.1.1.help": ""}',
    }
    template = parsed(readers)
    question = template.question("1.1")
    for language in readers:
        assert localized(question.text, language) == question.text["en"], language
        assert localized(question.help, language) == question.help["en"], language


def test_threads_asking_at_once_read_a_catalogue_once() -> None:
    data = bundled_data()
    french = CountingReader(json.dumps(french_of(data)).encode(), pause=0.05)
    template = parsed({"fr": french})
    found: list[str] = []

    def ask() -> None:
        found.append(localized(template.question("1.1").text, "fr"))

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert french.reads == 1
    assert len(set(found)) == 1 and found[0].startswith("FR ")


def test_the_bundled_template_finds_its_catalogues_without_reading_them() -> None:
    catalogues = _catalogues(TEMPLATE_ID)
    assert set(catalogues.languages) == {"ar", "es", "fr", "ru", "zh"}
    template = load_template(TEMPLATE_ID)
    assert set(template.languages) == {"en", *catalogues.languages}
    french = catalogues.table("fr")
    assert localized(template.question("1.1").text, "fr") == french["question.1.1.text"]
