"""UN Member States and observer States, with names in any locale from CLDR (Babel).

Which States are Members or observers is data (``resources/states.json``); the
names, and the alpha-3 to alpha-2 mapping, come from CLDR so that no list of names
is written by hand.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from nationalreport import resources


@dataclass(frozen=True)
class State:
    """A State that may report: ISO 3166-1 alpha-3 and alpha-2 codes, and UN status."""

    code: str
    alpha2: str
    observer: bool

    def name(self, language: str = "en") -> str:
        """The State's name in ``language`` (CLDR), falling back to English."""
        return _territory_names(language).get(self.alpha2) or _territory_names("en")[self.alpha2]


@functools.lru_cache(maxsize=1)
def _states() -> dict[str, State]:
    data = resources.load_json(resources.resource_file("states.json"))
    aliases = get_global("territory_aliases")
    states: dict[str, State] = {}
    for observer, codes in ((False, data["members"]), (True, data["observers"])):
        for code in codes:
            alpha2 = aliases[code][0]
            states[code] = State(code=code, alpha2=alpha2, observer=observer)
    return states


@functools.lru_cache(maxsize=16)
def _territory_names(language: str) -> dict[str, str]:
    try:
        locale = Locale.parse(language)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    return dict(locale.territories)


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
