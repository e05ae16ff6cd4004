"""A generated corpus of hostile inputs (>= 300 cases): every one is read without a traceback or a hang, every
bad one is named on one line, and every good record beside them is stored.

The corpus is made here, from a fixed seed, so a failure reproduces; `hypothesis` adds random lines on top.
"""

from __future__ import annotations

import io
import json
import os
import random
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from dragoman import cli
from dragoman.errors import InputError
from dragoman.model import Article
from dragoman.pipeline import Pipeline
from dragoman.readers import _iter_jsonl, iter_articles
from dragoman.store import Store, articles, db_url

GOOD = ("Kazakh Foreign Minister Yerlan Zhaksybekov met Chinese Foreign Minister Wang Yi in Beijing on Monday "
        "to discuss trade, the ministry said in statement number {n}.")
WEIRD_TEXTS = [
    "", " ", "\n\n\n", "\t", "\u200b\u200b", "🙂" * 50, "....!!!???", "\u202eevil right-to-left\u202c", "a\u0301" * 40,
    "ﷺ" * 10, "\ufeff" * 5 + "The minister met.", "x" * 5000, "The " * 2000, "A. " * 1500, "On July 23, 2024. " * 200,
    "Mr. " * 300 + "Putin met Xi.", "\u00a0" * 30 + "Minister Lavrov met Wang Yi.", "<script>alert(1)</script>",
    "The minister met " + "and ".join(["Kim"] * 400) + ".", "Министр встретился с послом.", "北京" * 100,
    "$(rm -rf /); DROP TABLE articles; --", "%s%s%s%n", "{{7*7}}", "\\u0000", "line\rbreak\r\nmixed\n",
    "Putin" * 300, "\x1b[31mred\x1b[0m The minister met the envoy.", "\x7f\x80\x9f", "\ud7ff\ue000\uffff",
]
WEIRD_PUBLISHED = [None, "", "2024-02-30", "9999-99-99", 20240101, 1.5, True, [], {}, "tomorrow", "0000-00-00",
                   "2024-07-24T25:61:00Z", "1e308", "July 24, 2024", "24/07/2024", "\x00", "9999-12-31", "0001-01-01"]
WEIRD_IDS = [None, "", 0, -1, 1e308, True, [], {}, "x" * 201, "x" * 200, "a\x00b", "a\nb", "../../etc/passwd",
             "a/b/c", "' OR 1=1 --", "\u202e", "🙂", " ", "id with spaces", "\x1b[2J"]


def _good(n: int) -> dict:
    return {"id": f"good-{n}", "text": GOOD.format(n=n), "published": "2024-07-24"}


