"""A long ingest through the real `dragoman ingest` command into SQLite: time, RSS per process, re-ingest.

Run:  .venv/bin/python bench/ingest_scale.py [--articles 10000] [--workers 2] [--dask]
(about 9 minutes for 10,000 articles on 2 cores; `--dask` ingests with `--dask local` instead of
`--workers`; `--keep` leaves the JSONL and the database in the printed temporary directory).

Corpus: the 982 ECB+ documents (read from ../shared/evaldata/ecbplus/ecbplus.jsonl) and the project's
example, repeated until there are `--articles` of them, each copy with its own id and title (so its
own content hash), written to one JSONL file in a temporary directory (never into the repository).
The same file is then ingested twice by `python -m dragoman.cli ingest FILE --db sqlite:///...` in a
child process; this script only watches. Every 0.5 s it reads VmRSS and VmHWM (peak RSS) of the
ingesting process and of each of its worker processes from /proc, so "peak RSS" is per process,
and the RSS at 10%, 50% and 100% of the run shows whether memory stays flat. The second run must
add nothing: the command skips articles whose content hash is stored before they are parsed.

Last measured 2026-11-28 00:22 UTC, 2-core machine, Python 3.11.7, defaults (10,000 articles, 3,822,969
words, `--workers 2`), load average 1.43 at the start, 2.75 at the end (other jobs), 7.5 min in all:
  first run 436.8 s, 22.9 articles/s, 8,753 words/s: 10,000 added, 0 failed; 1,540 events stored.
  peak RSS: ingesting process 290 MB, workers 268 and 267 MB; RSS at 10/50/90% of the run:
  275/290/290 MB (ingesting process), 249/265/268 MB (largest worker): flat.
  CPU per article: ingesting process 15 ms (reading, hashing, storing), workers 71 ms.
  second run 4.0 s: 0 added, 10,000 unchanged, no worker started; the database unchanged (110 MB).
  Earlier runs: 536.7 s with 28 / 78 ms per article (2026-11-27 22:24, before that night's faster stages),
  470.3 s with 22 / 71 ms (23:56, before the store's statements were built once). The count of events
  moves a little between days (1,542, 1,589, 1,540): the ECB+ documents have no date, so their events
  are dated from the day of the run, and which reports merge changes with it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dragoman.model import Article
from dragoman.readers import iter_articles
from dragoman.store import Store

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", ROOT.parent / "shared" / "evaldata"))
EXAMPLE = ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt"
console = Console(width=180)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def base_records() -> list[dict[str, str | None]]:
    records: list[dict[str, str | None]] = []
    with (EVALDATA / "ecbplus" / "ecbplus.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            # One paragraph per sentence, as a wire story is laid out.
            records.append({"id": record["doc_id"], "title": None, "published": None,
                            "text": record["text"].replace("\n", "\n\n")})
    (example,) = list(iter_articles([str(EXAMPLE)]))
    assert isinstance(example, Article), example
    records.append({"id": example.id, "title": example.title, "text": example.text,
                    "published": example.published.isoformat() if example.published else None})
    return records


def write_corpus(path: Path, total: int) -> int:
    """`total` articles, written line by line; returns the number of words."""
    base = base_records()
    n_words = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(total):
            record = base[k % len(base)]
            copy = k // len(base)
            title = f"{record['title'] or record['id']} (copy {copy})"
            fh.write(json.dumps({**record, "id": f"{record['id']}-{copy}", "title": title}) + "\n")
            n_words += len(str(record["text"]).split())
    return n_words


def memory_kb(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a live process, in kB; (0, 0) once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0, 0
    fields = dict(line.split(":", 1) for line in status.splitlines() if line.startswith(("VmRSS", "VmHWM")))
    return int(fields.get("VmRSS", "0 kB").split()[0]), int(fields.get("VmHWM", "0 kB").split()[0])


def run_ingest(command: list[str]) -> dict[str, object]:
    """Run one ingest, sampling the memory of it and its workers; per-process peaks and an RSS series."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    main = psutil.Process(proc.pid)
    peaks: dict[int, tuple[str, int]] = {}
    cpu: dict[int, tuple[str, float]] = {}  # last CPU seconds seen per process: where the time goes
    series: list[tuple[float, int, int]] = []  # (seconds, main RSS kB, largest worker RSS kB)
    while proc.poll() is None:
        try:
            children = main.children(recursive=True)
        except psutil.Error:
            children = []
        main_rss, main_peak = memory_kb(proc.pid)
        if main_peak:
            peaks[proc.pid] = ("ingest", main_peak)
        worker_rss = 0
        for role, process in [("ingest", main), *(("worker", c) for c in children)]:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            cpu[process.pid] = (role, times.user + times.system)
        for child in children:
            rss, peak = memory_kb(child.pid)
            if peak > 50_000:  # skip the small helpers (resource tracker, Dask nannies)
                peaks[child.pid] = ("worker", max(peak, peaks.get(child.pid, ("", 0))[1]))
                worker_rss = max(worker_rss, rss)
        series.append((time.perf_counter() - start, main_rss, worker_rss))
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    summary = [line for line in err.splitlines() if "added" in line and "unchanged" in line]
    if proc.returncode not in (0, 1):
        console.print(err[-3000:])
    return {"seconds": seconds, "returncode": proc.returncode, "summary": summary[-1] if summary else err[-300:],
            "peaks": peaks, "series": series, "cpu": cpu}


