"""Scale: worker processes and Dask give the local result; concurrent ingests lose nothing, duplicate nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLE, SEED
from sqlalchemy import func, select
from test_store import fresh_store

from dragoman import parallel
from dragoman.errors import InputError
from dragoman.model import Article
from dragoman.parallel import Workers, extract_chunk, extract_stream
from dragoman.pipeline import Pipeline
from dragoman.readers import iter_articles
from dragoman.store import Store, actors, articles, events

SHORT_STORIES = [
    "Kazakh Foreign Minister Yerlan Zhaksybekov met Chinese Foreign Minister Wang Yi in Beijing on March {d}, 2025.",
    "Mongolian Foreign Minister Batmunkh Tserendorj visited Kazakhstan on March {d}, 2025.",
    "Russian President Vladimir Putin held talks with Belarusian President Alexander Lukashenko in Minsk "
    "on April {d}, 2024.",
]


def corpus(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    paths = [EXAMPLE] + ([SEED] if SEED.exists() else [])
    for k, template in enumerate(SHORT_STORIES):
        for day in (3, 4):
            path = folder / f"story-{k}-{day}.txt"
            path.write_text(template.format(d=day) + "\n")
            paths.append(path)
    return paths


def extract_all(paths: list[Path], **options: object) -> list[dict]:
    items = iter_articles([str(p) for p in paths])
    return [outcome.to_dict() for _, outcome in extract_stream(items, **options)]  # type: ignore[union-attr]


def test_worker_processes_give_the_local_result(tmp_path: Path, pipeline: Pipeline) -> None:
    paths = corpus(tmp_path)
    assert extract_all(paths, workers=2) == extract_all(paths, pipeline=pipeline)


def test_dask_gives_the_local_result(tmp_path: Path, pipeline: Pipeline) -> None:
    pytest.importorskip("dask.distributed")
    paths = corpus(tmp_path)
    assert extract_all(paths, dask="local", workers=2) == extract_all(paths, pipeline=pipeline)


def test_a_failing_article_is_reported_not_fatal(pipeline: Pipeline) -> None:
    good = Article(id="good", text="Mongolian Foreign Minister Batmunkh Tserendorj visited Kazakhstan on Monday.")
    bad = Article(id="bad", text=None)  # type: ignore[arg-type]
    results = list(extract_stream([good, bad, good], pipeline=pipeline, batch=8))
    assert [type(o).__name__ for _, o in results] == ["Extraction", "TypeError", "Extraction"]


def _mixed_stream(paths: list[Path]) -> list[Article | InputError]:
    """The corpus with a failing article and an unreadable input in the middle of a chunk."""
    items = list(iter_articles([str(p) for p in paths]))
    return items[:2] + [Article(id="bad", text=None), InputError("missing.txt", "no such file")] + items[2:]  # type: ignore[arg-type]


def _shape(results: list) -> list[tuple[str, object]]:
    return [(getattr(item, "id", None) or item.source, outcome.to_dict() if hasattr(outcome, "to_dict")
             else type(outcome).__name__) for item, outcome in results]


@pytest.mark.parametrize("backend", ["processes", "dask"])
def test_chunked_tasks_on_a_warm_pool_give_the_local_result(tmp_path: Path, pipeline: Pipeline, backend: str) -> None:
    if backend == "dask":
        pytest.importorskip("dask.distributed")
    items = _mixed_stream(corpus(tmp_path))
    local = _shape(list(extract_stream(items, pipeline=pipeline, batch=3)))
    assert [o for _, o in local][2:4] == ["TypeError", "NoneType"]  # reported per item; the rest goes on
    with Workers(2, dask="local" if backend == "dask" else None) as pool:
        pool.warm()
        if backend == "dask" and "MALLOC_TRIM_THRESHOLD_" not in os.environ:
            # Dask's default for it makes spaCy about 17% slower; the LocalCluster drops it.
            assert set(pool._client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {None}
        # One started pool serves several streams; chunk size changes nothing in the result.
        for batch in (3, 1, 16):
            assert _shape(list(extract_stream(iter(items), pool=pool, batch=batch))) == local


def test_an_exception_that_cannot_be_pickled_comes_back_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    class Local(Exception):  # a class local to a function cannot be pickled
        pass

    class Broken:
        def extract_many(self, articles: list[Article], batch: int) -> list:
            raise Local("batch")

        def extract_article(self, article: Article) -> object:
            if article.id == "bad":
                raise Local("this article")
            return article.id

    monkeypatch.setattr(parallel, "_worker_pipeline", lambda lexicon: Broken())
    outcomes = extract_chunk([Article(id="a", text="x"), Article(id="bad", text="y"), Article(id="c", text="z")])
    assert outcomes[0] == "a" and outcomes[2] == "c"
    assert isinstance(outcomes[1], RuntimeError) and str(outcomes[1]) == "Local: this article"


def test_a_failed_task_reports_each_of_its_articles() -> None:
    from concurrent.futures import Future

    def submit(articles: list[Article]) -> Future:
        future: Future = Future()
        if any(a.id == "lost" for a in articles):
            future.set_exception(RuntimeError("worker died"))
        else:
            future.set_result([a.id for a in articles])
        return future

    chunks = [[Article(id="a", text="x"), Article(id="b", text="x")], [Article(id="lost", text="x"),
              InputError("f", "unreadable"), Article(id="c", text="x")], [Article(id="d", text="x")]]
    results = [(getattr(i, "id", None), o if not isinstance(o, BaseException) else str(o))
               for i, o in parallel._bounded(chunks, submit, in_flight=2)]
    assert results == [("a", "a"), ("b", "b"), ("lost", "worker died"), (None, None), ("c", "worker died"),
                       ("d", "d")]


def _ingest_cmd(paths: list[Path], url: str) -> list[str]:
    return [sys.executable, "-m", "dragoman.cli", "ingest", *map(str, paths), "--db", url]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_concurrent_ingests_lose_and_duplicate_nothing(tmp_path: Path, backend: str) -> None:
    paths = corpus(tmp_path)
    empty = fresh_store(backend, tmp_path)  # a new, empty database of that backend
    url = empty.url
    empty.close()
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    subprocess.run(_ingest_cmd(paths, reference), check=True, capture_output=True)
    # Three processes ingest the same files at the same time, each in a different order.
    procs = [subprocess.Popen(_ingest_cmd(order, url), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=os.environ | {"PYTHONUNBUFFERED": "1"})
             for order in (paths, paths[::-1], paths[1:] + paths[:1])]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    shared, single = Store(url), Store(reference)
    assert shared.counts()["articles"] == single.counts()["articles"] == len(paths)
    with shared.engine.connect() as conn:
        duplicate_actors = conn.execute(select(actors.c.name).group_by(actors.c.name, actors.c.kind)
                                        .having(func.count() > 1)).all()
        stored_articles = conn.execute(select(func.count(func.distinct(articles.c.content_hash)))).scalar_one()
        event_count = conn.execute(select(func.count()).select_from(events)).scalar_one()
    assert duplicate_actors == [] and stored_articles == len(paths)
    assert event_count == single.counts()["events"]
    shared.close()
    single.close()


def test_nothing_to_extract_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """`dragoman ingest --dask local` over articles all stored already: no cluster is started for nothing."""
    monkeypatch.setattr(parallel, "Workers", lambda *a, **k: pytest.fail("workers started"))
    assert list(extract_stream(iter([]), workers=2, dask="local")) == []
