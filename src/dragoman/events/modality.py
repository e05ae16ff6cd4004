"""Modality of a mention: factuality (negated, planned, reported ...), attribution, and announced intentions."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Token

from dragoman.actors import ActorTable
from dragoman.events.arguments import _chain, _pobj
from dragoman.events.triggers import (
    ACCOUNT_NOUNS,
    COOPERATIVE_INTENT,
    HOSTILE_INTENT,
    OBLIGATION_MODALS,
    WITHHELD_RULES,
    CodedMention,
    Rule,
    Trigger,
    _lemma,
)
from dragoman.model import Event, Evidence, Factuality
from dragoman.nlp import ParsedBlock
from dragoman.wordlists import (
    ALLEGATION_VERBS,
    DENIAL_VERBS,
    EXPECTATION_WORDS,
    FAILURE_WORDS,
    FUTURE_MODALS,
    NEGATIONS,
    PLAN_WORDS,
    REFUSAL_WORDS,
    SPECULATION_VERBS,
    SPECULATIVE_MODALS,
    SPEECH_VERBS,
    THREAT_MODIFIERS,
    THREATENED_ACTS,
)

INTENT_WORDS = frozenset("plan intend decide ready willing prepared vow offer determine resolve mean".split())


def _intent(coded: CodedMention, trig: Trigger, pb: ParsedBlock) -> CodedMention | None:
    event = coded.event
    if event.factuality not in ("planned", "hypothetical", "reported") or not event.source:
        return None
    table = COOPERATIVE_INTENT if event.type in COOPERATIVE_INTENT else HOSTILE_INTENT
    if event.type not in table or marked_by(trig.governor, ("if", "unless", "whether", "until")):
        # the condition, not the act promised: "if Serbia attacks Kosovo, NATO will respond", "will not end the
        # strike until the authorities meet its demands"
        return None
    if trig.word.pos_ == "NOUN" and trig.word.dep_ in ("nsubj", "nsubjpass"):
        return None  # "a meeting between them will take place", "talks will resume": a schedule, no one's pledge
    chain = _chain(trig.governor)[:4]
    auxes = {c.lower_ for v in chain[:2] for c in v.children if c.dep_ == "aux"}
    if trig.governor.tag_ == "VBN" and {"have", "would"} <= auxes:
        return None  # "legislation that would have allowed ...": what did not happen, and is no longer meant
    if table is HOSTILE_INTENT and any(_lemma(v) in INTENT_WORDS and _past(v) for v in chain):
        return None  # "the gunman may have intended to shoot", "had planned to attack": an aim told after, no threat
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


def _past(verb: Token) -> bool:
    """The verb tells of the past: "intended", "had planned", "may have meant"."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in verb.children)


def refused_act(verb: Token) -> Token | None:
    """The refusal an act is the complement of ("refused to release", "Russia's refusal to withdraw"), if any."""
    if verb.dep_ in ("xcomp", "acl") and verb.head.i != verb.i and _lemma(verb.head) in REFUSAL_WORDS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head
    return None


def _failed_act(verb: Token) -> bool:
    """"failed to withdraw", "the failure to agree": the act did not happen, and no one said no to it."""
    return verb.dep_ in ("xcomp", "acl") and verb.head.i != verb.i and _lemma(verb.head) in FAILURE_WORDS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def unruled_threat(verb: Token) -> tuple[str, str | None] | None:
    """CAMEO code and mode of the threat a party makes by not ruling out a hostile act: "did not rule out
    military action" (138), "refused to rule out sanctions", "would not rule out strikes"; None for any other verb.
    `verb` is the rule-out itself or the refusal governing it."""
    rule_out = verb if _is_rule_out(verb) else next((c for c in verb.children if c.dep_ == "xcomp" and _is_rule_out(c)
                                                     and _lemma(verb) in REFUSAL_WORDS), None)
    if rule_out is None or rule_out is verb and not any(c.dep_ == "neg" for c in verb.children):
        return None
    objects = [c for c in rule_out.children if c.dep_ in ("dobj", "nsubjpass")]
    # "the use of force", "the possibility of strikes": the act is the noun under "of"
    objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    for obj in objects:
        act = THREATENED_ACTS.get(_lemma(obj)) or next(
            (THREAT_MODIFIERS[m.lower_] for m in obj.children if m.dep_ in ("amod", "compound")
             and m.lower_ in THREAT_MODIFIERS), None)
        if act is not None:
            return HOSTILE_INTENT[act]
    return None


