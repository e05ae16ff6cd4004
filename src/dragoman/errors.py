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


class CorrectionError(DragomanError):
    """A merge or split of actors or events that cannot be done; `status` is its HTTP status."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


class InvalidValue(CorrectionError, ValueError):
    """A value given by the user that cannot be used (a date filter, an article id): HTTP 422 on the API,
    one line on the command line."""

    def __init__(self, detail: str) -> None:
        super().__init__(422, detail)
