"""nationalreport: a State's national report on the UN PoA and the ITI, prepared offline."""

__version__ = "0.1.0"
