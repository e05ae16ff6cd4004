"""Senses of an event word chosen by what the sentence is about and by what the word is done to.

The words of political events are the words of games, shows and trade too: a boxer "blasted" his rival, a team
"beat" another, a club "offered" a contract, a striker "attacked", a company "unveiled" a laptop or "launched" a
phone, a navy "test-fired" a missile. A sentence about sport, entertainment or business (its words, or a party an
actor dictionary knows as a company) that names no government, force, court, country or crime reports no political
event, whatever its verb; an event word whose object is a product brought out, or a firing that is a test, is no
event either. Criminal violence, arrests and charges stay events: their words (police, court, murder, gun ...) keep a
sentence political whatever else it says.

Acts between private people are no political events either: a singer's visit to a hospital, an actor's donation to
a charity, a rescue, thanks, a meeting of two friends, a refusal of a breath test. An event of a type
`private_types` lists (the cooperative ones and REJECT) whose parties are all private (persons and organizations of
no political sector, role or title; never a country, a city standing for its government, a group such as "police"
or "protesters") in a sentence that names nothing political is no event (`private_act`). Conflict types are not
listed: criminal violence, arrests and charges between private people stay events, as ICEWS codes them.

Harm no one did is no attack either: in a story of an earthquake, a flood or a storm (`hazards`), people "killed"
or "injured" with no one named as doing it and no word of violence (`violence`) in the sentence are its victims
(`natural_harm`); "The earthquake killed 100 people" codes none already (the hazard is no party).

Data, not code: the `[senses]` section of `data/lexicon.toml`; a user's `--lexicon` file extends its lists and may
add a domain under `[senses.domains]`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from dragoman.actors import ActorTable, sector_of
from dragoman.countries import country_code
from dragoman.model import PLOVER_TYPES, Actor, Event
from dragoman.nlp import ParsedBlock

SECTION = "senses"
LIST_KEYS = ("types", "political", "political_sectors", "domain_sectors", "products", "product_verbs", "trials",
             "private_types", "private_sectors", "insults", "hazards", "violence")


@dataclass(frozen=True)
class Senses:
    # The types a domain sentence takes back: readings of generic words.
    types: frozenset[str]
    # Words of a domain by domain name ("sports": match, season, quarterback ...), single words or phrases.
    domains: Mapping[str, frozenset[str]]
    # Words that keep a sentence political or criminal whatever domain words it has (government, police, court).
    political: frozenset[str]
    # Sectors of actors that keep a sentence political (GOV, MIL, COP ...) and that mark a domain (MNC, BUS).
    political_sectors: frozenset[str]
    domain_sectors: frozenset[str]
    # Verbs of bringing something out, and the products that make them no event ("unveiled a new laptop").
    product_verbs: frozenset[str]
    products: frozenset[str]
    # Words that make a firing a test ("test-fired a missile", "fired in a test"): no one is fired at.
    trials: frozenset[str]
    # Types that need a political party (cooperation, visits, aid, thanks), and the sectors of private parties
    # (business, media, health, education, religion ...): an actor of any other sector is political.
    private_types: frozenset[str] = frozenset()
    private_sectors: frozenset[str] = frozenset()
    # Words of political abuse that VADER's social-media lexicon lacks ("puppet", "traitor", "illegitimate").
    insults: frozenset[str] = frozenset()
    # Words of natural disasters (earthquake, flood, storm), and of violence, which makes harm in a sentence an act.
    hazards: frozenset[str] = frozenset()
    violence: frozenset[str] = frozenset()

    @cached_property
    def domain_words(self) -> frozenset[str]:
        """The words of every domain."""
        return frozenset().union(*self.domains.values())

    @classmethod
    def from_tables(cls, tables: Iterable[tuple[str, Mapping[str, Any]]]) -> Senses:
        """The senses the `[senses]` tables give, later files extending the lists of earlier ones; each table
        comes with the name of the file it was read from, for the error message."""
        lists: dict[str, set[str]] = {key: set() for key in LIST_KEYS}
        domains: dict[str, set[str]] = {}
        for source, table in tables:
            for key, value in table.items():
                where = f"{source}: [{SECTION}] {key}"
                if key == "domains":
                    if not isinstance(value, Mapping):
                        raise ValueError(f"{where}: expected a table of word lists, one per domain")
                    for domain, words in value.items():
                        domains.setdefault(domain, set()).update(_words(f"{where}.{domain}", words))
                elif key in lists:
                    lists[key].update(_words(where, value))
                else:
                    raise ValueError(f"{where}: unknown key (known: domains, {', '.join(LIST_KEYS)})")
        for key in ("types", "private_types"):
            unknown = sorted(t for t in lists[key] if t.upper() not in PLOVER_TYPES)
            if unknown:
                raise ValueError(f"[{SECTION}] {key}: not a PLOVER type: {', '.join(unknown)}")
        return cls(types=frozenset(t.upper() for t in lists["types"]),
                   domains={d: frozenset(w) for d, w in domains.items()},
                   political=frozenset(lists["political"]),
                   political_sectors=frozenset(s.upper() for s in lists["political_sectors"]),
                   domain_sectors=frozenset(s.upper() for s in lists["domain_sectors"]),
                   product_verbs=frozenset(lists["product_verbs"]), products=frozenset(lists["products"]),
                   trials=frozenset(lists["trials"]),
                   private_types=frozenset(t.upper() for t in lists["private_types"]),
                   private_sectors=frozenset(s.upper() for s in lists["private_sectors"]),
                   insults=frozenset(lists["insults"]), hazards=frozenset(lists["hazards"]),
                   violence=frozenset(lists["violence"]))


def _words(where: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of words")
    return [v.lower() for v in value]


@dataclass(frozen=True)
class _Words:
    """A sentence's words, read once: as written, lemmas of other words than verbs, lemmas of verbs, the text, and
    the sectors of the actors it names."""

    written: frozenset[str]
    lemmas: frozenset[str]
    verb_lemmas: frozenset[str]
    text: str
    sectors: frozenset[str]

    @classmethod
    def of(cls, rows: Sequence[tuple[int, int, int]], strings: Any, lowered: dict[int, str],
           sectors: frozenset[str]) -> _Words:
        """From the sentence's (LOWER, LEMMA, POS) rows; `lowered` remembers each lemma's lower case."""
        written: list[str] = []
        lemmas: set[str] = set()
        verb_lemmas: set[str] = set()
        for lower, lemma, pos in rows:
            written.append(strings[lower])
            if (lemma_lower := lowered.get(lemma)) is None:
                lemma_lower = lowered[lemma] = strings[lemma].lower()
            (verb_lemmas if pos == VERB else lemmas).add(lemma_lower)
        return cls(frozenset(written), frozenset(lemmas), frozenset(verb_lemmas), " " + " ".join(written) + " ",
                   sectors)

    def mention(self, words: frozenset[str], verbs: bool = True) -> bool:
        """One of `words` is in the sentence: a word as written or its lemma (a verb's only with `verbs`: "bombed
        Thompson with a right hand" names no bomb), a phrase as written."""
        if not words.isdisjoint(self.written) or not words.isdisjoint(self.lemmas) or (
                verbs and not words.isdisjoint(self.verb_lemmas)):
            return True
        pattern = _phrases(words)
        return pattern is not None and pattern.search(self.text) is not None


@dataclass
class ArticleSenses:
    """What `political_reading` needs of an article: whether it is about a domain, and each sentence's words; and
    whether it tells of a natural disaster (`natural_harm`)."""

    domain: bool
    words: dict[tuple[int, int], _Words]
    hazard: bool = False


@lru_cache(maxsize=32)
def _phrases(words: frozenset[str]) -> re.Pattern[str] | None:
    """The phrases among `words`, as one pattern over the sentence's tokens joined by spaces."""
    phrases = sorted(w.replace("-", " - ") for w in words if " " in w or "-" in w)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b") if phrases else None


# Where a country named is only a place: "won in Mannheim, Germany". Not "to" or "from": a country an act goes to or
# comes from is a party to it ("suspended flights to Georgia", "sent aid to Syria").
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout"})


def _names_country(sent: Span, domain_words: frozenset[str] = frozenset()) -> bool:
    """A country or its people acts or is acted on in the sentence: not a place ("won in Germany") and not the
    nationality of a named person ("the American Hasim Rahman") or of a domain's person ("the Ukrainian world
    champion", `domain_words`)."""
    for ent in (e for e in sent.ents if e.label_ in ("GPE", "NORP") and country_code(e.text)):
        tok = ent.root
        if ent.label_ == "NORP" and (tok.head.ent_type_ == "PERSON" or tok.head.lower_ in domain_words):
            continue
        for _ in range(4):
            if tok.dep_ in ("appos", "conj", "npadvmod", "compound") and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        if not (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS):
            return True
    return False


def political_reading(word: Token, governor: Token, event_type: str, sent: Span, b: int,
                      article: ArticleSenses, senses: Senses) -> bool:
    """False when the trigger (`word`, in the clause of `governor`) reads a game, a show, a trade or a test as a
    political event: a product brought out, a weapon test-fired, or a word of a type `senses.types` lists in a
    sentence of a domain (or any sentence of an article about one, see `read_article`) that names nothing
    political."""
    heads = {word, governor}
    if any(h.lemma_.lower() in senses.product_verbs for h in heads) and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in senses.products or c.lower_ in senses.products)
            for h in heads for c in h.children):
        return False  # "unveiled a new laptop", "the phone will be launched in May"
    if event_type == "ASSAULT" and any(tested(h, senses.trials) for h in heads):
        return False  # a state's weapon test is a show of force, recoded before (events/triggers.py `_weapon_test`)
    if event_type not in senses.types:
        return True
    words = article.words[(b, sent.start)]
    if not article.domain and not _of_domain(words, senses):
        return True
    return _political(sent, words, senses)


