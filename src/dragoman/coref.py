"""Cross-document event coreference: which event mentions, across articles, report one event.

A reusable layer under `merge.py` (one article) and `store.py` (across articles):

- `MentionProfile`: what one event mention offers for comparison — its trigger lemma, the event
  family of that lemma (derivations "acquisition → acquire", "shooting → shoot", and a small
  hand-written table of news-event synonyms: "quake / earthquake / temblor"), whether it is negated,
  the participants (named people, organizations, countries — normalized with `names.normalize` and
  `countries.country_code`), places, explicit dates and numbers of its sentence, and its document.
- `DocumentProfile`: a document's entities, years and content lemmas, for telling apart two
  documents that report two similar events ("a 6.1 quake in Indonesia" vs "a 7.2 quake in Peru").
- `Profiler`: builds both from spaCy docs (`dragoman.nlp.load_model()`), sentence by sentence.
- `cluster_documents` and `cluster_mentions`: average-link agglomerative clustering with a threshold;
  mentions are only merged within one document cluster.
- `event_profile`: a profile from a stored `Event` (trigger, participants, date, place), so the store
  can score a candidate cross-article merge with `mention_similarity`.
- `muc`, `b_cubed`, `ceaf_e`, `conll_f1`: the coreference metrics (CEAF-e with an exact Kuhn–Munkres
  assignment), used by `bench/merge_ecb.py`.

Everything here is rules and counts: no per-corpus tables beyond the event families below, and the two
thresholds (`DOC_THRESHOLD`, `MENTION_THRESHOLD`) were tuned on the ECB+ training topics only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from dragoman.countries import country_code
from dragoman.names import normalize, surname_of
from dragoman.timex import TimexTagger

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

    from dragoman.model import Event

T = TypeVar("T", bound=Hashable)

# Tuned on ECB+ train topics (1-22); see bench/merge_ecb.py.
DOC_THRESHOLD = 0.05
MENTION_THRESHOLD = 0.45

# --------------------------------------------------------------------------------------------------
# Event families: lemmas that name the same kind of event. Keys are the family names.
# --------------------------------------------------------------------------------------------------

_FAMILIES: dict[str, tuple[str, ...]] = {
    "arrest": ("arrest", "apprehend", "detain", "detention", "custody", "nab", "capture", "bust"),
    "kill": ("kill", "killing", "murder", "slay", "slaying", "homicide", "assassinate", "assassination"),
    "die": ("die", "death", "dead", "pass", "decease"),
    "shoot": ("shoot", "shooting", "gunfire", "gunshot", "gun"),
    "attack": ("attack", "assault", "raid", "strike", "airstrike", "bombard", "bombardment"),
    "explode": ("explode", "explosion", "blast", "bomb", "bombing", "detonate", "detonation"),
    "quake": ("quake", "earthquake", "temblor", "tremor", "aftershock"),
    "injure": ("injure", "injury", "wound", "hurt"),
    "acquire": ("acquire", "acquisition", "buy", "purchase", "takeover", "merger", "merge"),
    "announce": ("announce", "announcement", "unveil", "unveiling", "reveal", "revelation"),
    "appoint": ("appoint", "appointment", "name", "nominate", "nomination", "tap", "hire", "choose",
                "pick", "select", "selection"),
    "resign": ("resign", "resignation", "quit", "step"),
    "dismiss": ("dismiss", "dismissal", "sack", "oust", "ouster", "layoff"),
    "sentence": ("sentence", "sentencing", "jail", "imprison", "imprisonment"),
    "convict": ("convict", "conviction", "guilty", "verdict"),
    "charge": ("charge", "indict", "indictment", "accuse", "accusation"),
    "rehab": ("rehab", "rehabilitation", "treatment"),
    "crash": ("crash", "collide", "collision", "wreck"),
    "hijack": ("hijack", "hijacking", "seize", "seizure", "commandeer"),
    "release": ("release", "free", "liberate", "liberation"),
    "launch": ("launch", "introduce", "introduction", "debut"),
    "win": ("win", "victory", "triumph", "beat", "defeat"),
    "marry": ("marry", "marriage", "wed", "wedding"),
    "perform": ("perform", "performance", "concert", "gig", "show"),
    "rescue": ("rescue", "save", "evacuate", "evacuation"),
    "flee": ("flee", "escape", "escapee"),
    "sink": ("sink", "capsize"),
    "burn": ("burn", "blaze", "fire", "wildfire", "inferno"),
    "flood": ("flood", "flooding", "inundate"),
    "meet": ("meet", "meeting", "summit", "talk", "talks"),
    "visit": ("visit", "trip", "tour"),
    "leave": ("leave", "depart", "departure", "exit"),
    "host": ("host", "present", "emcee"),
    "protest": ("protest", "demonstrate", "demonstration", "rally"),
    "plead": ("plead", "plea"),
    "investigate": ("investigate", "investigation", "probe", "inquiry"),
}
FAMILY_OF: dict[str, str] = {lemma: fam for fam, lemmas in _FAMILIES.items() for lemma in lemmas}

# Lemmas that say little about which event is meant: a match on them needs other agreement.
LIGHT_LEMMAS = frozenset({
    "be", "have", "do", "make", "take", "get", "give", "go", "come", "put", "say", "tell", "report",
    "state", "add", "confirm", "know", "see", "think", "believe", "want", "use", "include", "become",
    "happen", "occur", "call", "set", "keep", "continue", "begin", "start", "follow", "try", "help",
})

# Nominal suffix -> verb suffixes to try ("acquisition" -> "acquire", "explosion" -> "explode").
_NOMINAL_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("isition", ("ire",)), ("ication", ("y",)), ("ation", ("e", "", "ate")), ("ition", ("ite", "e", "")),
    ("sion", ("de", "se", "t", "d")), ("tion", ("te", "t", "")), ("ment", ("",)), ("al", ("e", "")),
    ("ance", ("", "e")), ("ence", ("", "e")), ("ure", ("e", "")), ("ing", ("", "e")), ("ery", ("er", "")),
)

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT"})
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})


def derive(lemma: str, verbs: Iterable[str] | None = None) -> str:
    """The verb a nominalization comes from, when `verbs` knows it ("resignation" -> "resign")."""
    if verbs is None or lemma in verbs:
        return lemma
    for suffix, replacements in _NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            stem = lemma[: -len(suffix)]
            for rep in replacements:
                if stem + rep in verbs:
                    return stem + rep
            if stem[-1:] == stem[-2:-1] and stem[:-1] in verbs:  # "shipping" -> "ship"
                return stem[:-1]
    return lemma


def event_family(lemma: str, verbs: Iterable[str] | None = None) -> str:
    """The family key of an event lemma: its table family, else its verb, else itself."""
    lemma = lemma.lower()
    if lemma in FAMILY_OF:
        return FAMILY_OF[lemma]
    verb = derive(lemma, verbs)
    return FAMILY_OF.get(verb, verb)


# --------------------------------------------------------------------------------------------------
# Profiles
# --------------------------------------------------------------------------------------------------


@dataclass
class DocumentProfile:
    """A document's bag of features: `e:` entities, `y:` years, `w:` content lemmas (with counts)."""

    doc_id: str
    features: Counter[str] = field(default_factory=Counter)


