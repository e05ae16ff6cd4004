"""The PLV train set (`$DRAGOMAN_EVALDATA/plv_train/PLV_train.tsv`, never copied here) and its fixed split.

The split was drawn once, before any tuning on this pool, by a hash of the sentence text: SHA-1 of the UTF-8
sentence, as an integer, modulo 3; remainder 0 is *sealed* (365 rows), 1 and 2 are *tune* (685 rows). Rows that share
a sentence always fall on the same side. Errors are read only on tune rows; sealed rows are scored in aggregate and
never looked at one by one. Every bench that reads PLV uses this module, so the split cannot drift.

By 2026-12-01 every tune row had been read, so tune figures no longer tell fitting from learning. A second split,
drawn once at the start of session 7 before that session's changes, cuts tune in two by another hash (SHA-256 of the
sentence, modulo 2): fold "A" (remainder 0) is the one whose misses are read from then on; fold "B" is scored in
aggregate only, a fresh check of new rules that costs the sealed part nothing.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dragoman.pairs import Party as Span

EVALDATA = Path(os.environ.get("DRAGOMAN_EVALDATA", Path(__file__).resolve().parents[2] / "shared" / "evaldata"))
PLV = EVALDATA / "plv_train" / "PLV_train.tsv"
Part = Literal["tune", "sealed"]
Fold = Literal["A", "B"]
TAG = re.compile(r"</?[st]>")


@dataclass(frozen=True)
class PlvRow:
    sentence: str
    marked: str  # the sentence with <s>source</s> and <t>target</t>
    source: str
    target: str
    root: str  # gold PLOVER root; YIELD stands for CONCEDE or RETREAT
    part: Part


def part_of(sentence: str) -> Part:
    return "sealed" if int(hashlib.sha1(sentence.encode()).hexdigest(), 16) % 3 == 0 else "tune"


def fold_of(sentence: str) -> Fold:
    return "A" if int(hashlib.sha256(sentence.encode()).hexdigest(), 16) % 2 == 0 else "B"


def load(part: Part | None = None, path: Path = PLV) -> list[PlvRow]:
    """The rows of one part (or all), in file order."""
    with path.open(newline="", encoding="utf-8") as f:
        rows = [PlvRow(r["sentence"], r["marked_sentence"], r["source"], r["target"], r["gold_root"],
                       part_of(r["sentence"])) for r in csv.DictReader(f, delimiter="\t")]
    return [r for r in rows if part is None or r.part == part]


def marked_spans(marked: str) -> tuple[Span | None, Span | None]:
    """Source and target spans as offsets in the plain sentence (the tags removed); None for a role the row leaves
    unmarked ("a recipient", "An actor": 24 rows), which any participant or none then satisfies."""
    plain: list[str] = []
    opened: dict[str, int] = {}
    spans: dict[str, Span] = {}
    pos = last = 0
    for m in TAG.finditer(marked):
        plain.append(marked[last:m.start()])
        pos += m.start() - last
        last = m.end()
        tag = m.group()
        if tag[1] != "/":
            opened[tag[1]] = pos
        else:
            start = opened.pop(tag[2])
            spans[tag[2]] = Span(start, pos, "".join(plain)[start:pos])
    return spans.get("s"), spans.get("t")
