"""A save that dies at one step: run by ``test_interrupted_save`` in a separate process.

    python -m tests.faults.save_child DRAFT ANSWER ACTION INDEX

Loads DRAFT, sets question 1.1.a to ANSWER and saves it (with its backup), with the
``INDEX``-th file-system call of the save broken by ACTION ("die-before", "die-after"
or "die-midway"). The process then ends with status ``inject.DIED`` exactly as a
killed one would, with no clean-up. If the save finishes, it prints its steps.
"""

from __future__ import annotations

import json
import sys


def main(draft: str, answer: str, action: str, index: int) -> int:
    from nationalreport.storage import load_draft, save_draft
    from tests.faults.inject import Fault, Injector

    report = load_draft(draft)
    report.set_answer("1.1.a", answer)
    injector = Injector(Fault(action, index=index)).install(setattr)
    save_draft(report, draft)
    print(json.dumps(injector.steps), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
