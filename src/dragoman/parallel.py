"""Run the pipeline over a stream of articles: in this process, in worker processes, or on Dask.

Every backend takes articles lazily and keeps a bounded number in flight, so memory stays flat over
a long ingest, and yields results in input order. Work is sent in chunks of articles, so each worker
parses a whole chunk through one `nlp.pipe` stream (`Pipeline.extract_many`) and the per-task cost of
a process pool or a Dask scheduler is paid once per chunk, not once per article. Each worker process
loads spaCy once. A failure of one article is returned with it, never raised: the caller reports it
and goes on.
"""

from __future__ import annotations

import gc
import itertools
import os
import pickle
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dragoman.errors import InputError
from dragoman.model import Article, Extraction

if TYPE_CHECKING:  # importing the pipeline loads spaCy: workers do it on their first article, not on import
    from dragoman.pipeline import PipelineConfig

Item = Article | InputError
Outcome = Extraction | BaseException | None  # None for inputs that were already errors

# Articles per worker task: one parse stream each, and tasks long enough (about a second) that
# dispatch and result transfer cost next to nothing, short enough that the last ones balance.
CHUNK = 16


def freeze_heap() -> None:
    """For a process that keeps what it has loaded (a spaCy model, a web app) for good: take all of it out
    of the garbage collector's sight, so a full collection scans only newer objects. Extraction makes many
    short-lived objects, and full collections that walked the model too made the stages after the parse
    12% slower (2.8 s instead of 2.5 s on 501 articles); on the API they delayed one page in twenty by
    70-100 ms.
    Only our own entry points call it: what is frozen is never collected."""
    gc.collect()
    gc.freeze()


PARENT_CHECK_SECONDS = 0.5
PR_SET_PDEATHSIG = 1  # linux/prctl.h


def exit_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when the process that started it is gone (killed with -9, say),
    instead of living on with its model loaded. On Linux the kernel signals the worker at once
    (prctl(PR_SET_PDEATHSIG)); a thread that watches for the worker being handed to another parent does it
    everywhere else, and on Linux too should the signal be missed.

    The kernel sends that signal when the *thread* that started the worker ends, which in a live parent is no
    reason to stop: the handler exits only when the parent has changed. (Dask's worker processes need none of
    this: distributed ends them itself through a pipe from their parent.)"""

    def gone() -> bool:
        return os.getppid() != parent

    def on_parent_death(signum: int, frame: object) -> None:
        if gone():
            os._exit(1)

    _ask_kernel_to_signal(on_parent_death)
    if gone():  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while not gone():
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _ask_kernel_to_signal(handler: Callable[[int, object], None]) -> bool:
    """SIGUSR2 to `handler` when this process's parent dies (Linux); False where prctl is missing."""
    import ctypes
    import ctypes.util
    import signal

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return False
    signal.signal(signal.SIGUSR2, handler)
    return libc.prctl(PR_SET_PDEATHSIG, signal.SIGUSR2, 0, 0, 0) == 0


@lru_cache(maxsize=2)
def _worker_pipeline(config: PipelineConfig | None) -> Any:
    """One Pipeline per worker process (and per configuration), built on its first article."""
    from dragoman.pipeline import PipelineConfig

    pipeline = (config or PipelineConfig()).build()
    freeze_heap()
    return pipeline


def extract_one(article: Article, config: PipelineConfig | None = None) -> Extraction | BaseException:
    """Extract one article in a worker; exceptions come back as values so one article cannot stop a run."""
    try:
        return _worker_pipeline(config).extract_article(article)
    except Exception as exc:  # reported per article by the caller
        return exc


def _extract_batch(pipeline: Any, articles: list[Article]) -> list[Extraction | BaseException]:
    """All articles through one parse stream; if that fails, article by article, so only the bad one fails."""
    try:
        return list(pipeline.extract_many(articles, batch=max(1, len(articles))))
    except Exception:  # one bad article in the batch: redo it article by article
        done: list[Extraction | BaseException] = []
        for article in articles:
            try:
                done.append(pipeline.extract_article(article))
            except Exception as exc:
                done.append(exc)
        return done


def _portable(outcome: Extraction | BaseException) -> Extraction | BaseException:
    """An exception that cannot be pickled would fail the whole chunk's transfer: send its text instead."""
    if isinstance(outcome, BaseException):
        try:
            pickle.dumps(outcome)
        except Exception:
            return RuntimeError(f"{type(outcome).__name__}: {outcome}")
    return outcome


def extract_chunk(articles: list[Article], config: PipelineConfig | None = None) -> list[Extraction | BaseException]:
    """Worker task: one outcome per article, in order; exceptions come back as values."""
    try:
        pipeline = _worker_pipeline(config)
    except Exception as exc:  # e.g. a bad lexicon: every article reports it
        return [_portable(exc)] * len(articles)
    return [_portable(o) for o in _extract_batch(pipeline, articles)]


