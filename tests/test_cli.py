"""The command line: extract, ingest with bad inputs, queries, show, conflicts, timex, names."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import EXAMPLE, SEED
from typer.testing import CliRunner

from dragoman import __version__, cli
from dragoman.model import Extraction
from dragoman.pipeline import Pipeline
from dragoman.readers import count_articles
from dragoman.schema import load_schema
from dragoman.store import Store

runner = CliRunner()


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """Reuse the session's spaCy pipeline instead of loading one per command."""
    monkeypatch.setattr(cli, "_pipeline", lambda lexicon: pipeline)


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(cli.app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_extract_json_follows_the_schema() -> None:
    code, out, err = run("extract", str(EXAMPLE), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    jsonschema.validate(data, load_schema())
    assert data["articles"][0]["published"] == "2025-03-12"
    assert len(data["conflicts"]) == 1 and data["conflicts"][0]["field"] == "date.end"


def test_extract_table_and_date_option(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Kazakh Foreign Minister Yerlan Zhaksybekov met Chinese Foreign Minister Wang Yi "
                       "in Beijing on Monday.\n")
    code, out, _ = run("extract", str(article), "--format", "table", "--date", "2025-03-12")
    assert code == 0
    assert "2025-03-10" in out and "CONSULT" in out and "Wang Yi" in out
    code, _, err = run("extract", str(article), "--date", "12/03/2025")
    assert code != 0 and "YYYY-MM-DD" in err


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "good.txt").write_text(EXAMPLE.read_text())
    (inputs / "empty.txt").write_text("")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inputs / "latin1.txt").write_bytes("Caf\xe9 talks in Paris on Monday.".encode("latin-1"))
    (inputs / "broken.html").write_text("<html><body><div><p></span></div></table>")
    (inputs / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Mongolian Foreign Minister Batmunkh Tserendorj visited Kazakhstan "
                    "on March 3, 2025.", "published": "2025-03-05"}) + "\n{not json}\n")
    with (inputs / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    db = tmp_path / "store.db"
    code, _, err = run("ingest", str(inputs), str(tmp_path / "missing.txt"), "--db", str(db))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith("error:")]
    expected = {"empty.txt": "empty", "image.txt": "binary", "latin1.txt": "UTF-8", "broken.html": "HTML",
                "feed.jsonl line 2": "JSON", "huge.txt": "too large", "missing.txt": "no such file"}
    for name, reason in expected.items():
        assert [line for line in lines if name in line and reason in line], (name, err)
    assert len(lines) == len(expected)
    assert "Traceback" not in err
    store = Store(f"sqlite:///{db}")
    assert store.counts()["articles"] == 2  # good.txt and the good JSONL line
    assert store.events(actor="Tserendorj")


