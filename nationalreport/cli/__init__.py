"""The ``nationalreport`` command line."""
