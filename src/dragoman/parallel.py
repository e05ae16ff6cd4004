"""Run the pipeline over a stream of articles: in this process, in worker processes, or on Dask.

Every backend takes articles lazily and keeps a bounded number in flight, so memory stays flat over
a long ingest, and yields results in input order. Each worker process loads spaCy once. A failure
of one article is returned with it, never raised: the caller reports it and goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from dragoman.errors import InputError
from dragoman.model import Article, Extraction

Item = Article | InputError
Outcome = Extraction | BaseException | None  # None for inputs that were already errors


@lru_cache(maxsize=2)
def _worker_pipeline(lexicon_files: tuple[str, ...]) -> Any:
    """One Pipeline per worker process (and per lexicon), built on its first article."""
    from dragoman.pipeline import Pipeline

    return Pipeline(lexicon_files=[Path(p) for p in lexicon_files])


def extract_one(article: Article, lexicon_files: tuple[str, ...] = ()) -> Extraction | BaseException:
    """Extract one article in a worker; exceptions come back as values so one article cannot stop a run."""
    try:
        return _worker_pipeline(lexicon_files).extract_article(article)
    except Exception as exc:  # noqa: BLE001 - reported per article by the caller
        return exc


def _single_thread(items: Iterable[Item], pipeline: Any, batch: int) -> Iterator[tuple[Item, Outcome]]:
    """In-process: articles parsed in batches through one `nlp.pipe` stream."""
    chunk: list[Item] = []

    def flush() -> Iterator[tuple[Item, Outcome]]:
        articles = [a for a in chunk if isinstance(a, Article)]
        try:
            done = dict(zip((id(a) for a in articles), pipeline.extract_many(articles, batch=batch), strict=True))
        except Exception:  # noqa: BLE001 - one bad article in the batch: redo it article by article
            done = {}
            for a in articles:
                try:
                    done[id(a)] = pipeline.extract_article(a)
                except Exception as exc:  # noqa: BLE001
                    done[id(a)] = exc
        for item in chunk:
            yield item, done.get(id(item)) if isinstance(item, Article) else None

    for item in items:
        chunk.append(item)
        if len(chunk) >= batch:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


def _bounded(items: Iterable[Item], submit: Any, in_flight: int) -> Iterator[tuple[Item, Outcome]]:
    """Submit lazily with at most `in_flight` pending, yield in input order."""
    pending: deque[tuple[Item, Future[Any] | None]] = deque()
    for item in items:
        pending.append((item, submit(item) if isinstance(item, Article) else None))
        while len(pending) >= in_flight:
            head, future = pending.popleft()
            yield head, future.result() if future is not None else None
    while pending:
        head, future = pending.popleft()
        yield head, future.result() if future is not None else None


def extract_stream(items: Iterable[Item], *, workers: int = 1, dask: str | None = None,
                   lexicon_files: Sequence[Path] = (), pipeline: Any = None,
                   batch: int = 16) -> Iterator[tuple[Item, Outcome]]:
    """Pairs (input, Extraction or exception or None) in input order.

    `workers > 1` uses that many processes on this machine; `dask` is a scheduler address
    ("tcp://host:8786") or "local" for a LocalCluster of `workers` processes.
    """
    lexicon = tuple(str(p) for p in lexicon_files)
    if dask:
        yield from _on_dask(items, dask, max(1, workers), lexicon)
    elif workers > 1:
        # spawn, not fork: a forked copy of a process holding spaCy and open sockets is fragile.
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from _bounded(items, lambda a: pool.submit(extract_one, a, lexicon), in_flight=workers * 4)
    else:
        if pipeline is None:
            from dragoman.pipeline import Pipeline

            pipeline = Pipeline(lexicon_files=lexicon_files)
        yield from _single_thread(items, pipeline, batch)


def _on_dask(items: Iterable[Item], address: str, workers: int, lexicon: tuple[str, ...]) \
        -> Iterator[tuple[Item, Outcome]]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, host="127.0.0.1")
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        slots = max(2, sum(client.nthreads().values()) * 4)
        yield from _bounded(items, lambda a: client.submit(extract_one, a, lexicon, pure=False), in_flight=slots)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

