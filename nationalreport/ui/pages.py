"""The lifecycle every page of the wizard follows, as the window drives it.

``load`` runs each time the page is shown (bring it up to date with the report),
``check`` when the official leaves it (problems waiting to be shown are shown now),
and ``focus_first`` puts the cursor on the page's first field. Section pages and
the review page are both pages; a special page is registered the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """Base of the wizard's pages."""

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """The page is about to be shown."""

    def check(self) -> None:
        """The page is being left."""

    def focus_first(self) -> None:
        """Put the keyboard focus at the top of the page."""
        self.setFocus()
