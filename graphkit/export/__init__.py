"""Former name of :mod:`graphkit.readwrite`, kept only until ``graphkit/build.py`` imports from there.

New code imports :mod:`graphkit.readwrite`.
"""

from graphkit.readwrite import write_graphml

__all__ = ["write_graphml"]
