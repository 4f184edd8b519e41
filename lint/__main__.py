"""Entry point for ``python -m referatlint``."""

import sys

from referatlint.cli import main

sys.exit(main())
