"""Modality of a mention: factuality (negated, planned, reported ...), attribution, and announced intentions."""

from __future__ import annotations

from spacy.tokens import Token

from dragoman.actors import ActorTable
from dragoman.events.arguments import _chain, _pobj
from dragoman.events.triggers import CodedMention, Trigger, _lemma
from dragoman.model import Event, Evidence, Factuality
from dragoman.nlp import ParsedBlock
from dragoman.wordlists import (
    DENIAL_VERBS,
    EXPECTATION_WORDS,
    FUTURE_MODALS,
    NEGATIONS,
    PLAN_WORDS,
    SPECULATION_VERBS,
    SPECULATIVE_MODALS,
    SPEECH_VERBS,
)

# Announced intentions: PLOVER codes a stated future cooperative act as AGREE and a hostile one as
# THREATEN (CAMEO 03 "express intent to ..." and 13 "threaten"), besides the planned act itself.
COOPERATIVE_INTENT = {"CONSULT": ("036", None), "SUPPORT": ("032", None), "COOPERATE": ("031", None),
                      "AID": ("033", None), "RETREAT": ("035", None), "CONCEDE": ("035", None)}


HOSTILE_INTENT = {"SANCTION": ("133", "relations"), "COERCE": ("132", "ban"), "ASSAULT": ("138", "violence"),
                  "MOBILIZE": ("138", "violence"), "PROTEST": ("133", "relations")}


INTENT_WORDS = frozenset("plan intend decide ready willing prepared vow offer determine resolve mean".split())


def _intent(coded: CodedMention, trig: Trigger, pb: ParsedBlock) -> CodedMention | None:
    event = coded.event
    if event.factuality not in ("planned", "hypothetical", "reported") or not event.source:
        return None
    table = COOPERATIVE_INTENT if event.type in COOPERATIVE_INTENT else HOSTILE_INTENT
    if event.type not in table:
        return None
    chain = _chain(trig.governor)[:4]
    auxes = {c.lower_ for v in chain[:2] for c in v.children if c.dep_ == "aux"}
    conditional = event.factuality == "hypothetical" and auxes & (SPECULATIVE_MODALS | {"would"})
    if not (conditional or auxes & (FUTURE_MODALS | {"would"}) or any(
            _lemma(v) in INTENT_WORDS or any(c.lower_ in INTENT_WORDS for c in v.children if c.dep_ == "acomp")
            for v in chain)):
        return None
    cameo, mode = table[event.type]
    new_type = "AGREE" if table is COOPERATIVE_INTENT else "THREATEN"
    evidence = Evidence(**{**event.evidence[0].__dict__, "factuality": "asserted"})
    factuality: Factuality = "reported" if event.attribution else "asserted"
    evidence.factuality = factuality
    derived = Event(id="", type=new_type, mode=mode, contexts=list(event.contexts), cameo=cameo,
                    source=list(event.source), target=list(event.target), location=event.location,
                    factuality=factuality, attribution=list(event.attribution), evidence=[evidence],
                    confidence=event.confidence)
    return CodedMention(derived, coded.block, coded.governor, coded.sentence_start, set(coded.participants),
                        derived=True)