def _is_rule_out(verb: Token) -> bool:
    return _lemma(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
QUESTION_MARKS = frozenset({"whether", "if"})


def is_question(verb: Token) -> bool:
    """"asked whether Iran would attend", "when asked about the talks": a question, asking no party for anything
    (unlike "asked Iran to release", "asked for aid")."""
    if _lemma(verb) not in QUESTION_VERBS or any(
            c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    # "asked the minister about": the parser hangs "about" on the person asked as often as on the verb
    asked = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(c.dep_ == "prep" and c.lower_ == "about" for w in asked for c in w.children):
        return True
    # "asked Iran if it could release the tanker" asks a party for something; "when asked whether" asks no one.
    # "asked if Iran would attend" is often parsed as a condition (advcl), not as the question asked.
    return len(asked) == 1 and any(
        c.dep_ in ("ccomp", "advcl") and any(m.lower_ in QUESTION_MARKS or m.tag_ in ("WRB", "WP", "WDT")
                                  for m in c.children if m.dep_ in ("mark", "advmod", "nsubj", "dobj"))
        for c in verb.children)


# Conjunctions of a clause that tells when something else happened
TIME_MARKS = frozenset("after before when while since until once as".split())


def marked_by(clause: Token, marks: Collection[str]) -> bool:
    """The clause is introduced by one of the conjunctions `marks` ("if Pyongyang continues", "after he left")."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _said_when(chain: list[Token]) -> list[Token]:
    """The verbs an act is embedded under, up to a clause of saying that it only sets the time of: "declared himself
    leader on Friday, two days after soldiers detained the president", "when he was arrested, police said they found
    a gun" neither report nor plan the detention (a participle after the saying, "said, urging ...", is still told
    by the speaker)."""
    cut = next((k for k, v in enumerate(chain[:-1]) if v.dep_ == "advcl" and _lemma(chain[k + 1]) in SPEECH_VERBS
                and marked_by(v, TIME_MARKS)), None)
    return chain if cut is None else chain[:cut + 1]


def _factuality(trig: Trigger) -> Factuality:
    if trig.word is trig.governor and trig.word.pos_ in ("NOUN", "PROPN"):
        return _noun_factuality(trig.word)
    verbs = [trig.governor] if trig.word is trig.governor else [trig.word, trig.governor]
    own = trig.governor
    children = [c for v in verbs for c in v.children]
    if any(trig.rule is r for r in WITHHELD_RULES):  # the negation is the refusal: "did not give permission"
        children = [c for c in children if not (c.dep_ == "neg" or c.lower_ == "no" and c.dep_ == "det")]
    if _in_condition(verbs):
        return "hypothetical"  # "if the army did not halt its offensive": neither done nor denied
    if any(c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det") for c in children):
        return "negated"
    if refused_act(own) is not None or _failed_act(own) or _meant_by_no_one(own):
        return "negated"
    if _neither_subject(verbs):
        return "negated"  # "Neither India nor Brazil condemned the coup": each of the parties named did not
    if _stopped_text(own):
        return "hypothetical"
    if (meant := intent_noun(own)) is not None and _prevented(meant):
        return "negated"  # "foiled a plot to assassinate the president": it did not happen
    told_by = _said_when(_chain(own))
    # a relative clause or a participle on a noun is a fact of its own, not planned, expected or supposed by the
    # clause above it ("will not lift the sanctions imposed on Iraq", "thought to have fired the bullet that killed
    # Slepian"); who tells it still does ("said the drone that struck the base was Israeli")
    clause_end = next((k for k, v in enumerate(told_by[:-1]) if v.dep_ == "relcl" or v.dep_ == "acl"
                       and v.tag_ == "VBN"), None)
    chain = told_by if clause_end is None else told_by[:clause_end + 1]
    for v in chain:
        if v is own and trig.rule.type == "THREATEN":
            continue  # "warned Washington of a response if the drills go ahead": the condition is the threat's
        for c in v.children:
            if c.dep_ in ("advcl", "mark") and c.lower_ == "if" or c.dep_ == "advcl" and marked_by(c, ("if",)):
                return "hypothetical"
        if v.dep_ == "advcl" and marked_by(v, CONDITION_MARKS):
            return "hypothetical"
    if _open_question(own) or _head_lemma(own, ("xcomp", "ccomp")) in CONSIDERATION_VERBS:
        return "speculated"  # "unclear whether they will meet", "is considering expelling"
    said_of = _content_of_noun(own)
    if said_of is not None:
        return said_of
    auxes = [c.lower_ for v in chain[:3] for c in v.children if c.dep_ == "aux"]
    lemmas = [_lemma(v) for v in chain]
    # the verbs the act is embedded under, not the verb it is joined to: "set the building on fire and clashed
    # with police" plans nothing ("set" plans only what it governs, "set to meet"), "announced the measures and
    # criticized the opposition" reports no criticism
    governors = [_lemma(v) for k, v in enumerate(chain[1:]) if chain[k].dep_ != "conj"]
    if len(lemmas) > 1 and lemmas[1] in DENIAL_VERBS and (own.dep_ == "ccomp" or own.dep_ in ("xcomp", "pcomp") and (
            own.tag_ == "VBG" or any(c.lower_ == "having" for c in own.children))):
        # denied by the subject of "deny", to whom `_attribution` gives the mention; also "denies targeting
        # civilians", "denied having met the rebels"
        return "negated"
    if own.dep_ == "xcomp" and _lemma(own.head) in ("be", "have") and any(
            c.lower_ == "yet" for c in own.head.children) and any(c.lower_ == "to" for c in own.children):
        return "negated"  # "have yet to agree", "are yet to sign": it has not happened
    if own.dep_ == "xcomp" and _lemma(own.head) in ("be", "suppose") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in own.children):
        return "planned"  # "the president is to meet ...", "was supposed to meet"
    own_auxes = {c.lower_ for c in own.children if c.dep_ == "aux"}
    if own.tag_ == "VBN" and "have" in own_auxes and own_auxes & {"would", "should", "'d"}:
        return "hypothetical"  # "a resolution that would have renewed sanctions": it did not happen
    if any(a in SPECULATIVE_MODALS for a in own_auxes) or any(
            lem in SPECULATION_VERBS | MEANING_VERBS for lem in governors):
        return "speculated"
    if any(lem in EXPECTATION_WORDS for lem in governors) or any(
            c.lower_ == "likely" for v in chain[:3] for c in v.children):
        return "expected"
    # "said it would free the prisoners": "would" under a reporting verb is the future seen from the past
    reported_future = "would" in auxes[:2] and any(lem in SPEECH_VERBS for lem in lemmas[1:3])
    if _wished_of_another(own):
        return "hypothetical"  # "the US wants Israel to halt its offensive": wanted by one, neither done nor planned
    if reported_future or any(a in FUTURE_MODALS for a in auxes) or any(
            lem in PLAN_WORDS for lem in governors) or _desired(own) or intent_noun(own) is not None or any(
            c.dep_ == "acomp" and c.lower_ in ("ready", "willing", "prepared") for v in chain[:3]
            for c in v.children) or any(v.lower_ in ("ready", "willing", "prepared") for v in chain[1:3]):
        return "planned"
    if "would" in own_auxes:
        return "hypothetical"  # "a bill that would sanction Turkish officials": not done, and no one's plan
    if own_auxes & OBLIGATION_MODALS or own.dep_ == "xcomp" and "to" in own_auxes and (
            _lemma(own.head) == "need" or _lemma(own.head) == "have" and own.head.tag_ in ("VBZ", "VBP")):
        return "hypothetical"  # "Israel should withdraw", "needs to withdraw", "has to": required, not done
    if own.dep_ == "advcl" and own.head.pos_ in ("VERB", "AUX") and "to" in own_auxes and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in own.children):
        return "planned"  # a purpose: "riot police were deployed to break up the rally"
    # "launched strikes on X, killing 15 people, according to activists": the source hung on a participle clause
    # of the verb is the whole sentence's
    clauses = told_by + [c for c in own.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"]
    tellers = [_lemma(v) for k, v in enumerate(told_by[1:]) if told_by[k].dep_ != "conj"]
    if any(lem in SPEECH_VERBS | ALLEGATION_VERBS for lem in tellers) or any(
            c.lower_ == "according" for v in clauses for c in v.children) or any(
            c.lower_ in ("reportedly", "allegedly") for c in own.children):
        return "reported"
    return "asserted"


# Conjunctions of a condition: the act in their clause is supposed, not asserted, and its negation ("unless the army
# does not withdraw", "if the army did not halt") denies nothing that happened.
CONDITION_MARKS = frozenset({"if", "unless"})


def _in_condition(verbs: list[Token]) -> bool:
    """The act is in a condition's clause: "(would attack) if the army did not halt its offensive", "unless Israel
    withdraws", "if talks fail and the army resumes its offensive" (a verb joined to the condition's)."""
    for v in verbs:
        while v.dep_ == "conj" and v.head is not v:
            v = v.head
        if v.dep_ == "advcl" and marked_by(v, CONDITION_MARKS):
            return True
    return False


def _neither_subject(verbs: list[Token]) -> bool:
    """The clause's subject is a pair joined by "neither ... nor" ("Neither India nor Brazil condemned the coup",
    "neither the army nor the police were deployed"): the act is denied of every party named, the sentence's only
    negation standing before its subject, where the verb's own children do not show it."""
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lower_ == "neither" and c.dep_ in ("preconj", "det", "cc", "advmod")
               or c.dep_ == "cc" and c.lower_ == "nor" for s in subjects for c in s.children)