@dataclass
class MentionProfile:
    doc_id: str
    trigger: str
    lemma: str
    family: str
    negated: bool = False
    participants: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    sentence: int | None = None


def entity_key(text: str, label: str) -> str | None:
    """One normalized key for a named entity: an ISO3 code for countries, a surname for people."""
    if label in ("GPE", "NORP", "LOC"):
        code = country_code(text)
        if code:
            return code
    norm = normalize(text)
    if not norm:
        return None
    if label == "PERSON":
        return surname_of(text) or norm
    norm = re.sub(r"^the ", "", norm)
    return norm or None


def _number_key(text: str) -> str | None:
    digits = re.sub(r"[^\d.]", "", text)
    return digits.strip(".") or None


def _years(values: Iterable[str]) -> set[str]:
    return {v[:4] for v in values if re.match(r"^\d{4}", v)}


class Profiler:
    """Builds document and mention profiles from spaCy sentences (one spaCy `Doc` per sentence or
    per paragraph). Explicit dates are read with `TimexTagger`; only anchored-in-the-text (absolute)
    values are kept, since a date resolved against an unknown publication date is not evidence."""

    def __init__(self, nlp: Language | None = None, verbs: Iterable[str] | None = None) -> None:
        if verbs is None and nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]  # get_pipe is typed as a bare callable
            if lookups.has_table("lemma_index"):
                verbs = lookups.get_table("lemma_index").get("verb")
        self.verbs = frozenset(verbs or ())
        self.tagger = TimexTagger()

    def family(self, lemma: str) -> str:
        return event_family(lemma, self.verbs or None)

    def times(self, text: str) -> frozenset[str]:
        """Absolute dates in a text ("March 2005", "2008") as TIMEX3 values, plus their years."""
        try:
            timexes = self.tagger.tag(text, date(2000, 1, 1))
        except ValueError:  # a tagger failure on one sentence costs its dates, not the run
            return frozenset()
        values = {t.value for t in timexes
                  if t.type == "DATE" and t.anchor == "absolute" and re.match(r"^\d{4}", t.value)}
        return frozenset(values | {"y:" + y for y in _years(values)})

    @staticmethod
    def entities(sent: Span | Any) -> tuple[set[str], set[str], set[str]]:
        """Participants, places and numbers of a sentence (spaCy `Doc` or `Span`)."""
        parts: set[str] = set()
        places: set[str] = set()
        numbers: set[str] = set()
        for ent in sent.ents:
            if ent.label_ in ENTITY_LABELS:
                key = entity_key(ent.text, ent.label_)
                if key:
                    parts.add(key)
                    if ent.label_ in PLACE_LABELS:
                        places.add(key)
            elif ent.label_ in NUMBER_LABELS:
                key = _number_key(ent.text)
                if key:
                    numbers.add(key)
        return parts, places, numbers

    def document(self, doc_id: str, sentences: Iterable[Any]) -> DocumentProfile:
        feats: Counter[str] = Counter()
        for sent in sentences:
            parts, _, _ = self.entities(sent)
            feats.update("e:" + p for p in parts)
            feats.update(t for t in self.times(sent.text) if t.startswith("y:"))
            feats.update("w:" + t.lemma_.lower() for t in sent
                         if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha and len(t) > 2)
        return DocumentProfile(doc_id, feats)

    def mention(self, doc_id: str, span: Span, sentence: Any | None = None,
                sentence_id: int | None = None) -> MentionProfile:
        """Profile of the event mention `span`; `sentence` is its sentence (defaults to span.sent)."""
        sent = sentence if sentence is not None else span.sent
        head = head_token(span)
        lemma = head.lemma_.lower()
        family = self.family(lemma)
        if lemma in LIGHT_LEMMAS or family == lemma and lemma in LIGHT_LEMMAS:
            # "taken into custody", "opened fire", "gave birth": the span's own content word names it.
            for tok in span:
                if tok is not head and tok.pos_ in ("NOUN", "VERB") and tok.lemma_.lower() not in LIGHT_LEMMAS:
                    family = self.family(tok.lemma_.lower())
                    break
        negated = any(c.lower_ in _NEGATIONS and c.dep_ == "neg" for c in head.children) or any(
            t.lower_ in _NEGATIONS for t in span)
        parts, places, numbers = self.entities(sent)
        return MentionProfile(doc_id=doc_id, trigger=span.text, lemma=lemma, family=family, negated=negated,
                              participants=frozenset(parts), places=frozenset(places),
                              times=self.times(sent.text), numbers=frozenset(numbers), sentence=sentence_id)


