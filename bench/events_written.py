"""Benchmark: the per-row PLV task on sentences written for dragoman by writers who had read none of it.

Run:  python bench/events_written.py [--errors] [--set wire|other|batch2|batch3] [--crossfit DIR]

Data (shipped): `bench/data/written_pairs.tsv`, sentences with a marked source and target and a PLOVER root, each
naming the act between them. They were written on 2026-12-04 (session 28) by helper sessions told to read no file
of the repository and no evaluation data, from their own knowledge of news language, to the PLOVER conventions of
CAMEO2PLOVER that the coder follows (sanctions, embargoes and asset freezes COERCE; expelling diplomats and cutting
ties SANCTION; apologies and recognition SUPPORT; releasing prisoners, withdrawing troops and ceasefires YIELD;
investigations ACCUSE; no sentence about signing an agreement, which PLOVER codes SUPPORT and news readers AGREE).
Column `set`: "wire" (300 sentences, 20 per root: hard wire copy, attribution, nominal acts, headlines, a second
event beside the pair) or "other" (150, 10 per root: press releases, UN and NGO reports, historical narrative,
domestic politics, translated state media). Written by a language model, they are cleaner than real news and
their roots were checked only by their writer; read them as a check of breadth, beside PLV, not instead of it.
Two more batches were written the same way in session 36 (2026-12-04), from a brief of the same conventions (all 15
roots, YIELD for CONCEDE and RETREAT; no plain signing of agreements): "batch2" (900 sentences, six writers, 10 per
root each, in the styles of state agencies, conflict wire copy, domestic unrest, diplomacy and economics, headlines
and long aggregator sentences, historical narrative) and "batch3" (1,800, eight writers, 15 per root each, in the
styles of Latin American, African, South and Southeast Asian, European, Middle Eastern and North American outlets,
of short codebook-like sentences, and of hard cases: acts reported, planned or denied, two acts of different roots,
verbs of several senses, acts named by nouns). The tune rows of every set but "batch3" train the relation model
(`scripts/train_relation.py --written`, its default); "batch3" is kept apart to measure the rules and the model on
writers no one read, so `--errors` leaves its misses out unless `--set batch3` asks for them. `--crossfit DIR`
reads each tune row with the model trained on the other fold (A.npz, B.npz from `train_relation.py --fold A|B`), so
that tune is not scored in-sample.

Split once, before any rule was written from them, by SHA-1 of the sentence modulo 3 as `bench/plv.py` does:
remainder 0 is sealed (aggregates only, never printed), the rest tune (`--errors` prints tune misses, but those of
"batch3" only when asked with `--set batch3`: see above).

Scoring as `bench/events_plv.py`: the pipeline's event between the marked pair (`run_plv`, `predict`), "no event"
counting wrong; given the pair, the rules' root, else the root of an event of one party, unless the relation model
finds another far likelier; where the rules found nothing, the model's (`pairs.decide`). Until session 36 the model
was never trained on these sentences; since then the shipped one is trained on their tune rows, so tune figures
given the pair are fair only with `--crossfit`, and the sealed rows stay unread by training.

History (accuracy given the pair; pipeline in brackets), 2-core machine:
  2026-12-04, session 28, "wire" set, at the session's start code (86ab40e): tune 0.888 (0.795), sealed 0.884
  (0.758). Its tune errors were then read and the session's rules written from them (forces sent toward a party,
  demands made of a clause subject, embargoes, territory handed over, posts of the army attacked, acts "in protest
  at" a party, freight that lands, money released, flags of vessels, rallies "outside parliament"). The "other" set
  arrived after those rules and no one has read its rows: at the start code tune 0.907 (0.741), sealed 0.905 (0.833).
  2026-12-04 04:00 UTC, session 28's end (214ea25): "wire" tune 0.927 (0.863), sealed 0.884 (0.768), gap 4.3
  points; "other" tune 0.898 (0.759), sealed 0.905 (0.833). Rules written from the rows read fixed those rows and
  almost none of the others: one "other" tune row was lost given the pair, two gained by the pipeline.
  2026-12-04, session 29 (no rule changed; the relation model's MiniLM layers fine-tuned on PLV, and a sure model
  overruling the rules). Top three layers tuned (05:48 UTC): "wire" tune 0.937, sealed 0.895; "other" tune 0.926,
  sealed 0.905; all tune 0.933, all sealed 0.898, gap 3.5 points. All six tuned (06:30 UTC, shipped): "wire" tune
  0.946, sealed 0.916; "other" tune 0.926, sealed 0.905; all tune 0.939, all sealed 0.912, gap 2.7 points; tune
  answered by rules 256/267, model over rules 4/8, one party 17/19, the model 17/19. Pipeline unchanged. No row of
  either set was read this session.
  2026-12-04 11:12 UTC, session 31 (rules from ECB+ tune samples and test sentences; no row of either set read):
  every figure unchanged.
  2026-12-04 15:13 UTC, session 32: given the pair "wire" tune 0.946 -> 0.951, sealed 0.916; "other" tune 0.926,
  sealed 0.905 -> 0.929 (one row of 42); all tune 0.942, all sealed 0.920, gap 2.3 points. Pipeline "wire" tune
  0.863 -> 0.878, sealed 0.768; "other" tune 0.759, sealed 0.833 -> 0.857. The "wire" tune misses were listed once
  (this bench's per-row errors, tune only) and five rules written from them; no "other" row was read.
  2026-12-04 17:30 UTC, session 33: given the pair "wire" tune 0.951 -> 0.956 (all tune 0.942 -> 0.946), sealed
  unchanged (all 0.920), gap 2.3 -> 2.6 points; pipeline "wire" sealed 0.768 -> 0.779 (one row of 95, aggregate; all
  sealed 0.796 -> 0.803). The "wire" tune misses were listed once and three rules written from them (fighters deployed
  are the deploying side's forces; protesters' roadblocks are obstruction, which won the tune row; talks walked away
  from are rejected with their partner): the tune gain is a row read, the sealed one was not.
  2026-12-04 19:12 UTC, session 34 (rules from the written stories of `events_stories.py`; no row here read): every
  figure unchanged.
  2026-12-04 21:27 UTC, session 35 (rules from the second batch of written stories; no row here read): every figure
  unchanged (given the pair tune 0.946, sealed 0.920, gap 2.6).
  2026-12-04, session 36: batches 2 and 3 added and scored at the session's start code (f193ad7) before anyone read
  a row: given the pair, tune / sealed, batch2 0.816 / 0.838, batch3 0.828 / 0.834 (pipeline 0.677 / 0.722, 0.686 /
  0.677). Then the relation model was trained on the tune rows of "wire", "other" and "batch2" (no rule changed; no
  row of either batch read; 23:50 UTC, `--crossfit` with the models of `train_relation.py --fold A|B`): given the pair
  batch3 tune 0.868, sealed 0.911; batch2 tune 0.877, sealed 0.904; "wire" 0.976 / 0.968; "other" 0.944 / 0.929; all
  tune 0.885, all sealed 0.915; tune answered by rules 1470/1594, model over rules 61/73, one party 144/178, the
  model 180/251. Cross-fitted tune rows of a set trained on are read by a model that saw the same writers' other
  rows; batch3's are not, and its sealed rows are read by the shipped model, trained on twice the rows.
  2026-12-05 00:44 UTC, session 37: `pairs.decide` with odds of 33 (the model overrules the rules where its root is
  33 times as probable as theirs), chosen on the tune rows of batches 2 and 3, cross-fitted; no row read for it.
  Given the pair all tune 0.885 -> 0.901, all sealed 0.915 -> 0.922; batch3 tune 0.868 -> 0.884, sealed 0.911 ->
  0.917; batch2 0.877 -> 0.901 / 0.904 -> 0.918; "wire" 0.976 -> 0.971 / 0.968; "other" 0.944 / 0.929 unchanged.
  Batches 2 and 3's tune rows chose the odds, so their sealed rows are the fair measure of it.
  2026-12-05 01:22 UTC, session 37: rules written from batch 2's tune misses (the pipeline's "other participants"
  and "no trigger" rows listed once; no batch 3 row read): given the pair all tune 0.901 -> 0.903, sealed 0.922 ->
  0.923 (batch3 0.884 -> 0.885 / 0.917 -> 0.919); pipeline finding the pair all tune 0.706 -> 0.719, sealed 0.706 ->
  0.716 (batch2 0.677 -> 0.704 / 0.722 -> 0.725; batch3, read by no one, 0.686 -> 0.694 / 0.677 -> 0.693).
  2026-12-05 03:45 UTC, session 38: rules written from batch 2's tune misses given the pair and in the pipeline (a
  deadline given, diplomats ordered out, a protest on "Saturday night", forces moved ahead of an operation against a
  party, headline verbs read as plural nouns; no batch 3 row read): given the pair all tune 0.903 -> 0.905, sealed
  0.923 (batch2 0.906 -> 0.911 / 0.918; batch3 0.885 / 0.919); pipeline all tune 0.719 -> 0.724, sealed 0.716 ->
  0.717 (batch2 0.704 -> 0.718 / 0.725; batch3 0.694 -> 0.695 / 0.693). A relation model trained on batch 3's tune
  rows too read batch 2 better (given the pair 0.910 -> 0.923) and PLV worse (`bench/events_plv.py`); not shipped.
  2026-12-05 05:38 UTC, session 39: rules written from the written stories' tune misses (`bench/events_stories.py`),
  none from a written row: given the pair unchanged (tune 0.905, sealed 0.923); pipeline all tune 0.724 -> 0.725,
  sealed 0.717 -> 0.716 (batch3 0.695 -> 0.696 / 0.693 -> 0.692).
  2026-12-05 07:22 UTC, session 40: rules written from the tune misses of "wire", "other" and batch 2 (a party held
  responsible, joint acts and operations, forces ordered to a place, suspects extradited, aid transferred or
  released, hosted leaders, "was the target of", a stated refusal in the present ...; no batch 3 row read): given
  the pair all tune 0.905 -> 0.911, all sealed 0.923 unchanged; pipeline all tune 0.725 -> 0.741 (batch2 0.718 ->
  0.754; batch3, read by no one, 0.696 -> 0.702), all sealed 0.716 -> 0.727 (batch3 0.692 -> 0.704). 08:02 UTC, a
  second round (acts "together with" or "in partnership with" a party, "worked together to", imagery shared, aid
  by the tonne): given the pair all tune 0.911 -> 0.912, pipeline 0.741 -> 0.745 (batch2 0.762, batch3 0.703); every
  sealed figure unchanged.
  2026-12-05 09:29 UTC, session 41: rules from the written stories' tune misses and from probe sentences (groups in
  the possessive and common nouns of groups as parties, a border's "with", joined modifiers of what is sent; no
  written row read): given the pair all tune 0.912 -> 0.911 (one batch 2 import halt now COERCE), all sealed 0.923;
  pipeline all tune 0.745 -> 0.750 (batch2 0.765, batch3 0.706), all sealed 0.727 -> 0.731 (batch3 0.709).
  2026-12-05 11:39 UTC, session 42: rules from the tune misses of "wire", "other" and batch 2 and of ECB+ (no batch 3
  row read): given the pair all tune 0.911 -> 0.915 (wire 0.980 -> 0.990, batch2 0.920 -> 0.924, batch3 0.889 ->
  0.892), all sealed 0.923 -> 0.925 (batch3 0.919 -> 0.922); pipeline all tune 0.750 -> 0.754 (batch2 0.772, batch3
  0.710), all sealed 0.731 -> 0.735 (batch3 0.714, other 0.857); tune answered by rules 1,547/1,625 -> 1,556/1,627.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from pathlib import Path

import events_plv
import plv

from dragoman.events.relation import ROOTS, RelationModel, RelationModelError
from dragoman.pairs import decide
from dragoman.pipeline import Pipeline

DATA = Path(__file__).resolve().parent / "data" / "written_pairs.tsv"
SETS = ("wire", "other", "batch2", "batch3")
UNREAD = "batch3"  # no model is trained on it and no rule was written from it: `--errors` leaves it out by default


class WrittenDataError(ValueError):
    """A row of the written sentences is malformed."""


def _marked(sentence: str, source: str, target: str, line: int) -> str:
    """The sentence with <s>source</s> and <t>target</t> around their first occurrences (the target's first one
    outside the source)."""
    start = sentence.find(source)
    if start < 0:
        raise WrittenDataError(f"{DATA.name} line {line}: source {source!r} is not in the sentence")
    spans = [(start, start + len(source), "s")]
    if target != "-":
        at = next((m for m in _occurrences(sentence, target) if m + len(target) <= start or m >= start + len(source)),
                  None)
        if at is None:
            raise WrittenDataError(f"{DATA.name} line {line}: target {target!r} is not in the sentence apart from "
                                   "the source")
        spans.append((at, at + len(target), "t"))
    out, pos = "", 0
    for begin, end, tag in sorted(spans):
        out += f"{sentence[pos:begin]}<{tag}>{sentence[begin:end]}</{tag}>"
        pos = end
    return out + sentence[pos:]


def _occurrences(text: str, words: str) -> list[int]:
    found, at = [], text.find(words)
    while at >= 0:
        found.append(at)
        at = text.find(words, at + 1)
    return found


def load(path: Path = DATA, only: str | None = None) -> list[tuple[plv.PlvRow, str]]:
    """The rows (as PLV rows, with their part) and their set; lines starting with "#" are comments."""
    with path.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for (n, _), record in zip(lines[1:], reader, strict=True):
        if record["root"] not in ROOTS or record["set"] not in SETS:
            raise WrittenDataError(f"{path.name} line {n}: root {record['root']!r} or set {record['set']!r} unknown")
        if only is None or record["set"] == only:
            sentence = record["sentence"]
            marked = _marked(sentence, record["source"], record["target"], n)
            rows.append((plv.PlvRow(sentence, marked, record["source"], record["target"], record["root"],
                                    plv.part_of(sentence)), record["set"]))
    return rows


def main(argv: list[str]) -> int:
    only = argv[argv.index("--set") + 1] if "--set" in argv else None
    if only is not None and only not in SETS:
        print(f"--set: one of {', '.join(SETS)}", file=sys.stderr)
        return 2
    try:
        rows = load(only=only)
    except (OSError, WrittenDataError) as exc:
        print(exc, file=sys.stderr)
        return 2
    pipeline = Pipeline()
    events_plv.PLACE_COUNTRY = pipeline.coder.place_country
    model = RelationModel.load()
    crossfit = Path(argv[argv.index("--crossfit") + 1]) if "--crossfit" in argv else None
    try:
        fold_models = events_plv.crossfit_models(crossfit, model) if crossfit else {}
    except RelationModelError as exc:
        print(f"--crossfit: {exc}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    scored = events_plv.run_plv(pipeline, [row for row, _ in rows])
    results = []
    for (row, written), (_, pred, ex, _, _) in zip(rows, scored, strict=True):
        source, target = plv.marked_spans(row.marked)
        reader = fold_models[plv.fold_of(row.sentence)] if fold_models and row.part == "tune" else model
        reading = reader.read(row.sentence, source.offsets if source else None, target.offsets if target else None)
        one_party = events_plv.one_party_root(row, ex) if pred == events_plv.NO_EVENT else None
        root, basis = decide(None if pred == events_plv.NO_EVENT else pred, reading, one_party)
        results.append((row, written, pred, root or events_plv.NO_EVENT, basis, ex))
    print(f"sentences written for dragoman ({DATA.name}; {time.perf_counter() - t0:.0f} s; tune rows read by "
          f"{'the models of ' + str(crossfit) + ', cross-fitted' if fold_models else 'the shipped model'})")
    columns = [(f"{part} {s}" if s else part, [r for r in results if r[0].part == part and s in (None, r[1])])
               for part in ("tune", "sealed") for s in (None, *SETS) if only is None or s in (None, only)]
    columns = [(name, rs) for name, rs in columns if rs]
    print(f"{'':26}" + "".join(f"{name:>14}" for name, _ in columns))
    print(f"{'rows':26}" + "".join(f"{len(rs):>14}" for _, rs in columns))
    for label, index in (("given the pair", 3), ("pipeline finding the pair", 2)):
        print(f"{label:26}" + "".join(f"{sum(r[index] == r[0].root for r in rs) / len(rs):>14.3f}"
                                      for _, rs in columns))
    print(f"{'no matching event':26}" + "".join(
        f"{sum(r[2] == events_plv.NO_EVENT for r in rs) / len(rs):>14.3f}" for _, rs in columns))
    tune = [r for r in results if r[0].part == "tune"]
    sealed = [r for r in results if r[0].part == "sealed"]
    if tune and sealed:
        gap = (sum(r[3] == r[0].root for r in tune) / len(tune) - sum(r[3] == r[0].root for r in sealed) / len(sealed))
        print(f"gap given the pair (tune - sealed): {100 * gap:.1f} pts")
    bases = Counter((r[4], r[3] == r[0].root) for r in tune)
    print("tune answered by (right/rows): " + ", ".join(
        f"{basis} {bases[basis, True]}/{bases[basis, True] + bases[basis, False]}"
        for basis in ("rules", "model over rules", "one party", "model") if bases[basis, True] + bases[basis, False]))
    if "--errors" in argv:
        if only is None:
            print(f"\n(misses of the tune rows of {UNREAD!r} are left out: it measures the rules and the model on "
                  f"writers no one read; --set {UNREAD} --errors prints them)")
        for row, written, pred, root, basis, ex in tune:
            if root != row.root and (written != UNREAD or only == UNREAD):
                print(f"\n[{row.root}] ({written}) rules {pred}, given the pair {root} by {basis} | {row.marked}\n"
                      f"{events_plv.describe(ex)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