def _noun_factuality(noun: Token) -> Factuality:
    """An event named by a noun alone ("the meeting scheduled for July 27", "Ryzhenkov's trip") is
    as certain as its own modifiers say, whatever the clause around it speculates about."""
    if any(c.dep_ == "acl" and _lemma(c) in PLAN_WORDS for c in noun.children):
        return "planned"
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "upcoming", "expected", "future")
           for c in noun.children):
        return "planned"
    if _head_lemma(noun, ("dobj",)) in CONSIDERATION_VERBS:
        return "speculated"  # "the EU is weighing new sanctions"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "xcomp" for c in noun.head.children):
        # "talks are set to resume", "talks are expected to continue": the course is to come
        if _lemma(noun.head) in EXPECTATION_WORDS:
            return "expected"
        if _lemma(noun.head) in PLAN_WORDS:
            return "planned"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS
                                                   for c in noun.head.children):
        return "planned"  # "a meeting between the two will take place in Istanbul"
    if any(_lemma(v) in SPEECH_VERBS | ALLEGATION_VERBS for v in _chain(noun)[1:]):
        return "reported"
    return "asserted"


# What words imply is not said to have happened: "uses the term to imply that soldiers killed them"
MEANING_VERBS = frozenset("imply signify denote connote".split())
# What a party only weighs may or may not happen.
CONSIDERATION_VERBS = frozenset("consider weigh mull contemplate ponder".split())
# Nouns whose "that" clause is a mere possibility ("fears that militants could attack"); "no evidence that" (an
# account, `ACCOUNT_NOUNS`) leaves the act unsupported.
POSSIBILITY_NOUNS = frozenset("""rumor rumour speculation fear suspicion possibility prospect risk concern suggestion
worry hope""".split())