def head_token(span: Span) -> Token:
    """The syntactic head of a mention span (its root), else its last token."""
    try:
        return span.root
    except (AttributeError, IndexError):  # pragma: no cover - empty span
        return span[-1]


def event_profile(event: Event) -> MentionProfile:
    """A profile of a dragoman `Event` (its first trigger, participants, date and place), for scoring a
    candidate merge of two events from different articles with `mention_similarity`."""
    trigger = next((e.trigger for e in event.evidence if e.trigger), event.mode or event.type)
    lemma = trigger.split()[0].lower() if trigger else ""
    keys = {p.country if p.actor_id == p.country and p.country else country_code(p.name) or entity_key(p.name, "PERSON")
            for p in event.source + event.target}
    places: set[str] = set()
    if event.location is not None:
        places.add(event.location.country or normalize(event.location.name))
    times = set()
    if event.date.basis == "text" and event.date.start:
        times = {event.date.start} | {"y:" + y for y in _years([event.date.start])}
    doc_id = event.evidence[0].article_id if event.evidence else event.id
    return MentionProfile(doc_id=doc_id, trigger=trigger, lemma=lemma, family=event.mode or event.type or lemma,
                          negated=event.factuality == "negated", participants=frozenset(k for k in keys if k),
                          places=frozenset(places), times=frozenset(times))