def private_act(event: Event, sent: Span, b: int, actors: ActorTable, article: ArticleSenses,
                senses: Senses) -> bool:
    """True when `event`, of a type `senses.private_types` lists, is between private parties only (at least one
    given) in a sentence that names nothing political: "the actress visited the children's hospital", "he thanked
    his fans", "the singer donated $1m to the charity"."""
    parties = [*event.source, *event.target]
    if event.type not in senses.private_types or not parties:
        return False
    if any(_political_actor(actors.get(p.actor_id), senses) for p in parties):
        return False
    return not _political(sent, article.words[(b, sent.start)], senses)


def natural_harm(event: Event, sent: Span, b: int, article: ArticleSenses, senses: Senses) -> bool:
    """True for an attack by no one in a story of a natural disaster whose sentence names no violence: "Many people
    were injured", "20 people were killed and dozens injured" after an earthquake or a flood."""
    if event.type != "ASSAULT" or event.source or not article.hazard:
        return False
    return not article.words[(b, sent.start)].mention(senses.violence)


def _political_actor(actor: Actor | None, senses: Senses) -> bool:
    """A country (or a city standing for it), an actor of a sector that is not private ("police", "lawmakers"), a
    group of no known sector ("protesters"), a person with a political role or a title that gives its country
    ("the Russian foreign minister"), or an organization whose name gives its country ("Baghdad University Medical
    School", coded by CAMEO as an actor of its country); an actor the table does not know is taken as political."""
    if actor is None or actor.kind == "country":
        return True
    if actor.sector:
        if actor.sector.upper() not in senses.private_sectors:
            return True
    elif actor.kind == "group":
        return True  # "protesters", "the residents": a group of no known sector may act as a public
    if actor.country_basis == "title" or actor.kind == "organization" and actor.country_basis == "name":
        return True  # "the Russian foreign minister"; "Baghdad University": an institution of its country
    return any((sector := sector_of(role.title)) is not None and sector not in senses.private_sectors
               for role in actor.roles)


