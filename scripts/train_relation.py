"""Train the relation model (`dragoman.events.relation`) and write its weights.

Run:  pip install -e ".[train]"
      python scripts/train_relation.py [--fold tune|A|B] [--out PATH] [--c C]

Data, read in place and never copied: the tune part of the PLV pool (`bench/plv.py`:
`$DRAGOMAN_EVALDATA/plv_train/PLV_train.tsv`; sealed rows are never read here) and the PLOVER gold records of
`plover_gsr_cameo/plover_gsr_dev.jsonl` (164 sentences with marked source and target spans, CC BY-SA 4.0; their
PLOVER 0.5 types renamed to 2021's as `bench/events_plover.py` does). Cross-fitting on tune with and without them:
rules + model 0.883 -> 0.885, model alone 0.699 -> 0.737 (unweighted classes); `--no-gsr` leaves them out.
`--fold A` or `B` trains on one fold of tune only (and the GSR records), for the cross-fitted tune figures of
`bench/events_plv.py --relation --crossfit DIR` (a model trained on A scores B and the other way round); the shipped
model (`src/dragoman/data/relation/model.npz`, the default `--out`) is trained on all of tune.

Each row gives one example: the sentence with its marked source and target masked (SRC, TGT) and the gold root.
Features: TF-IDF of hashed word unigrams and bigrams (the buckets seen here, with their inverse document frequency,
are stored; no words are) beside the MiniLM embedding of the same text; a multinomial logistic regression
(scikit-learn, L2, C=5 by default, classes weighted by inverse frequency; chosen by cross-fitting folds A and B)
over both. Deterministic: the same data gives the same
weights.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import events_plover  # noqa: E402  (bench/events_plover.py: the GSR records and their 2021 types)
import plv  # noqa: E402  (bench/plv.py: the fixed split)

from dragoman.events.relation import ROOTS, Encoder, bucket, grams, masked, root_of, term_weights  # noqa: E402


def plv_examples(fold: str) -> tuple[list[str], list[str]]:
    rows = [r for r in plv.load("tune") if fold == "tune" or plv.fold_of(r.sentence) == fold]
    texts = []
    for row in rows:
        source, target = plv.marked_spans(row.marked)
        texts.append(masked(row.sentence, source and (source.start, source.end),
                            target and (target.start, target.end)))
    return texts, [r.root for r in rows]


def gsr_examples() -> tuple[list[str], list[str]]:
    """Each GSR record's sentence, its first source span and its first target span masked ("SRC/TAR" spans of
    a reciprocal event: the first is the source, the second the target), and its 2021 root."""
    texts, roots = [], []
    for record in events_plover.load(events_plover.DEFAULT):
        spans = [s for s in record["spans"] if s.get("start") is not None]
        sources = [s for s in spans if s["label"] in ("SRC", "SRC/TAR")]
        targets = [s for s in spans if s["label"] == "TAR"] or [s for s in spans if s["label"] == "SRC/TAR"][1:]
        texts.append(masked(record["text"], (sources[0]["start"], sources[0]["end"]) if sources else None,
                            (targets[0]["start"], targets[0]["end"]) if targets else None))
        roots.append(root_of(events_plover.gold_type(record["expected_events"][0])))
    return texts, roots


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fold", choices=("tune", "A", "B"), default="tune")
    parser.add_argument("--out", type=Path, default=ROOT / "src/dragoman/data/relation/model.npz")
    parser.add_argument("--no-gsr", action="store_true", help="train on PLV tune rows only")
    parser.add_argument("--c", type=float, default=5.0, help="inverse L2 strength of the logistic regression")
    args = parser.parse_args(argv)
    if not plv.PLV.exists():
        print(f"{plv.PLV}: not found (set DRAGOMAN_EVALDATA)", file=sys.stderr)
        return 2
    try:
        from scipy.sparse import csr_matrix, hstack
        from sklearn.linear_model import LogisticRegression
    except ImportError:
        print("training needs scikit-learn: pip install -e '.[train]'", file=sys.stderr)
        return 2

    texts, labels = plv_examples(args.fold)
    if not args.no_gsr:
        more_texts, more_labels = gsr_examples()
        texts, labels = texts + more_texts, labels + more_labels
    df = Counter(b for t in texts for b in {bucket(g) for g in grams(t)})
    buckets = np.array(sorted(df), dtype=np.int64)
    column = {b: i for i, b in enumerate(buckets.tolist())}
    # scikit-learn's smooth idf: ln((1 + n) / (1 + df)) + 1
    idf = np.array([math.log((1 + len(texts)) / (1 + df[b])) + 1 for b in buckets.tolist()], dtype=np.float64)
    idf_of = dict(zip(buckets.tolist(), idf.tolist(), strict=True))
    rows, cols, vals = [], [], []
    for i, text in enumerate(texts):
        for b, w in term_weights(text, idf_of).items():  # the weights the model reads at run time
            rows.append(i)
            cols.append(column[b])
            vals.append(w)
    words = csr_matrix((vals, (rows, cols)), shape=(len(texts), len(buckets)))
    embedded = Encoder().embed(texts)
    # Classes weighted by inverse frequency: unweighted, a short sentence unlike the training ones read as the
    # commonest root (YIELD); weighted, cross-fitted tune rows read alone 0.737 -> 0.758 (rules + model 0.885 both)
    features = hstack([words, csr_matrix(embedded)]).tocsr()
    model = LogisticRegression(C=args.c, max_iter=5000, class_weight="balanced").fit(features, labels)
    if tuple(model.classes_) != ROOTS:
        print(f"the training rows give the roots {list(model.classes_)}, not PLOVER's 15", file=sys.stderr)
        return 1
    coef = model.coef_.astype(np.float32)
    about = (f"trained {datetime.now(UTC):%Y-%m-%d} by scripts/train_relation.py on PLV {args.fold} "
             f"{'' if args.no_gsr else '+ PLOVER GSR dev '}({len(texts)} rows), C={args.c}, balanced classes")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, roots=np.array(ROOTS), buckets=buckets, idf=idf.astype(np.float32),
                        word_coef=coef[:, :len(buckets)], embed_coef=coef[:, len(buckets):],
                        intercept=model.intercept_.astype(np.float32), about=np.array(about))
    print(f"{args.out}: {about}; {len(buckets)} word buckets")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