def _hostile_lines(rng: random.Random) -> list[str]:
    """JSONL lines, each hostile in one way."""
    lines: list[str] = []
    for text in WEIRD_TEXTS:
        lines.append(json.dumps({"text": text}))
    for published in WEIRD_PUBLISHED:
        lines.append(json.dumps({"text": GOOD.format(n="p"), "published": published}))
    for rec_id in WEIRD_IDS:
        lines.append(json.dumps({"id": rec_id, "text": GOOD.format(n=f"i{rng.random()}")}))
    for depth in (10, 500, 990, 1000, 5000, 100_000):
        lines.append('{"text": "x", "n": ' + "[" * depth + "]" * depth + "}")
        lines.append("[" * depth + "]" * depth)
    for field in ("text", "title", "url", "source", "html", "published"):
        lines.append('{"id": "s-' + field + '", "text": "The minister met.", "' + field + '": "a\\ud800b"}')
        lines.append('{"id": "n-' + field + '", "text": "The minister met.", "' + field + '": "a\\u0000b"}')
    for value in ("null", "1", "-0", "1e999", '"a string"', "[]", "[1, 2]", "true", "{}", '{"id": "x"}'):
        lines.append(value)
    for bad in ('{"text": ', '{"text": "unterminated}', "{'text': 'single quotes'}", '{"text": NaN}',
                '{"text": "a", "text": "duplicate key"}', "{,}", "}{", '{"text": "x"} trailing', "\x00\x00",
                '{"text": "\\x41"}', '{"text": "\\u12"}', '{"text": "tab\tinside"}', "﻿{\"text\": \"BOM here\"}"):
        lines.append(bad)
    for typed in (1, 1.5, True, ["list"], {"a": 1}):
        lines.append(json.dumps({"id": f"t-{typed!s}", "text": typed}))
        lines.append(json.dumps({"id": f"h-{typed!s}", "html": typed}))
        lines.append(json.dumps({"id": f"ti-{typed!s}", "text": "The minister met.", "title": typed,
                                 "url": typed, "source": typed}))
    for html in ("<html></html>", "<p>", "<" * 1000, "<html><body><script>x</script></body></html>",
                 "<html><body><p>The minister met the envoy in Minsk on Tuesday, the agency said.</p></body></html>",
                 "<!DOCTYPE html><html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>",
                 "<html><head><meta charset='klingon'></head><body><p>Text here.</p></body></html>"):
        lines.append(json.dumps({"html": html}))
    for _ in range(80):  # random strings of JSON's characters
        lines.append("".join(rng.choice('{}[]":,\\ntrue0123456789abc ') for _ in range(rng.randint(1, 60))))
    lines.append(json.dumps({"id": "good-0", "text": "a second good-0: a duplicate id, reported"}))
    return lines


def _hostile_files(root: Path, rng: random.Random) -> int:
    """Files and odd directory entries, each hostile in one way; returns how many."""
    payloads: dict[str, bytes] = {
        "empty.txt": b"", "blank.txt": b" \n\t\n", "nul.txt": b"The minister\x00met.", "png.txt": b"\x89PNG\r\n\x1a\n",
        "zip.html": b"PK\x03\x04" + bytes(200), "latin1.txt": "Caf\xe9 talks.".encode("latin-1"),
        "utf16.txt": "The minister met the envoy.".encode("utf-16"), "utf16-nobom.txt": "Hi".encode("utf-16-le"),
        "utf32.txt": "The minister met.".encode("utf-32"), "bad-utf8.md": b"The \xff\xfe minister",
        "cp1252.html": b"<html><body><p>caf\x93 talks</p></body></html>", "bom-only.txt": b"\xef\xbb\xbf",
        "crlf.txt": b"Title\r\n\r\nThe minister met the envoy.\r\n", "cr.txt": b"Title\r\rThe minister met.\r",
        "empty.html": b"<html></html>", "script.html": b"<html><script>alert(1)</script></html>",
        "bad.json": b"{", "deep.json": b"[" * 100_000 + b"]" * 100_000, "scalar.json": b"42",
        "list.json": json.dumps([_good(900), {"id": "good-900", "text": "dup"}, 7, None]).encode(),
        "empty.jsonl": b"\n\n", "binary.jsonl": b"\x7fELF" + bytes(300), "control.txt": bytes(range(1, 32)) * 20,
        "ctl\x1b[31mname.txt": b"The minister met the envoy on Tuesday.", "new\nline.txt": b"The envoy left.",
        "ünïcödé 名前.txt": b"The minister met the envoy in Seoul.",
        "esc.jsonl": b'{"id": "\\u001b[2J", "text": "a"}\n',
        "mixed.jsonl": (json.dumps(_good(901)) + "\n\xff\n" + json.dumps(_good(902)) + "\n").encode("latin-1"),
    }
    for k in range(30):  # random binary and random text
        payloads[f"rand-{k}.txt"] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 400)))
        payloads[f"rand-{k}.html"] = "".join(rng.choice("<>/ab p=\"'&;\n") for _ in range(rng.randint(1, 400))).encode()
    for name, data in payloads.items():
        (root / name).write_bytes(data)
    os.mkfifo(root / "fifo.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere.txt")
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root)
    (root / "sub" / "loop2").symlink_to(root / "sub")
    (root / "sub" / "good-903.txt").write_text(GOOD.format(n=903))
    return len(payloads) + 5


