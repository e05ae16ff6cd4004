"""Readers: every input becomes an Article or a one-line InputError, in order, streaming."""

from __future__ import annotations

import io
import itertools
import json
import re
import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from dragoman.errors import InputError
from dragoman.model import Article
from dragoman.readers import ALLOW_PRIVATE_ENV, MAX_BYTES, USER_AGENT, FeedSummaryArticle, iter_articles

BODY_1 = (
    "The foreign minister of Ruritania arrived in the capital of Freedonia on Tuesday for an "
    "official visit, the ministry said in a statement."
)
BODY_2 = "He is expected to meet his counterpart and discuss cooperation in trade, energy and culture."

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Minister visits Freedonia | Example News</title>
<meta property="og:title" content="Minister visits Freedonia">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-07-24T08:00:00Z">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="language-picker"><a href="/ko">한어</a><a href="/ru">Русский язык</a><a href="/en">English</a>
<a href="/fr">Français</a><a href="/el">Ελληνικά</a></div></header>
<article><h1>Minister visits Freedonia</h1>
<p>{BODY_1}</p>
<p>{BODY_2}</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/x">Celebrity chef opens a seaside restaurant</a></li></ul>
</aside>
<footer>Copyright 2024 Example News</footer></body></html>
"""


def _only(items: list[Article | InputError], kind: type) -> list:
    return [i for i in items if isinstance(i, kind)]


def _read(*inputs: str, **kw) -> list[Article | InputError]:
    return list(iter_articles(list(inputs), **kw))


# ---------------------------------------------------------------- plain text


def test_txt_title_date_and_offsets(tmp_path: Path) -> None:
    text = f"news\n\nMinister visits Freedonia\n\nJuly 24, 2024\n\n{BODY_1}\n\n{BODY_2}\n"
    path = tmp_path / "visit.txt"
    path.write_text(text, encoding="utf-8")
    [art] = _read(str(path))
    assert isinstance(art, Article)
    assert art.title == "Minister visits Freedonia"
    assert art.published == date(2024, 7, 24)
    assert art.text == text  # the whole text, title and date lines included
    assert art.path == str(path.resolve())
    assert art.id.startswith("visit-") and len(art.id) == len("visit-") + 8
    assert art.source is None and art.language == "en"
    assert art.text.index(BODY_1) > 0


def test_txt_id_is_content_based(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "same.txt").write_text(BODY_1)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "same.txt").write_text(BODY_1)
    first, second = _read(str(tmp_path / "a" / "same.txt"), str(tmp_path / "b" / "same.txt"))
    assert first.id == second.id and first.path != second.path
    (tmp_path / "b" / "same.txt").write_text(BODY_1 + " Edited.")
    [edited] = _read(str(tmp_path / "b" / "same.txt"))
    assert edited.id != first.id


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2024-07-24", date(2024, 7, 24)),
        ("24 July 2024", date(2024, 7, 24)),
        ("2024/07/24", date(2024, 7, 24)),
        ("Wednesday, July 24, 2024", date(2024, 7, 24)),
    ],
)
def test_txt_date_line_formats(tmp_path: Path, line: str, expected: date) -> None:
    path = tmp_path / "d.md"
    path.write_text(f"A headline about a visit\n{line}\n\n{BODY_1}\n")
    [art] = _read(str(path))
    assert art.published == expected


def test_txt_no_title_no_date_uses_argument(tmp_path: Path) -> None:
    path = tmp_path / "plain.text"
    path.write_text(f"{BODY_1}\n\n{BODY_2}\n")
    [art] = _read(str(path), published=date(2023, 1, 2))
    assert art.title is None
    assert art.published == date(2023, 1, 2)


def test_txt_encodings_and_newlines(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfTitle of the piece\r\n\r\n" + BODY_1.encode())
    u16 = tmp_path / "u16.txt"
    u16.write_bytes("Titre de l’article\r\n\r\nÉté à Paris.".encode("utf-16"))
    a, b = _read(str(bom), str(u16))
    assert a.text.startswith("Title of the piece\n\nThe foreign") and "\r" not in a.text
    assert a.title == "Title of the piece"
    assert b.text == "Titre de l’article\n\nÉté à Paris."


# ---------------------------------------------------------------- bad files, each named with its reason


def test_bad_files_give_errors_and_others_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY_1)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n\t ")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    zipped = tmp_path / "archive.txt"
    zipped.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x01\x02" * 50)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 news".encode("latin-1"))
    missing = tmp_path / "nope.txt"

    out = _read(str(empty), str(png), str(good), str(zipped), str(latin), str(missing), str(good))
    assert [type(o).__name__ for o in out] == [
        "InputError", "InputError", "Article", "InputError", "InputError", "InputError", "Article",
    ]  # fmt: skip
    messages = [str(o) for o in out if isinstance(o, InputError)]
    assert messages[0] == f"{empty}: empty file"
    assert messages[1] == f"{png}: binary file, not text"
    assert messages[2] == f"{zipped}: binary file, not text"
    assert messages[3] == f"{latin}: not valid UTF-8 text (byte 0xe9 at offset 3)"
    assert messages[4] == f"{missing}: no such file or directory"
    assert all("\n" not in m for m in messages)


def test_huge_file_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written
    good = tmp_path / "ok.txt"
    good.write_text(BODY_1)
    opened: list[Path] = []
    real_open = Path.open

    def recording_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", recording_open)
    err, art = _read(str(big), str(good))
    assert big not in opened  # refused by its size, never read
    assert isinstance(err, InputError) and isinstance(art, Article)
    assert str(big) in str(err) and "too large" in err.reason and "50 MB" in err.reason


def test_huge_html_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    [err] = _read(str(big))
    assert isinstance(err, InputError) and "too large" in err.reason


# ---------------------------------------------------------------- HTML


def test_html_drops_menus_language_picker_and_aside(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    [art] = _read(str(path))
    assert isinstance(art, Article)
    assert BODY_1 in art.text and BODY_2 in art.text
    for junk in ("Home", "Sport", "Русский", "Français", "Related stories", "Celebrity chef", "Copyright"):
        assert junk not in art.text
    assert art.title == "Minister visits Freedonia"
    assert art.published == date(2024, 7, 24)
    assert art.path == str(path.resolve())


def test_html_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.htm"
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="iso-8859-1"')
    html = html.replace("Ruritania", "Curaçao").replace("한어", "").replace("Русский язык", "")
    html = html.replace("Ελληνικά", "")
    path.write_bytes(html.encode("iso-8859-1"))
    [art] = _read(str(path))
    assert "Curaçao" in art.text


def test_malformed_html(tmp_path: Path) -> None:
    bad = tmp_path / "broken.html"
    bad.write_text("<html><body><div><<<>>><p></div")
    good = tmp_path / "good.html"
    good.write_text(ARTICLE_HTML)
    err, art = _read(str(bad), str(good))
    assert str(err) == f"{bad}: no article text found in HTML"
    assert isinstance(art, Article)


def test_html_undecodable(tmp_path: Path) -> None:
    bad = tmp_path / "bytes.html"
    bad.write_bytes(b"<html><body><p>caf\xe9 \xff</p></body></html>")
    [err] = _read(str(bad))
    assert isinstance(err, InputError) and "not valid UTF-8" in err.reason and str(bad) in str(err)


# ---------------------------------------------------------------- JSONL / JSON


def test_jsonl_with_malformed_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "one", "text": BODY_1, "title": "First", "published": "2024-07-24",
                    "url": "https://example.invalid/1", "source": "Wire"}),
        "",
        '{"id": "broken", "text": ',
        json.dumps({"text": BODY_2, "published": "2024-07-25T10:00:00Z"}),
        json.dumps({"id": "nothing", "title": "No text"}),
        json.dumps({"id": "page", "html": ARTICLE_HTML}),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    out = _read(str(path))
    assert [type(o).__name__ for o in out] == ["Article", "InputError", "Article", "InputError", "Article"]
    one, bad, derived, missing, page = out
    assert (one.id, one.title, one.published, one.url, one.source) == (
        "one", "First", date(2024, 7, 24), "https://example.invalid/1", "Wire",
    )  # fmt: skip
    assert str(bad).startswith(f"{path} line 3: invalid JSON (")
    # No id: one made from the record's content, not its line number.
    assert re.fullmatch(r"batch-[0-9a-f]{8}", derived.id) and derived.published == date(2024, 7, 25)
    assert str(missing) == f"{path} line 5: missing 'text' or 'html'"
    assert page.id == "page" and BODY_1 in page.text and "Celebrity" not in page.text


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "a", "text": BODY_1}, {"id": "b"}, "oops"]))
    out = _read(str(path))
    assert out[0].id == "a"
    assert str(out[1]) == f"{path} item 2: missing 'text' or 'html'"
    assert isinstance(out[2], InputError) and "expected a JSON object" in out[2].reason


def test_jsonl_streams(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": BODY_1}) + "\n" for i in range(1000)))
    gen = iter_articles([str(path)])
    assert next(gen).id == "n0" and next(gen).id == "n1"
    gen.close()


def test_inputs_are_consumed_lazily(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text(BODY_1)
    gen = iter_articles(itertools.repeat(str(path)))  # an endless input list must not be materialised
    assert [a.id for a in itertools.islice(gen, 3)] == [next(iter_articles([str(path)])).id] * 3


# ---------------------------------------------------------------- directories


def test_directory_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b_sub" / "deeper").mkdir(parents=True)
    (root / ".hidden_dir").mkdir()
    (root / "a.txt").write_text("Alpha headline here\n\n" + BODY_1)
    (root / "b_sub" / "c.html").write_text(ARTICLE_HTML)
    (root / "b_sub" / "deeper" / "d.jsonl").write_text(json.dumps({"id": "d1", "text": BODY_2}) + "\n")
    (root / "b_sub" / "empty.md").write_text("")
    (root / "z.txt").write_text(BODY_2)
    (root / ".secret.txt").write_text(BODY_1)
    (root / ".hidden_dir" / "e.txt").write_text(BODY_1)
    (root / "notes.csv").write_text("a,b\n1,2\n")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    out = _read(str(root))
    names = [Path(o.path).name if isinstance(o, Article) and o.path else str(o) for o in out]
    assert names[0] == "a.txt"
    assert names[1] == "c.html"
    assert out[2].id == "d1"
    assert isinstance(out[3], InputError) and str(out[3]) == f"{root / 'b_sub' / 'empty.md'}: empty file"
    assert names[4] == "z.txt"
    assert len(out) == 5


# ---------------------------------------------------------------- stdin


def test_stdin_text_html_jsonl() -> None:
    [txt] = _read("-", stdin=io.StringIO(f"Breaking headline here\n2024-07-24\n\n{BODY_1}\n"))
    assert txt.title == "Breaking headline here" and txt.published == date(2024, 7, 24)
    assert txt.id.startswith("stdin-") and txt.path is None

    [page] = _read("-", stdin=io.BytesIO(ARTICLE_HTML.encode()))
    assert BODY_1 in page.text and "Русский" not in page.text

    jsonl = "\n".join(json.dumps({"id": f"s{i}", "text": BODY_1}) for i in range(3)) + "\n\n"
    out = _read("-", stdin=io.StringIO(jsonl))
    assert [a.id for a in out] == ["s0", "s1", "s2"]

    [err] = _read("-", stdin=io.StringIO("   \n"))
    assert str(err) == "-: empty input"


# ---------------------------------------------------------------- HTTP: pages, feeds, errors


def _feed(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link><description>d</description>
<item><title>Minister visits Freedonia</title><link>{base}/article.html</link>
<pubDate>Thu, 25 Jul 2024 09:00:00 GMT</pubDate><description>Short summary.</description></item>
<item><title>Gone story</title><link>{base}/gone.html</link>
<pubDate>Fri, 26 Jul 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Talks between the two ministers ended on Friday.&lt;/p&gt;</description></item>
</channel></rss>"""