# --------------------------------------------------------------------------------------------------
# Similarities
# --------------------------------------------------------------------------------------------------


def tfidf_vectors(profiles: Sequence[DocumentProfile]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (log tf, smoothed idf over `profiles`)."""
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.features.keys())
    n = len(profiles)
    vectors: list[dict[str, float]] = []
    for p in profiles:
        vec = {f: (1 + math.log(c)) * math.log((n + 1) / (df[f] + 0.5)) * (2.0 if f[0] in "ey" else 1.0)
               for f, c in p.features.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({f: v / norm for f, v in vec.items()})
    return vectors


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(f, 0.0) for f, v in a.items())


def _overlap(a: frozenset[str], b: frozenset[str]) -> float | None:
    """Share of the smaller set found in the other; None when either is empty (no evidence)."""
    if not a or not b:
        return None
    return len(a & b) / min(len(a), len(b))


def mention_similarity(a: MentionProfile, b: MentionProfile, doc_similarity: float = 0.0) -> float:
    """How likely two event mentions report one event, on a 0..1 scale (not a probability).

    The trigger decides most: same lemma 0.6, same family 0.45, otherwise 0 — different words for one
    event are only merged by their context. Shared participants, places, dates and numbers of the
    sentences, and the similarity of the two documents, add to it; a clash of explicit dates or a
    negation on one side only take from it. Light triggers ("say", "take") need context to merge.
    """
    if a.lemma == b.lemma:
        score = 0.6
    elif a.family == b.family:
        score = 0.45
    else:
        score = 0.0
    if a.lemma in LIGHT_LEMMAS and a.family == a.lemma:
        score -= 0.3
    for weight, ov in ((0.15, _overlap(a.participants, b.participants)), (0.05, _overlap(a.places, b.places)),
                       (0.1, _overlap(a.numbers, b.numbers))):
        if ov is not None:
            score += weight * (ov - 0.3)
    ta = {t for t in a.times if t.startswith("y:")}
    tb = {t for t in b.times if t.startswith("y:")}
    if ta and tb:
        score += 0.1 if ta & tb else -0.25
    if a.negated != b.negated:
        score -= 0.2
    score += 0.3 * doc_similarity
    if a.doc_id == b.doc_id and a.sentence is not None and a.sentence == b.sentence:
        score -= 0.2  # two mentions in one sentence are rarely the same event
    return score


# --------------------------------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------------------------------


def agglomerate(n: int, similarity: Callable[[int, int], float], threshold: float,
                cannot_link: Callable[[int, int], bool] | None = None) -> list[list[int]]:
    """Average-link agglomerative clustering of items 0..n-1: merge the two most similar clusters while
    their average pairwise similarity is at least `threshold`; a cannot-link pair keeps its two
    clusters apart for good. Returns clusters of indices."""
    import numpy as np

    sim = np.full((n, n), -np.inf)
    for i in range(n):
        for j in range(i + 1, n):
            if cannot_link is None or not cannot_link(i, j):
                sim[i, j] = sim[j, i] = similarity(i, j)
    return agglomerate_matrix(sim, threshold)


def agglomerate_matrix(sim: Any, threshold: float) -> list[list[int]]:
    """`agglomerate` over a precomputed symmetric numpy matrix (-inf marks cannot-link pairs)."""
    import numpy as np

    n = len(sim)
    if n == 0:
        return []
    blocked = ~np.isfinite(sim)
    total = np.where(blocked, 0.0, sim).astype(float)  # sums of pairwise similarities between clusters
    np.fill_diagonal(blocked, True)
    size = np.ones(n)
    members: list[list[int]] = [[i] for i in range(n)]
    avg = np.where(blocked, -np.inf, total)
    while True:
        k = int(np.argmax(avg))
        i, j = divmod(k, n)
        if not np.isfinite(avg[i, j]) or avg[i, j] < threshold:
            break
        members[i] += members[j]
        members[j] = []
        size[i] += size[j]
        size[j] = 0
        total[i, :] += total[j, :]
        total[:, i] = total[i, :]
        blocked[i, :] |= blocked[j, :]
        blocked[:, i] = blocked[i, :]
        blocked[j, :] = True
        blocked[:, j] = True
        blocked[i, i] = True
        with np.errstate(divide="ignore", invalid="ignore"):
            row = np.where(blocked[i, :], -np.inf, total[i, :] / (size[i] * np.maximum(size, 1)))
        avg[i, :] = row
        avg[:, i] = row
        avg[j, :] = -np.inf
        avg[:, j] = -np.inf
    return [sorted(m) for m in members if m]


def cluster_documents(profiles: Sequence[DocumentProfile], threshold: float = DOC_THRESHOLD) -> list[list[int]]:
    """Groups documents that report the same events (TF-IDF cosine, average link)."""
    vectors = tfidf_vectors(profiles)
    return agglomerate(len(profiles), lambda i, j: cosine(vectors[i], vectors[j]), threshold)


def document_groups(documents: Sequence[DocumentProfile], threshold: float = DOC_THRESHOLD) -> dict[str, int]:
    """doc_id -> number of its group in `cluster_documents`."""
    return {documents[k].doc_id: g for g, docs in enumerate(cluster_documents(documents, threshold)) for k in docs}


def similarity_matrix(mentions: Sequence[MentionProfile], documents: Sequence[DocumentProfile] = ()) -> Any:
    """The n x n numpy matrix of `mention_similarity`, with the TF-IDF cosine of the mentions' documents
    (by `doc_id` among `documents`) as document similarity."""
    import numpy as np

    index = {d.doc_id: k for k, d in enumerate(documents)}
    vectors = tfidf_vectors(documents) if documents else []
    doc_sims: dict[tuple[str, str], float] = {}
    n = len(mentions)
    sim = np.full((n, n), -np.inf)
    for i in range(n):
        a = mentions[i]
        for j in range(i + 1, n):
            b = mentions[j]
            if a.doc_id == b.doc_id:
                ds = 1.0
            else:
                key = (a.doc_id, b.doc_id)
                if key not in doc_sims:
                    ka, kb = index.get(a.doc_id), index.get(b.doc_id)
                    doc_sims[key] = cosine(vectors[ka], vectors[kb]) if ka is not None and kb is not None else 0.0
                ds = doc_sims[key]
            sim[i, j] = sim[j, i] = mention_similarity(a, b, ds)
    return sim


def cluster_mentions(mentions: Sequence[MentionProfile], documents: Sequence[DocumentProfile] = (),
                     threshold: float = MENTION_THRESHOLD, doc_threshold: float | None = DOC_THRESHOLD,
                     ) -> list[list[int]]:
    """Clusters event mentions that report one event; returns lists of indices into `mentions`.

    With `documents` (profiles of the documents the mentions come from, by `doc_id`, with enough
    documents for the TF-IDF weights to mean something: a topic or a day of news), the documents are
    first grouped with `cluster_documents(doc_threshold)` and mentions only merge within a group; the
    cosine of the two documents also adds to each pair's similarity. `doc_threshold=None` skips the
    grouping and keeps the document similarity as a feature only.
    """
    groups: dict[int, list[int]] = {}
    if documents and doc_threshold is not None:
        group_of = document_groups(documents, doc_threshold)
        for i, m in enumerate(mentions):
            groups.setdefault(group_of.get(m.doc_id, -1 - i), []).append(i)
    else:
        groups[0] = list(range(len(mentions)))
    clusters: list[list[int]] = []
    for members in groups.values():
        sim = similarity_matrix([mentions[i] for i in members], documents)
        clusters += [[members[k] for k in c] for c in agglomerate_matrix(sim, threshold)]
    return sorted(clusters)


# --------------------------------------------------------------------------------------------------
# Coreference metrics (MUC, B-cubed, CEAF-e, CoNLL)
# --------------------------------------------------------------------------------------------------

Clusters = Sequence[Iterable[T]]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf(num_p: float, den_p: float, num_r: float, den_r: float) -> tuple[float, float, float]:
    p = num_p / den_p if den_p else 0.0
    r = num_r / den_r if den_r else 0.0
    return p, r, _f1(p, r)


def _sets(clusters: Clusters[T]) -> list[frozenset[T]]:
    return [frozenset(c) for c in clusters if c]


def _muc_side(key: list[frozenset[T]], response: list[frozenset[T]]) -> tuple[int, int]:
    where = {m: k for k, c in enumerate(response) for m in c}
    num = den = 0
    for c in key:
        # Partitions of c by the response; mentions the response lacks are partitions of their own.
        parts = {where.get(m, ("missing", m)) for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num, den


def muc(key: Clusters[T], response: Clusters[T]) -> tuple[float, float, float]:
    """MUC (Vilain et al. 1995): links. Returns (precision, recall, F1); singletons count for nothing."""
    k, r = _sets(key), _sets(response)
    num_r, den_r = _muc_side(k, r)
    num_p, den_p = _muc_side(r, k)
    return _prf(num_p, den_p, num_r, den_r)


def _b3_side(key: list[frozenset[T]], response: list[frozenset[T]]) -> tuple[float, int]:
    where = {m: c for c in response for m in c}
    num = 0.0
    den = 0
    for c in key:
        for m in c:
            den += 1
            other = where.get(m)
            if other is not None:
                num += len(c & other) / len(c)
    return num, den


def b_cubed(key: Clusters[T], response: Clusters[T]) -> tuple[float, float, float]:
    """B³ (Bagga & Baldwin 1998), mention-averaged. Returns (precision, recall, F1)."""
    k, r = _sets(key), _sets(response)
    num_r, den_r = _b3_side(k, r)
    num_p, den_p = _b3_side(r, k)
    return _prf(num_p, den_p, num_r, den_r)


def max_assignment(weights: Sequence[Sequence[float]]) -> float:
    """Value of the maximum-weight assignment of rows to columns (Kuhn–Munkres, O(n²m)); rows and
    columns may differ in number, unassigned ones count 0. Weights must be non-negative."""
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    if not rows or not cols:
        return 0.0
    transpose = rows > cols
    if transpose:
        weights = [[weights[i][j] for i in range(rows)] for j in range(cols)]
        rows, cols = cols, rows
    big = max(max(r) for r in weights)
    cost = [[big - w for w in r] for r in weights]  # minimize cost; n <= m
    inf = float("inf")
    u = [0.0] * (rows + 1)
    v = [0.0] * (cols + 1)
    p = [0] * (cols + 1)  # p[j]: row assigned to column j (1-based, 0 = none)
    way = [0] * (cols + 1)
    for i in range(1, rows + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (cols + 1)
        used = [False] * (cols + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, cols + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(cols + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, cols + 1) if p[j])


def ceaf_e(key: Clusters[T], response: Clusters[T]) -> tuple[float, float, float]:
    """Entity-based CEAF (Luo 2005) with φ4(K, R) = 2|K∩R| / (|K|+|R|) and the optimal one-to-one
    alignment of key and response clusters. The alignment is solved per connected component of the
    "share a mention" graph (clusters sharing nothing score 0), so large corpora stay fast."""
    k, r = _sets(key), _sets(response)
    where_r: dict[Any, int] = {m: j for j, c in enumerate(r) for m in c}
    # Union-find over key clusters (i) and response clusters (len(k) + j).
    parent = list(range(len(k) + len(r)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(k):
        for m in c:
            if m in where_r:
                parent[find(i)] = find(len(k) + where_r[m])
    comps: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(k)):
        comps.setdefault(find(i), ([], []))[0].append(i)
    for j in range(len(r)):
        comps.setdefault(find(len(k) + j), ([], []))[1].append(j)
    total = 0.0
    for ks, rs in comps.values():
        if not ks or not rs:
            continue
        if len(ks) == 1 and len(rs) == 1:
            a, b = k[ks[0]], r[rs[0]]
            total += 2 * len(a & b) / (len(a) + len(b))
            continue
        total += max_assignment([[2 * len(k[i] & r[j]) / (len(k[i]) + len(r[j])) for j in rs] for i in ks])
    return _prf(total, len(r), total, len(k))


def conll_f1(key: Clusters[T], response: Clusters[T]) -> dict[str, tuple[float, float, float] | float]:
    """MUC, B³ and CEAF-e (P, R, F1) and CoNLL F1, their F1s' mean."""
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceafe": ceaf_e(key, response)}
    out: dict[str, tuple[float, float, float] | float] = dict(scores)
    out["conll"] = sum(s[2] for s in scores.values()) / 3
    return out
