"""graphkit: news and analysis articles in, a geopolitical knowledge graph with evidence out.

The stages, each in its own module: :mod:`graphkit.corpus` reads documents,
:mod:`graphkit.actors` finds the actors, :mod:`graphkit.relations` and :mod:`graphkit.extract`
read the relations, :mod:`graphkit.store` keeps results, :mod:`graphkit.graph` merges them,
:mod:`graphkit.render` and :mod:`graphkit.readwrite` write views and files (and read them back).

>>> import graphkit
>>> graphkit.__version__
'0.1.0'
"""

__version__ = "0.1.0"
