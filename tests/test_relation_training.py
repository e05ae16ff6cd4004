"""scripts/train_relation.py: the short sentences it makes of a CAMEO verb dictionary, and how it weighs them.

The dictionary lines are written for these tests, in CAMEO.2.0.txt's format."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from dragoman.events.relation import EMBEDDING_SIZE, SOURCE_MASK, TARGET_MASK, VIEWS, Masked, bucket
from dragoman.petrarch import VerbDictionary

ROOT = Path(__file__).resolve().parents[1]

DICTIONARY = """
&WEAPONRY
+HEAVY_ARTILLERY
+ROCKET
+MORTAR

---  HOLD   [---]  ---
HOLD {HOLDS HOLDING HELD }
- * TALKS (WITH)                 [040]     # HOLD
- * VIEWS                        [010]     # HOLD
- * (AT HEARING)                 [:173]    # HOLD

---  STRIKE   [190]  ---
STRIKE {STRIKES STRIKING STRUCK STRICKEN }
POUND
- * {&WEAPONRY ATTACK}           [195]     # STRIKE

---  PUT   [---]  ---
PUT {PUTS PUTTING }
BUILD {BUILDS BUILDING BUILT }
- * (ON TRIAL)                   [173]     # PUT
- * UP TROOPS                    [154]     # BUILD
- * + FREE                       [0841]    # PUT
"""


@pytest.fixture(scope="module")
def train_relation() -> ModuleType:
    for path in (ROOT / "scripts", ROOT / "bench"):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    return importlib.import_module("train_relation")


@pytest.fixture(scope="module")
def sentences(train_relation: ModuleType) -> dict[str, str]:
    return dict(train_relation.dictionary_sentences(VerbDictionary.parse(DICTIONARY)))


def test_a_pattern_gives_its_verb_in_the_past_with_its_words_and_the_parties(sentences: dict[str, str]) -> None:
    assert sentences["SRC held talks with TGT."] == "CONSULT"  # the target after a closing preposition
    assert sentences["SRC put TGT on trial."] == "COERCE"  # before a prepositional phrase; an irregular past
    assert sentences["SRC built up TGT troops."] == "MOBILIZE"  # after the verb's particle


def test_a_verb_line_with_a_code_gives_a_bare_sentence(sentences: dict[str, str]) -> None:
    assert sentences["SRC struck TGT."] == "ASSAULT"  # the shortest past form listed, not STRICKEN
    assert sentences["SRC pounded TGT."] == "ASSAULT"  # the block's code, regular past
    assert "SRC held TGT." not in sentences and "SRC put TGT." not in sentences  # "---": no event


def test_a_synset_reads_as_its_first_one_word_member(sentences: dict[str, str]) -> None:
    assert sentences["SRC struck TGT rocket attack."] == "ASSAULT"


def test_the_patterns_markers_place_the_parties_and_yield_stands_for_retreat(sentences: dict[str, str]) -> None:
    assert sentences["SRC put TGT free."] == "YIELD"  # "+" places the target; RETREAT 0841 is YIELD


def test_statements_and_reverse_only_codes_give_no_sentence(sentences: dict[str, str]) -> None:
    assert not any("views" in s or "hearing" in s for s in sentences)
    assert all(s.replace(".", " ").split().count(mask) == 1 for s in sentences for mask in (SOURCE_MASK, TARGET_MASK))


def test_the_shipped_dictionary_gives_every_root_and_locates_the_masks(train_relation: ModuleType) -> None:
    masks, roots = train_relation.dictionary_examples()
    assert len(masks) > 3000 and set(roots) == set(train_relation.ROOTS)
    for m in masks[:200]:
        assert m.source is not None and m.target is not None
        assert m.text[slice(*m.source)] == SOURCE_MASK and m.text[slice(*m.target)] == TARGET_MASK


def test_dictionary_rows_of_a_root_weigh_a_share_of_its_other_rows(train_relation: ModuleType) -> None:
    pytest.importorskip("sklearn")
    own = [Masked("SRC shelled TGT near the border"), Masked("SRC met TGT in Doha")] * 3
    labels = ["ASSAULT", "CONSULT"] * 3
    extra = [Masked("SRC bombarded TGT"), Masked("SRC conferred with TGT")] * 20
    extra_labels = ["ASSAULT", "CONSULT"] * 20
    states = np.zeros((len(own) + len(extra), EMBEDDING_SIZE * len(VIEWS)), dtype=np.float32)
    # fit needs all 15 roots: one row of each other root, far from the two tested
    others = [r for r in train_relation.ROOTS if r not in ("ASSAULT", "CONSULT")]
    fill = [Masked(f"SRC word{i} TGT") for i in range(len(others))]
    fill_states = np.zeros((len(others), states.shape[1]), dtype=np.float32)

    def read(weight: float) -> float:
        fitted = train_relation.fit(own + fill + extra, labels + others + extra_labels,
                                    np.vstack([states[:len(own)], fill_states, states[len(own):]]), 5.0,
                                    [False] * (len(own) + len(fill)) + [True] * len(extra), weight)
        column = dict(zip(fitted.buckets.tolist(), range(len(fitted.buckets)), strict=True))
        i = train_relation.ROOTS.index("ASSAULT")
        return float(fitted.coef[i, column[bucket("bombarded")]])

    assert read(0.0) == pytest.approx(0.0, abs=1e-6)  # weight 0: the dictionary's words learn nothing
    assert read(0.5) > read(0.1) > 0.0


def test_written_rows_are_tune_rows_of_the_sets_and_fold_asked(train_relation: ModuleType) -> None:
    written = sys.modules["events_written"]
    rows = {row.sentence: (row, s) for row, s in written.load()}
    for fold in ("A", "B"):
        masks, roots = train_relation.written_examples(fold, ("batch2",))
        assert masks and len(masks) == len(roots)
        assert set(roots) <= set(train_relation.ROOTS)
        for m in masks:
            assert m.source is not None and m.text[slice(*m.source)] == SOURCE_MASK
    every, _ = train_relation.written_examples("tune")
    tune = [(row, s) for row, s in rows.values() if row.part == "tune"]
    assert len(every) == len(tune) < len(rows)  # the sealed rows are never read
    a, _ = train_relation.written_examples("A", ("wire",))
    assert len(a) == sum(1 for row, s in tune if s == "wire" and train_relation.plv.fold_of(row.sentence) == "A")


def test_a_row_weighing_nothing_teaches_nothing(train_relation: ModuleType) -> None:
    pytest.importorskip("sklearn")
    rows = [Masked(f"SRC {verb} TGT") for verb in ("shelled", "met", "besieged")]
    labels = ["ASSAULT", "CONSULT", "ASSAULT"]
    others = [r for r in train_relation.ROOTS if r not in ("ASSAULT", "CONSULT")]
    rows += [Masked(f"SRC word{i} TGT") for i in range(len(others))]
    labels += others
    states = np.zeros((len(rows), EMBEDDING_SIZE * len(VIEWS)), dtype=np.float32)

    def besieged(weight: float) -> float:
        weights = [1.0, 1.0, weight] + [1.0] * len(others)
        fitted = train_relation.fit(rows, labels, states, 5.0, weights=weights)
        column = dict(zip(fitted.buckets.tolist(), range(len(fitted.buckets)), strict=True))
        return float(fitted.coef[train_relation.ROOTS.index("ASSAULT"), column[bucket("besieged")]])

    assert besieged(0.0) == pytest.approx(0.0, abs=1e-6)
    assert besieged(1.0) > besieged(0.3) > 0.0
