"""The exceptions graphkit raises; the CLI turns them into one-line messages."""

__all__ = ["GraphkitError", "InputError", "ModelNotFoundError", "OutputError", "StoreBusyError"]


class GraphkitError(Exception):
    """Base class: a problem the user can fix, reported in one line."""


class InputError(GraphkitError):
    """A file, line or field of the input is unusable. The message names it and says why."""


class ModelNotFoundError(GraphkitError):
    """The spaCy pipeline asked for is not installed."""


class StoreBusyError(GraphkitError):
    """Another graphkit process holds the store."""


class OutputError(GraphkitError):
    """A file cannot be written (read-only folder, full disk, a file where a folder should be).

    The message names the file and the reason; what was there before is left as it was.
    """