def _head_lemma(tok: Token, deps: tuple[str, ...]) -> str | None:
    """The lemma of the word `tok` hangs on, when it hangs on it by one of `deps`."""
    return _lemma(tok.head) if tok.dep_ in deps and tok.head.i != tok.i else None


# Verbs of wanting, seeking, trying or standing by to do something: what they govern is meant, not done ("hopes to
# sign a deal", "seeks to normalize ties", "tried to block shipping", "is poised to strike").
DESIRE_VERBS = frozenset("hope seek want wish aspire strive poise try attempt endeavour endeavor".split())


def _wanted(verb: Token) -> bool:
    """The verb is the infinitive of a verb of wanting ("hopes to sign", "wants Israel to halt"). spaCy lemmatizes
    "hopes" as "hop": the form counts too."""
    head = verb.head
    return head.i != verb.i and (_lemma(head) in DESIRE_VERBS or head.lower_.removesuffix("s") in DESIRE_VERBS) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _desired(verb: Token) -> bool:
    """The act is what a verb of wanting governs, the wanter's own ("hopes to sign"; not "wants the government to
    act", someone else's act, nor "want to see the police disarmed")."""
    return verb.dep_ == "xcomp" and _wanted(verb) and not any(c.dep_ in ("dobj", "ccomp") for c in verb.head.children)


def _wished_of_another(verb: Token) -> bool:
    """The act is what a verb of wanting wishes of someone else: "wants Israel to halt", "wants the government to
    act" (the act's own subject before its infinitive)."""
    return verb.dep_ == "ccomp" and _wanted(verb) and any(c.dep_ == "nsubj" for c in verb.children)