@pytest.fixture()
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[dict[str, str]]]]:
    monkeypatch.setenv(ALLOW_PRIVATE_ENV, "1")  # the test server is on loopback, refused by default
    seen: list[dict[str, str]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server API
            seen.append({"path": self.path, "ua": self.headers.get("User-Agent", "")})
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            routes = {
                "/article.html": ("text/html; charset=utf-8", ARTICLE_HTML),
                "/feed.xml": ("application/rss+xml", _feed(base)),
                "/plain.txt": ("text/plain; charset=utf-8", f"Plain headline\n\n{BODY_1}"),
            }
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/article.html")
                self.end_headers()
                return
            if self.path not in routes:
                self.send_error(404)
                return
            ctype, body = routes[self.path]
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_article_page(server: tuple[str, list[dict[str, str]]]) -> None:
    base, seen = server
    [art] = _read(f"{base}/article.html")
    assert isinstance(art, Article)
    assert BODY_1 in art.text and "Celebrity" not in art.text
    assert art.url == f"{base}/article.html" and art.title == "Minister visits Freedonia"
    assert art.published == date(2024, 7, 24) and art.path is None
    assert seen[0]["ua"] == USER_AGENT


def test_url_redirect_and_plain_text(server: tuple[str, list[dict[str, str]]]) -> None:
    base, _ = server
    moved, plain = _read(f"{base}/moved", f"{base}/plain.txt")
    assert BODY_1 in moved.text
    assert plain.title == "Plain headline" and plain.url == f"{base}/plain.txt"


def test_feed_fetches_entries_and_falls_back_to_summary(server: tuple[str, list[dict[str, str]]]) -> None:
    base, seen = server
    out = _read(f"{base}/feed.xml")
    assert len(out) == 2
    page, summary = out
    assert type(page) is Article
    assert page.url == f"{base}/article.html" and page.source == "Example Wire"
    assert page.published == date(2024, 7, 25)  # the entry's date wins over the page's
    assert BODY_1 in page.text
    assert isinstance(summary, FeedSummaryArticle)
    assert summary.text == "Talks between the two ministers ended on Friday."
    assert summary.fetch_error == "HTTP 404" and summary.url == f"{base}/gone.html"
    assert summary.published == date(2024, 7, 26) and summary.source == "Example Wire"
    assert [s["path"] for s in seen] == ["/feed.xml", "/article.html", "/gone.html"]


def test_http_404_and_connection_error(server: tuple[str, list[dict[str, str]]]) -> None:
    base, _ = server
    with socket.socket() as sock:  # a port with nobody listening
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/x"
    missing, refused, ok = _read(f"{base}/missing", dead, f"{base}/article.html")
    assert str(missing) == f"{base}/missing: HTTP 404"
    assert isinstance(refused, InputError) and refused.source == dead
    assert refused.reason.startswith("connection failed")
    assert isinstance(ok, Article)


def test_jsonl_binary_or_empty_refused_once(tmp_path: Path) -> None:
    binary = tmp_path / "blob.jsonl"
    binary.write_bytes(b"PK\x03\x04" + b"\x00\x01\n" * 100)
    empty = tmp_path / "none.jsonl"
    empty.write_text("\n\n")
    out = _read(str(binary), str(empty))
    assert [str(o) for o in out] == [f"{binary}: binary file, not text", f"{empty}: empty file"]


def test_path_objects_accepted(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text(BODY_1)
    [art] = list(iter_articles([path]))  # type: ignore[list-item]
    assert isinstance(art, Article) and art.path == str(path.resolve())
