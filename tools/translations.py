"""Keep the interface translations in step with the code (Qt Linguist).

    python tools/translations.py update    # pyside6-lupdate: ui/*.py -> resources/translations/*.ts
    python tools/translations.py release   # pyside6-lrelease: *.ts -> *.qm (shipped in the package)

The ``.ts`` files are the sources translators edit; the ``.qm`` files are what the
program loads. Both are committed, so an installed copy needs no Qt tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "nationalreport" / "ui"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "ar", "ru", "zh")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = OUT / f"nationalreport_{language}.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        *sources, "-ts", str(target.relative_to(ROOT))], cwd=ROOT, check=True)


def release() -> None:
    for ts in sorted(OUT.glob("nationalreport_*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "update"
    if action == "update":
        update()
    elif action == "release":
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
