"""Benchmark: person-name variant clustering (`dragoman.names.cluster_names`).

Run:  .venv/bin/python bench/actors.py [path/to/variants.tsv]

Input TSV (default bench/data/name_variants.tsv): entity_id, name, country_hint (ISO3 or empty).
All names go through one `cluster_names` call; pairs of names are then scored against entity_id:
pairwise precision / recall / F1, plus the list of "confusable merges" (pairs of different
entities put in one cluster; the hard requirement is zero) and of split entities (recall losses).

Last measured 2-core machine, Python 3.11.7, bundled set (263 names, 88 entities: Russian,
Ukrainian, Belarusian, Central Asian, Arabic, Persian, Turkish, Korean, Chinese names, the seed
article's actors, and confusables: the Kims, Assads, Bushes, Castros, Lukashenkos, Gaddafis,
Aliyevs, Kadyrovs, Berdimuhamedows, Zelensky/Zelenska, Li Qiang/Li Keqiang, MBS/MBZ/King Salman,
Saddam/King Hussein), one cluster_names call in ~65 ms:
    pairs true-same 318, predicted-same 302, true positives 302
    precision 1.0000  recall 0.9497  F1 0.9742  confusable merges 0
    split (recall losses): Fidel Castro | Fidel Castro Ruz; Tayyip Erdogan and lone Erdogan
    apart from Recep Tayyip Erdogan; Khalifa Haftar | Hifter; King Salman; lone Lukashenko
    (ambiguous next to Viktor Lukashenko, by design).
The exit status is 1 when any confusable merge happens.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from dragoman.names import cluster_names

DEFAULT = Path(__file__).parent / "data" / "name_variants.tsv"


def load(path: Path) -> list[tuple[str, str, str | None]]:
    rows: list[tuple[str, str, str | None]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            rows.append((row["entity_id"], row["name"], (row.get("country_hint") or "").strip() or None))
    return rows


def main(path: Path = DEFAULT) -> int:
    rows = load(path)
    t0 = time.perf_counter()
    clusters = cluster_names([(name, hint) for _, name, hint in rows])
    elapsed = time.perf_counter() - t0

    # cluster_names returns names; map each back to its row (names may repeat across rows).
    queue: dict[str, list[int]] = defaultdict(list)
    for i, (_, name, _) in enumerate(rows):
        queue[name].append(i)
    pred = [-1] * len(rows)
    for c, members in enumerate(clusters):
        for name in members:
            pred[queue[name].pop(0)] = c

    tp = fp = fn = 0
    merges: list[tuple[str, str, str, str]] = []
    for i, j in combinations(range(len(rows)), 2):
        same_gold = rows[i][0] == rows[j][0]
        same_pred = pred[i] == pred[j]
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            merges.append((rows[i][0], rows[i][1], rows[j][0], rows[j][1]))
        elif same_gold:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    entities = {e for e, _, _ in rows}
    print(f"names {len(rows)}  entities {len(entities)}  clusters {len(clusters)}  time {elapsed * 1000:.0f} ms")
    print(f"{'metric':<22}{'value':>10}")
    for label, value in (("pairs true-same", tp + fn), ("pairs predicted-same", tp + fp), ("true positives", tp),
                         ("precision", precision), ("recall", recall), ("F1", f1)):
        print(f"{label:<22}{value:>10.4f}" if isinstance(value, float) else f"{label:<22}{value:>10}")
    print(f"{'confusable merges':<22}{len(merges):>10}")
    for ea, na, eb, nb in merges:
        print(f"  MERGED {ea}:{na!r} + {eb}:{nb!r}")

    by_entity: dict[str, set[int]] = defaultdict(set)
    for (e, _, _), c in zip(rows, pred, strict=True):
        by_entity[e].add(c)
    split = {e: cs for e, cs in by_entity.items() if len(cs) > 1}
    print(f"{'split entities':<22}{len(split):>10}")
    for e, cs in sorted(split.items()):
        parts = [[rows[i][1] for i in range(len(rows)) if rows[i][0] == e and pred[i] == c] for c in sorted(cs)]
        print(f"  SPLIT {e}: " + " | ".join(", ".join(p) for p in parts))
    return 0 if not merges else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
