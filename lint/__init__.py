"""referatlint: checks Danish municipal agendas and minutes before they are published.

The package is a pipeline, one sub-package per stage:
read (bytes -> Source) -> parse (Source -> Document) -> engine (Document -> findings)
-> filters (config, suppressions, baseline) -> report (human, JSON, SARIF, ...).
"""

__version__ = "0.1.0"
