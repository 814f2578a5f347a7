"""The course's data files: read, checked against their schemas and rules, and cached.

This layer imports nothing else from the package: the figures, the widgets and the Sphinx site
read data through it. Check files from the command line with ``python -m abcourse.data FILE...``.
"""

from .files import ContentError, DataKind, load

__all__ = ["ContentError", "DataKind", "load"]
