"""Hostile input: nothing breaks, nothing is lost. Every good record is stored and every bad one named on one
line; nothing hangs (FIFOs, symbolic-link loops) and nothing reaches the terminal raw."""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path

import pytest
from conftest import EXAMPLE
from helpers import alive_after, count_calls, count_lines, counted_per_article, process_alive
from typer.testing import CliRunner

from dragoman import cli, readers
from dragoman.checks import hide_password, mask_url, partial_date
from dragoman.errors import InputError, InvalidValue
from dragoman.language import detect_language, is_supported, mostly_latin
from dragoman.model import Actor, Article, Extraction, Mention
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


def _finishes(target, *args, timeout: float = 20.0):
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

    def scandir(path):  # root reads everything, so the refusal is simulated
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


# ---------------------------------------------------------------- URLs to this machine and its networks


@pytest.mark.parametrize(("url", "address"), [
    ("http://2130706433/", "127.0.0.1"),
    ("http://127.0.0.1:9/x", "127.0.0.1"),
    ("http://[::1]/", "::1"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://10.1.2.3/", "10.1.2.3"),
    ("http://192.168.0.1/", "192.168.0.1"),
    ("http://0.0.0.0/", "0.0.0.0"),
])
def test_urls_to_local_and_private_addresses_are_refused(url: str, address: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(readers.ALLOW_PRIVATE_ENV, raising=False)
    (item,) = _read(url)
    assert isinstance(item, InputError) and item.source == url
    assert item.reason.startswith("refused: ") and f"({address})" in item.reason
    assert readers.ALLOW_PRIVATE_ENV in item.reason


def test_a_redirect_to_a_local_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    monkeypatch.delenv(readers.ALLOW_PRIVATE_ENV, raising=False)
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server API
            hits.append(self.path)
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{self.server.server_address[1]}/secret")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    real, real_peer = readers._non_public_address, readers._check_peer
    # "localhost" stands in for a public site here; the address it redirects to is checked as usual.
    monkeypatch.setattr(readers, "_non_public_address", lambda host: None if host == "localhost" else real(host))
    monkeypatch.setattr(readers, "_check_peer", lambda resp, allow: None if resp.request.url.host == "localhost"
                        else real_peer(resp, allow))
    try:
        (item,) = _read(f"http://localhost:{httpd.server_address[1]}/start")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert hits == ["/start"]  # the redirect's target was never asked
    assert isinstance(item, InputError) and "refused: 127.0.0.1 is a local or private address" in item.reason


@pytest.mark.parametrize("allow", [False, True])
def test_a_name_that_resolves_to_a_local_address_on_connection_is_refused(monkeypatch: pytest.MonkeyPatch,
                                                                          allow: bool) -> None:
    """DNS rebinding: the name is public when checked and 127.0.0.1 when the connection resolves it again."""
    import socket
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # http.server API
            page = f"<html><head><title>Secret</title></head><body><p>{BODY}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv(readers.ALLOW_PRIVATE_ENV, raising=False)
    real = socket.getaddrinfo
    # Public to the first question, loopback to every later one; allowed, the first question is the connection's.
    answers = iter([] if allow else ["93.184.216.34"])

    def rebinding(host: object, port: object, *args: object, **kwargs: object) -> list:
        if host != "rebind.example":
            return real(host, port, *args, **kwargs)
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://rebind.example:{httpd.server_address[1]}/page"
    try:
        (item,) = list(iter_articles([url], allow_private=allow))
    finally:
        httpd.shutdown()
        httpd.server_close()
    if allow:
        assert isinstance(item, Article) and "Zhaksybekov" in item.text
    else:
        assert isinstance(item, InputError) and item.source == url
        assert item.reason.startswith("refused: rebind.example connected to a local or private address (127.0.0.1)")


def test_local_addresses_can_be_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    monkeypatch.setenv(readers.ALLOW_PRIVATE_ENV, "1")
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    (item,) = _read(url)
    assert isinstance(item, InputError) and item.reason.startswith("connection failed")


# ---------------------------------------------------------------- passwords, control characters, workers


@pytest.mark.parametrize(("url", "shown"), [
    ("postgresql+psycopg://bob:s3cr@t@db.example:5432/news", "postgresql+psycopg://bob:***@db.example:5432/news"),
    ("postgresql://bob@db/news", "postgresql://bob@db/news"),
    ("postgresql://db/news?user=bob&password=s3cret", "postgresql://db/news?user=bob&password=***"),
    ("sqlite:///news.db", "sqlite:///news.db"),
])
def test_mask_url(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_the_database_password_is_never_printed(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://bob:hunter2secret@127.0.0.1:{port}/news"
    result = runner.invoke(cli.app, ["ingest", str(EXAMPLE), "--db", url])
    assert result.exit_code == 1 and "cannot open database" in result.stderr
    assert "hunter2secret" not in result.stderr and "bob:***@127.0.0.1" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hide_password(f"failed for {url}: hunter2secret", url) == (
        f"failed for postgresql+psycopg://bob:***@127.0.0.1:{port}/news: ***")


def test_control_characters_in_error_lines_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps({"id": "\x1b]0;pwned\x07\x1b[2J", "text": BODY}) + "\n" +
                    json.dumps({"id": "fine", "text": "\x1b[31m", "published": "\x1b[2Jnope"}) + "\n")
    result = runner.invoke(cli.app, ["ingest", str(path), "--db", str(tmp_path / "c.db")])
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "invalid 'published' date '\\x1b[2Jnope'" in result.stderr
    assert str(InputError("a\nb\x00", "c\rd")) == "a\\nb\\x00: c\\rd"


def test_worker_processes_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    script = ("import os, sys, time\n"
              "from dragoman.parallel import Workers\n"
              "w = Workers(2)\n"
              "pids = {w._pool.submit(os.getpid).result() for _ in range(8)}\n"
              "print(' '.join(map(str, pids)), flush=True)\n"
              "time.sleep(120)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH", "")})
    try:
        pids = [int(p) for p in parent.stdout.readline().split()]
        assert pids and all(process_alive(p) for p in pids)
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    assert not alive_after(pids, 15), "workers outlived their parent"


# ---------------------------------------------------------------- ids, dates and filters


@pytest.mark.parametrize("bad_id", ["x" * 201, "nul\x00inside", "line\nbreak"])
def test_the_store_refuses_an_unstorable_id_before_writing(tmp_path: Path, bad_id: str) -> None:
    store = Store(db_url(str(tmp_path / "ids.db")))
    with pytest.raises(InvalidValue) as caught:
        store.ingest(Extraction(articles=[Article(id=bad_id, text=BODY)]))
    assert "\n" not in str(caught.value) and "\x00" not in str(caught.value)
    assert store.counts()["articles"] == 0
    store.close()


@pytest.mark.parametrize(("kwargs", "error", "message"), [
    ({"published": "9999-12-31"}, ValueError, "published 9999-12-31 is out of range"),
    ({"published": 20240101}, TypeError, "published must be a date or a 'YYYY-MM-DD' string, not int"),
    ({"published": "yesterday"}, ValueError, "published must be a date in YYYY-MM-DD form"),
    ({"article_id": "a\x00b"}, ValueError, "id contains the control character \\x00"),
    ({"title": 5}, TypeError, "title must be a str or None, not int"),
])
def test_python_api_arguments_are_checked(kwargs: dict, error: type, message: str) -> None:
    import dragoman

    with pytest.raises(error, match=re.escape(message)):
        dragoman.extract("The minister left tomorrow.", **kwargs)


def test_python_api_text_must_be_text() -> None:
    import dragoman

    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        dragoman.extract(b"The minister left.")
    with pytest.raises(ValueError, match="unpaired surrogate"):
        dragoman.extract("The minister \ud800 left.")


def test_the_latest_publication_date_still_dates_tomorrow(pipeline: Pipeline) -> None:
    from dragoman.checks import LATEST_PUBLISHED, api_article

    article = api_article("The minister will arrive in Minsk tomorrow for talks next year.", LATEST_PUBLISHED)
    pipeline.extract_article(article)  # no OverflowError


@pytest.mark.parametrize("since", ["2024-02-30", "2023-13", "24-01-01", "2024-1-1"])
def test_a_date_filter_that_is_not_a_date_is_refused(tmp_path: Path, since: str) -> None:
    store = Store(db_url(str(tmp_path / "f.db")))
    with pytest.raises(InvalidValue, match="since"):
        store.events(since=since)
    with pytest.raises(InvalidValue, match="until"):
        store.events(until=since)
    store.close()
    assert store.events.__name__ and partial_date("2024-02-29") == "2024-02-29"


def test_a_bad_date_filter_is_one_line_on_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "dragoman.cli", "events", "--since", "2024-02-30",
                           "--db", str(tmp_path / "e.db")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr  # a usage error, as click's own
    assert done.stderr.strip() == "error: --since: no such date '2024-02-30' (day is out of range for month)"


def test_the_api_refuses_a_bad_date_filter_and_serves_ids_with_a_slash(tmp_path: Path) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from dragoman.serve.app import create_app

    store = Store(db_url(str(tmp_path / "api.db")))
    store.ingest(Extraction(articles=[Article(id="wire/2024/07/visit", text=BODY)]))
    client = TestClient(create_app(store, token="t"))
    assert client.get("/api/events", params={"since": "2024-02-30"}).status_code == 422
    assert client.get("/api/events", params={"since": "2024-02-29"}).status_code == 200
    found = client.get("/api/articles/wire%2F2024%2F07%2Fvisit")
    assert found.status_code == 200 and found.json()["id"] == "wire/2024/07/visit"
    assert client.get("/api/articles/wire/2024/07/visit").json()["id"] == "wire/2024/07/visit"
    assert client.get("/api/articles/nothing/here").status_code == 404


def test_an_alias_from_a_reverted_edit_goes_away(tmp_path: Path) -> None:
    store = Store(db_url(str(tmp_path / "alias.db")))

    def version(text: str, spellings: list[str]) -> Extraction:
        mentions = [Mention("story", text.index(s), text.index(s) + len(s), s) for s in spellings]
        actor = Actor("person-vladimir-putin", "Vladimir Putin", "person", aliases=list(dict.fromkeys(spellings)),
                      country="RUS", mentions=mentions)
        return Extraction(articles=[Article(id="story", text=text)], actors=[actor])

    first = version("Vladimir Putin met the minister. Putin spoke.", ["Vladimir Putin", "Putin"])
    edited = version("Vladimir Putin met the minister. Vladimir Vladimirovich spoke.",
                     ["Vladimir Putin", "Vladimir Vladimirovich"])
    store.ingest(first)
    store.ingest(edited)
    (actor,) = store.actors("Putin")
    assert "Vladimir Vladimirovich" in actor.aliases
    assert store.ingest(first).status == "replaced"
    (actor,) = store.actors("Putin")
    assert sorted(actor.aliases) == ["Putin", "Vladimir Putin"]
    store.close()


# ---------------------------------------------------------------- language


RUSSIAN = ("Министр иностранных дел России Сергей Лавров заявил в понедельник, что переговоры с Китаем "
           "продолжатся в Пекине на следующей неделе. Министр также встретился с послом Индии.")


def test_russian_is_detected_stored_and_not_coded(tmp_path: Path, pipeline: Pipeline,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_pipeline", lambda config: pipeline)
    path = tmp_path / "ru.txt"
    path.write_text(RUSSIAN)
    (article,) = _read(str(path))
    assert article.language == "ru"
    extraction = pipeline.extract_article(article)
    assert extraction.actors == [] and extraction.events == []
    db = str(tmp_path / "ru.db")
    result = runner.invoke(cli.app, ["ingest", str(path), str(EXAMPLE), "--db", db])
    assert result.exit_code == 0 and "2 added" in result.stderr
    assert f"note: {path.resolve()}: language 'ru' is not coded (supported: en); no actors or events" \
        in result.stderr
    store = Store(db_url(db))
    assert store.article(article.id).language == "ru"
    assert not any("Министр" in a.name for a in store.actors())
    store.close()


def test_other_scripts_never_become_actors(pipeline: Pipeline) -> None:
    text = ("Belarusian Foreign Minister Maxim Ryzhenkov, known in Minsk as Министр Рыженков, met "
            "Choe Son Hui in Pyongyang on Tuesday, the agency said.")
    article = Article(id="mixed", text=text, language=detect_language(text))
    assert article.language == "en"
    names = [a.name for a in pipeline.extract_article(article).actors]
    assert names and all(mostly_latin(n) for n in names)


@pytest.mark.parametrize(("text", "language"), [
    ("The foreign minister of Belarus arrived in Pyongyang on Tuesday for an official visit, the agency said, "
     "and he met his counterpart to discuss trade.", "en"),
    ("Le ministre des Affaires étrangères a rencontré son homologue chinois à Pékin lundi pour discuter "
     "du commerce et de la sécurité dans la région.", "fr"),
    ("Der Außenminister traf am Montag in Peking seinen chinesischen Amtskollegen, um über Handel und "
     "Sicherheit in der Region zu sprechen.", "de"),
    (RUSSIAN, "ru"),
    ("外交部长周一在北京会见了中国同行，讨论了该地区的贸易和安全问题。双方同意加强合作。" * 2, "zh"),
    ("The minister left.", "en"),
    ("Reuters", None),
])
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language
    assert is_supported(language) == (language in (None, "en"))


# ---------------------------------------------------------------- long articles: pieces and linear cost


def test_a_paragraph_longer_than_the_parser_takes_is_parsed_in_pieces(pipeline: Pipeline,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman import clean

    sentence = "Belarusian Foreign Minister Maxim Ryzhenkov met Choe Son Hui in Pyongyang on July 23. "
    text = sentence * (60_000 // len(sentence))  # one paragraph, no blank line
    # Scaled down 20 times: spaCy's limit of 1,000,000 characters (E088) and the piece size under it.
    monkeypatch.setattr(pipeline.parser.nlp, "max_length", 50_000)
    monkeypatch.setattr(clean, "MAX_BLOCK_CHARS", 1_000)
    extraction = pipeline.extract_article(Article(id="long", text=text))
    assert "Maxim Ryzhenkov" in {a.name for a in extraction.actors}
    assert extraction.events and all(e.evidence[0].sentence.strip() in sentence for e in extraction.events)


def test_segment_cuts_long_paragraphs_at_sentence_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman import clean

    monkeypatch.setattr(clean, "MAX_BLOCK_CHARS", 100)
    text = "Short title\n\n" + "The minister met the envoy. " * 20 + "\n\n" + "x" * 250
    blocks = clean.segment(text)
    assert all(b.end - b.start <= 100 for b in blocks)
    paragraph = text.index("The minister")
    pieces = [text[b.start:b.end] for b in blocks if paragraph <= b.start < text.index("x")]
    xs = [text[b.start:b.end] for b in blocks if b.start >= text.index("x")]
    assert len(pieces) > 1 and all(piece.endswith("envoy.") for piece in pieces)
    assert " ".join(pieces) == ("The minister met the envoy. " * 20).strip()
    assert "".join(xs) == "x" * 250


def test_person_clustering_is_linear_in_mentions(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each mention is compared with each spelling of a cluster once, not with every earlier mention."""
    from dragoman import actors

    calls = count_calls(monkeypatch, actors, "same_person")

    def story(paragraphs: int) -> str:  # paragraphs that differ: a page's repeated paragraphs are dropped
        return "\n\n".join(f"Belarusian Foreign Minister Maxim Ryzhenkov met Choe Son Hui in Pyongyang. Ryzhenkov "
                             f"said Choe agreed on {k + 2} points." for k in range(paragraphs))

    counts = counted_per_article(pipeline, calls, [story(20), story(200)])
    assert counts[1] <= 12 * counts[0], counts


def _names_story(sentences: int) -> str:
    """News sentences full of names: every sentence adds mentions and dictionary matches."""
    import random

    people = ["Vladimir Putin", "Olaf Scholz", "Emmanuel Macron", "Recep Tayyip Erdogan", "Narendra Modi",
              "Fumio Kishida", "Xi Jinping", "Joe Biden", "Sergei Lavrov", "Antony Blinken", "Wang Yi"]
    places = ["Moscow", "Berlin", "Paris", "Ankara", "New Delhi", "Tokyo", "Beijing", "Washington"]
    rng = random.Random(7)
    sentences_ = [f"{rng.choice(people)} met {rng.choice(people)} in {rng.choice(places)} on Monday, "
                  f"the United Nations said, and {rng.choice(people).split()[-1]} agreed." for _ in range(sentences)]
    return "\n\n".join(" ".join(sentences_[k:k + 5]) for k in range(0, sentences, 5))


def test_dictionary_matches_cost_linear_time(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """Applying the actor dictionaries to 10x the names costs about 10x, not 100x: each match finds the actors
    it overlaps through an index (it used to walk every mention of every actor, and every token on a rename)."""
    from dragoman.knowledge import Knowledge

    lines = count_lines(monkeypatch, Knowledge, "apply")
    counts = counted_per_article(pipeline, lines, [_names_story(60), _names_story(600)])
    assert counts[1] <= 13 * counts[0], counts


def test_a_mention_is_compared_only_with_events_it_could_be(monkeypatch: pytest.MonkeyPatch) -> None:
    """Folding an article's event mentions compares each with the events sharing its type and a participant, not
    with every event so far (quadratic: 4,950 comparisons for these 100 unrelated mentions)."""
    from dragoman import merge
    from dragoman.events.triggers import CodedMention
    from dragoman.model import Event, Participant

    calls = count_calls(monkeypatch, merge, "same_event")

    def mention(k: int, type_: str = "MEET") -> CodedMention:
        source, target = Participant(f"a{k}", f"A{k}"), Participant(f"b{k}", f"B{k}")
        return CodedMention(Event(id="", type=type_, source=[source], target=[target]), 0, k, 0, {f"a{k}", f"b{k}"})

    events, _ = merge.merge_mentions([mention(k) for k in range(100)])
    assert len(events) == 100 and calls["n"] == 0
    events, _ = merge.merge_mentions([mention(1), mention(1), mention(1, "CONSULT")])
    assert len(events) == 2 and calls["n"] == 1  # the same pair again is one event


def test_country_inheritance_is_linear(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """A person without a country reads the article's country mentions only until two countries are found, not
    all of them for each person (persons and mentions both grow with the article: quadratic)."""
    import random

    from dragoman import actors

    calls = count_calls(monkeypatch, actors, "_counterpart")
    first = ["Tomas", "Anna", "Pieter", "Ingrid", "Marek", "Lucia", "Stefan", "Elena", "Jonas", "Petra"]
    last = ["Varga", "Kowal", "Berger", "Lindqvist", "Novak", "Rossi", "Meyer", "Dubois", "Horvat", "Jansen"]
    cities = ["Paris", "Berlin", "Madrid", "Warsaw", "Vienna", "Prague", "Lisbon", "Budapest"]
    rng = random.Random(3)

    def story(sentences: int) -> str:
        return " ".join(f"{rng.choice(first)} {rng.choice(last)} spoke to reporters in {rng.choice(cities)}."
                        for _ in range(sentences))

    counts = counted_per_article(pipeline, calls, [story(20), story(200)])
    assert counts[1] <= 15 * counts[0], counts


def test_the_ministry_is_found_in_linear_time(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    """"the ministry" refers to the organization with that head word named last: found by a binary search, not by
    a walk over every mention of every organization for each such phrase (quadratic)."""
    from dragoman import actors

    lines = count_lines(monkeypatch, actors, "_link_definite_organizations")
    countries = ["Belarus", "Austria", "Chile", "Kenya", "Norway", "Peru", "Ghana", "Nepal", "Oman", "Laos"]

    def story(paragraphs: int) -> str:  # paragraphs that differ: a page's repeated paragraphs are dropped
        return "\n\n".join(f"The Foreign Ministry of {countries[k % 10]} and the Defence Ministry of "
                             f"{countries[k // 10 % 10]} issued {k + 2} statements. The ministry said talks would "
                             "go on, and the ministry later denied it." for k in range(paragraphs))

    counts = counted_per_article(pipeline, lines, [story(40), story(400)])
    assert counts[1] <= 13 * counts[0], counts


def test_the_store_address_printed_hides_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """`Store.url` is what the ingest summary and serve's start-up line print."""
    from sqlalchemy import create_engine

    from dragoman.store import schema

    monkeypatch.setattr(schema, "create_engine", lambda url, **kw: create_engine("sqlite://", **kw))
    store = Store("postgresql+psycopg://bob:hunter2secret@db.example:5432/news")
    assert store.url == "postgresql+psycopg://bob:***@db.example:5432/news"
    store.close()


def test_a_very_long_organization_name_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    from dragoman import countries

    lines = count_lines(monkeypatch, countries, "_org_entry")
    counts = []
    for words in (2_000, 20_000):
        lines["n"] = 0
        assert countries.organization_country("A. " * words) is None
        counts.append(lines["n"])
    assert counts[1] <= 11 * counts[0], counts


def test_block_and_date_lookups() -> None:
    from types import SimpleNamespace

    from dragoman.clean import Block
    from dragoman.nlp import block_at, last_ended_by

    parsed = [SimpleNamespace(block=Block(s, e, "body")) for s, e in ((0, 10), (12, 20), (25, 30))]
    assert [k for k, _ in block_at(parsed, 13)] == [1] and block_at(parsed, 22) == [] and block_at(parsed, 40) == []
    spans = [SimpleNamespace(end=e) for e in (5, 9, 14)]
    assert last_ended_by(spans, 4) == [] and last_ended_by(spans, 9) == [spans[1]]
    assert last_ended_by(spans, 99)[0].end == 14


def test_a_publication_date_at_the_end_of_time_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "late.jsonl"
    path.write_text(json.dumps({"id": "late", "text": BODY, "published": "9999-12-31"}) + "\n")
    (item,) = _read(str(path))
    assert str(item) == f"{path} line 1: 'published' 9999-12-31 is out of range (0101-01-01 to 9898-12-31)"
    result = runner.invoke(cli.app, ["extract", str(EXAMPLE), "--date", "9999-12-31"])
    assert result.exit_code == 2 and "date 9999-12-31 is out of range" in result.stderr


def test_a_long_file_name_still_gives_a_storable_id(tmp_path: Path) -> None:
    path = tmp_path / ("very-long-name-" * 16 + ".txt")
    path.write_text(BODY)
    (article,) = _read(str(path))
    assert len(article.id) <= 200 and article.id.startswith("very-long-name-")


def test_the_command_line_allows_local_addresses_only_when_asked() -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/"
    env = {k: v for k, v in os.environ.items() if k != readers.ALLOW_PRIVATE_ENV}

    def extract(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "dragoman.cli", "extract", url, *flags], env=env,
                              capture_output=True, text=True, timeout=120)

    refused, allowed = extract(), extract("--allow-private-urls")
    assert refused.returncode == 1 and "refused: 127.0.0.1 is a local or private address" in refused.stderr
    assert allowed.returncode == 1 and "connection failed" in allowed.stderr and "refused:" not in allowed.stderr
