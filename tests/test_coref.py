"""Coreference metrics on hand-checked toy examples, and the event-mention clustering rules."""

from __future__ import annotations

import itertools
import random

import pytest

from dragoman.coref import (
    DocumentProfile,
    MentionProfile,
    b_cubed,
    ceaf_e,
    cluster_documents,
    cluster_mentions,
    conll_f1,
    derive,
    event_family,
    max_assignment,
    mention_similarity,
    muc,
)


def approx(values: tuple[float, float, float], expected: tuple[float, float, float]) -> None:
    assert values == pytest.approx(expected, abs=1e-9)


# Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions", Fig. 1:
# key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i} (e missing, h and i spurious).
KEY = [["a", "b", "c"], ["d", "e", "f", "g"]]
RESPONSE = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]


def test_muc_pradhan_example() -> None:
    # Recall: {a,b,c} split in 2 -> 1 of 2 links; {d,e,f,g} split in 3 ({d}, {e}, {f,g}) -> 1 of 3.
    # Precision: {a,b} 1 of 1; {c,d} 0 of 1; {f,g,h,i} split in 3 -> 1 of 3.
    approx(muc(KEY, RESPONSE), (2 / 5, 2 / 5, 2 / 5))


def test_b_cubed_pradhan_example() -> None:
    # Recall: (2*(2/3) + 1/3 + 1/4 + 0 + 2*(2/4)) / 7 = 35/84; precision: (1+1 + 1/2+1/2 + 1/2+1/2) / 8 = 1/2.
    p, r, f = b_cubed(KEY, RESPONSE)
    assert (p, r) == pytest.approx((1 / 2, 35 / 84))
    assert f == pytest.approx(2 * 0.5 * (35 / 84) / (0.5 + 35 / 84))


def test_ceaf_e_pradhan_example() -> None:
    # phi4: {a,b,c}~{a,b} 4/5, {d,e,f,g}~{f,g,h,i} 4/8 (the best alignment): 1.3 over 3 response, 2 key.
    approx(ceaf_e(KEY, RESPONSE), (1.3 / 3, 1.3 / 2, 2 * (1.3 / 3) * 0.65 / (1.3 / 3 + 0.65)))


def test_muc_vilain_example() -> None:
    # Vilain et al. (1995): key {A,B,C,D}, response {A,B} {C,D}: recall 2/3, precision 1.
    approx(muc([["A", "B", "C", "D"]], [["A", "B"], ["C", "D"]]), (1.0, 2 / 3, 0.8))


def test_bagga_baldwin_example() -> None:
    # Bagga & Baldwin (1998): key {1..5} {6,7} {8..12}; response merges the last two key clusters.
    key = [[1, 2, 3, 4, 5], [6, 7], [8, 9, 10, 11, 12]]
    response = [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]]
    p, r, _ = b_cubed(key, response)
    assert r == pytest.approx(1.0)
    assert p == pytest.approx((5 + 2 * 2 / 7 + 5 * 5 / 7) / 12)  # 0.7619...
    # MUC gives 9/10 precision whether {6,7} or {1..5} is merged into {8..12}: the point of B3.
    approx(muc(key, response), (0.9, 1.0, 2 * 0.9 / 1.9))
    worse = [[1, 2, 3, 4, 5, 8, 9, 10, 11, 12], [6, 7]]
    assert muc(key, worse) == muc(key, response)
    assert b_cubed(key, worse)[0] < p
    # CEAF-e: {1..5}~{1..5} 1, {8..12}~{6..12} 10/12; {6,7} unaligned.
    total = 1 + 10 / 12
    approx(ceaf_e(key, response), (total / 2, total / 3, 2 * (total / 2) * (total / 3) / (total / 2 + total / 3)))


def test_perfect_and_singletons() -> None:
    key = [[1, 2], [3], [4, 5, 6]]
    scores = conll_f1(key, [[6, 5, 4], [2, 1], [3]])
    assert scores["conll"] == pytest.approx(1.0)
    # All singletons on both sides: no links for MUC (0 by convention), B3 and CEAF-e perfect.
    single = [[1], [2], [3]]
    approx(muc(single, single), (0.0, 0.0, 0.0))
    approx(b_cubed(single, single), (1.0, 1.0, 1.0))
    approx(ceaf_e(single, single), (1.0, 1.0, 1.0))


def test_all_in_one_response() -> None:
    key = [[1, 2], [3, 4], [5]]
    response = [[1, 2, 3, 4, 5]]
    approx(muc(key, response), (2 / 4, 1.0, 2 / 3))  # 5 mentions in 3 key parts: 2 of 4 links right
    p, r, _ = b_cubed(key, response)
    assert (p, r) == pytest.approx((9 / 25, 1.0))  # (4 * 2/5 + 1/5) / 5
    # CEAF-e: the one response cluster aligns with {1,2} or {3,4}: phi4 = 4/7.
    assert ceaf_e(key, response)[:2] == pytest.approx((4 / 7, 4 / 7 / 3))


def _brute_force(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    if rows <= cols:
        for perm in itertools.permutations(range(cols), rows):
            best = max(best, sum(weights[i][perm[i]] for i in range(rows)))
    else:
        for perm in itertools.permutations(range(rows), cols):
            best = max(best, sum(weights[perm[j]][j] for j in range(cols)))
    return best


def test_max_assignment_matches_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.choice([0.0, rng.random()]) for _ in range(cols)] for _ in range(rows)]
        assert max_assignment(weights) == pytest.approx(_brute_force(weights))


