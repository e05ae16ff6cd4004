"""Errors that reach the user as one clear line, never as a traceback."""

from __future__ import annotations


class DragomanError(Exception):
    """Base class for errors dragoman reports to the user."""


class InputError(DragomanError):
    """An input (file, line, URL) that cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