def test_ingest_then_query(tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip("seed article not available")
    db = str(tmp_path / "q.db")
    for _ in range(3):
        code, _, err = run("ingest", str(SEED), str(EXAMPLE), "--db", db)
        assert code == 0, err
    assert "0 added, 0 replaced, 2 unchanged" in err
    code, out, _ = run("events", "--db", db, "--actor", "Choi Sun-hee", "--format", "json")
    events = json.loads(out)
    assert events and all("Choe Son Hui" in {p["name"] for p in e["source"] + e["target"]} for e in events)
    code, out, _ = run("events", "--db", db, "--type", "CONSULT", "--since", "2024-07", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["type"] == "CONSULT" and (r["date_end"] or r["date_start"]) >= "2024-07" for r in rows)
    code, out, _ = run("actors", "--db", db, "ryzhenkov", "--format", "json")
    (ryzhenkov,) = json.loads(out)
    assert {"Reyzhenkov", "Rezhenkov", "Ryzhenkov"} <= set(ryzhenkov["aliases"])
    visit = next(e for e in json.loads(run("events", "--db", db, "--actor", "Ryzhenkov", "--format", "json")[1])
                 if e["mode"] == "visit" and e["cameo"] != "043")  # his visit, not Choe's hosting of it
    code, out, _ = run("show", visit["id"], "--db", db, "--format", "json")
    detail = json.loads(out)
    assert detail["conflicts"][0]["field"] == "date.end"
    sentence = next(x for x in detail["evidence"] if "July 23 to 26" in x["sentence"])
    fields = {h["field"]: sentence["sentence"][h["start"]:h["end"]] for h in sentence["highlights"]}
    assert fields["source"] == "Ryzhenkov" and fields["event"] == "pay an official visit"
    code, out, _ = run("show", visit["id"], "--db", db)
    assert code == 0 and "Korean Central News Agency" in out
    code, _, err = run("show", "ev-000000000000", "--db", db)
    assert code == 1 and "no event" in err
    code, out, _ = run("conflicts", "--db", db, "--format", "json")
    claims = {(c["value"], c["attributed_to"]) for x in json.loads(out) for y in x["conflicts"] for c in y["claims"]}
    assert ("2024-07-26", "Korean Central News Agency") in claims


def test_timex_command() -> None:
    code, out, _ = run("timex", "--dct", "2024-07-24", input="He left on the 23rd and returns next Tuesday.")
    assert code == 0
    values = [(t["text"], t["value"]) for t in json.loads(out)]
    assert ("the 23rd", "2024-07-23") in values and ("next Tuesday", "2024-07-30") in values


def test_names_cluster_command() -> None:
    names = "Reyzhenkov\nRyzhenkov\nKim Jong-un\nKim Son Kyong\nChoi Sun-hee\tPRK\nChoe Sun Hui\tPRK\n"
    code, out, _ = run("names", "cluster", input=names)
    assert code == 0
    clusters = sorted(sorted(c) for c in json.loads(out))
    assert clusters == [["Choe Sun Hui", "Choi Sun-hee"], ["Kim Jong-un"], ["Kim Son Kyong"],
                        ["Reyzhenkov", "Ryzhenkov"]]


def test_ingest_leaves_no_sqlite_side_files(tmp_path: Path) -> None:
    """The store is closed when the command ends, so SQLite folds back its write-ahead log."""
    db = tmp_path / "closed.db"
    code, _, err = run("ingest", str(EXAMPLE), "--db", str(db))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["closed.db"]


@pytest.mark.parametrize("command", [["events"], ["actors"], ["conflicts"], ["articles"], ["events", "merges"],
                                     ["export", "-f", "csv", "-o", "OUT"]])
def test_query_commands_leave_no_sqlite_side_files(tmp_path: Path, seed: Extraction, command: list[str]) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "q.db"
    with Store(f"sqlite:///{db}") as store:
        store.ingest(seed)
    command = [str(tmp_path / "out.csv") if word == "OUT" else word for word in command]
    code, _, err = run(*command, "--db", str(db))
    assert code == 0, err
    assert sorted(p.name for p in folder.iterdir()) == ["q.db"]


def test_ingest_of_stored_articles_loads_no_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "again.db")
    assert run("ingest", str(EXAMPLE), "--db", db)[0] == 0
    monkeypatch.setattr(cli, "_pipeline", lambda config: pytest.fail("the model was loaded for nothing"))
    code, _, err = run("ingest", str(EXAMPLE), "--db", db)
    assert code == 0 and "0 added, 0 replaced, 1 unchanged" in err


def test_extract_jsonl_writes_one_line_per_article_with_what_json_gives_for_all() -> None:
    code, whole, err = run("extract", str(EXAMPLE), str(SEED), "--format", "json")
    assert code == 0, err
    code, lines, err = run("extract", str(EXAMPLE), str(SEED), "--format", "jsonl")
    assert code == 0, err
    per_article = [json.loads(line) for line in lines.splitlines()]
    assert [len(p["articles"]) for p in per_article] == [1, 1]
    assert {key: [x for p in per_article for x in p[key]] for key in per_article[0]} == json.loads(whole)


@pytest.mark.parametrize("command", [["--help"], ["extract", "--help"], ["events", "--help"], ["serve", "--help"]])
def test_help_loads_neither_spacy_nor_fastapi(command: list[str]) -> None:
    code = ("import sys\nfrom dragoman import cli\n"
            f"try:\n    cli.app({command!r})\nexcept SystemExit:\n    pass\n"
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'fastapi', 'pandas'})\n"
            "assert not heavy, heavy\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage" in done.stdout


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory, seed: Extraction, example: Extraction) -> str:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('filters') / 'f.db'}")
    store.ingest(seed)
    store.ingest(example)
    return store.url.removeprefix("sqlite:///")


