"""UN Member States and observer States, with names in any locale from CLDR (Babel).

Which States are Members or observers is data (``resources/states.json``); the
names, and the alpha-3 to alpha-2 mapping, come from CLDR so that no list of names
is written by hand. For the six UN languages they are read from
``resources/state-names.json``, which ``tools/state_names.py`` writes from Babel:
Babel loads a locale's whole CLDR data to give one name, and the window would pay
that at start-up for its title. Other languages ask Babel itself.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

from nationalreport import resources
from nationalreport.formats import UN_LANGUAGES


class State(NamedTuple):
    """A State that may report: ISO 3166-1 alpha-3 and alpha-2 codes, and UN status."""

    code: str
    alpha2: str
    observer: bool

    def name(self, language: str = "en") -> str:
        """The State's name in ``language`` (CLDR), falling back to English."""
        return _territory_names(language).get(self.alpha2) or _territory_names("en")[self.alpha2]


@functools.lru_cache(maxsize=1)
def _membership() -> dict[str, list[str]]:
    data = resources.load_json(resources.resource_file("states.json"))
    return {"members": list(data["members"]), "observers": list(data["observers"])}


@functools.lru_cache(maxsize=1)
def _snapshot() -> dict[str, Any]:
    """``state-names.json``, or an empty one if it is missing (Babel then gives all)."""
    node = resources.resource_file("state-names.json")
    if not node.is_file():
        return {"alpha2": {}, "names": {}}
    data: dict[str, Any] = resources.load_json(node)
    return data


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, State]:
    membership = _membership()
    alpha2: dict[str, str] = _snapshot()["alpha2"]
    if any(code not in alpha2 for codes in membership.values() for code in codes):
        alpha2 = _alpha2_from_cldr()
    states: dict[str, State] = {}
    for observer, codes in ((False, membership["members"]), (True, membership["observers"])):
        for code in codes:
            states[code] = State(code=code, alpha2=alpha2[code], observer=observer)
    return states


def _alpha2_from_cldr() -> dict[str, str]:
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {code: aliases[code][0] for codes in _membership().values() for code in codes}


@functools.lru_cache(maxsize=16)
def _territory_names(language: str) -> dict[str, str]:
    known: dict[str, dict[str, str]] = _snapshot()["names"]
    if language in known:
        return known[language]
    return _names_in(language)


def _names_in(language: str) -> dict[str, str]:
    """Every territory's name in ``language`` from Babel (English for an unknown language)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    return dict(locale.territories)


def names_from_cldr() -> dict[str, Any]:
    """What ``resources/state-names.json`` holds, made from the installed Babel."""
    from babel.core import get_cldr_version

    alpha2 = _alpha2_from_cldr()
    wanted = set(alpha2.values())
    return {
        "about": "Names of the States of states.json in the six UN languages, from CLDR "
                 "through Babel. Written by tools/state_names.py; not edited by hand.",
        "cldr": str(get_cldr_version()),
        "alpha2": alpha2,
        "names": {language: {code: name for code, name in _names_in(language).items()
                             if code in wanted}
                  for language in UN_LANGUAGES},
    }


def all_states() -> list[State]:
    """Every State that may report, Members first then observers, by code."""
    return list(_states().values())


def get_state(code: str) -> State | None:
    """The State with this alpha-3 code (any case), or ``None``."""
    return _states().get(code.upper()) if isinstance(code, str) else None


def state_codes() -> list[str]:
    """All alpha-3 codes, sorted."""
    return sorted(_states())


def states_by_name(language: str = "en") -> list[State]:
    """States sorted by their name in ``language``, for a chooser."""
    return sorted(_states().values(), key=lambda s: s.name(language).casefold())
