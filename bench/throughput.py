"""End-to-end throughput against bare spaCy parsing, peak memory, and scaling over workers.

Run:  .venv/bin/python bench/throughput.py [--docs N] [--workers 1 2] [--dask] [--ingest N]

Corpus: the ECB+ news documents (read from ../shared/evaldata/ecbplus/ecbplus.jsonl, never copied)
plus the project's example, as articles. For each run the same body text is parsed by bare
`nlp.pipe` (same model, same batch size) and by dragoman's whole pipeline (clean, parse, actors,
time, events, merge), in the same process, one after the other; the ratio is end-to-end / bare.
`--workers` measures worker processes, `--dask` a LocalCluster, `--ingest N` stores N articles (the
corpus repeated with distinct ids) into a temporary SQLite database, twice, and reports RSS and rows.

Last measured 2026-11-27, 2-core machine (another CI job running beside it), Python 3.11.7,
`--docs 120 --repeats 1 --workers 1 2` (121 articles, 32,155 words):
  bare nlp.pipe 5,839 words/s; dragoman end to end 5,588 words/s; ratio 0.957; peak RSS 238 MB.
  worker processes: 1 -> 16.2 articles/s, 2 -> 14.3 articles/s (0.88x: on this small corpus the
  spawn and model load of each worker, about 3 s, outweighs the work; peak worker RSS 311 MB).
  Not yet measured: Dask scaling and the 10,000-article ingest (`--dask`, `--ingest 10000`).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dragoman.clean import segment
from dragoman.model import Article
from dragoman.parallel import extract_stream
from dragoman.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", ROOT.parent / "shared" / "evaldata"))
console = Console(width=140)


def load_corpus(limit: int) -> list[Article]:
    docs: list[Article] = []
    path = EVALDATA / "ecbplus" / "ecbplus.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            # One paragraph per sentence, as a wire story is laid out.
            docs.append(Article(id=record["doc_id"], text=record["text"].replace("\n", "\n\n")))
            if len(docs) >= limit:
                break
    example = ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt"
    docs.append(Article(id="example", text=example.read_text("utf-8")))
    return docs


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def bare_vs_end_to_end(pipeline: Pipeline, corpus: list[Article], repeats: int) -> dict[str, float]:
    texts = [a.text[b.start:b.end] for a in corpus for b in segment(a.text, a.title) if b.kind == "body"]
    bare, full = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        for _doc in pipeline.parser.nlp.pipe(texts, batch_size=pipeline.parser.batch_size):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        for _ in pipeline.extract_many(corpus):
            pass
        full.append(time.perf_counter() - start)
    return {"bare": min(bare), "full": min(full)}


def run_workers(corpus: list[Article], workers: int, dask: bool) -> float:
    start = time.perf_counter()
    for _, outcome in extract_stream(iter(corpus), workers=workers, dask="local" if dask else None):
        assert not isinstance(outcome, BaseException), outcome
    return time.perf_counter() - start


def ingest_twice(corpus: list[Article], total: int) -> dict[str, object]:
    from dragoman.store import Store

    def stream():  # noqa: ANN202 - the corpus repeated with distinct ids, generated lazily
        for k in range(total):
            base = corpus[k % len(corpus)]
            yield replace(base, id=f"{base.id}-{k}", text=f"{base.text}\n\nCopy {k}.")

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.db")
        pipeline = Pipeline()
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            for article, outcome in extract_stream(stream(), pipeline=pipeline):
                if not store.has_article(article):  # type: ignore[arg-type]
                    store.ingest(outcome)  # type: ignore[arg-type]
            timings.append(time.perf_counter() - start)
            counts = store.counts()
        return {"first s": timings[0], "second s": timings[1], **counts, "peak RSS MB": rss_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300, help="ECB+ documents in the corpus")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--dask", action="store_true", help="also time a Dask LocalCluster")
    parser.add_argument("--ingest", type=int, default=0, help="also ingest this many articles, twice")
    args = parser.parse_args()
    if not (EVALDATA / "ecbplus").exists():
        sys.exit(f"no ECB+ data at {EVALDATA}; set DRAGOMAN_EVALDATA")
    corpus = load_corpus(args.docs)
    n_words = words(corpus)
    console.print(f"corpus: {len(corpus)} articles, {n_words:,} words; python {sys.version.split()[0]}, "
                  f"{os.cpu_count()} cores")
    pipeline = Pipeline()
    timing = bare_vs_end_to_end(pipeline, corpus, args.repeats)
    table = Table("run", "seconds", "articles/s", "words/s", "ratio to bare parse", title="one process")
    for name, seconds in (("bare nlp.pipe", timing["bare"]), ("dragoman end to end", timing["full"])):
        table.add_row(name, f"{seconds:.2f}", f"{len(corpus) / seconds:.1f}", f"{n_words / seconds:,.0f}",
                      f"{timing['bare'] / seconds:.3f}")
    console.print(table)
    console.print(f"peak RSS of this process: {rss_mb():.0f} MB")

    scaling = Table("backend", "workers", "seconds", "articles/s", "speed-up vs 1", title="workers")
    for dask in ([False, True] if args.dask else [False]):
        base = None
        for n in args.workers:
            seconds = run_workers(corpus, n, dask)
            base = base or seconds
            scaling.add_row("dask" if dask else "processes", str(n), f"{seconds:.2f}",
                            f"{len(corpus) / seconds:.1f}", f"{base / seconds:.2f}")
    console.print(scaling)
    console.print(f"peak RSS of a worker process: {children_rss_mb():.0f} MB")
    if args.ingest:
        result = ingest_twice(corpus, args.ingest)
        console.print(result)


if __name__ == "__main__":
    main()