# Nouns of an intention, whose infinitive or "of" gerund is the act meant ("plans to meet", "no intention of
# attacking").
INTENT_NOUNS = frozenset("plan intention intent desire wish aim idea plot scheme conspiracy attempt bid effort".split())
# Verbs that keep a plan or an attempt from being carried out: "foiled a plot to assassinate the president", "blocked
# EU efforts to provide military aid to Kyiv".
PREVENTING_VERBS = frozenset("foil thwart prevent disrupt avert frustrate stop uncover block derail scuttle "
                             "torpedo".split())


def _acted_on_by(noun: Token, verbs: frozenset[str]) -> bool:
    """The noun is what one of `verbs` acts on, actively ("foiled a plot") or in the passive ("was vetoed")."""
    return noun.dep_ in ("dobj", "nsubjpass") and _lemma(noun.head) in verbs


def _prevented(meant: Token) -> bool:
    """The noun of intention is what a verb of `PREVENTING_VERBS` acts on."""
    return _acted_on_by(meant, PREVENTING_VERBS)


def intent_noun(verb: Token) -> Token | None:
    """The noun of intention whose content the verb is: "plans to meet", "the intention of attacking"."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "acl" and to:
        noun = verb.head
    elif verb.dep_ == "xcomp" and to and (held := next((c for c in verb.head.children if c.dep_ == "dobj"
                                                        and c.i < verb.i and _lemma(c) in INTENT_NOUNS), None)):
        noun = held  # "foiled a plot to assassinate X", the infinitive hung on the verb
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.lower_ == "of":
        noun = verb.head.head
    else:
        return None
    return noun if noun.pos_ == "NOUN" and _lemma(noun) in INTENT_NOUNS else None


# Texts that act only once adopted, and verbs that stop them: "blocked an EU statement condemning Russia", "vetoed a
# resolution demanding a ceasefire": the text's act never took effect.
TEXT_NOUNS = frozenset("""statement resolution bill motion draft declaration proposal amendment communique text
measure""".split())
STOPPING_VERBS = frozenset("block veto reject defeat shelve scuttle torpedo kill sink withdraw".split())


def _stopped_text(verb: Token) -> bool:
    """The act is what a text says ("a statement condemning Russia", "a resolution that demands ...") and the text
    was stopped before it took effect."""
    text = verb.head
    return verb.dep_ in ("acl", "relcl") and text.pos_ == "NOUN" and _lemma(text) in TEXT_NOUNS and _acted_on_by(
        text, STOPPING_VERBS)


def _meant_by_no_one(verb: Token) -> bool:
    """"has no plans to meet", "has no intention of attacking", "does not have any plans to": the act is denied."""
    noun = intent_noun(verb)
    return noun is not None and (any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(
        c.dep_ == "neg" for c in noun.head.children))


def _content_of_noun(verb: Token) -> Factuality | None:
    """The factuality of an act told in the "that" clause of an account or a possibility, None for any other; the
    "that" may be left out of a whole clause ("charges he raped a girl", not the relative "the claim he made"); an
    act joined to the clause's is told in it too ("charges he embezzled funds and attacked a journalist")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    noun = verb.head
    whole = verb.dep_ == "acl" and {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or not (whole or marked_by(verb, ("that",))):
        return None
    if _lemma(noun) in POSSIBILITY_NOUNS or _lemma(noun) in ACCOUNT_NOUNS and any(
            c.lower_ == "no" and c.dep_ == "det" for c in noun.children):
        return "speculated"
    if _lemma(noun) in ACCOUNT_NOUNS and _denied_account(noun):
        return "negated"  # "dismissed claims that it supplied missiles": the denier says it did not
    return "reported" if _lemma(noun) in ACCOUNT_NOUNS else None


# Verbs that deny an account they take as object ("rejected reports that ...", "dismissed claims that ...").
ACCOUNT_DENIALS = DENIAL_VERBS | {"reject"}


def _denied_account(noun: Token) -> bool:
    """The account is the object of a verb denying it ("dismissed claims that ...")."""
    return noun.dep_ == "dobj" and _lemma(noun.head) in ACCOUNT_DENIALS


def _open_question(verb: Token) -> bool:
    """An act in an open question ("unclear whether they will meet", "would not say whether Canada would send
    troops", "asked if Iran had attacked") is neither done nor planned: someone wonders whether it is."""
    clause = verb
    while True:
        if any(c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and clause.dep_ == "ccomp")
               for c in clause.children):
            return True
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            return False
        clause = clause.head  # "whether Canada would agree to send"


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
        # the one who denies an account says what is denied ("Iran dismissed claims that it supplied missiles")
        denier = _lemma(v) in ACCOUNT_DENIALS and chain[i - 1].pos_ == "NOUN" and _lemma(chain[i - 1]) in ACCOUNT_NOUNS
        if _lemma(v) not in SPEECH_VERBS | SPECULATION_VERBS | ALLEGATION_VERBS and not denier:
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