@pytest.mark.parametrize(("option", "value", "named"), [
    ("--since", "July", "YYYY-MM"), ("--until", "2024-02-30", "2024-02-30"), ("--type", "VISIT", "consult"),
    ("--country", "Belarus", "BLR"), ("--factuality", "maybe", "reported"), ("--sort", "newest", "-date"),
    ("--q", '"', "word"), ("--q", "-visit", "leave out"),
])
@pytest.mark.parametrize("command", [["events"], ["conflicts"], ["export", "-f", "csv", "-o", "out.csv"]])
def test_bad_filters_are_one_line_errors(filled_db: str, command: list[str], option: str, value: str,
                                         named: str) -> None:
    if option == "--sort" and command[0] == "export":
        pytest.skip("an export is not sorted")
    code, out, err = run(*command, "--db", filled_db, option, value)
    assert code == 2 and out == ""
    (line,) = err.strip().splitlines()
    assert line.startswith("error:") and option in line and named in line and "Traceback" not in line


def test_event_list_takes_the_apis_offset_sort_and_article(filled_db: str) -> None:
    store = Store(f"sqlite:///{filled_db}")
    code, out, err = run("events", "--db", filled_db, "--sort", "-date", "--limit", "3", "--offset", "2", "-f", "json")
    assert code == 0, err
    assert [e["id"] for e in json.loads(out)] == [e.id for e in store.event_page(sort="-date", limit=3, offset=2)[1]]
    article = store.articles()[0].id
    code, out, _ = run("events", "--db", filled_db, "--article", article, "-f", "json")
    found = json.loads(out)
    assert found and all(any(m["article_id"] == article for m in e["evidence"]) for e in found)
    assert len(found) < len(store.events())
    code, out, _ = run("events", "--db", filled_db, "--type", "consult", "--country", "blr", "-f", "json")
    assert code == 0 and json.loads(out) and all(e["type"] == "CONSULT" for e in json.loads(out))


def test_conflicts_take_the_event_filters(filled_db: str) -> None:
    everything = json.loads(run("conflicts", "--db", filled_db, "-f", "json")[1])
    visit = json.loads(run("conflicts", "--db", filled_db, "--actor", "Ryzhenkov", "-f", "json")[1])
    assert visit and {c["field"] for item in visit for c in item["conflicts"]} == {"date.end"}
    assert json.loads(run("conflicts", "--db", filled_db, "--since", "2030", "-f", "json")[1]) == []
    assert len(everything) >= len(visit)
    assert visit[0]["event"]["type"] == "CONSULT" and visit[0]["event"]["date"]["value"]
    code, out, _ = run("conflicts", "--db", filled_db, "--actor", "Ryzhenkov")
    assert code == 0 and "CONSULT" in out and "Ryzhenkov" in out and "2024-07" in out  # type, who, when
    second = json.loads(run("conflicts", "--db", filled_db, "--offset", "1", "--limit", "1", "-f", "json")[1])
    assert [x["event"]["id"] for x in second] == [everything[1]["event"]["id"]]


def test_disputed_and_full_text_filters(filled_db: str) -> None:
    store = Store(f"sqlite:///{filled_db}")
    conflicted = {c.event_id for c in store.conflicts()}
    disputed = json.loads(run("events", "--db", filled_db, "--disputed", "-f", "json")[1])
    undisputed = json.loads(run("events", "--db", filled_db, "--undisputed", "-f", "json")[1])
    assert {e["id"] for e in disputed} == conflicted
    assert len(disputed) + len(undisputed) == len(store.events()) and not conflicted & {e["id"] for e in undisputed}
    code, out, err = run("events", "--db", filled_db, "--q", "Pyongyang", "-f", "json")
    assert code == 0, err
    found = json.loads(out)
    assert 0 < len(found) < len(store.events())
    code, _, _ = run("export", "--db", filled_db, "-f", "csv", "-o", str(Path(filled_db).with_suffix(".csv")),
                     "--disputed", "--q", "visit")
    rows = list(csv.DictReader(Path(filled_db).with_suffix(".csv").open(encoding="utf-8")))
    assert code == 0 and rows and {r["id"] for r in rows} <= conflicted
    code, out, _ = run("articles", "--db", filled_db, "--q", "Kazakhstan", "-f", "json")
    assert code == 0 and [a["id"] for a in json.loads(out)] == [a.id for a in store.articles()
                                                                  if "Kazakhstan" in a.text]
    code, out, _ = run("articles", "--db", filled_db)
    assert code == 0 and "articles 1-2 of 2" in out
    code, out, err = run("articles", "--db", filled_db, "--q", "-x")
    assert code == 2 and out == "" and err.startswith("error: --q:")


