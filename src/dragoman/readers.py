"""Turn every input (file, directory, JSONL, stdin, URL, feed) into Articles.

`iter_articles` never raises for a bad input: it yields an `InputError` naming the
file/line/URL and a one-line reason, then carries on with the next input. Everything
streams, so a directory of 100k files or a 1 GB JSONL is never held in memory.
"""

from __future__ import annotations

import codecs
import hashlib
import html as html_lib
import io
import ipaddress
import json
import os
import re
import socket
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO
from urllib.parse import urlsplit

import httpx

from dragoman.checks import MAX_ID_LENGTH, article_id_problem, published_date, text_problem
from dragoman.clean import is_dateline, is_debris, looks_like_title, parse_date_line
from dragoman.errors import InputError
from dragoman.language import detect_language
from dragoman.model import Article

__all__ = ["MAX_BYTES", "USER_AGENT", "FeedSummaryArticle", "count_articles", "iter_articles"]

MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "dragoman/0.1 (+https://example.invalid/dragoman; news event research)"
TIMEOUT = 10.0
TEXT_EXTS = {".txt", ".text", ".md"}
HTML_EXTS = {".html", ".htm"}
JSONL_EXTS = {".jsonl"}
JSON_EXTS = {".json"}
KNOWN_EXTS = TEXT_EXTS | HTML_EXTS | JSONL_EXTS | JSON_EXTS
_CHUNK = 1 << 16
_TOP_LINES = 8  # title and date lines are looked for only this far down


@dataclass
class FeedSummaryArticle(Article):
    """An article built from a feed entry's summary because its page could not be fetched."""

    fetch_error: str = ""


class _Refused(Exception):
    """A reason to refuse one input; becomes an InputError for the current source."""


# ---------------------------------------------------------------- public entry point


def iter_articles(
    inputs: Iterable[str],
    *,
    published: date | None = None,
    stdin: TextIO | BinaryIO | None = None,
    http: httpx.Client | None = None,
    allow_private: bool | None = None,
) -> Iterator[Article | InputError]:
    """Yield one Article per readable article, or an InputError per bad input, in input order.
    `allow_private` reads URLs on this machine or its networks (default: DRAGOMAN_ALLOW_PRIVATE_URLS)."""
    if allow_private is None:
        allow_private = _allow_private()
    own_client: httpx.Client | None = None
    try:
        for entry in inputs:
            item = os.fspath(entry) if isinstance(entry, os.PathLike) else str(entry)
            try:
                if item == "-":
                    yield from _read_stdin(stdin if stdin is not None else sys.stdin, published)
                elif item.lower().startswith(("http://", "https://")):
                    if http is None and own_client is None:
                        own_client = _make_client()
                    client = http if http is not None else own_client
                    assert client is not None
                    yield from _read_url(client, item, published, allow_private)
                else:
                    yield from _read_path(Path(item), published)
            except _Refused as exc:
                yield InputError(item, str(exc))
            except Exception as exc:  # one bad input must not stop the run
                yield InputError(item, _describe(exc))
    finally:
        if own_client is not None:
            own_client.close()


