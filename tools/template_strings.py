"""Print a template's flat text catalogue (English by default), the file translators fill.

    python tools/template_strings.py oda-poa-iti-2026 > strings.en.json
    python tools/template_strings.py oda-poa-iti-2026 fr   # what the French file holds
"""

from __future__ import annotations

import json
import sys

from nationalreport import resources
from nationalreport.template.loader import _translations
from nationalreport.template.texts import apply_catalogue, catalogue


def main(argv: list[str]) -> int:
    template_id = argv[0] if argv else "oda-poa-iti-2026"
    language = argv[1] if len(argv) > 1 else "en"
    data = resources.load_json(resources.resource_file("templates", f"{template_id}.json"))
    texts = _translations(template_id).get(language)
    if texts:
        apply_catalogue(data, language, texts)
    json.dump(catalogue(data, language), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