# Idioms of threat in a speaker's content clause: its subject is the one threatened, the speaker the threatener
# (CAMEO 130): "Iran said Israel would pay a heavy price", "Tehran said Washington would face consequences",
# "the Kremlin said Kyiv will regret it", "said the attack would not go unpunished", "said Seoul would pay dearly",
# "said convoys bringing arms would become legitimate targets".
THREATENED_OUTCOMES = {"pay": frozenset({"price"}), "face": frozenset({"consequence", "retaliation", "retribution",
                                                                      "response", "punishment", "wrath"})}
# "will pay a heavy price", "will pay the price"; not "will pay $12 billion, a price that ..."
STEEP = frozenset("heavy high hefty steep dear terrible severe huge big harsh".split())
LAWFUL = frozenset("legitimate legal lawful".split())  # "legitimate targets": of one's attacks, as a war lets them be
THREAT_HEADS = SPEECH_VERBS | frozenset("warn vow insist".split())
# "Moscow will give an appropriate answer to Warsaw", "would deliver a crushing response": the speaker's side answering
# in kind, a threat of retaliation against the one answered.
RETALIATIONS = frozenset("response answer retaliation rebuff reply".split())
IN_KIND = frozenset("appropriate adequate decisive crushing harsh tough firm resolute befitting proportionate "
                    "mirror reciprocal commensurate strong".split())
THREAT_IDIOM_RULE = Rule(kind="verb", lemmas=(), type="THREATEN", cameo="130")


def threat_idioms(tokens: Sequence[Token]) -> list[Token]:
    """The content clauses of speech verbs that are idioms of threat against their subject (THREATENED_OUTCOMES):
    each is coded as a THREATEN triggered by its speech verb (the speaker threatens, the clause's subject is the
    target, by the type's speech-act policy), and is no event of its own ("will regret" is no censure)."""
    return [clause for clause in tokens if _threat_idiom(clause)]


def retaliation(clause: Token) -> Token | None:
    """The answer in kind a clause promises ("will give an appropriate answer"), whose "to" names whom it answers."""
    if _lemma(clause) not in ("give", "deliver"):
        return None
    return next((c for c in clause.children if c.dep_ == "dobj" and _lemma(c) in RETALIATIONS and any(
        m.dep_ == "amod" and m.lower_ in IN_KIND for m in c.children)), None)


def _threat_idiom(clause: Token) -> bool:
    if clause.dep_ != "ccomp" or _lemma(clause.head) not in THREAT_HEADS or not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_MODALS | {"would"} for c in clause.children):
        return False  # a future the speaker foretells: "would pay", "will regret"; not "paid a price"
    negated = any(c.dep_ == "neg" for c in clause.children)
    if _lemma(clause) == "regret":
        return not negated
    if _lemma(clause) == "go" and negated:  # "would not go unpunished"
        return any(c.lower_ == "unpunished" for c in clause.children)
    if negated:
        return False
    if _lemma(clause) == "pay" and any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in clause.children):
        return True
    if retaliation(clause) is not None:
        return True
    if _lemma(clause) in ("be", "become"):
        return any(c.dep_ == "attr" and _lemma(c) == "target" and any(
            m.dep_ == "amod" and m.lower_ in LAWFUL for m in c.children) for c in clause.children)
    outcomes = THREATENED_OUTCOMES.get(_lemma(clause), frozenset())
    return any(c.dep_ == "dobj" and _lemma(c) in outcomes and (_lemma(c) != "price" or any(
        m.dep_ == "amod" and m.lower_ in STEEP or m.dep_ == "det" and m.lower_ == "the" for m in c.children))
        for c in clause.children)
