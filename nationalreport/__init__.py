"""nationalreport: a State's national report on the UN PoA and the ITI, prepared offline."""

__version__ = "0.1.0"

#: Set (to anything) to let an unexpected failure show its traceback, for a bug report.
DEBUG_VARIABLE = "NATIONALREPORT_DEBUG"
