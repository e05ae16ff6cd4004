"""Rules every way in (readers, Python API, store, web API) applies the same way, and the hygiene of what is
printed: article ids, dates given by callers, database URLs with passwords, control characters in error lines.

Kept free of heavy imports: the CLI, the store and the readers all call it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dragoman.errors import InvalidValue
from dragoman.language import detect_language
from dragoman.model import Article

MAX_ID_LENGTH = 200  # the width of every article_id column; PostgreSQL refuses longer ones, SQLite does not
# Publication dates with a century of room either side, so that "tomorrow", "next year" or "a century ago"
# counted from them is still a date (date.max + 1 day overflows).
EARLIEST_PUBLISHED, LATEST_PUBLISHED = date(101, 1, 1), date(9898, 12, 31)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with control characters shown as escapes (\\x1b, \\n), so input cannot move a terminal's cursor,
    colour it or break an error line in two."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def article_id_problem(article_id: object) -> str | None:
    """Why `article_id` cannot be stored, or None. One rule for SQLite and PostgreSQL."""
    if not isinstance(article_id, str):
        return f"id must be a string, not {type(article_id).__name__}"
    if not article_id.strip():
        return "id is empty"
    if len(article_id) > MAX_ID_LENGTH:
        return f"id is {len(article_id)} characters long (at most {MAX_ID_LENGTH})"
    if m := _CONTROL.search(article_id):
        return f"id contains the control character {printable(m.group())}"
    if m := _SURROGATE.search(article_id):
        return f"id contains an unpaired surrogate {m.group().encode('unicode_escape').decode('ascii')}"
    return None


def check_article_id(article_id: object) -> str:
    """`article_id` if it can be stored; InvalidValue (a ValueError) with a one-line reason if not."""
    problem = article_id_problem(article_id)
    if problem:
        raise InvalidValue(f"article {printable(repr(article_id)[:80])}: {problem}")
    assert isinstance(article_id, str)
    return article_id


def text_problem(fields: dict[str, Any]) -> str | None:
    """The first text field that no store can keep: an unpaired surrogate (JSON allows "\\ud800"; UTF-8 cannot
    encode it) or a NUL character (SQLite keeps it, PostgreSQL refuses it: one rule for both)."""
    for name, value in fields.items():
        if not isinstance(value, str):
            continue
        if m := _SURROGATE.search(value):
            code = m.group().encode("unicode_escape").decode("ascii")
            return f"'{name}' contains an unpaired surrogate {code} at character {m.start()} (not valid Unicode)"
        if (at := value.find("\x00")) >= 0:
            return f"'{name}' contains a NUL character at character {at}"
    return None


def in_published_range(day: date) -> bool:
    """The date rules can count from `day` ("tomorrow", "in ten years")."""
    return EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED


def published_date(value: object, name: str = "published") -> date | None:
    """A caller's publication date: None, a date, or "YYYY-MM-DD"; TypeError/ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, date):  # datetime is a date too
        day = value if type(value) is date else date(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} must be a date in YYYY-MM-DD form, got {value!r}") from None
    else:
        raise TypeError(f"{name} must be a date or a 'YYYY-MM-DD' string, not {type(value).__name__} ({value!r})")
    if not in_published_range(day):
        raise ValueError(f"{name} {day.isoformat()} is out of range "
                         f"({EARLIEST_PUBLISHED.isoformat()} to {LATEST_PUBLISHED.isoformat()})")
    return day


def api_article(text: object, published: object = None, *, title: object = None, article_id: object = "article",
                url: object = None, source: object = None) -> Article:
    """The Article for a Python API call, every argument checked: TypeError or ValueError with a clear message
    instead of an AttributeError or an OverflowError from deep inside the pipeline."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    optional = {"title": title, "url": url, "source": source}
    for name, value in optional.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    if problem := text_problem({"text": text, **optional}):
        raise ValueError(problem)
    day = published_date(published)
    return Article(id=check_article_id(article_id), text=text, title=title, published=day,  # type: ignore[arg-type]
                   language=detect_language(text), url=url, source=source)  # type: ignore[arg-type]


_QUERY_PASSWORD = re.compile(r"(?i)([?&]password=)[^&]*")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def partial_date(value: str, name: str = "since") -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter that names a real day, month or year; InvalidValue otherwise
    (2024-02-30 is refused, not read as a string that sorts between two real dates)."""
    m = _PARTIAL_DATE.match(value.strip())
    if m is None:
        raise InvalidValue(f"{name}: not a date in YYYY, YYYY-MM or YYYY-MM-DD form: {value!r}")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError as exc:
        raise InvalidValue(f"{name}: no such date {value!r} ({exc})") from None
    return value.strip()


def period_filters(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """`since` and `until` event-date filters, checked (see `partial_date`)."""
    return (partial_date(since, "since") if since else None, partial_date(until, "until") if until else None)


def mask_url(url: str) -> str:
    """A database URL fit to print: the password, if any, replaced by ***. Anything else is left as it is."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    netloc, slash, path = rest.partition("/")
    userinfo, at, host = netloc.rpartition("@")
    user, colon, _password = userinfo.partition(":")
    if at and colon:
        url = f"{scheme}://{user}:***@{host}{slash}{path}"
    return _QUERY_PASSWORD.sub(r"\1***", url)


def hide_password(text: str, url: str) -> str:
    """`text` (an error message, say) with the password of `url` masked wherever it appears."""
    scheme, sep, rest = url.partition("://")
    userinfo = rest.partition("/")[0].rpartition("@")[0] if sep else ""
    password = userinfo.partition(":")[2]
    text = text.replace(url, mask_url(url))
    if len(password) >= 3:  # a one- or two-letter password would mask unrelated letters
        text = text.replace(password, "***")
    for m in _QUERY_PASSWORD.finditer(url):
        secret = url[m.end():].partition("&")[0]
        if len(secret) >= 3:
            text = text.replace(secret, "***")
    return text
