"""JSON Schemas shipped with referatlint: the document model (``referatlint parse``), the
JSON report and the configuration file. They are package data, readable by editors and
by ``load``."""

import json
from importlib.resources import files


def load(name: str) -> dict:
    """A shipped schema by file name, e.g. ``load("report.schema.json")``."""
    return json.loads(files(__package__).joinpath(name).read_text("utf-8"))