def at(series: list[tuple[float, int, int]], fraction: float) -> tuple[int, int]:
    if not series:
        return 0, 0
    _, main_rss, worker_rss = series[min(len(series) - 1, int(fraction * (len(series) - 1)))]
    return main_rss // 1024, worker_rss // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dask", action="store_true", help="ingest with --dask local (a LocalCluster)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args()
    if not (EVALDATA / "ecbplus").exists():
        sys.exit(f"no ECB+ data at {EVALDATA}; set DRAGOMAN_EVALDATA")
    tmp = Path(tempfile.mkdtemp(prefix="dragoman-ingest-"))
    corpus, db = tmp / "corpus.jsonl", tmp / "ingest.db"
    n_words = write_corpus(corpus, args.articles)
    url = f"sqlite:///{db}"
    command = [sys.executable, "-m", "dragoman.cli", "ingest", str(corpus), "--db", url,
               "--workers", str(args.workers), *(["--dask", "local"] if args.dask else [])]
    console.print(f"{args.articles:,} articles, {n_words:,} words, {corpus.stat().st_size / 1e6:.1f} MB JSONL in "
                  f"{tmp}; {os.cpu_count()} cores; load average at start {load()}")
    console.print(" ".join(command))
    runs = Table("run", "seconds", "articles/s", "words/s", "ingest peak RSS MB", "worker peak RSS MB",
                 "CPU ms/article ingest / workers", "articles stored", "events stored", "load avg after",
                 title="dragoman ingest, twice")
    flat = Table("run", "at 10%", "at 50%", "at 90%", title="RSS over the run, MB (ingest process / largest worker)")
    summaries = []
    for name in ("first", "again"):
        r = run_ingest(command)
        peaks = r["peaks"]
        ingest_peak = max((kb for role, kb in peaks.values() if role == "ingest"), default=0) // 1024  # type: ignore[union-attr]
        workers = sorted((kb // 1024 for role, kb in peaks.values() if role == "worker"), reverse=True)  # type: ignore[union-attr]
        with Store(url) as store:
            counts = store.counts()
        seconds = float(r["seconds"])  # type: ignore[arg-type]
        cpu_ms = [1000 * sum(t for who, t in r["cpu"].values() if who == role) / args.articles  # type: ignore[union-attr]
                  for role in ("ingest", "worker")]
        runs.add_row(name, f"{seconds:.1f}", f"{args.articles / seconds:.1f}", f"{n_words / seconds:,.0f}",
                     str(ingest_peak), ", ".join(map(str, workers)) or "-",
                     f"{cpu_ms[0]:.0f} / {cpu_ms[1]:.0f}", f"{counts.get('articles', 0):,}",
                     f"{counts.get('events', 0):,}", load())
        flat.add_row(name, *(" / ".join(map(str, at(r["series"], f))) for f in (0.1, 0.5, 0.9)))  # type: ignore[arg-type]
        summaries.append(f"{name}: exit {r['returncode']}: {str(r['summary']).split(' -> ')[0]}")
    console.print(runs)
    console.print(flat)
    console.print("\n".join(summaries))
    console.print(f"database: {db.stat().st_size / 1e6:.0f} MB")
    if not args.keep:
        corpus.unlink()
        db.unlink()
        for extra in tmp.iterdir():
            extra.unlink()
        tmp.rmdir()


if __name__ == "__main__":
    main()
