"""Parse stage: Source -> Document. The machinery (parse/document.py) is imported on the
first call, so importing the model alone stays cheap."""


def parse(source, vocabulary=None, layout=None):
    """Describe a document: meeting, table of contents, items and trailing parts."""
    from referatlint.parse.document import parse as describe

    return describe(source, vocabulary, layout)
