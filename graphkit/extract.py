"""Kept so that ``from graphkit.extract import Extractor`` still works: see :mod:`graphkit.extraction`."""

from graphkit.extraction import Extraction, Extractor

__all__ = ["Extraction", "Extractor"]
