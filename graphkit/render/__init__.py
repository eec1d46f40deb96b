"""Views of the graph for people: an interactive, self-contained HTML explorer.

What the page shows is chosen by the queries of :mod:`graphkit.graph` (``top_actors``, ``ego_graph``).

>>> from graphkit.render import render_html
>>> import networkx as nx
>>> "graphkit-data" in render_html(nx.MultiDiGraph())
True
"""

from graphkit.render.html import ACTOR_COLOURS, QUAD_CLASSES, render_html, write_html

__all__ = ["ACTOR_COLOURS", "QUAD_CLASSES", "render_html", "write_html"]