def _factuality(trig: Trigger) -> Factuality:
    if trig.word is trig.governor and trig.word.pos_ in ("NOUN", "PROPN"):
        return _noun_factuality(trig.word)
    verbs = [trig.governor] if trig.word is trig.governor else [trig.word, trig.governor]
    own = trig.governor
    children = [c for v in verbs for c in v.children]
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det") for c in children):
        return "negated"
    chain = _chain(own)
    for v in chain:
        for c in v.children:
            if c.dep_ in ("advcl", "mark") and c.lower_ == "if" or c.dep_ == "advcl" and any(
                    m.lower_ == "if" for m in c.children if m.dep_ == "mark"):
                return "hypothetical"
        if v.dep_ == "advcl" and any(m.lower_ == "if" for m in v.children if m.dep_ == "mark"):
            return "hypothetical"
    auxes = [c.lower_ for v in chain[:3] for c in v.children if c.dep_ == "aux"]
    lemmas = [_lemma(v) for v in chain]
    if len(lemmas) > 1 and lemmas[1] in DENIAL_VERBS and own.dep_ == "ccomp":
        return "negated"  # denied by the subject of "deny", to whom `_attribution` gives the mention
    if own.dep_ == "xcomp" and _lemma(own.head) == "be" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in own.children):
        return "planned"  # "the president is to meet ..."
    if any(a in SPECULATIVE_MODALS for a in [c.lower_ for c in own.children if c.dep_ == "aux"]) or any(
            lem in SPECULATION_VERBS for lem in lemmas[1:]):
        return "speculated"
    if any(lem in EXPECTATION_WORDS for lem in lemmas[1:]) or any(
            c.lower_ == "likely" for v in chain[:3] for c in v.children):
        return "expected"
    # "said it would free the prisoners": "would" under a reporting verb is the future seen from the past
    reported_future = "would" in auxes[:2] and any(lem in SPEECH_VERBS for lem in lemmas[1:3])
    if reported_future or any(a in FUTURE_MODALS for a in auxes) or any(lem in PLAN_WORDS for lem in lemmas[1:]) or any(
            c.dep_ == "acomp" and c.lower_ in ("ready", "willing", "prepared") for v in chain[:3]
            for c in v.children) or any(v.lower_ in ("ready", "willing", "prepared") for v in chain[1:3]):
        return "planned"
    if any(lem in SPEECH_VERBS for lem in lemmas[1:]) or any(
            c.lower_ == "according" for v in chain for c in v.children) or any(
            c.lower_ in ("reportedly", "allegedly") for c in own.children):
        return "reported"
    return "asserted"


def _noun_factuality(noun: Token) -> Factuality:
    """An event named by a noun alone ("the meeting scheduled for July 27", "Ryzhenkov's trip") is
    as certain as its own modifiers say, whatever the clause around it speculates about."""
    if any(c.dep_ == "acl" and _lemma(c) in PLAN_WORDS for c in noun.children):
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "upcoming", "expected", "future")
           for c in noun.children):
        return "planned"
    if any(_lemma(v) in SPEECH_VERBS for v in _chain(noun)[1:]):
        return "reported"
    return "asserted"


def _attribution(verb: Token, b: int, actors: ActorTable) -> list[str]:
    """Who says so: the subject of a reporting verb above the event, or "according to X"."""
    found: list[str] = []
    chain = _chain(verb)
    for v in chain:
        for c in v.children:
            if c.lower_ == "according":
                to = next((x for x in c.children if x.lower_ == "to"), None)
                obj = _pobj(to) if to is not None else None
                if obj is not None:
                    found.append(_speaker(obj, b, actors))
    for i, v in enumerate(chain[1:], start=1):
        if _lemma(v) not in SPEECH_VERBS | SPECULATION_VERBS:
            continue
        # "issued a statement ... saying that": the speaker is the subject of the nearest verb that has one.
        for w in chain[i:]:
            subj = next((c for c in w.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            if subj.lower_ == "it":  # "It is reported that" names no one; "It is worth noting" says nothing
                if subj.dep_ == "nsubjpass" and _lemma(w) in SPEECH_VERBS:
                    found.append("unnamed reports")
            elif subj.dep_ == "nsubj" and not any(c.lower_ in ("neither", "no", "none") for c in subj.subtree):
                found.append(_speaker(subj, b, actors))
            break
        break
    return list(dict.fromkeys(found))


def _speaker(tok: Token, b: int, actors: ActorTable) -> str:
    actor_id = actors.at(b, tok.i)
    if actor_id:
        actor = actors.get(actor_id)
        if actor is not None:
            return actor.name
    words = [t for t in tok.subtree if t.dep_ != "det"]
    return " ".join(t.text for t in words) if len(words) <= 6 else tok.text