def _make_client() -> httpx.Client:
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def _describe(exc: BaseException) -> str:
    """A short one-line reason for an unexpected exception."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return msg[:200]


def count_articles(inputs: Iterable[str]) -> int | None:
    """How many items `iter_articles` will yield for these inputs, counted cheaply before the costly parse (for a
    progress total): a file is one article, a JSON Lines file one per non-blank line, a JSON file one per item of
    its list, a directory what `_walk` finds in it, and each input the reading will refuse one failed input.
    None when it cannot be known beforehand (stdin, URLs, which may be feeds)."""
    total = 0
    for item in inputs:
        if item == "-" or item.lower().startswith(("http://", "https://")):
            return None
        path = Path(item)
        if path.is_dir():
            total += sum(1 if isinstance(found, InputError) else _articles_in(found) for found in _walk(path, set()))
        else:
            total += _articles_in(path)
    return total


def _articles_in(path: Path) -> int:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return 1  # refused unread (a FIFO would block), as one failed input
        ext = path.suffix.lower()
        if ext in JSONL_EXTS:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        if ext in JSON_EXTS and info.st_size <= MAX_BYTES:
            data = json.loads(path.read_bytes())
            return len(data) if isinstance(data, list) else 1
    except (OSError, ValueError, RecursionError):
        return 1  # the reading reports it, as one failed input
    return 1


# ---------------------------------------------------------------- paths and directories


def _read_path(path: Path, published: date | None) -> Iterator[Article | InputError]:
    if not path.exists():
        raise _Refused("dangling symbolic link" if path.is_symlink() else "no such file or directory")
    if path.is_dir():
        for found in _walk(path, set()):
            if isinstance(found, InputError):
                yield found
                continue
            try:
                yield from _read_file(found, published)
            except _Refused as exc:
                yield InputError(str(found), str(exc))
            except Exception as exc:  # keep going through the directory
                yield InputError(str(found), _describe(exc))
        return
    yield from _read_file(path, published)


def _special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a directory is (reading a FIFO would block forever)."""
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "not a regular file"


def _walk(root: Path, seen: set[tuple[int, int]]) -> Iterator[Path | InputError]:
    """Files with known extensions under `root`, recursively, sorted, skipping hidden entries. Each real
    directory is read once (symbolic links can make loops); what cannot be read is reported, not skipped
    silently: unreadable directories, dangling links, FIFOs, sockets and devices."""
    try:
        info = root.stat()
    except OSError as exc:
        yield InputError(str(root), _describe(exc))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield InputError(str(root), f"directory already read (symbolic link to {os.path.realpath(root)}); skipped")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(str(root), f"cannot read directory ({_describe(exc)}); skipped")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir():
                yield from _walk(Path(entry.path), seen)
                continue
            if entry.is_file():
                if Path(entry.name).suffix.lower() in KNOWN_EXTS:
                    yield Path(entry.path)
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                yield InputError(entry.path, "dangling symbolic link; skipped")
                continue
            kind = _special_kind(entry.stat().st_mode)
            if kind:
                yield InputError(entry.path, f"{kind}, not a regular file; skipped")
        except OSError as exc:
            yield InputError(entry.path, f"{_describe(exc)}; skipped")


def _read_file(path: Path, published: date | None) -> Iterator[Article | InputError]:
    kind = _special_kind(path.stat().st_mode)
    if kind:
        raise _Refused(f"{kind}, not a regular file")
    ext = path.suffix.lower()
    if ext in JSONL_EXTS:
        # Streamed line by line, so the size limit applies per line, not to the file.
        yield from _read_jsonl_file(path, published)
        return
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _Refused(f"file too large ({_mb(size)} > {_mb(MAX_BYTES)} limit)")
    with path.open("rb") as fh:
        data = _read_limited(fh)
    absolute = str(path.resolve())
    if ext in HTML_EXTS:
        yield _html_article(_decode_html(data), path.stem, published, path=absolute)
    elif ext in JSON_EXTS:
        yield from _read_json_list(path, data, published)
    else:
        yield _text_article(_decode_text(data), path.stem, published, path=absolute)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _read_limited(fh: BinaryIO) -> bytes:
    data = fh.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _Refused(f"input too large (more than {_mb(MAX_BYTES)})")
    return data


# ---------------------------------------------------------------- decoding

_BINARY_MAGIC = (
    b"\x89PNG", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff", b"BZh", b"\xfd7zXZ",
    b"7z\xbc\xaf", b"\x7fELF", b"Rar!", b"OggS", b"ID3", b"RIFF",
)  # fmt: skip


def _is_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    # Control characters other than tab/newline/CR/FF/ESC are rare in text.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.1


