"""``python -m nationalreport`` runs the command line."""

import sys

from nationalreport.cli.main import main

sys.exit(main())
