"""Entry point for ``python -m referatlint``."""

from referatlint.cli import entry

entry()