def test_version_and_help_show_allowed_values_and_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # a wide terminal: Rich wraps long choice lists inside words
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"dragoman {__version__}"
    code, out, _ = run("events", "list", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "consult" in flat and "hypothetical" in flat and "-confidence" in flat
    assert "[default: date]" in flat and "[default: 0]" in flat and "./dragoman.db" in flat
    assert "<str>" not in out and "<int>" not in out
    assert "<bool>" not in next(line for line in out.splitlines() if "--undisputed" in line)
    for command in ("ingest", "serve", "timex", "actors list", "export", "articles", "conflicts"):
        options = runner.invoke(cli.app, [*command.split(), "--help"]).stdout
        assert not [line for line in options.splitlines() if "--" in line and ("<str>" in line or "<int>" in line)]


def test_actor_kind_is_a_choice(filled_db: str) -> None:
    code, _, err = run("actors", "--db", filled_db, "--kind", "nation")
    assert code == 2 and "'person', 'organization', 'country', 'group'" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run("actors", "--db", filled_db, "--kind", "Country", "-f", "json")
    assert code == 0 and {a["kind"] for a in json.loads(out)} == {"country"}


def test_a_logged_ingest_shows_progress_lines_and_skips(tmp_path: Path) -> None:
    """stderr is not a terminal here, as in a log: one progress line per N articles with the total, the rate and
    the time left, and with -v one log line for each article skipped, with why."""
    db = str(tmp_path / "p.db")
    code, _, err = run("ingest", str(EXAMPLE), str(tmp_path / "missing.txt"), "--db", db, "--progress-every", "1")
    lines = [line for line in err.splitlines() if line.startswith("ingest: ")]
    assert code == 1 and len(lines) == 2 and "articles/s" not in lines[0]
    assert lines[0].startswith("ingest: 1/2 articles in ") and ", ETA " in lines[0]
    assert lines[-1].startswith("ingest: 2/2 articles in ") and "/s): 1 added, 0 replaced, 0 unchanged, 1 failed" \
        in lines[-1] and "ETA" not in lines[-1]
    assert "WARNING" not in err  # without -v the log goes nowhere: the error line says it once
    code, _, err = run("ingest", str(EXAMPLE), str(tmp_path / "missing.txt"), "--db", db, "--verbose")
    assert code == 1 and not [x for x in err.splitlines() if x.startswith("ingest: ")]  # fewer than 100 articles
    skipped = [line for line in err.splitlines() if "unchanged since it was stored, skipped" in line]
    assert len(skipped) == 1 and skipped[0].startswith("INFO dragoman.ingest: ") and str(EXAMPLE) in skipped[0]
    (missing,) = [line for line in err.splitlines() if line.startswith("WARNING dragoman.ingest: ")]
    assert "missing.txt: skipped: " in missing and [x for x in err.splitlines() if x.startswith("error: ")]
    assert "Traceback" not in err
    code, _, err = run("ingest", str(EXAMPLE), "--db", db)  # the log stops with the command that asked for it
    assert code == 0 and "INFO" not in err and "Traceback" not in err


def test_the_articles_to_ingest_are_counted_beforehand(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "sub" / "c.json").write_text('[{"text": "x"}, {"text": "y"}]', encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"no")
    assert count_articles([str(tmp_path)]) == 6
    assert count_articles([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2
    assert count_articles([str(tmp_path), "-"]) is None
    assert count_articles(["https://example.org/feed.xml"]) is None
    # a FIFO is counted as the one input the reading refuses, never opened (it would block the ingest)
    os.mkfifo(tmp_path / "sub" / "pipe.jsonl")
    assert count_articles([str(tmp_path)]) == 7
    assert count_articles([str(tmp_path / "sub" / "pipe.jsonl")]) == 1


def test_no_verb_dictionary_leaves_the_lexicon_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     pipeline: Pipeline) -> None:
    # "intercepted" is coded by the CAMEO verb dictionary only; both commands pass the option to the pipeline.
    monkeypatch.setattr(cli, "_pipeline", lambda config: config.build(pipeline.parser))
    article = tmp_path / "navy.txt"
    article.write_text("The Chilean navy intercepted a Peruvian fishing vessel off Arica.\n")

    def events(*options: str) -> list[dict]:
        code, out, err = run("extract", str(article), "--format", "json", *options)
        assert code == 0, err
        return json.loads(out)["events"]

    assert [e["type"] for e in events()] == ["COERCE"]
    assert events("--no-verb-dictionary") == []
    db = str(tmp_path / "events.db")
    code, out, err = run("ingest", str(article), "--db", db, "--no-verb-dictionary")
    assert code == 0, err
    assert "0 event mentions coded" in out + err