def read_article(parsed: Sequence[ParsedBlock], actors: ActorTable, senses: Senses) -> ArticleSenses:
    """Each sentence's words, and whether the article is about sport, entertainment or business: at least three of
    its sentences are of a domain, and at least three times as many as those that name something political
    ("Cincinnati was led by Deonta Vaughn" in a report of a basketball game is no political event either)."""
    domain = political = hazard = violence = 0
    sector_of = {a.id: a.sector.upper() for a in actors.actors if a.sector}
    sector_at: dict[int, dict[int, str]] = {}  # block -> token -> sector of the actor there
    for (b, i), actor_id in actors.by_token.items():
        if (sector := sector_of.get(actor_id)) is not None:
            sector_at.setdefault(b, {})[i] = sector
    lowered: dict[int, str] = {}
    found: dict[tuple[int, int], _Words] = {}
    for b, pb in enumerate(parsed):
        rows: list[tuple[int, int, int]] = pb.doc.to_array(["LOWER", "LEMMA", "POS"]).tolist()
        sectors_here = sector_at.get(b, {})
        for sent in pb.sents:
            sectors = frozenset(sector for i, sector in sectors_here.items() if sent.start <= i < sent.end)
            words = found[(b, sent.start)] = _Words.of(rows[sent.start:sent.end], pb.doc.vocab.strings, lowered,
                                                       sectors)
            if _political(sent, words, senses):
                political += 1
            elif _of_domain(words, senses):
                domain += 1
            hazard += words.mention(senses.hazards)
            violence += words.mention(senses.violence)
    # a disaster story: its hazard named twice or more, and more often than any violence
    return ArticleSenses(domain >= 3 and domain >= 3 * political, found, hazard >= 2 and hazard > violence)