def _warm(config: PipelineConfig | None, linger: float = 0.0) -> int:
    """Load the pipeline and parse a sentence, so a timed run starts on a ready worker; returns the pid."""
    _worker_pipeline(config).extract_article(Article(id="warm-up", text="The minister visited Paris."))
    time.sleep(linger)  # keeps this worker busy so the next warm-up task goes to another one
    return os.getpid()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pair(chunk: list[Item], outcomes: Sequence[Extraction | BaseException]) -> Iterator[tuple[Item, Outcome]]:
    results = iter(outcomes)
    for item in chunk:
        yield item, next(results) if isinstance(item, Article) else None


def _bounded(chunks: Iterable[list[Item]], submit: Callable[[list[Article]], Any],
             in_flight: int) -> Iterator[tuple[Item, Outcome]]:
    """Submit chunks lazily with at most `in_flight` pending, yield per item in input order."""
    pending: deque[tuple[list[Item], Any]] = deque()

    def settle(chunk: list[Item], future: Any) -> Iterator[tuple[Item, Outcome]]:
        outcomes: list[Extraction | BaseException] = []
        if future is not None:
            try:
                outcomes = future.result()
            except Exception as exc:  # the task itself failed (a worker died): report each article
                outcomes = [exc] * sum(isinstance(item, Article) for item in chunk)
        return _pair(chunk, outcomes)

    for chunk in chunks:
        articles = [item for item in chunk if isinstance(item, Article)]
        pending.append((chunk, submit(articles) if articles else None))
        while len(pending) >= in_flight:
            yield from settle(*pending.popleft())
    while pending:
        yield from settle(*pending.popleft())


class Workers:
    """Worker processes on this machine, or a Dask client, started once and reusable for several streams.

    `extract_stream(..., pool=workers)` runs on them; `warm()` loads the model in every worker first,
    which a benchmark does to time steady-state work apart from the startup.
    """

    def __init__(self, workers: int = 2, dask: str | None = None, config: PipelineConfig | None = None) -> None:
        self.config = config  # passed through to the workers as it is
        self.size = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None
        self._cluster: Any = None
        if dask:
            import dask as dask_config
            from dask.distributed import Client, LocalCluster

            if dask == "local":
                # Dask's nannies set MALLOC_TRIM_THRESHOLD_ in each worker, which turns off glibc's dynamic
                # mmap threshold: spaCy's large arrays are then mapped and unmapped on every batch, about 17%
                # slower. Memory stays flat without it (see bench/ingest_scale.py). Set after importing
                # distributed, whose import merges Dask's defaults back in.
                with dask_config.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}):
                    self._cluster = LocalCluster(n_workers=self.size, threads_per_worker=1, processes=True,
                                                 dashboard_address=None, host="127.0.0.1")
                self._client = Client(self._cluster)
            else:
                self._client = Client(dask)
            self.size = max(1, sum(self._client.nthreads().values()))
        else:
            # spawn, not fork: a forked copy of a process holding spaCy and open sockets is fragile.
            import multiprocessing

            self._pool = ProcessPoolExecutor(max_workers=self.size, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=exit_with_parent, initargs=(os.getpid(),))

    @property
    def in_flight(self) -> int:
        """Chunks pending at once: one running and one queued per worker, so none waits for work."""
        return 2 * self.size + 1

    def submit(self, articles: list[Article]) -> Any:
        if self._client is not None:
            return self._client.submit(extract_chunk, articles, self.config, pure=False)
        assert self._pool is not None
        return self._pool.submit(extract_chunk, articles, self.config)

    def warm(self) -> None:
        """Start every worker and load the pipeline in it now."""
        if self._client is not None:
            self._client.gather([self._client.submit(_warm, self.config, workers=[address], pure=False,
                                                     allow_other_workers=False)
                                 for address in self._client.nthreads()])
            return
        assert self._pool is not None
        seen: set[int] = set()
        for _ in range(50):  # each round lingers so idle workers take the tasks; stops once all answered
            seen |= {f.result() for f in [self._pool.submit(_warm, self.config, 0.2) for _ in range(self.size)]}
            if len(seen) >= self.size:
                return

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def extract_stream(items: Iterable[Item], *, workers: int = 1, dask: str | None = None,
                   config: PipelineConfig | None = None, pipeline: Any = None, batch: int = CHUNK,
                   pool: Workers | None = None) -> Iterator[tuple[Item, Outcome]]:
    """Pairs (input, Extraction or exception or None) in input order.

    `workers > 1` uses that many processes on this machine; `dask` is a scheduler address
    ("tcp://host:8786") or "local" for a LocalCluster of `workers` processes; `pool` is a started
    `Workers` to reuse (its own configuration applies). `batch` articles are parsed together, in one
    worker task when there are workers.
    """
    chunks = _chunks(items, batch)
    first = next(chunks, None)
    if first is None:
        return  # nothing to do (every article already stored, say): no workers started, no model loaded
    chunks = itertools.chain([first], chunks)
    if pool is not None:
        yield from _bounded(chunks, pool.submit, pool.in_flight)
    elif dask or workers > 1:
        with Workers(workers, dask, config) as started:
            yield from _bounded(chunks, started.submit, started.in_flight)
    else:
        if pipeline is None:
            from dragoman.pipeline import PipelineConfig

            pipeline = (config or PipelineConfig()).build()
        for chunk in chunks:
            yield from _pair(chunk, _extract_batch(pipeline, [item for item in chunk if isinstance(item, Article)]))