def test_ceaf_e_components_match_full_assignment() -> None:
    rng = random.Random(3)
    items = list(range(40))
    for _ in range(30):
        key = _random_partition(items, rng)
        response = _random_partition(items, rng)
        weights = [[2 * len(set(k) & set(r)) / (len(k) + len(r)) for r in response] for k in key]
        total = max_assignment(weights)
        assert ceaf_e(key, response)[:2] == pytest.approx((total / len(response), total / len(key)))


def _random_partition(items: list[int], rng: random.Random) -> list[list[int]]:
    labels = [rng.randint(0, 12) for _ in items]
    groups: dict[int, list[int]] = {}
    for item, label in zip(items, labels, strict=True):
        groups.setdefault(label, []).append(item)
    return list(groups.values())


# -- event families and clustering ---------------------------------------------------------------

VERBS = {"acquire", "resign", "explode", "shoot", "announce", "ship", "arrive"}


def test_derivations_and_families() -> None:
    assert derive("acquisition", VERBS) == "acquire"
    assert derive("resignation", VERBS) == "resign"
    assert derive("explosion", VERBS) == "explode"
    assert derive("announcement", VERBS) == "announce"
    assert derive("arrival", VERBS) == "arrive"
    assert derive("shipping", VERBS) == "ship"
    assert derive("station", VERBS) == "station"  # nothing to derive from
    assert event_family("earthquake") == event_family("quake") == event_family("temblor")
    assert event_family("acquisition", VERBS) == event_family("buy") == "acquire"
    assert event_family("shooting", VERBS) == "shoot"
    assert event_family("arrest") != event_family("kill")


def _m(doc: str, lemma: str, family: str | None = None, **kw: object) -> MentionProfile:
    return MentionProfile(doc_id=doc, trigger=lemma, lemma=lemma, family=family or event_family(lemma), **kw)


def test_similarity_rules() -> None:
    a = _m("d1", "arrest", participants=frozenset({"reid"}))
    b = _m("d2", "detain", participants=frozenset({"reid"}))
    c = _m("d3", "arrest", participants=frozenset({"lohan"}))
    assert mention_similarity(a, b) > mention_similarity(a, _m("d2", "kill"))
    assert mention_similarity(a, _m("d2", "arrest")) > mention_similarity(a, c)
    dated = _m("d1", "quake", times=frozenset({"y:2008"}))
    assert mention_similarity(dated, _m("d2", "quake", times=frozenset({"y:2012"}))) < mention_similarity(
        dated, _m("d2", "quake", times=frozenset({"y:2008"})))
    assert mention_similarity(a, _m("d2", "arrest", negated=True)) < mention_similarity(a, _m("d2", "arrest"))
    assert mention_similarity(_m("d1", "say"), _m("d2", "say")) < mention_similarity(a, _m("d2", "arrest"))


def test_cluster_mentions_splits_by_document_group() -> None:
    docs = [DocumentProfile("a1", {"e:reid": 3, "e:promises": 2, "w:rehab": 2}),
            DocumentProfile("a2", {"e:reid": 2, "e:promises": 1, "w:rehab": 1}),
            DocumentProfile("b1", {"e:lohan": 3, "e:betty ford": 2, "w:rehab": 1}),
            DocumentProfile("b2", {"e:lohan": 2, "e:betty ford": 1, "w:rehab": 2})]
    assert sorted(cluster_documents(docs, 0.2)) == [[0, 1], [2, 3]]
    mentions = [_m("a1", "enter"), _m("a2", "enter"), _m("b1", "enter"), _m("b2", "enter"), _m("a1", "say")]
    clusters = sorted(cluster_mentions(mentions, docs, threshold=0.5, doc_threshold=0.2))
    assert clusters == [[0, 1], [2, 3], [4]]


def test_profiler_on_spacy(pipeline) -> None:
    from dragoman.coref import Profiler

    nlp = pipeline.parser.nlp
    profiler = Profiler(nlp)
    doc = nlp("Police arrested Tara Reid in Los Angeles in March 2008 after the shooting.")
    arrest = profiler.mention("d1", doc[1:2])
    assert (arrest.lemma, arrest.family) == ("arrest", "arrest")
    assert {"reid", "los angeles"} <= arrest.participants
    assert "los angeles" in arrest.places
    assert {"2008-03", "y:2008"} <= arrest.times
    shooting = profiler.mention("d1", doc[12:13])
    assert shooting.family == "shoot"
    custody = profiler.mention("d2", nlp("She was taken into custody.")[2:5])
    assert custody.family == "arrest"
    document = profiler.document("d1", [doc])
    assert document.features["e:reid"] == 1 and document.features["y:2008"] == 1


def test_event_profile() -> None:
    from dragoman.coref import event_profile
    from dragoman.model import Event, EventDate, Evidence, Participant

    event = Event(id="e1", type="CONSULT", mode="visit",
                  source=[Participant("rus", "Russia", "RUS")], target=[Participant("p1", "Kim Jong Un", "PRK")],
                  date=EventDate(value="2024-07-23", start="2024-07-23", basis="text"),
                  evidence=[Evidence("a1", "s", 0, 1, trigger="visited")])
    profile = event_profile(event)
    assert profile.participants == frozenset({"RUS", "kim"})
    assert "y:2024" in profile.times and profile.family == "visit"
    assert mention_similarity(profile, event_profile(event)) > 0.5
