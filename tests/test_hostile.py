"""Hostile input: nothing breaks, nothing is lost. Every good record is stored and every bad one named on one
line; nothing hangs (FIFOs, symbolic-link loops) and nothing reaches the terminal raw."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from conftest import EXAMPLE
from typer.testing import CliRunner

from dragoman import cli
from dragoman.errors import InputError
from dragoman.model import Article
from dragoman.pipeline import Pipeline
from dragoman.readers import iter_articles
from dragoman.store import Store, db_url

runner = CliRunner()
BODY = "Kazakh Foreign Minister Yerlan Zhaksybekov met Chinese Foreign Minister Wang Yi in Beijing on Monday."


def _read(*inputs: str, stdin: bytes | None = None) -> list[Article | InputError]:
    import io

    return list(iter_articles(list(inputs), stdin=io.BytesIO(stdin) if stdin is not None else None))


def _body(n: int) -> str:
    return f"{BODY} The two ministers signed agreement number {n} on trade."


# ---------------------------------------------------------------- JSONL records that used to lose others


def _hostile_jsonl(path: Path) -> Path:
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        json.dumps({"id": "a", "text": _body(1)}),
        '{"id": "surrogate", "text": "Minister \\ud800 met"}',
        json.dumps({"id": "b", "text": _body(2)}),
        '{"id": "deep", "text": "x", "extra": ' + deep + "}",
        json.dumps({"id": "a", "text": _body(3)}),  # a second "a": reported, the first kept
        json.dumps({"text": _body(4)}),  # no id
        json.dumps({"id": "c", "text": _body(5)}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _check_hostile_jsonl(items: list[Article | InputError], name: str) -> None:
    articles = [i for i in items if isinstance(i, Article)]
    errors = {str(i) for i in items if isinstance(i, InputError)}
    assert [a.id for a in articles][:2] == ["a", "b"] and articles[-1].id == "c" and len(articles) == 4
    assert articles[0].text == _body(1)  # the first "a" is the one kept
    assert errors == {
        f"{name} line 2: 'text' contains an unpaired surrogate \\ud800 at character 9 (not valid Unicode)",
        f"{name} line 4: invalid JSON (nested too deeply)",
        f"{name} line 5: duplicate id 'a' (first on line 1); kept the first",
    }


def test_bad_jsonl_records_are_named_and_the_rest_read(tmp_path: Path) -> None:
    path = _hostile_jsonl(tmp_path / "wire.jsonl")
    _check_hostile_jsonl(_read(str(path)), str(path))


def test_bad_jsonl_records_through_stdin(tmp_path: Path) -> None:
    path = _hostile_jsonl(tmp_path / "wire.jsonl")
    _check_hostile_jsonl(_read("-", stdin=path.read_bytes()), "<stdin>")


def test_a_record_without_id_keeps_its_id_when_records_are_prepended(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": _body(1)}) + "\n" + json.dumps({"text": _body(2)}) + "\n")
    before = [a.id for a in _read(str(path))]
    path.write_text(json.dumps({"text": _body(0)}) + "\n" + path.read_text())
    after = [a.id for a in _read(str(path))]
    assert after[1:] == before and len(set(after)) == 3


def test_two_records_without_id_and_the_same_text_are_one_article(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    path.write_text((json.dumps({"text": _body(1)}) + "\n") * 2)
    first, second = _read(str(path))
    assert isinstance(first, Article) and isinstance(second, InputError)
    assert "duplicate id" in str(second) and "line 2" in str(second)


def test_duplicate_ids_in_a_json_list_keep_the_first(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"id": "x", "text": _body(1)}, {"id": "x", "text": _body(2)}]))
    first, second = _read(str(path))
    assert isinstance(first, Article) and first.text == _body(1)
    assert str(second) == f"{path} item 2: duplicate id 'x' (first on item 1); kept the first"


@pytest.mark.parametrize(("record_id", "reason"), [
    ("x" * 201, "id is 201 characters long (at most 200)"),
    ("a\x00b", "id contains the control character \\x00"),
    ("\x1b[31mred", "id contains the control character \\x1b"),
    ({"nested": 1}, "'id' must be a string or a number, not dict"),
])
def test_ids_that_cannot_be_stored_are_refused_with_one_line(tmp_path: Path, record_id: object, reason: str) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": record_id, "text": _body(1)}) + "\n" + json.dumps({"id": "ok", "text": BODY}))
    bad, good = _read(str(path))
    assert str(bad) == f"{path} line 1: {reason}" and "\n" not in str(bad) and "\x1b" not in str(bad)
    assert isinstance(good, Article)


def test_ingest_stores_every_good_record_with_two_workers(tmp_path: Path) -> None:
    path = _hostile_jsonl(tmp_path / "wire.jsonl")
    db = str(tmp_path / "w.db")
    result = runner.invoke(cli.app, ["ingest", str(path), "--db", db, "--workers", "2"])
    assert result.exit_code == 1, result.stderr
    assert "4 added" in result.stderr and "3 failed" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 4
    store = Store(db_url(db))
    assert store.counts()["articles"] == 4
    store.close()


def test_reingesting_an_unchanged_file_without_ids_changes_nothing(tmp_path: Path, pipeline: Pipeline,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda config: pipeline)
    path = tmp_path / "noid.jsonl"
    path.write_text("".join(json.dumps({"text": _body(n)}) + "\n" for n in (1, 2)))
    db = str(tmp_path / "n.db")
    assert "2 added" in runner.invoke(cli.app, ["ingest", str(path), "--db", db]).stderr
    path.write_text(json.dumps({"text": _body(0)}) + "\n" + path.read_text())
    assert "1 added, 0 replaced, 2 unchanged" in runner.invoke(cli.app, ["ingest", str(path), "--db", db]).stderr
    assert "0 added, 0 replaced, 3 unchanged" in runner.invoke(cli.app, ["ingest", str(path), "--db", db]).stderr


# ---------------------------------------------------------------- paths that used to hang or vanish


def _finishes(target, *args, timeout: float = 20.0):  # noqa: ANN001, ANN202
    """Run `target(*args)` in a thread: a hang fails the test instead of blocking the suite."""
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", target(*args)), daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), f"still running after {timeout} s"
    return box["value"]


def test_a_fifo_given_as_a_path_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (item,) = _finishes(_read, str(fifo))
    assert str(item) == f"{fifo}: a FIFO, not a regular file"


def test_a_directory_reports_fifos_dangling_links_and_loops(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "good.txt").write_text(BODY)
    (root / "sub" / "more.txt").write_text(_body(2))
    os.mkfifo(root / "pipe.txt")
    (root / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (root / "sub" / "loop1").symlink_to(root)
    (root / "sub" / "loop2").symlink_to(root)
    items = _finishes(_read, str(root))
    assert sorted(a.text for a in items if isinstance(a, Article)) == sorted([BODY, _body(2)])
    assert sorted(str(e) for e in items if isinstance(e, InputError)) == [
        f"{root}/gone.txt: dangling symbolic link; skipped",
        f"{root}/pipe.txt: a FIFO, not a regular file; skipped",
        f"{root}/sub/loop1: directory already read (symbolic link to {root}); skipped",
        f"{root}/sub/loop2: directory already read (symbolic link to {root}); skipped",
    ]


def test_an_unreadable_subdirectory_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "good.txt").write_text(BODY)
    real_scandir = os.scandir

    def scandir(path):  # noqa: ANN001, ANN202 - root reads everything, so the refusal is simulated
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    good, locked = _read(str(root))
    assert isinstance(good, Article)
    assert str(locked) == f"{root}/locked: cannot read directory (permission denied); skipped"


def test_a_dangling_link_given_as_a_path(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    (item,) = _read(str(link))
    assert str(item) == f"{link}: dangling symbolic link"


def test_extract_on_a_directory_with_a_fifo_exits_1(tmp_path: Path, pipeline: Pipeline,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda config: pipeline)
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text())
    os.mkfifo(tmp_path / "b.txt")
    result = _finishes(runner.invoke, cli.app, ["extract", str(tmp_path)])
    assert result.exit_code == 1 and "a FIFO, not a regular file; skipped" in result.stderr
    assert json.loads(result.stdout)["articles"]