def _build(root: Path) -> tuple[Path, list[str], int]:
    rng = random.Random(15)
    hostile = _hostile_lines(rng)
    lines, good_ids = [], []
    for k, line in enumerate(hostile):
        lines.append(json.dumps(_good(k)))
        good_ids.append(f"good-{k}")
        lines.append(line)
    root.mkdir()
    jsonl = root / "wire.jsonl"
    jsonl.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + b"\n")
    files = _hostile_files(root, rng)
    return jsonl, good_ids + ["good-900", "good-901", "good-902"], len(hostile) + files


def _in_time(target, *args, timeout: float = 60.0):
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = target(*args)
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"hung: still running after {timeout} s"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str], int]:
    root = tmp_path_factory.mktemp("hostile") / "in"
    jsonl, good_ids, cases = _build(root)
    return root, jsonl, good_ids, cases


def test_the_corpus_is_large(corpus: tuple[Path, Path, list[str], int]) -> None:
    assert corpus[3] >= 300


def test_every_input_is_read_or_named(corpus: tuple[Path, Path, list[str], int]) -> None:
    root, jsonl, good_ids, _ = corpus
    items = _in_time(lambda: list(iter_articles([str(root)])))
    ids = [i.id for i in items if isinstance(i, Article)]
    assert set(good_ids) <= set(ids)
    assert len(ids) == len(set(ids))  # a duplicate id is reported, never read twice
    for error in (i for i in items if isinstance(i, InputError)):
        line = str(error)
        assert "\n" not in line and "\x1b" not in line and "Traceback" not in line and len(line) < 600
    counted = sum(1 for line in jsonl.read_bytes().split(b"\n") if line.strip())
    assert len(_in_time(lambda: list(iter_articles([str(jsonl)])))) == counted  # one item per line, none lost


def test_the_same_through_stdin(corpus: tuple[Path, Path, list[str], int]) -> None:
    _, jsonl, good_ids, _ = corpus
    items = _in_time(lambda: list(iter_articles(["-"], stdin=io.BytesIO(jsonl.read_bytes()))))
    ids = {i.id for i in items if isinstance(i, Article)}
    assert {g for g in good_ids if int(g[5:]) < 900} <= ids


def test_ingest_stores_every_good_record(corpus: tuple[Path, Path, list[str], int], tmp_path: Path,
                                         pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    root, _, good_ids, _ = corpus
    monkeypatch.setattr(cli, "_pipeline", lambda config: pipeline)
    db = str(tmp_path / "hostile.db")
    result = _in_time(CliRunner().invoke, cli.app, ["ingest", str(root), "--db", db])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stderr
    assert all(line.startswith(("error: ", "note: ", "ingest: ")) for line in result.stderr.splitlines()[:-1])
    assert "\x1b" not in result.stderr
    store = Store(db_url(db))
    with store.engine.connect() as conn:
        stored = {row.id: row.path for row in conn.execute(select(articles.c.id, articles.c.path))}
    store.close()
    assert set(good_ids) <= set(stored)
    assert any((path or "").endswith("good-903.txt") for path in stored.values())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(
    st.text(max_size=80),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
                     ["id", "text", "html", "title", "published", "url", "source", "x"]), inner, max_size=5),
                 max_leaves=12).map(lambda v: json.dumps(v))), max_size=6))
def test_any_jsonl_line_gives_one_item_and_never_raises(lines: list[str]) -> None:
    good = json.dumps({"id": "anchor", "text": GOOD.format(n=0)})
    items = list(_iter_jsonl([*lines, good], "random.jsonl", "random", None))
    counted = sum(1 for line in lines if line.strip()) + 1
    assert len(items) == counted
    assert isinstance(items[-1], Article) and items[-1].id == "anchor" or "duplicate id 'anchor'" in str(items[-1])
