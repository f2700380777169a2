"""The window's start-up does not pay for pyHanko: importing the signing API leaves it unloaded."""

from __future__ import annotations

import subprocess
import sys


def test_signing_api_and_commands_import_without_pyhanko() -> None:
    code = ("import sys, nationalreport.signing, nationalreport.cli.sign_cmd; "
            "heavy = [m for m in sys.modules if m.split('.')[0] in "
            "('pyhanko', 'pyhanko_certvalidator', 'pikepdf', 'reportlab', 'pkcs11')]; "
            "print(heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "[]"
