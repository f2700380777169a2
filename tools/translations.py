"""Keep the interface translations in step with the code (Qt Linguist).

    python tools/translations.py update    # pyside6-lupdate: ui/*.py -> resources/translations/*.ts
    python tools/translations.py release   # pyside6-lrelease: *.ts -> *.qm (shipped in the package)
    python tools/translations.py check     # fail on a new, untranslated or uncompiled message

The ``.ts`` files are the sources translators edit; the ``.qm`` files are what the
program loads. Both are committed, so an installed copy needs no Qt tools.
``nationalreport_en.ts`` holds only the English plural forms ("1 error", "2 errors"
for the source "%n error(s)"); every other language holds every message.
"""

from __future__ import annotations

import filecmp
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "nationalreport" / "ui"
OUT = ROOT / "resources" / "translations"
#: Language of each .ts file as Qt names it (it decides how many plural forms there are).
LANGUAGES = {"fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "zh_CN"}
PLURALS_ONLY = {"en": "en"}


def _tool(name: str) -> str:
    """Qt's ``lupdate`` or ``lrelease``: the copy inside PySide6, else ``pyside6-<name>``."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        inside = Path(spec.origin).parent / name
        if inside.is_file() and os.access(inside, os.X_OK):
            return str(inside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def ts_file(language: str) -> Path:
    return OUT / f"nationalreport_{language}.ts"


def _targets() -> list[tuple[str, str, tuple[str, ...]]]:
    return [*((code, name, ()) for code, name in LANGUAGES.items()),
            *((code, name, ("-pluralonly",)) for code, name in PLURALS_ONLY.items())]


def update(folder: Path = OUT) -> None:
    """Extract the strings of ``nationalreport/ui`` into the .ts files in ``folder``."""
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    folder.mkdir(parents=True, exist_ok=True)
    for language, qt_name, extra in _targets():
        target = folder / f"nationalreport_{language}.ts"
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", qt_name, *extra,
                        *sources, "-ts", str(target.resolve())], cwd=ROOT, check=True)


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message in a .ts file."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.add((name, message.findtext("source", ""), message.findtext("comment", "")))
    return found


def stale() -> dict[str, set[tuple[str, str, str]]]:
    """For each .ts file, the messages the code has and it lacks, or it has and the code
    no longer uses (empty sets when everything is in step)."""
    with tempfile.TemporaryDirectory() as tmp:
        for ts in OUT.glob("nationalreport_*.ts"):
            shutil.copyfile(ts, Path(tmp) / ts.name)
        update(Path(tmp))
        return {ts.name: messages(Path(tmp) / ts.name) ^ messages(ts)
                for ts in sorted(OUT.glob("nationalreport_*.ts"))}


def compile_to(ts: Path, qm: Path) -> str:
    """Compile one .ts file; returns lrelease's report ("Generated N translation(s)...")."""
    done = subprocess.run([_tool("lrelease"), "-nounfinished", str(ts),
                           "-qm", str(qm)], check=True, capture_output=True, text=True)
    return done.stdout + done.stderr


def release() -> None:
    for ts in sorted(OUT.glob("nationalreport_*.ts")):
        print(compile_to(ts, ts.with_suffix(".qm")).strip())


def unfinished(ts: Path) -> list[str]:
    """The sources of the messages in ``ts`` that lack a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                "obsolete"):
            missing.append(source)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(t.strip() for t in texts):
            missing.append(source)
    return missing


def check() -> int:
    """0 when every message is translated and every .qm matches its .ts."""
    problems = [f"{name}: not in step with the code: {m!r}"
                for name, found in stale().items() for m in sorted(found)]
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(OUT.glob("nationalreport_*.ts")):
            problems += [f"{ts.name}: untranslated: {s!r}" for s in unfinished(ts)]
            fresh = Path(tmp) / ts.with_suffix(".qm").name
            compile_to(ts, fresh)
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or not filecmp.cmp(qm, fresh, shallow=False):
                problems.append(f"{qm.name} is missing or older than {ts.name}: run release")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    action = argv[0] if argv else "update"
    if action == "update":
        update()
    elif action == "release":
        release()
    elif action == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
