"""Benchmark dragoman.timex against the TempEval-3 TBAQ gold (TimeBank + AQUAINT training sets).

Run:  .venv/bin/python bench/time_tempeval.py [--errors N] [--tense none|parse|guess] [--no-parse] [--corpus NAME]
      [--no-pipeline-check]
Data: $DRAGOMAN_EVALDATA/tempeval3/*.jsonl (default ../shared/evaldata relative to the repo); never copied
into the repo (research-only licence, see PROVENANCE.md there).

Scoring follows the TempEval-3 Task A definitions: strict match = identical span, relaxed match = any
overlap (one-to-one); P = matches / system, R = matches / gold.  Attribute scores are over relaxed matches:
type/value accuracy = correct / matched, type/value F1 = F1 of (correct attribute & relaxed match).
The DCT is given, not extracted.  Rows: the tagger without tense (month-days take the year nearest the DCT);
"+ parse tense" = what `dragoman timex` gives by default and the pipeline uses: `dragoman.tense.parse_tenses`,
the pipeline's segmentation, parser and `pipeline.tense_lookup` (parsed once per run, ~30-60 s, nothing
cached); "+ guess_tense" = the cheap lexical stand-in.  With the parse, the bench also runs the whole pipeline
on every document and counts the expressions on which its time values differ from the command's (a few
minutes; ``--no-pipeline-check`` skips it).
``--errors`` lists the errors of the ``--tense`` row (default parse); ``--no-parse`` skips spaCy for quick runs.
Speed rows time the tagger alone (the parse is timed once, separately).

Reference systems are the published TE-3 Task A figures (UzZaman et al., SemEval-2013) on the
TE3-Platinum *test* set, so they are a yardstick, not a same-data comparison.  "?" = figure I am not sure of.

Split: a fixed dev/sealed split of the TimeBank+AQUAINT documents, sealed when the SHA-1 of the document id
(UTF-8) is 0 mod 3 (90 documents, 623 gold timexes; dev: 166 documents, 1,199 gold).  Both are reported,
with the dev - sealed gap; ``--errors`` lists dev documents only, and rules are changed only on what dev shows.
The TempEval-3 platinum test set is not read here at all.

Baseline before issue #18 (2026-12-01, 2-core shared with other jobs, speeds noisy), combined rows:
  dev     strict 84.77  relaxed 93.50  type 89.14  value 78.85 (parse tense 79.18)
  sealed  strict 85.53  relaxed 94.39  type 89.33  value 80.79 (parse tense 81.74)
  tagger ~96k-134k words/s under load (333k measured alone on 2026-11-28).
After issue #18 (2026-12-01, `--repeat 5`, pipeline check on), combined rows:
  dev     strict 88.38  relaxed 93.80  type 89.45  value 79.34 (parse tense 80.08)
  sealed  strict 88.47  relaxed 94.47  type 89.42  value 80.88 (parse tense 81.83)
  gap dev - sealed: strict -0.09, relaxed -0.67, type +0.03, value -1.75 (parse tense)
  tagger 225k words per CPU second, 67k words/s wall (load 6-9 on 2 cores); pipeline check: 0 of the
  1,864 expressions the pipeline tags has another value from `dragoman timex`.

Session 15 (2026-12-02 12:14 UTC, machine shared with one helper): dev strict 88.39, relaxed 93.80, type 89.45,
value 80.10 with the parse's tense ('overnight' tagged as the night before publication; a weekday in a past-tense
plan takes the nearest reading); sealed unchanged, strict 88.47, relaxed 94.47, type 89.42, value 81.83; 237k-304k
words per CPU second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from dragoman.timex import TenseFn, Timex, TimexTagger, guess_tense

REPO = Path(__file__).resolve().parent.parent
CORPORA = {"timebank": "tbaq_timebank_train.jsonl", "aquaint": "tbaq_aquaint_train.jsonl"}
# Published TE-3 Task A (TE3-Platinum test): strict F1, relaxed F1, type F1, value F1.
REFERENCE = [
    ("HeidelTime (TE-3 best)", "81.34", "90.30", "82.09?", "77.61"),
    ("SUTime (TE-3)", "79.57?", "90.32?", "80.29?", "67.38"),
]


def evaldata_dir() -> Path:
    env = os.environ.get("DRAGOMAN_EVALDATA")
    return Path(env) if env else (REPO / ".." / "shared" / "evaldata").resolve()


def load(name: str) -> list[dict]:
    path = evaldata_dir() / "tempeval3" / CORPORA[name]
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def parse_dct(s: str) -> dt.date:
    return dt.date.fromisoformat(s[:10])


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, o: Counts) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))


def f1(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_doc(gold: list[dict], system: list[Timex]) -> tuple[Counts, list[tuple[str, str, str, str, str]]]:
    """One-to-one matching: exact spans first, then the first overlapping unmatched system timex."""
    c = Counts(gold=len(gold), system=len(system))
    errors: list[tuple[str, str, str, str, str]] = []
    used: set[int] = set()
    pairs: dict[int, int] = {}
    by_span = {(t.start, t.end): i for i, t in enumerate(system)}
    for gi, g in enumerate(gold):
        si = by_span.get((g["start"], g["end"]))
        if si is not None and si not in used:
            used.add(si)
            pairs[gi] = si
            c.strict += 1
    for gi, g in enumerate(gold):
        if gi in pairs:
            continue
        for si, t in enumerate(system):
            if si not in used and t.start < g["end"] and g["start"] < t.end:
                used.add(si)
                pairs[gi] = si
                break
    c.relaxed = len(pairs)
    for gi, g in enumerate(gold):
        si = pairs.get(gi)
        if si is None:
            errors.append(("MISS", g["text"], "", g["type"], g["value"]))
            continue
        t = system[si]
        c.type_ok += t.type == g["type"]
        c.value_ok += t.value == g["value"]
        if t.value != g["value"]:
            errors.append(("VALUE", g["text"], t.text, g["value"], t.value))
        elif (t.start, t.end) != (g["start"], g["end"]):
            errors.append(("SPAN", g["text"], t.text, g["value"], t.value))
    for si, t in enumerate(system):
        if si not in used:
            errors.append(("FALSE", "", t.text, t.type, t.value))
    return c, errors


def measures(c: Counts) -> tuple[float, float, float, float]:
    """Strict F1, relaxed F1, type F1, value F1."""
    return (f1(c.strict, c.system, c.gold)[2], f1(c.relaxed, c.system, c.gold)[2], f1(c.type_ok, c.system, c.gold)[2],
            f1(c.value_ok, c.system, c.gold)[2])


def row(name: str, c: Counts) -> str:
    sp, sr, sf = f1(c.strict, c.system, c.gold)
    rp, rr, rf = f1(c.relaxed, c.system, c.gold)
    _, _, tf = f1(c.type_ok, c.system, c.gold)
    vp, vr, vf = f1(c.value_ok, c.system, c.gold)
    tacc = c.type_ok / c.relaxed if c.relaxed else 0.0
    vacc = c.value_ok / c.relaxed if c.relaxed else 0.0
    return (f"{name:<32}{c.gold:>6}{c.system:>6} | {sp * 100:6.2f}{sr * 100:7.2f}{sf * 100:7.2f} |"
            f"{rp * 100:7.2f}{rr * 100:7.2f}{rf * 100:7.2f} |{tacc * 100:7.2f}{tf * 100:7.2f} |"
            f"{vacc * 100:7.2f}{vp * 100:7.2f}{vr * 100:7.2f}{vf * 100:7.2f}")


def pipeline_check(docs: list[dict], tenses: list[TenseFn | None], tagger: TimexTagger) -> tuple[int, int, int]:
    """Run the whole pipeline on each document, recording what its tagger returns, and compare with the
    tagger given `dragoman.tense.parse_tenses` (what `dragoman timex` runs). Returns (expressions the
    pipeline found, of them found with the same span by the command, of those with another value)."""
    from dragoman.model import Article
    from dragoman.pipeline import Pipeline

    pipe = Pipeline()
    recorded: list[list[Timex]] = []
    tag = pipe.tagger.tag

    def recording(text: str, dct: dt.date, **kw: object) -> list[Timex]:
        found = tag(text, dct, **kw)  # type: ignore[arg-type]
        recorded.append(found)
        return found

    pipe.tagger.tag = recording  # type: ignore[method-assign]
    n = same_span = other_value = 0
    for d, tfn in zip(docs, tenses, strict=True):
        pipe.extract_article(Article(d["doc_id"], d["text"], published=parse_dct(d["dct"])))
        command = {(t.start, t.end): t.value for t in tagger.tag(d["text"], parse_dct(d["dct"]), tense=tfn)}
        for t in recorded.pop():
            n += 1
            if (t.start, t.end) in command:
                same_span += 1
                other_value += command[t.start, t.end] != t.value
    return n, same_span, other_value


def split_of(doc_id: str) -> str:
    """The fixed dev/sealed split: sealed when the SHA-1 of the document id is 0 mod 3."""
    return "sealed" if int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print N sample errors per kind (dev documents only)")
    ap.add_argument("--kind", default="MISS,VALUE,SPAN,FALSE", help="error kinds to print")
    ap.add_argument("--tense", choices=("none", "parse", "guess"), default="parse",
                    help="tense the error listing uses (default: the spaCy parse, as the pipeline)")
    ap.add_argument("--no-parse", action="store_true", help="skip the spaCy parse (quick runs)")
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    ap.add_argument("--repeat", type=int, default=3, help="timing passes")
    ap.add_argument("--pipeline-check", action=argparse.BooleanOptionalAction, default=True,
                    help="with the parse, also run the whole pipeline on every document and compare its time values"
                         " with the `dragoman timex` command's (a few minutes; default: on)")
    args = ap.parse_args(argv)
    if args.no_parse and args.tense == "parse":
        args.tense = "none"

    print("run: .venv/bin/python bench/time_tempeval.py [--errors N] [--tense none|parse|guess] [--no-parse]"
          " [--corpus NAME] [--no-pipeline-check]")
    print(f"data: {evaldata_dir() / 'tempeval3'}")
    tagger = TimexTagger()
    names = args.corpus or ["timebank", "aquaint"]
    docs_all = [(name, d) for name in names for d in load(name)]
    words = sum(len(d["text"].split()) for _, d in docs_all)
    tenses: dict[str, list[TenseFn | None]] = {"none": [None] * len(docs_all)}
    if not args.no_parse:
        from dragoman.tense import parse_tenses

        t0 = time.perf_counter()
        tenses["parse"] = list(parse_tenses([d["text"] for _, d in docs_all]))
        parse_s = time.perf_counter() - t0
    tenses["guess"] = [guess_tense(d["text"]) for _, d in docs_all]

    dev_errors: list[tuple[str, str, str, str, str, str]] = []
    modes = [("", "none")] + ([] if args.no_parse else [(" + parse tense", "parse")]) + [(" + guess_tense", "guess")]
    counts: dict[tuple[str, str, str], Counts] = {}  # (split, corpus or "combined", mode)
    for _label, mode in modes:
        for i, (name, d) in enumerate(docs_all):
            split = split_of(d["doc_id"])
            sys_tx = tagger.tag(d["text"], parse_dct(d["dct"]), tense=tenses[mode][i])
            c, errs = score_doc(d["timexes"], sys_tx)
            for key in ((split, name, mode), (split, "combined", mode)):
                counts.setdefault(key, Counts()).add(c)
            if mode == args.tense and split == "dev":
                dev_errors += [(d["doc_id"], *e) for e in errs]

    hdr = (f"{'corpus':<32}{'gold':>6}{'sys':>6} | {'strict P':>6}{'R':>7}{'F1':>7} |{'relax P':>7}{'R':>7}"
           f"{'F1':>7} |{'typeAcc':>7}{'typeF1':>7} |{'valAcc':>7}{'valP':>7}{'valR':>7}{'valF1':>7}")
    n_docs = {sp: sum(split_of(d["doc_id"]) == sp for _, d in docs_all) for sp in ("dev", "sealed")}
    for split in ("dev", "sealed"):
        print(f"\n{split} ({n_docs[split]} documents)")
        print(hdr)
        print("-" * len(hdr))
        for label, mode in modes:
            for name in [*names, "combined"] if len(names) > 1 else names:
                if (split, name, mode) in counts:
                    print(row(f"{split} {name}{label}", counts[split, name, mode]))
        print("-" * len(hdr))
    print("\ngap (dev - sealed, combined; F1 points):  strict  relaxed  type  value")
    for label, mode in modes:
        dev, sealed = measures(counts["dev", "combined", mode]), measures(counts["sealed", "combined", mode])
        gaps = "".join(f"{(a - b) * 100:+8.2f}" for a, b in zip(dev, sealed, strict=True))
        print(f"  {('tagger' + label):<38}{gaps}")
    print("\npublished TE-3 Task A on TE3-Platinum test (strict F1 / relaxed F1 / type F1 / value F1):")
    for ref in REFERENCE:
        print(f"  {ref[0]:<24} {ref[1]:>7} {ref[2]:>7} {ref[3]:>7} {ref[4]:>7}")

    # Speed: tag every document `repeat` times without tense, then with each tense callback (the parse
    # itself is timed once, separately: it is the pipeline's cost, not the tagger's).
    speed_modes = [("tagger only", "none"), ("tagger + guess_tense", "guess")]
    if not args.no_parse:
        speed_modes.append(("tagger + parse tense", "parse"))
    # Wall-clock time counts the other jobs on a shared machine; the process's CPU time is the tagger's own cost.
    for label, mode in speed_modes:
        best_wall = best_cpu = float("inf")
        for _ in range(args.repeat):
            fns = [guess_tense(d["text"]) for _, d in docs_all] if mode == "guess" else tenses[mode]
            t0, c0 = time.perf_counter(), time.process_time()
            for (_, d), tfn in zip(docs_all, fns, strict=True):
                tagger.tag(d["text"], parse_dct(d["dct"]), tense=tfn)
            best_wall = min(best_wall, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        print(f"speed ({label}): {words / best_cpu:,.0f} words per CPU second ({best_cpu / words * 1e6:.2f} ms per 1000"
              f" words), {words / best_wall:,.0f} words/s wall ({words:,} words, {len(docs_all)} docs,"
              f" best of {args.repeat})")
    if not args.no_parse:
        print(f"spaCy parse (load_model + segment + parse_many, once): {words / parse_s:,.0f} words/s, {parse_s:.1f} s")

    if args.pipeline_check and not args.no_parse:
        n, same_span, other_value = pipeline_check([d for _, d in docs_all], tenses["parse"], tagger)
        print(f"pipeline check: {n:,} expressions the pipeline tags; `dragoman timex` tags {same_span:,} of them with"
              f" the same span; {other_value} of those with another value")

    if args.errors:
        kinds = args.kind.split(",")
        for kind in kinds:
            errs = [e for e in dev_errors if e[1] == kind]
            print(f"\n== dev {kind} ({len(errs)}) ==")
            for e in errs[: args.errors]:
                print("  " + " | ".join(e))
    return 0


if __name__ == "__main__":
    sys.exit(main())
