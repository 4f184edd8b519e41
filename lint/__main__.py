"""Entry point for ``python -m referatlint``."""

from referatlint.console import run

run()