def _bom_codec(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _normalize(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (BOM optional) or UTF-16/32 with BOM; refuse binary and empty."""
    codec = _bom_codec(data)
    if codec in ("utf-16", "utf-32"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise _Refused(f"not valid {codec.upper()} text (offset {exc.start})") from None
        if "\x00" in text:
            raise _Refused("binary file, not text")
    else:
        if _is_binary(data):
            raise _Refused("binary file, not text")
        skip = len(codecs.BOM_UTF8) if codec else 0
        try:
            text = data[skip:].decode("utf-8")
        except UnicodeDecodeError as exc:
            offset = skip + exc.start
            raise _Refused(f"not valid UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})") from None
    text = _normalize(text)
    if not text.strip():
        raise _Refused("empty file")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.I)


def _decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode HTML by BOM, then HTTP/meta charset, then UTF-8; undecodable -> clear error."""
    if not data.strip():
        raise _Refused("empty file")
    codec = _bom_codec(data)
    if codec is None:
        if _is_binary(data):
            raise _Refused("binary file, not HTML")
        m = _META_CHARSET.search(data[:4096])
        for candidate in (declared, m.group(1).decode("ascii", "replace") if m else None):
            if candidate:
                try:
                    codecs.lookup(candidate)
                    codec = candidate
                    break
                except LookupError:
                    continue
    try:
        return _normalize(data.decode(codec or "utf-8"))
    except UnicodeDecodeError as exc:
        name = codec or "UTF-8"
        raise _Refused(
            f"not valid {name} text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


# ---------------------------------------------------------------- plain text


def _content_id(stem: str, text: str) -> str:
    slug = re.sub(r"[^\w.-]+", "-", stem).strip("-")[:MAX_ID_LENGTH - 9].rstrip("-") or "article"
    return f"{slug}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"  # at most MAX_ID_LENGTH


def _top_lines(text: str) -> list[str]:
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.strip())
            if len(lines) >= _TOP_LINES:
                break
    return lines


def guess_title(text: str) -> str | None:
    """The first line near the top that looks like a title, skipping section labels and dates."""
    for line in _top_lines(text)[:5]:
        if parse_date_line(line) or is_dateline(line) or is_debris(line):
            continue
        if looks_like_title(line):
            return line.lstrip("#").strip()
        if len(line.split()) <= 1:
            continue  # a section label such as "news"
        return None  # first real line is body text: no title
    return None


def guess_date(text: str) -> date | None:
    """A date from a line near the top that holds only a date (or "Published: <date>")."""
    for line in _top_lines(text):
        found = parse_date_line(line)
        if found:
            return found
        m = re.match(r"(?:published|posted)(?:\s+on)?\s*:?\s+(.+)", line, re.I)
        if m and (found := parse_date_line(m.group(1))):
            return found
    return None


def _text_article(
    text: str,
    stem: str,
    published: date | None,
    *,
    path: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    return Article(
        id=_content_id(stem, text),
        text=text,
        title=guess_title(text),
        published=guess_date(text) or published,
        language=detect_language(text),
        url=url,
        source=source,
        path=path,
    )


# ---------------------------------------------------------------- HTML


def _extract_html(html: str) -> tuple[str, str | None, date | None, str | None]:
    """Main text, title, publication date and site name of an HTML page."""
    import htmldate
    import trafilatura

    if "<" not in html:
        raise _Refused("no article text found in HTML")
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise _Refused("no article text found in HTML")
    title = sitename = None
    try:
        meta = trafilatura.extract_metadata(html)
        if meta is not None:
            title, sitename = meta.title, meta.sitename
    except Exception:  # metadata is optional
        pass
    found: date | None = None
    try:
        raw = htmldate.find_date(html, extensive_search=False, original_date=True)
        if raw:
            found = date.fromisoformat(raw[:10])
    except Exception:  # a missing date is not an error
        found = None
    return _normalize(text).strip(), (title or None), found, sitename


def _html_article(
    html: str,
    stem: str,
    published: date | None,
    *,
    path: str | None = None,
    url: str | None = None,
    source: str | None = None,
    site_as_source: bool = False,
) -> Article:
    text, title, found, sitename = _extract_html(html)
    return Article(
        id=_content_id(stem, text),
        text=text,
        title=title,
        published=found or published,
        language=detect_language(text),
        url=url,
        source=source or (sitename if site_as_source else None),
        path=path,
    )


# ---------------------------------------------------------------- JSONL / JSON


def _read_jsonl_file(path: Path, published: date | None) -> Iterator[Article | InputError]:
    with path.open("rb") as fh:
        head = fh.read(8192)
        # Refuse a binary file up front rather than report every "line" of it.
        if _is_binary(head) and not head.startswith((codecs.BOM_UTF8,)):
            raise _Refused("binary file, not text")
        if not head.strip():
            raise _Refused("empty file")
        fh.seek(0)
        yield from _iter_jsonl(_binary_lines(fh), str(path), path.stem, published)


def _binary_lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a binary stream; None stands for a line over MAX_BYTES (skipped without keeping it)."""
    while True:
        line = fh.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _iter_jsonl(
    lines: Iterable[bytes | str | None], name: str, stem: str, published: date | None
) -> Iterator[Article | InputError]:
    first_line: dict[str, int] = {}  # id -> the line that gave it: a second record with it is reported
    for number, raw in enumerate(lines, start=1):
        where = f"{name} line {number}"
        if raw is None:
            yield InputError(where, f"line too long (more than {_mb(MAX_BYTES)})")
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            bad = raw[exc.start]
            yield InputError(where, f"not valid UTF-8 text (byte 0x{bad:02x} at offset {exc.start})")
            continue
        if not line.strip():
            continue
        try:
            obj = _json_loads(line)
        except _Refused as exc:
            yield InputError(where, str(exc))
            continue
        item = _record_article(obj, where, stem, published)
        yield _first_of_id(item, first_line, number, where, "line")


def _first_of_id(item: Article | InputError, first: dict[str, int], number: int, where: str,
                 unit: str) -> Article | InputError:
    """A second record with an id already read in this file is reported, and the first one kept: storing it
    would replace the first (and remove its events)."""
    if isinstance(item, InputError):
        return item
    if item.id in first:
        return InputError(where, f"duplicate id {item.id!r} (first on {unit} {first[item.id]}); kept the first")
    first[item.id] = number
    return item


def _json_loads(text: str, *, where_line: bool = False) -> Any:
    """json.loads with every failure as a one-line reason (deep nesting overflows the parser's recursion)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno} column {exc.colno}" if where_line else f"column {exc.colno}"
        raise _Refused(f"invalid JSON ({exc.msg} at {at})") from None
    except RecursionError:
        raise _Refused("invalid JSON (nested too deeply)") from None


def _read_json_list(path: Path, data: bytes, published: date | None) -> Iterator[Article | InputError]:
    obj = _json_loads(_decode_text(data), where_line=True)
    records = obj if isinstance(obj, list) else [obj]
    first_item: dict[str, int] = {}
    for i, record in enumerate(records, start=1):
        where = f"{path} item {i}"
        yield _first_of_id(_record_article(record, where, path.stem, published), first_item, i, where, "item")


def _parse_published(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _Refused(f"invalid 'published' value {value!r}")
    s = value.strip()
    try:
        found: date | None = date.fromisoformat(s) if len(s) == 10 else \
            datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        found = parse_date_line(s)
        if found is None:
            raise _Refused(f"invalid 'published' date {value!r} (want YYYY-MM-DD)") from None
    try:
        return published_date(found, "'published'")  # within the range the date rules can count from
    except ValueError as exc:
        raise _Refused(str(exc)) from None


def _record_article(obj: Any, where: str, stem: str, published: date | None) -> Article | InputError:
    """One JSON object -> Article, or an InputError naming the line/item. A record without an id gets one
    made from its content, so it keeps it when records are added, removed or reordered around it."""
    try:
        if not isinstance(obj, dict):
            raise _Refused(f"expected a JSON object, got {type(obj).__name__}")
        text, html = obj.get("text"), obj.get("html")
        if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
            raise _Refused("missing 'text' or 'html'")
        if problem := text_problem({k: v for k, v in obj.items() if isinstance(v, str) and k != "id"}):
            raise _Refused(problem)
        rec_id = obj.get("id")
        if rec_id in (None, ""):
            rec_id = _content_id(stem, text if isinstance(text, str) and text.strip() else str(html))
        elif isinstance(rec_id, (dict, list, bool)):
            raise _Refused(f"'id' must be a string or a number, not {type(rec_id).__name__}")
        rec_id = str(rec_id)
        if problem := article_id_problem(rec_id):
            raise _Refused(problem)
        given_date = _parse_published(obj.get("published"))
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        source = obj.get("source") if isinstance(obj.get("source"), str) else None
        title = obj.get("title") if isinstance(obj.get("title"), str) and obj["title"].strip() else None
        if isinstance(text, str) and text.strip():
            body = _normalize(text)
            return Article(
                id=rec_id,
                text=body,
                title=title or guess_title(body),
                published=given_date or guess_date(body) or published,
                language=detect_language(body),
                url=url,
                source=source,
            )
        assert isinstance(html, str)
        body, html_title, html_date, _site = _extract_html(html)
        return Article(
            id=rec_id,
            text=body,
            title=title or html_title,
            published=given_date or html_date or published,
            language=detect_language(body),
            url=url,
            source=source,
        )
    except _Refused as exc:
        return InputError(where, str(exc))
    except Exception as exc:  # one bad record must not stop the file
        return InputError(where, _describe(exc))


# ---------------------------------------------------------------- stdin

_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title)\b", re.I)


def _looks_like_html(text: str) -> bool:
    return text.lstrip().startswith("<") and bool(_HTML_SNIFF.search(text[:4096]))


def _looks_like_jsonl(text: str) -> bool:
    """Most lines open with "{" and one of the first of them is a JSON object. A bad line among good ones
    (truncated, too deeply nested) is then reported on its own, not the whole input read as one text."""
    lines = [s for line in text.split("\n") if (s := line.strip())]
    braced = [s for s in lines if s.startswith("{") and s.endswith("}")]
    if not braced or len(braced) * 2 < len(lines):
        return False
    for s in braced[:20]:
        try:
            return isinstance(json.loads(s), dict)
        except (json.JSONDecodeError, RecursionError):
            continue
    return False


def _read_stdin(stream: TextIO | BinaryIO, published: date | None) -> Iterator[Article | InputError]:
    raw: bytes | str
    buffer = getattr(stream, "buffer", None)
    if isinstance(stream, io.TextIOBase) and buffer is None:
        raw = stream.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise _Refused(f"input too large (more than {_mb(MAX_BYTES)})")
        text = _normalize(raw)
        if not text.strip():
            raise _Refused("empty input")
    else:
        data = _read_limited(buffer if buffer is not None else stream)  # type: ignore[arg-type]
        if isinstance(data, str):  # a text stream without .buffer that is not a TextIOBase
            data = data.encode("utf-8")
        if _looks_like_html(data[:4096].decode("utf-8", "replace")):
            text = _decode_html(data)
        else:
            try:
                text = _decode_text(data)
            except _Refused as exc:
                raise _Refused(str(exc).replace("empty file", "empty input")) from None
    yield from _dispatch_text(text, "<stdin>", "stdin", published)


def _dispatch_text(
    text: str,
    name: str,
    stem: str,
    published: date | None,
    *,
    url: str | None = None,
    source: str | None = None,
    is_html: bool | None = None,
) -> Iterator[Article | InputError]:
    """Route decoded text to the HTML, JSONL or plain-text reader by sniffing it."""
    if is_html or (is_html is None and _looks_like_html(text)):
        yield _html_article(text, stem, published, url=url, source=source, site_as_source=url is not None)
    elif is_html is None and _looks_like_jsonl(text):
        for item in _iter_jsonl(text.split("\n"), name, stem, published):
            if isinstance(item, Article) and url and item.url is None:
                item.url = url
            yield item
    else:
        yield _text_article(text, stem, published, url=url, source=source)


# ---------------------------------------------------------------- URLs and feeds


@dataclass
class _Response:
    url: str
    content_type: str
    charset: str | None
    body: bytes


ALLOW_PRIVATE_ENV = "DRAGOMAN_ALLOW_PRIVATE_URLS"
MAX_REDIRECTS = 10


def _allow_private() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes")


def _non_public_address(host: str) -> str | None:
    """The first loopback, private, link-local or otherwise non-public address `host` resolves to, if any.
    Resolved here, so that every spelling of an address counts: "2130706433" and "0x7f.1" are 127.0.0.1."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):
        return None  # the request itself will fail and say why
    return next((address for info in infos if not _is_public(address := str(info[4][0]).split("%")[0])), None)


def _is_public(text: str) -> bool:
    address = ipaddress.ip_address(text)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def _check_public(url: httpx.URL | str, allow_private: bool) -> None:
    """Refuse a URL on this machine or its networks (unless allowed): a feed or a redirect must not make
    dragoman read a local admin page or a cloud metadata service."""
    if allow_private:
        return
    host = httpx.URL(str(url)).host
    if host and (address := _non_public_address(host)):
        raise _Refused(f"refused: {host} is a local or private address ({address}); "
                       f"set {ALLOW_PRIVATE_ENV}=1 to allow")


def _check_peer(resp: httpx.Response, allow_private: bool) -> None:
    """Refuse a response from a local or private address, read off the connection itself before the body: the
    name was checked when it resolved to a public address, but the connection resolves it again, and a hostile
    name server can answer 127.0.0.1 the second time (DNS rebinding). Through a proxy the peer is the proxy,
    which resolves the name itself: only the name's check applies then."""
    stream = resp.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if allow_private or not peer or _through_proxy(resp.request.url):
        return
    address = str(peer[0]).split("%")[0]
    if not _is_public(address):
        raise _Refused(f"refused: {resp.request.url.host} connected to a local or private address ({address}); "
                       f"set {ALLOW_PRIVATE_ENV}=1 to allow")


def _through_proxy(url: httpx.URL) -> bool:
    """The environment names a proxy for this URL (httpx follows HTTP(S)_PROXY and NO_PROXY)."""
    import urllib.request

    proxies = urllib.request.getproxies()
    return (url.scheme in proxies or "all" in proxies) and not urllib.request.proxy_bypass(url.host)


def _fetch(client: httpx.Client, url: str, allow_private: bool) -> _Response:
    """GET `url`, following redirects (each checked by `_check_public`), refusing non-2xx and bodies over
    MAX_BYTES."""
    try:
        for _ in range(MAX_REDIRECTS + 1):
            _check_public(url, allow_private)
            with client.stream("GET", url, follow_redirects=False) as resp:
                _check_peer(resp, allow_private)
                if resp.is_redirect and resp.next_request is not None:
                    url = str(resp.next_request.url)
                    continue
                return _body(resp)
        raise _Refused("too many redirects")
    except httpx.TimeoutException:
        raise _Refused(f"timed out after {TIMEOUT:g} s") from None
    except httpx.TooManyRedirects:
        raise _Refused("too many redirects") from None
    except httpx.ConnectError as exc:
        raise _Refused(f"connection failed ({_describe(exc)})") from None
    except httpx.InvalidURL as exc:
        raise _Refused(f"invalid URL ({_describe(exc)})") from None
    except httpx.HTTPError as exc:
        raise _Refused(f"request failed ({_describe(exc)})") from None


def _body(resp: httpx.Response) -> _Response:
    if not resp.is_success:
        raise _Refused(f"HTTP {resp.status_code}")
    length = resp.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BYTES:
        raise _Refused(f"response too large ({_mb(int(length))} > {_mb(MAX_BYTES)} limit)")
    buf = bytearray()
    # httpx timeouts are per read; also cap the whole download against slow-drip servers.
    deadline = time.monotonic() + 3 * TIMEOUT
    for chunk in resp.iter_bytes():
        buf += chunk
        if time.monotonic() > deadline:
            raise _Refused(f"download took longer than {3 * TIMEOUT:g} s")
        if len(buf) > MAX_BYTES:
            raise _Refused(f"response too large (more than {_mb(MAX_BYTES)})")
    return _Response(str(resp.url), resp.headers.get("content-type", "").lower(), resp.charset_encoding, bytes(buf))


def _is_feed(resp: _Response) -> bool:
    ctype = resp.content_type
    head = resp.body[:2048].lstrip().lower()
    if b"<html" in head or "html" in ctype:
        return False
    if any(k in ctype for k in ("rss", "atom", "xml")):
        return True
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:rdf"))


def _url_stem(url: str) -> str:
    parts = urlsplit(url)
    segment = [p for p in parts.path.split("/") if p]
    return Path(segment[-1]).stem if segment else (parts.hostname or "url")


def _read_url(client: httpx.Client, url: str, published: date | None, allow_private: bool) \
        -> Iterator[Article | InputError]:
    resp = _fetch(client, url, allow_private)
    if _is_feed(resp):
        yield from _read_feed(client, url, resp, published, allow_private)
    elif _is_html(resp):
        yield _page_article(resp, url, published)
    else:
        # Plain text or JSONL served over HTTP.
        yield from _dispatch_text(_decode_text(resp.body), url, _url_stem(url), published, url=url)


def _is_html(resp: _Response) -> bool:
    return "html" in resp.content_type or _looks_like_html(resp.body[:4096].decode("utf-8", "replace"))


def _page_article(resp: _Response, url: str, published: date | None, *, source: str | None = None) -> Article:
    """One article from a fetched page (HTML, or plain text)."""
    stem = _url_stem(url)
    if not _is_html(resp):
        return _text_article(_decode_text(resp.body), stem, published, url=url, source=source)
    html = _decode_html(resp.body, resp.charset)
    article = _html_article(html, stem, published, url=url, source=source, site_as_source=True)
    if article.source is None:
        article.source = urlsplit(url).hostname
    return article


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


_TAG = re.compile(r"<[^>]+>")


def _strip_html(fragment: str) -> str:
    """Feed summaries are small HTML fragments: drop tags, keep paragraph breaks."""
    fragment = re.sub(r"(?i)<\s*(?:br|/p|/div|/li|/h\d)\s*/?>", "\n", fragment)
    text = html_lib.unescape(_TAG.sub("", fragment))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _read_feed(
    client: httpx.Client, url: str, resp: _Response, published: date | None, allow_private: bool
) -> Iterator[Article | InputError]:
    import feedparser

    feed = feedparser.parse(resp.body)
    if not feed.entries:
        reason = "feed has no entries"
        if feed.get("bozo"):
            reason = f"feed could not be parsed ({_describe(feed.get('bozo_exception', ''))})"
        raise _Refused(reason)
    feed_title = (feed.feed.get("title") or "").strip() or urlsplit(url).hostname
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{url} entry {number}"
        link = entry.get("link")
        when = _entry_date(entry) or published
        summary = _strip_html(entry.get("summary", "") or "")
        title = (entry.get("title") or "").strip() or None
        fetch_error = "entry has no link"
        if link:
            try:
                article = _page_article(_fetch(client, link, allow_private), link, when, source=feed_title)
                article.published = _entry_date(entry) or article.published
                article.source = feed_title
                article.title = article.title or title
                yield article
                continue
            except _Refused as exc:
                fetch_error = str(exc)
            except Exception as exc:  # fall back to the summary
                fetch_error = _describe(exc)
        if summary:
            yield FeedSummaryArticle(
                id=_content_id(_url_stem(link) if link else f"entry-{number}", summary),
                text=summary,
                title=title,
                published=when,
                language=detect_language(summary),
                url=link,
                source=feed_title,
                fetch_error=fetch_error,
            )
        else:
            yield InputError(link or where, f"{fetch_error}; entry has no summary")
