"""Parsed forms of data files, kept between processes in the user's cache directory.

Start-up parses data that never changes between runs: the actor dictionaries, the gazetteer, the language
identifier's model. Each parsed form is written once to a file named by a hash of everything it was built from:
the source files, dragoman's own code (every .py file of the package: the code that parsed them and the shape
it stored) and the Python version. An edited source, another version of dragoman (or another checkout sharing
the cache directory) writes its own file and never reads another's. A file that cannot be read (absent, cut
short, of another shape) is built again; one that cannot be written (a read-only home) only costs the time of
building it each run. Every read marks its file as used; writing a new file removes the files of the same kind
that no process has used for `STALE_DAYS` days (left by older versions or edited sources), so the directory does
not grow with every upgrade while two versions in use side by side keep theirs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

PYTHON = f"python-{sys.version_info[0]}.{sys.version_info[1]}"
STALE_DAYS = 30
_NAME = re.compile(r"(?P<kind>.+)-[0-9a-f]{20}(?P<suffix>\.[a-z]+)")


def cache_dir() -> Path:
    """`$DRAGOMAN_CACHE_DIR`, else `$XDG_CACHE_HOME/dragoman`, else `~/.cache/dragoman`."""
    if os.environ.get("DRAGOMAN_CACHE_DIR"):
        return Path(os.environ["DRAGOMAN_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dragoman"


@lru_cache(maxsize=1)
def code_digest() -> bytes:
    """A hash of dragoman's source files (about 3 ms)."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.digest()


def cache_path(kind: str, sources: Iterable[bytes], suffix: str, *, by_code: bool = True) -> Path:
    """The cache file of `kind` ("gazetteer") built by this code from `sources` (the bytes of every input).
    `by_code` False leaves dragoman's code out of the name, for a form whose layout is named in `kind` and
    checked when read (a large file, not to be written again for every version)."""
    digest = hashlib.sha256(f"dragoman-{kind} {PYTHON}".encode() + (code_digest() if by_code else b""))
    for source in sources:
        digest.update(hashlib.sha256(source).digest())  # hashed apart, so inputs cannot run into each other
    return cache_dir() / f"{kind}-{digest.hexdigest()[:20]}{suffix}"


def read_cache(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    mark_used(path)
    return data


def mark_used(path: Path) -> None:
    """Sets the file's time to now: access times are often not kept (noatime), so the modification time says
    when a process last used it."""
    with contextlib.suppress(OSError):
        os.utime(path)


def prune_stale(path: Path, days: float = STALE_DAYS) -> None:
    """Removes the files of `path`'s kind and suffix, other than `path`, unused for `days` days, and temporary
    files a killed writer left more than a day ago."""
    name = _NAME.fullmatch(path.name)
    if name is None:
        return
    now = time.time()
    stale = [other for other in path.parent.glob(f"{name['kind']}-*{name['suffix']}")
             if other != path and (found := _NAME.fullmatch(other.name)) and found["kind"] == name["kind"]]
    leftovers = list(path.parent.glob("*.tmp"))
    for other, limit in [(p, now - days * 86400) for p in stale] + [(p, now - 86400) for p in leftovers]:
        with contextlib.suppress(OSError):
            if other.stat().st_mtime < limit:
                other.unlink()


def write_cache(path: Path, data: bytes) -> None:
    """Writes atomically (a concurrent reader sees no file or the whole file); a failure is silent."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as fh:
            temporary = fh.name
            fh.write(data)
        os.replace(temporary, path)
        prune_stale(path)
    except OSError:
        if temporary is not None:  # a full disk: no half-written file is left behind
            with contextlib.suppress(OSError):
                os.unlink(temporary)