def _of_domain(words: _Words, senses: Senses) -> bool:
    return not words.sectors.isdisjoint(senses.domain_sectors) or words.mention(senses.domain_words)


def _political(sent: Span, words: _Words, senses: Senses) -> bool:
    return not words.sectors.isdisjoint(senses.political_sectors) or words.mention(senses.political, verbs=False) \
        or _names_country(sent, senses.domain_words)


def tested(verb: Token, trials: frozenset[str]) -> bool:
    """"test-fired two missiles", "fired a missile in a test", "a test launch": the firing is a test."""
    for child in verb.children:
        if child.dep_ in ("npadvmod", "compound", "amod", "advmod") and child.lower_ in trials:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "as") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in trials for p in child.children):
            return True
    return verb.i > 1 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ in trials


@lru_cache(maxsize=1)
def _valences() -> dict[str, float]:
    """VADER's word valences (-4 to 4; vaderSentiment, MIT), read the first time a predicate is judged."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


# Clauses inside a predicate say more than the name ("a boss who settled issues by violent means"): not weighed.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "parataxis"})


def word_valence(tok: Token, senses: Senses) -> float:
    """A word's valence: VADER's (-4 to 4), an insult of `senses.insults` -2."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in senses.insults or lemma in senses.insults:
        return -2.0
    valences = _valences()
    return valences.get(low, valences.get(lemma, 0.0))


def judgement(predicate: Token, senses: Senses) -> int:
    """-1, 0 or 1: whether a predicate said of someone ("called him a traitor", "called the talks a success")
    blames, says nothing good or bad, or praises: the sum of the valences of its words outside clauses (VADER's,
    an insult of `senses.insults` counting -2), turned round when it is negated ("no threat", "not a threat"). A
    predicate noun that is good or bad itself is judged without what it is about: "an attack on press freedom",
    "a threat to peace" blame, whatever the valence of freedom or peace."""
    skipped = CLAUSE_DEPS | ({"prep"} if word_valence(predicate, senses) else set())
    total = 0.0
    words = [predicate]
    for tok in words:
        words.extend(c for c in tok.children if c.dep_ not in skipped)
        total += word_valence(tok, senses)
    negated = any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in predicate.children)
    sign = (total > 0) - (total < 0)
    return -sign if negated else sign


@lru_cache(maxsize=1)
def packaged_senses() -> Senses:
    """The senses shipped in the package's lexicon."""
    text = resources.files("dragoman").joinpath("data/lexicon.toml").read_text("utf-8")
    return Senses.from_tables([("lexicon.toml", tomllib.loads(text).get(SECTION, {}))])
