"""dragoman: news articles in, evidenced and queryable event data out.

`dragoman.extract(text, published=...)` returns an `Extraction`; `dragoman.store.Store` queries a database.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["extract", "Pipeline", "Store"]


def __getattr__(name: str) -> Any:
    # Imported lazily: spaCy takes a second to import, and `dragoman --help` should not wait for it.
    if name in ("extract", "Pipeline"):
        from dragoman import pipeline

        return getattr(pipeline, name)
    if name == "Store":
        from dragoman.store import Store

        return Store
    raise AttributeError(f"module 'dragoman' has no attribute {name!r}")
