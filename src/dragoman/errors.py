"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations


class DragomanError(Exception):
    """Base class for errors dragoman reports to the user."""


class InputError(DragomanError):
    """An input (file, line, URL) that cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        from dragoman.checks import printable

        # Names and reasons come from the input: escaped, so they cannot drive the terminal.
        super().__init__(f"{printable(source)}: {printable(reason)}")
        self.source = source
        self.reason = reason


class StoreError(DragomanError):
    """A request the store cannot carry out (a lookup, merge, split or correction): `detail` says why."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(StoreError):
    """What the request names (an event, actor, article, merge or correction) is not in the store."""


class Conflict(StoreError):
    """The request clashes with what the store holds now (a merge already undone, an id taken again)."""


class Invalid(StoreError):
    """The request itself is wrong (a field that cannot be corrected, a merge of a thing with itself)."""


class InvalidValue(Invalid, ValueError):
    """A value given by the user that cannot be used (a date filter, an article id): HTTP 422 on the API, one line
    on the command line, and a ValueError to Python callers."""
