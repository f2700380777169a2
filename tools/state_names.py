"""Write ``resources/state-names.json``: the States' names in the six UN languages.

    python tools/state_names.py          # rewrite the file from the installed Babel
    python tools/state_names.py --check  # exit 1 if the file differs from Babel's names

The names are CLDR's, read through Babel, exactly as ``nationalreport.report.states``
would read them itself; the file only saves the window that work at start-up (Babel
loads a locale's whole CLDR data to give one name: a fifth of a second on an old
laptop). It records the CLDR version it was made from; a test compares it with the
installed Babel when the versions agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nationalreport.report.states import names_from_cldr  # noqa: E402

TARGET = ROOT / "resources" / "state-names.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = json.dumps(names_from_cldr(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if args.check:
        same = TARGET.is_file() and TARGET.read_text("utf-8") == text
        print(f"{TARGET.name}: {'up to date' if same else 'differs from Babel; rewrite it'}")
        return 0 if same else 1
    TARGET.write_text(text, "utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
