"""Actors: recognize people, organizations and countries, attach titles, resolve spellings.

Input: the parsed body blocks of one article. Output: an `ActorTable` (the actors, and which
tokens refer to which actor) that the event coder reads. Rules are general: entity repairs for
names spaCy splits or mislabels, titles read off the modifiers and appositions of a name, and
within-article resolution by romanization-aware name matching (`dragoman.names`). Persons spaCy takes for
organizations or misses: a name that begins with a common given name (the dictionaries' people's), a lone
name that acts as a person (person verbs, a person noun in apposition, he/she as the next subject); an
adjective opening the sentence ("Furious Theresa May") is no part of a name, nor is a wire dateline ("WHITE
HOUSE -"). People and organizations the text gives no country take the article's one country, or else its
dateline's (`inherit_countries`, which the pipeline runs before coding because it needs the gazetteer for city
names).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

import spacy.util
from anyascii import anyascii
from spacy.lookups import Lookups
from spacy.symbols import ADJ, NOUN, PRON, PROPN
from spacy.tokens import Doc, Span, Token

from dragoman.countries import (
    countries_sharing,
    country_code,
    country_code_fuzzy,
    country_name,
    international_body,
    is_international,
    organization_begins,
    organization_country,
    organization_named,
)
from dragoman.geo import (
    POLITY_WORDS,
    SUBNATIONAL_WORDS,
    ambiguous_qualifier,
    capital_cities,
    kind_of_place,
    namesake_state,
    polity_country,
    qualified_countries,
    region_countries,
    shared_gazetteer,
    state_countries,
    state_modifier,
)
from dragoman.language import mostly_latin
from dragoman.model import Actor, ActorKind, CountryBasis, Mention, Role
from dragoman.names import english_given_name, normalize, same_person
from dragoman.nlp import MODEL, ParsedBlock
from dragoman.wordlists import AUTHORED_TEXTS, ISSUING, SPEECH_VERBS, STANCE_VERBS

# Words that make up a person's title ("Vice Foreign Minister", "Prosecutor General").
TITLE_WORDS = frozenset("""
minister ministers president vice deputy first foreign defense defence interior prime premier chancellor
ambassador envoy secretary general attorney prosecutor chief leader chairman chairwoman chair head
spokesman spokeswoman spokesperson director governor mayor senator lawmaker commander colonel
lieutenant major captain admiral marshal king queen prince princess emir sheikh sheikha crown supreme judge
justice official officials diplomat speaker representative special assistant adviser advisor counsellor counselor
councillor undersecretary consul attache ruler charge chargé d'affaires state senior executive party central
committee member members finance trade economy
affairs affair justice health education energy culture security national chief-of-staff staff
""".split())
# A title must contain one of these heads to be a title at all ("Foreign" alone is not).
TITLE_HEADS = frozenset("""
minister president premier chancellor ambassador envoy secretary general attorney prosecutor leader
chairman chairwoman chair head spokesman spokeswoman spokesperson director governor mayor senator
lawmaker commander colonel lieutenant captain admiral marshal king queen prince princess emir sheikh sheikha judge
justice official diplomat speaker representative adviser advisor chief undersecretary counsellor counselor
consul attache ruler d'affaires
""".split())
# Titles as US wires abbreviate them before a name ("Alaska Gov. Sarah Palin", "Sen. John McCain"), spelled out.
TITLE_ABBREVIATIONS = {"gov.": "Governor", "sen.": "Senator", "rep.": "Representative", "gen.": "General",
                       "lt.": "Lieutenant", "col.": "Colonel", "capt.": "Captain", "adm.": "Admiral",
                       "maj.": "Major", "cmdr.": "Commander", "amb.": "Ambassador", "pres.": "President",
                       "atty.": "Attorney"}
TITLE_WORDS = TITLE_WORDS | frozenset(TITLE_ABBREVIATIONS)
TITLE_HEADS = TITLE_HEADS | {a for a, title in TITLE_ABBREVIATIONS.items() if title.lower() in TITLE_HEADS}


def title_text(words: Iterable[Token]) -> str:
    """A title as written, its abbreviations spelled out ("Gov." is "Governor")."""
    return " ".join(TITLE_ABBREVIATIONS.get(w.lower_, w.text) for w in words)
# Different translations of one office; compared after this normalization.
TITLE_SYNONYMS = {
    "attorney general": "prosecutor general",
    "procurator general": "prosecutor general",
    "chief prosecutor": "prosecutor general",
    "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "defence minister": "defense minister",
    "minister of defense": "defense minister",
    "premier": "prime minister",
}
SECTOR_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("JUD", ("prosecutor", "procurator", "attorney", "judge", "justice", "court", "procuratorate")),
    ("MED", ("news agency", "newspaper", "television", "broadcaster", "radio", "journalist", "editor",
             "reporter", "media", "press")),
    ("MIL", ("army", "military", "armed forces", "navy", "air force", "commander", "colonel", "admiral",
             "marshal", "troops", "defense ministry", "defence ministry", "lieutenant", "soldier")),
    ("COP", ("police",)),
    ("REB", ("rebel", "insurgent", "militia")),
    ("PTY", ("party",)),
    ("GOV", ("minister", "ministry", "president", "presidential", "government", "premier", "chancellor",
             "ambassador", "embassy", "envoy", "secretary", "governor", "mayor", "senator", "parliament",
             "leader", "cabinet", "office", "official", "diplomat", "king", "queen", "council", "spokesman",
             "spokesperson", "spokeswoman", "state", "kremlin")),
)
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
GROUP_NOUNS = frozenset({"sides", "countries", "parties", "nations", "states", "governments", "ministers",
                         "leaders", "delegations"})
# Heads naming the people of a body ("rebel leaders", "police officers"): the group is the body.
MEMBER_HEADS = frozenset("""leader commander official member representative spokesman spokeswoman spokesperson
    negotiator delegate envoy fighter officer""".split())
# Nouns of a body that are also a stance ("the opposition" and "opposition to the plan").
STANCE_GROUP_NOUNS = frozenset({"opposition", "resistance"})
# Verbs that voice a stance named by their object ("expressed opposition"; not "criticized the opposition").
VOICING_VERBS = frozenset("express voice reiterate reaffirm declare register state announce signal show".split())


def voiced_stance(noun: Token) -> bool:
    """A noun of a body used as the stance it also names: "expressed firm opposition to the sanctions", "voiced
    strong opposition" (not "the opposition accused the government")."""
    return noun.lemma_.lower() in STANCE_GROUP_NOUNS and (
        noun.dep_ == "dobj" and noun.head.lemma_ in VOICING_VERBS
        or any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in noun.children))


# Heads naming a body by its kind ("militia groups", "opposition factions"): the group is the body its modifier names.
COLLECTIVE_HEADS = frozenset("group faction unit cell network".split())
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class NameMention:
    """One entity mention in one parsed block, before resolution."""

    block: int
    i: int  # token span [i, j) in the block's doc
    j: int
    label: str
    start: int  # article offsets
    end: int
    text: str
    title: str | None = None
    country: str | None = None
    country_basis: CountryBasis | None = None  # "title", "nationality" or "appositive"
    sector: str | None = None
    former: bool = False
    actor_id: str | None = None
    title_tokens: tuple[int, ...] = ()  # "Foreign Minister" in "Foreign Minister X" also refers to X
    guessed: bool = False  # a person by its given name or by what it does, not by spaCy's label


@dataclass
class ActorTable:
    """The actors of one article and the tokens that refer to each."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[tuple[int, int], str] = field(default_factory=dict)
    # Who holds which office where the article says so (office noun -> (block, token, actor id)), filled by the
    # event coder for references back by the office alone ("the ambassador"); see events/wire.py.
    offices: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # Persons only by a given name or by what the name does ("Morgan Stanley said", "Navalny was arrested"), which
    # an actor dictionary naming an organization overrules (`Knowledge.apply`).
    guessed_persons: set[str] = field(default_factory=set)
    # Words that stand for a phrase told before them and bound to no actor here, which the event coder reads as it
    # reads that phrase: "It" for the body that was the subject before, "the statement" for its issuer (block and
    # token of the word -> block and token of the phrase's head).
    stands_for: dict[tuple[int, int], tuple[int, Token]] = field(default_factory=dict)

    def get(self, actor_id: str) -> Actor | None:
        if not actor_id:  # callers pass "" for a token no actor holds: no need to walk the actors
            return None
        return next((a for a in self.actors if a.id == actor_id), None)

    def at(self, block: int, token: int) -> str | None:
        return self.by_token.get((block, token))


def slug(text: str) -> str:
    """A person's name as an id part: titles dropped ("President Putin" and "Putin" are one person)."""
    return _SLUG.sub("-", normalize(text)).strip("-")


def name_slug(text: str) -> str:
    """A body's name as an id part, every word kept: the Interior and the Defense Ministry are two bodies."""
    return _SLUG.sub("-", anyascii(text).lower()).strip("-")


def normalize_title(title: str) -> str:
    t = " ".join(title.lower().replace("-", " ").split())
    return TITLE_SYNONYMS.get(t, t)


SECTOR_PATTERNS = [(sector, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")"))
                   for sector, words in SECTOR_KEYWORDS]


def sector_of(text: str) -> str | None:
    low = text.lower()
    return next((sector for sector, pattern in SECTOR_PATTERNS if pattern.search(low)), None)


# Honorifics before a name ("Dr. Saleh Al-Kharousi", "Gen. Ali"): part of how the person is addressed, never a name.
HONORIFICS = frozenset("dr prof mr mrs ms mme sir dame gen lt col maj capt sgt cmdr adm rev hon eng h.e sayyid".split())


def _honorific(tok: Token) -> bool:
    return tok.lower_.rstrip(".") in HONORIFICS


def _is_name_token(tok: Token) -> bool:
    return tok.pos == PROPN and tok.text[:1].isupper() and tok.lower_ not in TITLE_WORDS and not _honorific(tok)


# Particles inside an Arab name, written in lowercase ("Mohamed bin Zayed", "Mai bint Mohammed", "Bashar al-Assad").
NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "abu", "bn"})


def _name_joint(tok: Token) -> bool:
    """A token that joins two words of one name: a hyphen written without spaces ("Al-Sabah"), a lowercase particle
    ("bin", "bint", "al")."""
    if tok.text in ("-", "‑"):
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return tok.text in NAME_PARTICLES


def _name_start(doc: Doc, i: int, j: int) -> int:
    """Where a person's name begins that spaCy started at a particle or after one: "Abdulaziz" + "bin Saud bin Naif",
    "Mai bint" + "Mohammed Al Khalifa". The name words before it are taken while a particle joins them."""
    while True:
        if i >= 1 and doc[i].text in NAME_PARTICLES and i + 1 < j and _is_name_token(doc[i - 1]) \
                and doc[i - 1].ent_type_ in ("", "PERSON"):
            i -= 1
        elif i >= 2 and doc[i - 1].text in NAME_PARTICLES and _is_name_token(doc[i - 2]) \
                and doc[i - 2].ent_type_ in ("", "PERSON") and doc[i - 1].whitespace_ and doc[i - 2].whitespace_:
            i -= 2
        else:
            return i


# Tokens an organization table name may run to ("Jama'at Nasr al-Islam wal Muslimin": punctuation makes tokens).
_ORG_NAME_TOKENS = 12


def _table_organizations(doc: Doc) -> None:
    """Names of two words or more that the organization table knows and that the parser cut or read as something
    else ("Hayat Tahrir al-Sham" as the person "Tahrir al-Sham", "Tehreek-e-Taliban Pakistan" as an organization
    and a country), and its acronyms of four capitals or more that the tagger left out ("MONUSCO"): one ORG entity
    over the whole name, so that every later stage reads one body."""
    found: list[Span] = []
    i = 0
    while i < len(doc):
        acronym = doc[i].text.isupper() and doc[i].is_alpha and len(doc[i].text) >= 4
        if doc[i].text[:1].isupper() and (organization_begins(doc[i].text) or acronym):
            end = next((j for j in range(min(len(doc), i + _ORG_NAME_TOKENS), i if acronym else i + 1, -1)
                        if not doc[j - 1].is_punct and organization_named(doc[i:j].text)), None)
            # A longer entity that holds the name stays ("UN Relief and Works Agency", "the United Nations Security
            # Council"): the name is found in it when its country is asked.
            if end is not None and not any(e.start <= i and end <= e.end for e in doc.ents):
                found.append(Span(doc, i, end, label="ORG"))
                i = end
                continue
        i += 1
    if found:
        doc.ents = sorted([e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
                          + found, key=lambda e: e.start)


def _names_a_medium(doc: Doc, i: int, j: int) -> bool:
    """The name stands in apposition to a medium's common noun (`MEDIUM_HEADS`): "in his radio Kawsachun Coca", "the
    daily Hurriyet"."""
    root = next((t for t in doc[i:j] if not i <= t.head.i < j), None)
    return root is not None and root.dep_ == "appos" and root.head.i < i and root.head.lemma_.lower() in MEDIUM_HEADS


# Words of a sum's size, which spaCy sometimes runs into a name before them
SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "bn", "mln"})


def _entity_spans(pb: ParsedBlock) -> list[tuple[str, int, int]]:
    """spaCy's entities with repairs: split names rejoined, names after titles found, the organization table's
    names made whole."""
    doc = pb.doc
    _table_organizations(doc)
    # a facility that is a country by name is the country ("the Vatican", which spaCy reads as a building)
    spans = [("GPE" if e.label_ == "FAC" and country_code(e.text) else e.label_, e.start, e.end) for e in doc.ents
             if e.label_ in ENTITY_LABELS or e.label_ == "FAC" and country_code(e.text)]
    repaired: list[tuple[str, int, int]] = []
    for label, i, j in spans:
        if repaired and i < repaired[-1][2]:
            if label == "PERSON" and repaired[-1][0] == "PERSON" and j > repaired[-1][2]:
                # "Talal Khaled Al" (grown over the words of the next name) + "Khaled Al-Ahmad Al-Sabah": one name
                repaired[-1] = ("PERSON", repaired[-1][1], j)
            continue  # already swallowed by a repaired name
        if label == "ORG" and repaired and repaired[-1][0] == "ORG" and _one_agency(doc, repaired[-1][1], i, j):
            i = repaired.pop()[1]  # "U.S. Immigration" + "and" + "Customs Enforcement"
        if label != "GPE" and i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "GPE" \
                and qualified_countries(doc[i - 2]):
            continue  # "London, Ont.": a province, not a person
        if j < len(doc) and not country_code(doc[i:j].text) and country_code(doc[i:j + 1].text):
            # "Sierra" + "Leonean", "South" + "Sudanese": spaCy cut a demonym or country name in two.
            label, j = "NORP", j + 1
        if label != "PERSON" and j - i > 1 and doc[j - 1].lower_ in SCALE_WORDS:
            # "fined Apple 1.8 billion euros": spaCy ran the sum into the name
            while j - i > 1 and (doc[j - 1].like_num or doc[j - 1].lower_ in SCALE_WORDS):
                j -= 1
        if label == "ORG" and (person := _titled_name(doc, i, j)) is not None:
            # "Kazakh President Kassym-Jomart Tokayev" labelled an organization: the name after the title is a person,
            # whose title and country the words before it give as for any titled name.
            label, i = "PERSON", person
        elif label in ("ORG", "PERSON") and (person := _name_after_body(doc, i, j)) is not None:
            # "Speaker of the National Assembly Tran Thanh Man": the office's body, then its holder
            if label == "ORG":
                repaired.append(("ORG", i, person))
            label, i = "PERSON", person
        if label == "PERSON" and _names_a_medium(doc, i, j):
            label = "ORG"  # "in his radio Kawsachun Coca": the name of a station, not of a person
        if label == "PERSON":
            i = _name_start(doc, i, j)
            # "Choe Sun" + "Hui": a following capitalized name token in the same compound chain; "Al-Sabah", "bin
            # Zayed": a name word's hyphen or a particle of an Arab name before one more name word.
            while j < len(doc) and (_is_name_token(doc[j]) and doc[j].ent_type_ in ("", "PERSON") and (
                    doc[j - 1].head.i == j or doc[j - 1].head.i == doc[j].head.i or _name_joint(doc[j - 1]))
                    or j + 1 < len(doc) and _name_joint(doc[j]) and _is_name_token(doc[j + 1])
                    and doc[j + 1].ent_type_ in ("", "PERSON") and _is_name_token(doc[j - 1])):
                j += 1
            # "Kim Son" + "Kyong": two PERSON entities with nothing between them are one name.
            if repaired and repaired[-1][0] == "PERSON" and repaired[-1][2] == i \
                    and doc[i - 1].whitespace_:
                label, i = "PERSON", repaired.pop()[1]
        repaired.append((label, i, j))
    taken = {k for _, i, j in repaired for k in range(i, j)}
    for tok in pb.tokens:
        # A capitalized name right after a title and its country ("Ambassador to North Korea Matsegora"); not the
        # head of the body the title is of ("Chairman of the State Duma Vyacheslav Volodin").
        if tok.i in taken or not _is_name_token(tok) or tok.ent_type_ not in ("", "PERSON") \
                or tok.lower_ in BODY_HEADS_OF_OFFICES:
            continue
        left = pb.tokens[max(0, tok.i - 6):tok.i]
        if any(t.lower_ in TITLE_HEADS for t in left) and tok.i > 0 and \
                (doc[tok.i - 1].lower_ in TITLE_WORDS or doc[tok.i - 1].ent_type_ in ("GPE", "NORP")):
            end = tok.i + 1
            while end < len(doc) and _is_name_token(doc[end]) and end not in taken:
                end += 1
            repaired.append(("PERSON", tok.i, end))
            taken.update(range(tok.i, end))
    # A GPE entity that swallowed a trailing name ("North Korea Matsegora") is split.
    fixed: list[tuple[str, int, int]] = []
    for label, i, j in sorted(repaired, key=lambda s: s[1]):
        if label == "GPE" and j - i >= 2 and country_code(doc[i:j - 1].text) and not country_code(doc[i:j].text) \
                and _is_name_token(doc[j - 1]):
            fixed += [("GPE", i, j - 1), ("PERSON", j - 1, j)]
        elif label == "PERSON" and fixed and fixed[-1][0] == "PERSON" and fixed[-1][2] == i and doc[i - 1].whitespace_:
            fixed[-1] = ("PERSON", fixed[-1][1], j)  # "Sheikh Fahad" (after a title) + "Yousef Saud Al-Sabah"
        else:
            fixed.append((label, i, j))
    return _formal_state_names(pb, fixed)


# Last words of an organization named after a person ("the Carter Center"), never a person's name.
NAMED_AFTER_HEADS = frozenset("""foundation center centre institute institution university college school library
fund trust party group company corporation bank hospital prize award museum""".split())


def _titled_name(doc: Doc, i: int, j: int) -> int | None:
    """Where the person's name starts in an entity doc[i:j] that is a title and a name ("Kazakh President
    Kassym-Jomart Tokayev"): after its last title head, when capitalized name words (hyphens between them) end it
    and nothing ends it as an organization's name does; None otherwise ("the Office of the President")."""
    heads = [k for k in range(i, j - 1) if doc[k].lower_ in TITLE_HEADS]
    if not heads:
        return None
    start = heads[-1] + 1
    while start < j - 1 and _honorific(doc[start]):
        start += 1  # "Foreign Minister Dr. Ahmed Hassan"
    name = doc[start:j]
    if not any(_is_name_token(t) for t in name) or name[-1].lower_ in AGENCY_HEADS | NAMED_AFTER_HEADS:
        return None
    if not all(_is_name_token(t) or t.text in ("-", "‑") for t in name) or not _is_name_token(name[0]):
        return None
    # "B.C.'s Criminal Justice Branch": ordinary words after a head that is also a department's word name no one
    if all(english_word(t.lower_) for t in name if _is_name_token(t)):
        return None
    return start


def _name_after_body(doc: Doc, i: int, j: int) -> int | None:
    """Where the holder's name starts in an entity doc[i:j] that an office's title and "of" lead into, made of a
    body's name and a person's ("Speaker of the National Assembly Tran Thanh Man", "Chairman of the State Duma
    Vyacheslav Volodin"): after the body's last head word, when two to four name words, not all English, end it."""
    # the "of" may stand before words of the body that the entity left out ("of the State [Duma Vyacheslav ...]")
    of = next((k for k in range(i - 1, max(0, i - 4), -1) if doc[k].lower_ == "of"), None)
    if of is None or not all(t.lower_ == "the" or t.text[:1].isupper() for t in doc[of + 1:i]) or not any(
            t.lower_ in TITLE_HEADS for t in doc[max(0, of - 3):of]):
        return None
    heads = [k for k in range(i, j - 2) if doc[k].lower_ in BODY_HEADS_OF_OFFICES]
    if not heads:
        return None
    name = doc[heads[-1] + 1:j]
    if not 2 <= len(name) <= 4 or not all(_is_name_token(t) for t in name) or all(
            english_word(t.lower_) for t in name):
        return None
    return heads[-1] + 1


# Words an agency's name ends in ("Customs Enforcement", "Drug Administration", "Disease Control and Prevention").
AGENCY_HEADS = frozenset("""administration agency authority board bureau commission committee council department
directorate enforcement inspectorate institute ministry office prevention protection service services""".split())


# Head words of the bodies whose offices wire copy names before their holders ("Speaker of the National Assembly").
BODY_HEADS_OF_OFFICES = AGENCY_HEADS | frozenset("""assembly duma parliament congress senate court party front union
    khural majlis rada sejm knesset""".split())


def _one_agency(doc: Doc, i: int, k: int, j: int) -> bool:
    """Two organization names doc[i:k-1] and doc[k:j] with "and" between are one agency's name that spaCy cut in
    two ("U.S. Immigration and Customs Enforcement"): the first has no head of its own and is made of ordinary
    words (after a country's name), the second ends in an agency's head."""
    if k - i < 2 or doc[k - 1].lower_ not in ("and", "&"):
        return False
    first = [t for t in doc[i:k - 1] if t.lower_ != "the"]
    words = len(first)
    while first and country_code(first[0].text):
        first.pop(0)
    # one ordinary word alone only after a country's name: "Apple and Amazon Web Services" are two
    return (len(first) > 1 or 0 < len(first) < words) and doc[j - 1].lower_ in AGENCY_HEADS \
        and first[-1].tag_ not in ("NNS", "NNPS") \
        and all(t.text[:1].isupper() and t.lower_ not in AGENCY_HEADS and english_word(t.lower_) for t in first)


_FORMAL_STATE = re.compile(r"\b(?:" + "|".join(w.capitalize() for w in sorted(POLITY_WORDS | SUBNATIONAL_WORDS))
                           + r")(?= of )")


def _formal_state_names(pb: ParsedBlock, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """"The Commonwealth of Virginia", "the State of Georgia", "The Province of Ontario": the formal name of a state
    or country is an organization, its government, however spaCy tagged its words (a place, or nothing)."""
    doc = pb.doc
    found: list[tuple[int, int]] = []
    for match in _FORMAL_STATE.finditer(pb.text):  # a search of the text: walking every token costs more
        word = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if word is None or len(word) != 1 or word[0].i + 2 >= len(doc) or doc[word[0].i + 1].lower_ != "of":
            continue
        tok = word[0]
        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].ent_iob_ != "O" \
            else tok.i
        end = tok.i + 2
        while end < len(doc) and _is_name_token(doc[end]):
            end += 1
        # a country's own long name stays the country ("Republic of Korea", "the Islamic Republic of Iran")
        if end > tok.i + 2 and polity_country(doc[tok.i:end].text) and not country_code(doc[tok.i:end].text) \
                and not any(s[1] < end and tok.i < s[2] and country_code(doc[s[1]:s[2]].text) for s in spans):
            found.append((start, end))
    if not found:
        return spans
    kept = [s for s in spans if not any(s[1] < j and i < s[2] for i, j in found)]
    return sorted(kept + [("ORG", i, j) for i, j in found], key=lambda s: s[1])


def _country_of_words(tokens: list[Token], article_countries: set[str]) -> str | None:
    """The country named by a run of modifier tokens ("North Korean", "Belarusian", "Korean")."""
    for n in range(len(tokens), 0, -1):
        for k in range(0, len(tokens) - n + 1):
            phrase = " ".join(t.text for t in tokens[k:k + n])
            code = country_code(phrase) or (country_code_fuzzy(phrase) if n == 1 else None)
            if code:
                return code
            options = countries_sharing(phrase)
            if options:
                present = [c for c in options if c in article_countries]
                if len(present) == 1:
                    return present[0]
    return None


def _is_country_word(tok: Token) -> bool:
    """"Belarusian", "North", "Korea", "Kazakh" (which spaCy sometimes tags ORG) in a title."""
    return tok.ent_type_ in ("NORP", "GPE") or (tok.text[:1].isupper() and country_code_fuzzy(tok.text) is not None)


def _title_before(doc: Doc, i: int, countries: set[str]) -> tuple[str | None, str | None, bool, tuple[int, ...]]:
    """Title, country, former-holder flag and title token indices from the words before a name."""
    k = i - 1
    if k > 0 and doc[k].lower_ in ("counterpart", "counterparts"):
        # "his Chinese counterpart Wang Yi", "Russia's counterpart Sergei Lavrov": the country is the person's,
        # "counterpart" is no title.
        c = k - 1 - (doc[k - 1].tag_ == "POS")
        if c >= 0 and _is_country_word(doc[c]) and doc[c].lower_ not in TITLE_WORDS:
            return None, _country_of_words([doc[c]], countries), False, ()
    words: list[Token] = []
    styles: list[int] = []
    while k >= 0:
        tok = doc[k]
        low = tok.lower_
        if low == "," and words and k > 0 and doc[k - 1].lower_ in TITLE_HEADS and doc[k - 1].text.islower():
            # "Qatar's emir, Sheikh Hamad": a title set off by a comma before the name
            k -= 1
            continue
        if low == "," and not words and k > 1 and doc[k - 1].lower_ in TITLE_HEADS and doc[k - 1].text.islower() \
                and doc[k - 2].lower_ == "its":
            # "Japan recalled its ambassador, Koji Tanaka": a state's own office set off by a comma
            k -= 1
            continue
        if low == "," and not words and k > 2 and _is_country_word(doc[k - 1]) and doc[k - 2].lower_ == "of" \
                and doc[k - 3].lower_ in TITLE_HEADS:
            # "The Finance Minister of Peru, Jose Arista": the title of a country set off by a comma
            k -= 1
            continue
        if low == "and" and words and words[0].lower_ in TITLE_WORDS and k > 0 and doc[k - 1].lower_ in TITLE_HEADS:
            # "Kuwait's Deputy Prime Minister and Minister of Defense Sheikh X": two offices of one person
            words.insert(0, tok)
            k -= 1
            continue
        if low in TITLE_WORDS or _is_country_word(tok) or low in ("to", "of", "-", "then") \
                or (tok.pos_ == "PROPN" and tok.head.i >= i) \
                or (tok.pos_ == "PROPN" and words and tok.head.i >= words[0].i and tok.text[:1].isupper()) \
                or (tok.tag_ == "POS" and k > 0 and _is_country_word(doc[k - 1])) \
                or (tok.pos_ == "ADJ" and tok.text.islower() and k + 1 < i and doc[k + 1].lower_ in TITLE_WORDS) \
                or (words and tok.text.islower() and low in BODY_TITLE_NOUNS):
            # "Iran's religious leader X", "Lebanon's new President X": possessive country, adjectives; "Russia's
            # foreign ministry spokeswoman X", "the army spokesman X": the body whose office it is
            words.insert(0, tok)
            k -= 1
            continue
        if low in STYLES or low in ("his", "her") and k + 1 < i and doc[k + 1].lower_ in STYLES:
            # "President His Highness Sheikh X": the style is how he is addressed, the title goes on before it
            styles.append(tok.i)
            k -= 1
            continue
        break
    while styles and words and styles[-1] < words[0].i:
        styles.pop()  # a style before the whole title ("His Excellency President X") is the sentence's
    # Drop a leading preposition or hyphen that belongs to the sentence, not the title.
    while words and words[0].lower_ in ("to", "of", "-"):
        words.pop(0)
    if not any(w.lower_ in TITLE_HEADS for w in words):
        # No title, but a nationality or a possessive country right before the name: "the DPRK's Kim Yo Jong",
        # "Russian Sergei Lavrov".
        if words and all(_is_country_word(w) or w.tag_ == "POS" for w in words) and words[-1].i == i - 1:
            return None, _country_of_words([w for w in words if w.tag_ != "POS"], countries), False, ()
        if not words:
            return None, _nationality_of_noun(doc, i), False, ()
        return None, None, False, ()
    former = any(w.lower_ in ("then", "former", "ousted", "outgoing") for w in words) or (
        i > 0 and doc[max(0, words[0].i - 1)].lower_ == "former")
    words = [w for w in words if w.lower_ not in ("then", "-") and w.tag_ != "POS"
             and not (w.pos_ == "ADJ" and w.text.islower() and w.lower_ not in TITLE_WORDS)]
    country_words = []
    while words and _is_country_word(words[0]) and words[0].lower_ not in TITLE_WORDS:
        country_words.append(words.pop(0))
    if not country_words:
        # "Foreign Minister of Kyrgyzstan X": the country the title is of ("ambassador to Japan" is not).
        for k in range(len(words) - 1):
            if words[k].lower_ == "of" and all(_is_country_word(w) for w in words[k + 1:]):
                words, country_words = words[:k], words[k + 1:]
                break
    title = title_text(words)
    title_tokens = tuple(sorted({w.i for w in words if not _is_country_word(w) or w.lower_ in TITLE_WORDS}
                                | set(styles)))
    # "Uttar Pradesh Chief Minister X", "Texas Governor X": a state's office, of the state's country
    country = _country_of_words(country_words, countries) or (
        one_state_country(" ".join(w.text for w in country_words), countries) if country_words else None)
    if country is None and words and words[0].i > 0 and doc[words[0].i - 1].lower_ == "its":
        country = _owning_subject_country(doc[words[0].i - 1], countries)
    if country is None:
        # "Kremlin spokesman Dmitry Peskov": the office of a body whose country the organization table knows
        body = [w.text for w in words if w.pos_ == "PROPN" and w.lower_ not in TITLE_WORDS]
        country = organization_country(" ".join(body)) if body else None
    return title or None, country, former, title_tokens


# Bodies named in lowercase inside a title ("foreign ministry spokeswoman", "army spokesman").
BODY_TITLE_NOUNS = frozenset("ministry office army military navy police government embassy council committee "
                             "department agency presidency".split())


def _owning_subject_country(pronoun: Token, countries: set[str]) -> str | None:
    """"Japan recalled its ambassador, Koji Tanaka": the country "its" stands for, the subject of its clause."""
    verb = pronoun.head
    for _ in range(3):  # "France said its envoy, Joel Meyer, had been told to leave": up to the clause saying it
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i < pronoun.i and pronoun not in list(subject.subtree):
            # the subject itself, or its country ("Russia's foreign ministry", "the Russian foreign ministry")
            words = [t for t in [subject, *subject.children] if _is_country_word(t)
                     and (t is subject or t.dep_ in ("poss", "compound", "amod"))]
            return _country_of_words(words, countries) if words else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _nationality_of_noun(doc: Doc, i: int) -> str | None:
    """The country of a nationality or country name on a common noun right before a name: "U.S. journalist Evan
    Gershkovich", "Russian opposition politician X", "the French aid worker X". The words must name a country or
    its people (a city names where one works, not whose one is: "Moscow correspondent X"), and the noun is a
    person's description, lowercase and hung on the name."""
    k = i - 1
    nouns = 0
    while k >= 0 and doc[k].text.islower() and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].lower_ not in TITLE_WORDS \
            and nouns < 3:
        nouns += 1
        k -= 1
    if not nouns or doc[i - 1].pos_ != "NOUN" or doc[i - 1].head.i < i or doc[i - 1].dep_ not in ("compound", "nmod",
                                                                                                  "amod", "appos"):
        return None
    end = k + 1
    while k >= 0 and (doc[k].tag_ == "POS" or (not doc[k].text.islower() and country_code(doc[k].text))) \
            and end - k <= 3:
        k -= 1
    words = [t for t in doc[k + 1:end] if t.tag_ != "POS"]
    if not words or (k >= 0 and doc[k].pos_ == "PROPN" and doc[k].head.i == end - 1):
        return None  # "the Novaya Gazeta journalist": a longer name, not a nationality
    phrase = " ".join(t.text for t in words)
    return country_code(phrase) or (country_code(words[-1].text) if len(words) == 1 else None)


# Nouns of a post abroad: the place they are "to" or "in" is where one serves, not whose one is ("the Qatari
# ambassador to Kuwait", "counsellor at the Chinese embassy in Kabul", "the Egyptian consul general in Jeddah").
POSTS_ABROAD = frozenset("""ambassador ambassadors envoy envoys consul consulate embassy mission attache emissary
    charge chargé""".split())


def _appositive_tokens(head: Token, child: Token) -> list[Token]:
    """The words of the apposition `child` of the name `head`, with the phrases spaCy hung on the name instead that
    follow it before the closing comma ("X, Assistant Minister for Development Affairs at the UAE Ministry of
    Foreign Affairs, said": "at ..." is the name's child to the parser)."""
    sub = list(child.subtree)
    end = sub[-1].i
    for sibling in head.children:
        if sibling.i <= end or sibling.dep_ != "prep":
            continue
        if sibling.i != end + 1:
            break
        more = list(sibling.subtree)
        if any(t.is_punct and t.text != "-" for t in more):
            break
        sub += more
        end = more[-1].i
    return sub


def _serving_place(tok: Token) -> bool:
    """A place named as where a post abroad serves: the object of "to"/"in" on an ambassador, an embassy."""
    for anc in [tok, *tok.ancestors][:6]:
        if anc.dep_ == "pobj" and anc.head.lower_ in ("to", "in") and anc.head.head.lower_ in POSTS_ABROAD \
                and anc.ent_type_ != "ORG":
            return True
    return False


def _capital_country(tokens: list[Token]) -> str | None:
    """The country of a capital city among the words of a title ("Deputy Ruler of Abu Dhabi", "Mayor of Tehran")."""
    for ent in {e for t in tokens if t.ent_type_ in ("GPE", "ORG") for e in t.doc.ents if e.start <= t.i < e.end}:
        if ent.text.lower() in capital_cities():
            place = shared_gazetteer().lookup(ent.text)
            if place is not None and place.country:
                return place.country
    return None


def _title_apposition(doc: Doc, i: int, j: int, countries: set[str]) -> tuple[str | None, str | None]:
    """"Kim Chol-won, the Chief Prosecutor of the Central Procuratorate of North Korea"; a nationality on an
    appositive noun without a title gives the country alone ("Khodorkovsky, a former Russian oil tycoon"). The
    country of a body the title is at counts ("X, Assistant Minister at the UAE Ministry of Foreign Affairs"); the
    place a post abroad serves does not ("X, the ambassador to Japan"), its nationality does ("the Qatari ambassador
    to Kuwait")."""
    head = doc[i:j].root
    for child in head.children:
        if child.dep_ != "appos" or child.i < j:
            continue
        sub = _appositive_tokens(head, child)[:24]
        title_tokens = [t for t in sub if t.i <= child.i and t.lower_ in TITLE_WORDS or t.i == child.i]
        if not any(t.lower_ in TITLE_HEADS for t in title_tokens):
            # "Mikhail Khodorkovsky, a former Russian oil tycoon": no title, but a nationality on the noun
            nationality = [t for t in child.children if t.dep_ in ("amod", "compound") and t.i < child.i
                           and t.ent_type_ == "NORP" and not origin_only(t)]
            if child.pos == NOUN and nationality:
                return None, _country_of_words(nationality, countries)
            continue
        title = title_text(t for t in title_tokens if t.dep_ != "det")
        named = [t for t in sub if t.ent_type_ in ("GPE", "NORP", "ORG") and not _serving_place(t)]
        return title, _country_of_words(named, countries) or _capital_country(named)
    return None, None


@dataclass(frozen=True)
class _EnglishWords:
    """WordNet's word lists by part of speech and the suffix rules that take a form to its lemma, from the parsing
    model's English lemmatizer tables; empty when the model ships none."""

    lemmas: dict[str, frozenset[str]]
    rules: dict[str, tuple[tuple[str, str], ...]]

    def known(self, word: str, pos: str) -> bool:
        """`word` (lowercase) is a form of a `pos` ("adj", "noun", "verb", "adv") of the lists."""
        lemmas = self.lemmas.get(pos, frozenset())
        return word in lemmas or any(word.endswith(old) and word[:len(word) - len(old)] + new in lemmas
                                     for old, new in self.rules.get(pos, ()))


@lru_cache(maxsize=1)
def _english_words() -> _EnglishWords:
    empty = _EnglishWords({}, {})
    try:
        folder = Path(str(spacy.util.get_package_path(MODEL)))
    except (OSError, ModuleNotFoundError):
        return empty
    found = sorted(folder.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        return empty
    lookups = Lookups().from_disk(found[0].parent)
    index, rules = lookups.get_table("lemma_index"), lookups.get_table("lemma_rules")
    parts = ("adj", "noun", "verb", "adv")
    return _EnglishWords({pos: frozenset(index.get(pos, ())) for pos in parts},
                         {pos: tuple((old, new) for old, new in rules.get(pos, ()) if old) for pos in parts})


def _ordinary_adjective(word: str) -> bool:
    """A lowercase English adjective or participle ("furious", "embattled", "beaming")."""
    words = _english_words()
    return words.known(word, "adj") or word.endswith(("ed", "ing")) and words.known(word, "verb")


def english_word(word: str) -> bool:
    """A lowercase word of WordNet's lists ("mafia", "club", "white"; also "murphy": it holds some famous names)."""
    return any(_english_words().known(word, pos) for pos in ("noun", "adj", "verb", "adv"))


def _trim_description(span: Span, given_name: Callable[[str], bool]) -> Span:
    """"Furious Theresa May rejected ...": a capitalized adjective or participle that opens a sentence is no part
    of the person's name spaCy put it in, when what follows is a name of two words or more on its own. A given
    name ("Rose Gottemoeller", "Frank Walter Steinmeier") and a title word ("Supreme Leader") stay."""
    while len(span) > 2 and span[0].is_sent_start and span[0].is_alpha and span[0].text[1:].islower() \
            and span[0].lower_ not in TITLE_WORDS and not given_name(span[0].lower_) \
            and _ordinary_adjective(span[0].lower_) and all(_is_name_token(t) for t in span[1:]):
        span = span[1:]
    return span


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _no_name(span: Span) -> bool:
    """A headline's or a link's words that spaCy took for a person's name: a number in it ("Suspended Worker Kills 2
    Women", "Xeon E3 - 1260L"; an ordinal last is a generational suffix, "William Pritchard 3rd"), or four words or
    more each joined to the next by a hyphen, as a link's slug is ("Peter-Capaldi-Takes-Over-Doctor-Who"; not
    "Fazl-ur-Rehman", nor "Meshal Al-Ahmad Al-Jaber Al-Sabah")."""
    words = list(span)
    if _ORDINAL.fullmatch(words[-1].text):
        words.pop()
    hyphens = sum(t.text == "-" for t in span)
    return any(c.isdigit() for t in words for c in t.text) or hyphens > 2 and all(
        "-" in (a.text, b.text) for a, b in zip(span, span[1:], strict=False))


# Words that say what kind of force a group is, capitalized at a sentence's start ("Riot police fired tear gas"),
# where the recognizer takes them for a person's name.
FORCE_KINDS = frozenset("riot anti-riot border security special secret military traffic mounted".split())
FORCE_HEADS = frozenset("police policemen officers guards forces troops units squads".split())


def _kind_of_force(span: Span) -> bool:
    """A one-word "name" that is the kind of the force named after it ("Riot police", "Border guards")."""
    doc = span.doc
    return len(span) == 1 and span[0].lower_ in FORCE_KINDS and span.end < len(doc) and (
        doc[span.end].lower_ in FORCE_HEADS)


# Nouns of a place that a name before them makes ("the Sahel region", "the Tigray region", "the Tana River county").
REGION_NOUNS = frozenset("""region regions province district county area valley desert coast peninsula basin corridor
border frontier strip city town village island islands mountains highlands delta""".split())


def _place_slot(tok: Token) -> bool:
    """The word is where a fought-over place goes: the object of a verb of striking or taking ("shelled Kherson",
    "captured Bakhmut") or of such a noun ("the shelling of Kharkiv", "a missile strike on Odesa"), after "out of"
    ("pulled its troops out of Kherson"), or a place a noun of its kind names ("the town of Chasiv Yar", known to a
    gazetteer or not: `geo.kind_of_place`) or where a site is (`_site_slot`). Not after "in" or "into" a verb, where
    a clinic or a firm may stand as well ("checked into Morningside")."""
    if tok.dep_ == "pobj":
        prep = tok.head
        return prep.lower_ == "of" and prep.head.lower_ == "out" or kind_of_place(tok) is not None \
            or _site_slot(tok) or prep.lower_ in ATTACKED_PREPS and attack_noun(prep.head)
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in PLACE_TAKING_VERBS


def attack_noun(tok: Token) -> bool:
    """A noun of striking or taking a place ("the shelling", "a strike", "the capture"), whose `ATTACKED_PREPS`
    name the place struck or taken."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in PLACE_TAKING_NOUNS


def _site_slot(tok: Token) -> bool:
    """The word is where a site lies or people live: "a school in Khan Younis", "a shopping centre in Kremenchuk",
    "residents of Khan Younis" (no person is in a school, or has residents, that way)."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.head.pos_ == "NOUN" and (
        prep.lower_ in ("in", "near") and prep.head.lemma_.lower() in SITE_NOUNS
        or prep.lower_ == "of" and prep.head.lemma_.lower() in RESIDENT_NOUNS)


# People named by where they live: "residents of Khan Younis" are of a place.
RESIDENT_NOUNS = frozenset("resident inhabitant villager townspeople".split())
PLACE_TAKING_VERBS = frozenset("""shell bomb strike attack capture seize recapture besiege encircle storm raid
    liberate occupy""".split())
PLACE_TAKING_NOUNS = PLACE_TAKING_VERBS | frozenset("""shelling bombing bombardment airstrike offensive assault
    incursion invasion siege capture""".split())
ATTACKED_PREPS = ("on", "of", "against")  # "the shelling of Kharkiv", "a strike on Odesa"
# Places people are in, as news names them where a strike or a raid hit.
SITE_NOUNS = frozenset("""school hospital clinic market marketplace camp centre center mall building home house
    mosque church synagogue shelter station port airport base village town city neighbourhood neighborhood district
    compound headquarters factory plant warehouse residence apartment""".split())


def _names_a_place(span: Span) -> bool:
    """A name spaCy took for a person's that is a place by the noun it names: "the Sahel region"."""
    last = span[-1]
    return last.dep_ == "compound" and last.head.i == span.end and last.head.lower_ in REGION_NOUNS


def _given_name_left_out(span: Span, given_name: Callable[[str], bool]) -> bool:
    """The capitalised word right before a person's name is a given name the parse joins to it as a compound, but
    spaCy's entity left it out ("Ahmet Yilmaz" tagged "Yilmaz"); not a title ("President"), nor another name."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" and before.is_alpha and before.is_title and not before.ent_type_ \
        and before.dep_ == "compound" and span.start <= before.head.i < span.end \
        and before.lower_ not in TITLE_WORDS and given_name(before.lower_)


# Nouns of a body an apposition may call a name spaCy took for a person's.
BODY_DESCRIPTIONS = frozenset("""militia militias group faction movement organization organisation party company firm
agency network brigade brigades alliance coalition front""".split())


def _described_as_body(span: Span) -> bool:
    """A name set beside a noun that calls it a body ("Kataib Sayyid al-Shuhada, an Iraqi militia,") is no
    person's."""
    return any(c.dep_ == "appos" and c.i >= span.end and c.lemma_.lower() in BODY_DESCRIPTIONS
               and c.pos == NOUN for c in span.root.children)


def _second_title(span: Span) -> bool:
    """A title joined to another one that spaCy took for an organization: "X, Deputy Ruler of Abu Dhabi and National
    Security Advisor"."""
    root = span.root
    return all(t.lower_ in TITLE_WORDS for t in span) and span[-1].lower_ in TITLE_HEADS and root.dep_ == "conj" \
        and root.head.lower_ in TITLE_HEADS


def _known_body_before_place(span: Span) -> Span | None:
    """The part of an organization's name before "in" or "at" and a place, when the organization table knows that
    part as a whole ("Rapid Support Forces in Jeddah"); None otherwise ("Bank of America", "Doctors in Africa")."""
    for k, tok in enumerate(span):
        if k and tok.lower_ in ("in", "at") and k + 1 < len(span) and span[k + 1].ent_type_ in ("GPE", "LOC", "ORG") \
                and organization_named(span[:k].text):
            return span[:k]
    return None


def _collect(parsed: list[ParsedBlock], given_name: Callable[[str], bool]) -> list[NameMention]:
    mentions: list[NameMention] = []
    for b, pb in enumerate(parsed):
        for label, i, j in _entity_spans(pb):
            span = pb.doc[i:j]
            # Leading "the" is not part of a name; keep offsets on the name itself.
            while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
                span = span[1:]
            if label == "ORG" and (known := _known_body_before_place(span)) is not None:
                span = known  # "the Rapid Support Forces in Jeddah": the body, not where it met
            trimmed = _trim_description(span, given_name)
            if label == "PERSON" or trimmed is not span and given_name(trimmed[0].lower_):
                span = trimmed  # "Furious Nikola Vukic" (ORG): a name that begins with a given name once trimmed
            if label == "PERSON" and _given_name_left_out(span, given_name):
                span = pb.doc[span.start - 1:span.end]  # "Ahmet Yilmaz" tagged "Yilmaz" alone
            text = span.text.rstrip("'’ ")
            if text.lower().endswith(("'s", "’s")):
                text = text[:-2]
            if not mostly_latin(text):
                continue  # the English parse takes other scripts' common nouns for names ("Министр")
            if label == "PERSON" and (_no_name(span) or _names_a_place(span) or _kind_of_force(span)) \
                    or label == "ORG" and _second_title(span):
                continue
            if label == "PERSON" and _described_as_body(span):
                label = "ORG"  # "Kataib Sayyid al-Shuhada, an Iraqi militia, claimed ..."
            start = pb.offset + span.start_char
            mentions.append(NameMention(b, span.start, span.end, label, start, start + len(text), text))
    return mentions


# ORG entities that name a venue or an occasion, not an actor ("the Koryo Hotel", "the NAM Summit").
PLACE_OR_OCCASION = frozenset("""hotel palace hall house building square centre center airport stadium
summit meeting conference forum games festival expo exhibition talks session congress
township county district village town city province street avenue road bridge river valley lake park island""".split())


def _is_place_or_occasion(name: str) -> bool:
    words = name.lower().replace("'", " ").split()
    return bool(words) and words[-1] in PLACE_OR_OCCASION


def _person_like(m: NameMention, persons: list[NameMention]) -> bool:
    """A single-token ORG/GPE that is really a spelling of a person named elsewhere ("Rezhenkov")."""
    if m.label not in ("ORG", "GPE") or " " in m.text or country_code(m.text):
        return False
    return any(same_person(m.text, p.text) for p in persons)


def _named_by_office(doc: Doc, m: NameMention) -> bool:
    """A name made of name words only, followed by an apposition whose head is one person's office ("Yury Sokolov,
    newly appointed Belarusian ambassador", "Scholz, the German chancellor"): a person, whatever spaCy's label."""
    span = doc[m.i:m.j]
    if not all(_is_name_token(t) for t in span) or country_code(m.text) or sector_of(m.text) \
            or is_international(m.text):
        return False
    return any(c.dep_ == "appos" and c.i >= m.j and c.tag_ == "NN" and c.lower_ in TITLE_HEADS
               and not c.ent_type_ for c in span.root.children)


def _named_by_given_name(doc: Doc, m: NameMention, given_name: Callable[[str], bool],
                         is_place: Callable[[str], bool] | None) -> bool:
    """"Nikola Vukic said ...", tagged ORG: two or three capitalized name words, the first a common given name, and
    nothing that makes them an organization, a place or a country: an organization's or a place's word, a country
    or a place first ("Washington Nationals"), a plural of an English noun last ("Carolina Panthers", "Gordon
    Advisors"), an acronym."""
    span = doc[m.i:m.j]
    words = list(span)
    if not 2 <= len(words) <= 3 or len(m.text.split()) != len(words) or not given_name(words[0].lower_):
        return False
    if not all(_is_name_token(t) and t.is_alpha and not t.text.isupper() for t in words) \
            or all(english_word(t.lower_) for t in words):
        return False  # "West Fifth": English words only
    last = words[-1].lower_
    english = _english_words()
    plural = last.endswith("s") and english.known(last, "noun") and last not in english.lemmas.get("noun", ())
    return not (country_code(m.text) or any(country_code(t.text) for t in words) or sector_of(m.text)
                or is_international(m.text) or organization_country(m.text) or _is_place_or_occasion(m.text)
                or is_place is not None and is_place(words[0].text) or plural or words[-1].tag_ == "NNPS"
                or last in ORG_HEADS | LOCAL_INSTITUTIONS | BODY_HEADS.keys())


def _full_names_of_lone_names(mentions: list[NameMention], parsed: list[ParsedBlock],
                              is_place: Callable[[str], bool] | None) -> list[NameMention]:
    """"Alexei Navalny was detained ... Navalny's arrest": spaCy tagged nothing in the full name and took the lone
    surname for an organization or place. A lone ORG/GPE word that is no country, place or body, and that ends a run
    of two or three untagged name words elsewhere in the article, is a person's surname, and the run is the person."""
    lone = {m.text: m for m in mentions if m.label in ("ORG", "GPE") and " " not in m.text and m.text.isalpha()
            and not country_code(m.text) and not sector_of(m.text) and not (is_place and is_place(m.text))}
    if not lone:
        return mentions
    found: list[NameMention] = []
    for b, pb in enumerate(parsed):
        doc = pb.doc
        for tok in pb.tokens:
            if tok.text not in lone or tok.ent_type_ or not _is_name_token(tok) \
                    or tok.i + 1 < len(doc) and _is_name_token(doc[tok.i + 1]):
                continue
            i = tok.i
            while i > 0 and tok.i - i < 2 and _is_name_token(doc[i - 1]) and not doc[i - 1].ent_type_:
                i -= 1
            if i == tok.i:
                continue
            span = doc[i:tok.i + 1]
            start = pb.offset + span.start_char
            found.append(NameMention(b, i, tok.i + 1, "PERSON", start, start + len(span.text), span.text))
    surnames = {m.text.split()[-1] for m in found}
    for other in mentions:
        if other.text in surnames and other.label in ("ORG", "GPE"):
            other.label = "PERSON"
    return sorted(mentions + found, key=lambda m: (m.block, m.i)) if found else mentions


# What only a person does or has done to them: the verbs (by lemma) whose subject, or passive subject, is a person
# ("Navalny died", "Navalny was arrested").
PERSON_VERBS = frozenset("""die resign marry smile laugh nod shrug weep sob whisper sigh grin frown testify""".split())
# Speaking is what companies and bodies do as well ("Gazprom said"): its subject is a person only when the word has
# the ending of a family name of the Slavic, Baltic, Caucasian, Turkic, Persian, Romanian or Greek naming systems
# ("Navalny", "Tsikhanouski", "Kovalenko", "Vukic", "Saakashvili", "Pashinyan", "Davutoglu", "Ciolacu").
SPEECH_VERBS_OF_PEOPLE = frozenset({"say", "tell"})
SURNAME_ENDING = re.compile(r"(?:ov|ova|ev|eva|sky|ski|skiy|skyi|ska|skaya|ny|nyi|nyy|naya|enko|enka|uk|yuk|chuk|vich|"
                            r"vych|ic|dze|shvili|yan|ian|oglu|oğlu|zadeh|pour|escu|opoulos|akis|idis|auskas|aitis)$")
PERSON_PASSIVES = frozenset("""arrest detain jail imprison bear poison hospitalize hospitalise assassinate kidnap
    abduct torture execute sentence convict acquit pardon wound injure marry""".split())
# Verbs whose object is a person, never a place or a people: "Russia arrested Navalny", "detained Jeenbekov".
PERSON_OBJECT_VERBS = PERSON_PASSIVES - {"bear", "execute", "poison", "marry"}
# Nouns that name one person by occupation, standing or kin ("Navalny, the opposition politician"), beside titles.
PERSON_NOUNS = frozenset("""activist politician critic dissident journalist lawyer blogger businessman businesswoman
    tycoon oligarch billionaire millionaire writer author poet novelist artist singer actor actress musician player
    coach athlete priest cleric bishop imam rabbi doctor surgeon scientist professor student teacher farmer worker
    soldier pilot candidate nominee prisoner detainee suspect defendant victim man woman boy girl father mother son
    daughter husband wife brother sister widow widower founder economist analyst historian researcher expert
    reporter photographer filmmaker campaigner protester citizen resident refugee migrant militant commentator
    philosopher lecturer rapper comedian banker investor entrepreneur negotiator mediator""".split())
PERSON_NOUNS_ALL = PERSON_NOUNS | TITLE_HEADS | MEMBER_HEADS
# Pronouns of a thing or a body, which a person is not referred to by.
THING_PRONOUNS = frozenset({"it", "its", "itself"})


def _lone_name_word(tok: Token, is_place: Callable[[str], bool] | None) -> bool:
    """A capitalized word standing alone as a name (no name word beside it, no determiner: "the Kremlin"), tagged
    nothing or ORG as one word, that is no English word ("Mafia", "Club") and names no country, place, known
    organization or body."""
    doc = tok.doc
    if not (_is_name_token(tok) and tok.is_alpha and len(tok) >= 3 and not tok.text.isupper()) \
            or english_word(tok.lower_):
        return False
    if tok.ent_type_ not in ("", "ORG") or tok.ent_type_ and (
            tok.ent_iob_ != "B" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    if tok.i > 0 and _is_name_token(doc[tok.i - 1]) or tok.i + 1 < len(doc) and _is_name_token(doc[tok.i + 1]) \
            or any(c.dep_ == "det" for c in tok.children):
        return False
    return not (country_code(tok.text) or country_code_fuzzy(tok.text) or sector_of(tok.text)
                or organization_country(tok.text) or is_international(tok.text)
                or _is_place_or_occasion(tok.text) or is_place and is_place(tok.text))


def acted_on_as_person(tok: Token) -> bool:
    """The word is the object of a verb done only to people ("Russia arrested Navalny", "police detained X")."""
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in PERSON_OBJECT_VERBS


def acts_as_person(tok: Token) -> bool:
    """The word is the subject of a person's verb (of a speech verb when it ends as a family name does), has a
    person noun in apposition ("Navalny, the opposition leader"), or is what the next he/she/his/her refers back
    to: a subject whose sentence or the next goes on with he or she as a subject, no other name of a person or an
    organization and no person noun between ("Navalny returned from Germany. He was detained at the airport")."""
    verb = tok.head.lemma_.lower()
    if tok.dep_ == "nsubj" and (verb in PERSON_VERBS or verb in SPEECH_VERBS_OF_PEOPLE
                                and SURNAME_ENDING.search(tok.lower_)) \
            or tok.dep_ == "nsubjpass" and verb in PERSON_PASSIVES or acted_on_as_person(tok):
        return True
    if any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in PERSON_NOUNS_ALL for c in tok.children):
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = tok.doc
    sentences = 0
    for other in doc[tok.i + 1:]:
        if other.is_sent_start:
            sentences += 1
            if sentences > 1:
                break
        if other.ent_type_ in ("PERSON", "ORG") or not other.ent_type_ and _is_name_token(other) \
                or other.pos == NOUN and other.lemma_.lower() in PERSON_NOUNS_ALL:
            return False  # another one he or she may refer to (a place or a nationality cannot)
        if other.lower_ in THING_PRONOUNS:
            return False
        if other.pos == PRON and other.lower_ in PERSON_PRONOUNS:
            # a subject continues the subject ("Navalny returned ... He was detained"); "her name" need not
            return other.lower_ in ("he", "she") and other.dep_ in ("nsubj", "nsubjpass")
    return False


# Verbs whose partner, named by their object or by "with", is a person or a body, never a town: "met with Boras",
# "spoke to Rafah" is no use of a place.
PARTNER_VERBS = frozenset("meet talk speak confer phone call telephone congratulate thank host receive".split())


def person_context(tok: Token, deeds: bool = True) -> bool:
    """Something around a name says it is a person's: a title or a person noun before it ("President Boras",
    "Mr Boras"), a meeting verb's partner ("met with Boras", "met Boras"), and with `deeds` a person's verb or what
    refers back to it (`acts_as_person`)."""
    if deeds and acts_as_person(tok) or acted_on_as_person(tok):
        return True
    if any(c.dep_ == "compound" and c.lower_ in TITLE_WORDS | PERSON_NOUNS_ALL for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("with", "to") and head.head.pos_ == "VERB":
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    return head.lemma_.lower() in PARTNER_VERBS


def _lone_persons(mentions: list[NameMention], parsed: list[ParsedBlock],
                  is_place: Callable[[str], bool] | None) -> list[NameMention]:
    """"Navalny was arrested", "Navalny said", tagged ORG or nothing: a lone name word that acts as a person once in
    the article (`acts_as_person`) is a person's name wherever it stands alone."""
    people: set[str] = set()
    for pb in parsed:
        for tok in pb.tokens:
            if tok.pos == PROPN and tok.text not in people and _lone_name_word(tok, is_place) \
                    and acts_as_person(tok):
                people.add(tok.text)
    if not people:
        return mentions
    for m in mentions:
        if m.text in people and m.label in ("ORG", "GPE"):
            m.label, m.guessed = "PERSON", True
    taken = {(m.block, k) for m in mentions for k in range(m.i, m.j)}
    found = []
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.text in people and (b, tok.i) not in taken and not tok.ent_type_ and _lone_name_word(tok, is_place):
                start = pb.offset + tok.idx
                found.append(NameMention(b, tok.i, tok.i + 1, "PERSON", start, start + len(tok.text), tok.text,
                                         guessed=True))
    return sorted(mentions + found, key=lambda m: (m.block, m.i)) if found else mentions


# In a story of the two Koreas, "the North" and "the South" are the states (general knowledge of news usage).
KOREAN_HALVES = {"North": "PRK", "South": "KOR"}
KOREAN_CAPITALS = {"Seoul": "KOR", "Pyongyang": "PRK"}


def resolve_actors(article_id: str, parsed: list[ParsedBlock], is_place: Callable[[str], bool] | None = None,
                   given_name: Callable[[str], bool] | None = None, filed: str | None = None) -> ActorTable:
    """The actors of one article. `is_place` tells place names that spaCy tagged ORG ("Ulaanbaatar"); `given_name`
    common given names, lowercase (`Knowledge.given_name`, the dictionaries' people; by default the English ones
    of `names.english_given_name`); `filed` the country of the dateline's place, which decides a name two countries
    share ("SEOUL ... Korea and Japan agreed")."""
    given_name = given_name or english_given_name
    mentions = _collect(parsed, given_name)
    countries = {c for m in mentions if m.label in ("GPE", "NORP") and (c := country_code(m.text))}
    for m in mentions:
        if m.label == "PERSON" and country_code(m.text) and (
                " " not in m.text or not acts_as_person(parsed[m.block].doc[m.j - 1])):
            # "Benin opened its borders", "Ugandan opposition", "Sri Lanka obtained a loan": a country, not a person
            m.label = "GPE"
            _relabel(parsed[m.block].doc, m.i, m.j, "GPE")  # and so for the event coder ("the visit to Nepal")
        elif (m.label == "PERSON" or m.label == "NORP" and parsed[m.block].doc[m.j - 1].dep_ not in (
                "amod", "compound") and not country_code(m.text)) and organization_named(m.text):
            # "The Houthis fired missiles", "UNDOF said": a group or body the organization table knows by this
            # whole name, which spaCy took for a person, or for a people where it is a party ("armed the Houthis";
            # not "Houthi rebels"); it keeps the table's country (or none, if international)
            m.label = "ORG"
            _relabel(parsed[m.block].doc, m.i, m.j, "ORG")
        elif m.label == "PERSON" and is_place is not None and (
                is_place(m.text) or kind_of_place(parsed[m.block].doc[m.j - 1]) is not None) and _place_slot(
                parsed[m.block].doc[m.j - 1]) and (m.j - m.i > 1 and (not given_name(parsed[m.block].doc[m.i].lower_)
                                                                      or _site_slot(parsed[m.block].doc[m.j - 1]))
                                                   or m.j - m.i == 1 and not any(
                    n.label == "PERSON" and n.j - n.i > 1 and n.text.split()[-1] == m.text for n in mentions)):
            # "Russian forces shelled Kherson", "pulled out of Khan Younis": a town spaCy took for a person, where a
            # place goes, and no one's surname in the article (a given name may begin it where only a site can go:
            # "a school in Khan Younis"; "the town of X" is a place whether the gazetteer knows it or not)
            m.label = "GPE"
            _relabel(parsed[m.block].doc, m.i, m.j, "GPE")
        elif m.label == "PERSON" and _model_name(parsed[m.block].doc[m.j - 1]):
            # "Patriot missiles", "Leopard tanks": a weapon's model, no party (nor the target of its delivery); a
            # body's name before them is their owner ("U.N. helicopters", "NATO jets")
            m.label = "PRODUCT"
            _relabel(parsed[m.block].doc, m.i, m.j, "PRODUCT")
        elif (m.label in ("GPE", "LOC") or m.label == "NORP" and parsed[m.block].doc[m.i].tag_ == "NNP"
              and not m.text.endswith("s")) and m.j - m.i == 1 and not country_code(m.text) \
                and m.text.lower() not in capital_cities() and person_context(parsed[m.block].doc[m.i], deeds=False):
            # "Moreno met with Boras", "President Boras": a person's name that is a town's too (Borås). Not by
            # deeds alone: the parser's town that "died" is a victim the coder would read as an actor
            m.label = "PERSON"
            _relabel(parsed[m.block].doc, m.i, m.j, "PERSON")
        elif m.label in ("GPE", "LOC") and international_body(m.text) and not country_code(m.text):
            m.label = "ORG"  # "the African Union mission": spaCy took the body for a place
        elif m.label in ("ORG", "GPE") and not (is_place and is_place(m.text)):
            if _named_by_office(parsed[m.block].doc, m):
                m.label = "PERSON"  # "Yury Sokolov, newly appointed Belarusian ambassador": spaCy said ORG
            elif _named_by_given_name(parsed[m.block].doc, m, given_name, is_place):
                m.label, m.guessed = "PERSON", True
    mentions = _full_names_of_lone_names(mentions, parsed, is_place)
    mentions = _lone_persons(mentions, parsed, is_place)
    persons = list({m.text: m for m in mentions if m.label == "PERSON"}.values())  # one per spelling: linear cost
    for m in mentions:
        if _person_like(m, persons):
            m.label = "PERSON"
    firms = {m.text for m in mentions if m.label == "PERSON" and _names_a_firm(parsed[m.block].doc, m.i, m.j)}
    for m in mentions:
        if m.text in firms:
            m.label, m.guessed = "ORG", False  # "Thomas Cook shares fell": a company named after a person
    table = ActorTable()
    actors: dict[str, Actor] = {}

    def add(actor_id: str, name: str, kind: ActorKind, m: NameMention, country: str | None = None,
            sector: str | None = None, basis: CountryBasis | None = None) -> Actor:
        actor = actors.get(actor_id)
        if actor is None:
            actor = actors[actor_id] = Actor(actor_id, name, kind, country=country, sector=sector,
                                             country_basis=basis if country else None)
        if m.text not in actor.aliases:
            actor.aliases.append(m.text)
        actor.mentions.append(Mention(article_id, m.start, m.end, m.text))
        m.actor_id = actor_id
        for k in range(m.i, m.j):
            table.by_token[(m.block, k)] = actor_id
        return actor

    korean = bool(({filed} | countries | {KOREAN_CAPITALS.get(m.text) for m in mentions}) & {"KOR", "PRK"})
    title_map: dict[tuple[int, int], str] = {}
    _resolve_people(mentions, parsed, countries, add, title_map)
    for m in mentions:
        doc = parsed[m.block].doc
        if m.label in ("GPE", "LOC") and venue(doc[m.j - 1]) and country_code(m.text) is None:
            # "the Jeddah talks": a town named as the venue, no party to the talks (nor its country); a facility
            # for the event coder, which reads a town before a noun as its government ("Beirut's decision")
            _relabel(doc, m.i, m.j, "FAC")
            continue
        code = country_code(m.text) if m.label in ("GPE", "NORP", "LOC", "ORG") else None
        if code is None and (m.label == "GPE" or m.label == "ORG" and " " not in m.text) \
                and not (is_place and is_place(m.text)):
            code = country_code_fuzzy(m.text)  # "Ethopia", "Quatar": a country misspelt by one letter
        if code is None and m.label in ("GPE", "LOC") and m.text in KOREAN_HALVES and m.i > 0 \
                and doc[m.i - 1].lower_ == "the" and korean:
            code = KOREAN_HALVES[m.text]  # "Seoul said the North fired shells": the two Koreas, as news names them
        if code is None and filed and m.label in ("GPE", "NORP") and filed in countries_sharing(m.text):
            # "SEOUL ... Korea": the dateline's. Not the other Korea the text names: "North Korea fired a missile,
            # Korea's military said" is the South's
            code = filed
        if code and ambiguous_qualifier(parsed[m.block].doc, m.i, m.text):
            continue  # "Atlanta, Georgia": the state or the country, as the town before it says
        if code and namesake_state(parsed[m.block].doc, m.i, m.j):
            continue  # "Georgia prosecutors": the US state's (add_group_actors), not the country's
        if code:
            add(code, country_name(code) or m.text, "country", m, country=code, sector=None, basis="name")
        elif m.label == "ORG" and not (_is_place_or_occasion(m.text) and not organization_named(m.text)) \
                and not (is_place and is_place(m.text) and not organization_country(m.text)
                         and not is_international(m.text)) \
                and not any((m.block, k) in title_map for k in range(m.i, m.j)):
            doc = parsed[m.block].doc
            country: str | None = None
            basis: CountryBasis | None = None
            polity = polity_country(m.text)  # "Commonwealth of Virginia", "State of New York": a government
            if polity is not None:
                country, basis = polity, "name"
            elif not is_international(m.text):
                # Its own words ("French Finance Ministry"), the organizations countries_aliases.tsv knows
                # ("Hamas"), a nationality or possessive before it ("the Ivory Coast's Supreme Court").
                country, basis = _country_of_words(list(doc[m.i:m.j]), countries), "name"
                if country is None:
                    country, basis = organization_country(m.text), "dictionary"
                if country is None:
                    country, basis = _modifier_country(doc, m.i, m.j), "nationality"
            org_id = "org-" + name_slug(re.sub(r"^(the|a)\s+", "", m.text, flags=re.I))
            add(org_id, m.text, "organization", m, country=country, sector="GOV" if polity else sector_of(m.text),
                basis=basis)
    for key, actor_id in title_map.items():
        table.by_token.setdefault(key, actor_id)
    labelled = {m.actor_id for m in mentions if m.label == "PERSON" and not m.guessed}
    table.guessed_persons = {aid for m in mentions if m.guessed and (aid := m.actor_id) and aid not in labelled}
    _affiliation_countries(mentions, actors, parsed)
    _link_nominal_titles(parsed, actors, table, article_id, countries)
    _link_definite_organizations(parsed, actors, table, article_id)
    _link_group_anaphors(parsed, actors, table, article_id)
    _possessor_countries(mentions, actors, table, parsed)
    _link_lone_surnames(parsed, actors, table, article_id)
    _link_pronouns(parsed, actors, table, article_id)
    _link_authored_texts(parsed, table)
    _link_body_pronouns(parsed, actors, table)
    table.actors = list(actors.values())
    return table


# Words after a name that make it a company's ("Harry Winston Inc", "Thomas Cook Group").
CORPORATE_SUFFIXES = frozenset("""inc inc. incorporated ltd ltd. limited corp corp. corporation co co. plc llc
llp ag sa s.a. nv gmbh group holdings""".split())
# What a company has and a person does not: its shares, stores, brand ("Thomas Cook shares", "a Harry Winston
# store", "the Thomas Cook brand"; "shares of Thomas Cook"). A person owns shares too, so "Musk's shares" says
# nothing: the possessive takes only the other nouns.
FIRM_NOUNS = frozenset("""share shares stock stocks store stores shop shops outlet outlets boutique boutiques
showroom showrooms branch branches brand brands subsidiary subsidiaries shareholder shareholders stockholder
stockholders franchise factory factories plant plants product products""".split())
SHARE_NOUNS = frozenset("share shares stock stocks stake".split())
# What a company is, in apposition ("Thomas Cook, the tour operator").
FIRM_APPOSITIONS = frozenset("""company firm corporation conglomerate group manufacturer retailer chain airline
bank brand startup start-up""".split())
# Nouns that name a company only with a trade before them ("the tour operator", "the oil giant"); alone they may be
# a person ("Gerard Benezat, the store's insurer").
TRADE_APPOSITIONS = frozenset("""operator maker carrier lender insurer supplier distributor giant jeweler
jeweller""".split())


def _names_a_firm(doc: Doc, i: int, j: int) -> bool:
    """The name over [i, j), which spaCy took for a person's, is a company's by what the sentence says of it: a
    corporate suffix after it, a company's noun it modifies ("Thomas Cook shares", "Harry Winston stores"),
    shares of it, a company's noun in apposition ("Thomas Cook, the tour operator"). Not "its" after it: "Trump
    cut its funding" is the funding of a body named before."""
    root = doc[i:j].root
    if j - i < 2:
        return False  # a lone name ("Trump products") is a person's or already a company's ("Ford shares")
    if doc[j - 1].lower_ in CORPORATE_SUFFIXES or j < len(doc) and doc[j].lower_ in CORPORATE_SUFFIXES:
        return True
    if root.dep_ == "compound" and root.head.lower_ in FIRM_NOUNS and root.head.i >= j:
        return True
    if root.dep_ == "poss" and root.head.lower_ in FIRM_NOUNS - SHARE_NOUNS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "in") and root.head.head.lower_ in SHARE_NOUNS:
        return True
    # the apposition right after the name: a parse may hang a later one on it ("X, a tycoon, ... Belarus's company")
    return any(c.dep_ == "appos" and c.left_edge.i <= j + 1 and not _possessor(c) and (
        c.lower_ in FIRM_APPOSITIONS
        or c.lower_ in TRADE_APPOSITIONS and any(m.dep_ == "compound" and m.pos == NOUN for m in c.children))
        for c in root.children)


def _possessor(tok: Token) -> bool:
    """"the company's senior vice president": the noun owns the phrase's head, though a parse may make it the head."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "’s", "’", "'")


# Nouns of meetings and agreements that a town's name before them places ("the Jeddah talks", "the Minsk
# agreements", "the Astana format"): the venue, not a party.
VENUE_NOUNS = frozenset("""talks negotiations summit conference process format agreement agreements accord accords
    declaration communique forum meeting meetings dialogue round platform""".split())


def venue(tok: Token) -> bool:
    """The name (its last word) modifies a noun of meetings or agreements: "the Jeddah talks", "the Minsk
    agreements"."""
    return tok.dep_ == "compound" and tok.head.lower_ in VENUE_NOUNS


# Things a model's name comes before: weapons and their systems ("Patriot missiles", "Leopard tanks", "Storm Shadow
# cruise missiles", "the Iron Dome system").
MATERIEL_NOUNS = frozenset("""missile missiles system systems tank tanks jet jets launcher launchers rocket rockets
    drone drones fighter fighters helicopter helicopters battery batteries interceptor interceptors howitzer
    howitzers rifle rifles vehicle vehicles aircraft warship warships submarine submarines munition munitions
    shell shells bomb bombs""".split())


def _model_name(last: Token) -> bool:
    """The name (its last word) modifies a noun of weapons: a model's name, not a person's or a body's."""
    return last.dep_ == "compound" and last.head.pos_ == "NOUN" and last.head.lower_ in MATERIEL_NOUNS \
        or last.dep_ == "compound" and last.head.dep_ == "compound" and last.head.head.lower_ in MATERIEL_NOUNS \
        and last.head.pos_ == "NOUN"


def _relabel(doc: Doc, i: int, j: int, label: str) -> None:
    """The entity over tokens [i, j) of `doc` takes `label`, so that whoever reads the parse later sees it."""
    doc.set_ents([Span(doc, i, j, label=label)], default="unmodified")


def _affiliation_countries(mentions: list[NameMention], actors: dict[str, Actor], parsed: list[ParsedBlock]) -> None:
    """"Camila Vallejo of the Communist Party of Chile": a person with no country takes the country of the
    organization named right after "of" (its capitalized words, up to the next verb or punctuation)."""
    for m in mentions:
        person = actors.get(m.actor_id or "")
        doc = parsed[m.block].doc
        if person is None or person.kind != "person" or person.country or m.j >= len(doc) or doc[m.j].lower_ != "of":
            continue
        words = []
        for tok in doc[m.j + 1:m.j + 12]:
            if tok.is_punct and tok.text != "'" or tok.pos_ in ("VERB", "AUX"):
                break
            words.append(tok)
        names = [t for t in words if t.text[:1].isupper()]
        if words and (words[0].text[:1].isupper() or words[0].lower_ == "the") \
                and any(t.lower_ in ORG_HEADS for t in names):
            country = _country_of_words(names, set())
            if country:
                person.country, person.country_basis = country, "appositive"


def _modifier_country(doc: Doc, i: int, j: int) -> str | None:
    """A country that modifies a name from outside it: "the Ivory Coast's Supreme Court", "Lithuanian Parliament"."""
    for child in doc[i:j].root.children:
        if child.i < i and child.dep_ in ("poss", "amod", "compound", "nmod"):
            code = country_code(doc[child.left_edge.i:child.i + 1].text) or country_code(child.text)
            if code:
                return code
    return None


def foreign_institution(doc: Doc, i: int, j: int, code: str) -> bool:
    """The common noun of an institution over tokens [i, j) ("senate", "Congress", "parliament") carries a country
    other than `code` in its modifiers or an "of" after it ("the Polish senate", "Poland's Senate", "the senate of
    Poland"): that country's institution, not the one of `code` a dictionary files the bare word under."""
    head = doc[i:j].root
    if not english_word(head.lower_):
        return False  # a proper name ("Hezbollah", "Gazprom") is one body whatever nationality is put before it
    named = _modifier_country(doc, i, j) or next(
        (c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i >= j
         for o in p.children if o.dep_ == "pobj" and (c := country_code(o.text))), None)
    return named is not None and named != code


class _AddActor(Protocol):
    """`resolve_actors`' closure that files a mention under an actor, creating the actor on its first mention."""

    def __call__(self, actor_id: str, name: str, kind: ActorKind, m: NameMention, country: str | None = None,
                 sector: str | None = None, basis: CountryBasis | None = None) -> Actor: ...


def _resolve_people(mentions: list[NameMention], parsed: list[ParsedBlock], countries: set[str],
                    add: _AddActor, title_map: dict[tuple[int, int], str]) -> None:
    persons = [m for m in mentions if m.label == "PERSON"]
    for m in persons:
        doc = parsed[m.block].doc
        title, country, former, m.title_tokens = _title_before(doc, m.i, countries)
        basis: CountryBasis = "title" if title else "nationality"
        if title is None or country is None:
            # "Sheikh Tahnoun bin Zayed, Deputy Ruler of Abu Dhabi": a style before the name gives no country, the
            # title after it may
            title_after, after = _title_apposition(doc, m.i, m.j, countries)
            if title is None or set(normalize_title(title).split()) <= ARAB_STYLE_TITLES and title_after:
                title = title_after
            if country is None:
                country, basis = after, "appositive"
        m.title, m.country, m.former = title, country, former
        m.country_basis = basis if country else None
        m.sector = sector_of(title) if title else None
    # Full names first so that a lone surname finds the person it abbreviates.
    clusters: list[list[NameMention]] = []
    # Per cluster, its distinct (spelling, country) pairs: a mention is compared with each spelling once, not with
    # every earlier mention, so the cost stays linear in the mentions.
    forms: list[dict[tuple[str, str | None], None]] = []
    order = sorted(persons, key=lambda m: -len(m.text.split()))
    for m in order:
        candidates = []
        for ci in range(len(clusters)):
            ccountry = next((country for _, country in forms[ci] if country), None)
            if m.country and ccountry and m.country != ccountry:
                continue
            if any(same_person(m.text, text, m.country, country) or _calling_name(m, text) or _family_name(m.text, text)
                   for text, country in forms[ci]):
                candidates.append(ci)
        if len(candidates) > 1 and len(m.text.split()) == 1:
            # "Sheikh Khalid" with two Khalid bin ... in the text: no title tells them apart
            candidates = [] if all(_calling_name(m, text) for ci in candidates for text, _ in forms[ci]) \
                else _lone_name_candidates(m, candidates, clusters)
        if len(candidates) == 1:
            ci = candidates[0]
            clusters[ci].append(m)
            forms[ci][(m.text, m.country)] = None
        else:
            clusters.append([m])
            forms.append({(m.text, m.country): None})
    for cluster in clusters:
        spellings = Counter(x.text for x in cluster)
        name = max(spellings, key=lambda s: (len(s.split()), spellings[s], -min(
            x.start for x in cluster if x.text == s)))
        country, country_basis = next(((x.country, x.country_basis) for x in cluster if x.country), (None, None))
        sector = next((x.sector for x in cluster if x.sector), None)
        actor_id = "person-" + slug(name) + (f"-{country.lower()}" if country else "")
        for x in sorted(cluster, key=lambda x: x.start):
            actor = add(actor_id, name, "person", x, country=country, sector=sector, basis=country_basis)
            for k in x.title_tokens:
                title_map[(x.block, k)] = actor_id
            if x.title:
                _add_role(actor, x.title, x.country or country, former=x.former)


# Titles before the one name an Arab ruler or prince is called by ("Sheikh Mohamed", "Emir Tamim", "Prince Faisal").
ARAB_STYLE_TITLES = frozenset("sheikh shaikh sheik sheikha shaikha emir amir prince princess king sultan sayyid"
                              .split())
NASAB = frozenset({"bin", "ibn", "bint", "ben"})


def _family_name(short: str, full: str) -> bool:
    """"Al Khulaifi" after "Mohammed bin Abdulaziz Al Khulaifi": an Arab family name written apart from its article
    is the last two words of the full name (alone, "Al Gore" is a given name and a surname)."""
    words, last = short.lower().split(), full.lower().split()
    return len(words) == 2 and words[0] in ("al", "el") and len(last) >= 3 and last[-2:] == words


def _calling_name(m: NameMention, full: str) -> bool:
    """A lone name after an Arab style title is the first name of a full name with "bin" after it ("Sheikh Mohamed"
    is Mohamed bin Zayed Al Nahyan)."""
    if not m.title or " " in m.text or normalize_title(m.title).split()[-1] not in ARAB_STYLE_TITLES:
        return False
    words = normalize(full).split()  # "Sheikh Khalid bin Saud" as spaCy may take it, title and all
    return len(words) >= 3 and words[0] == normalize(m.text) and words[1] in NASAB


def _lone_name_candidates(m: NameMention, candidates: list[int], clusters: list[list[NameMention]]) -> list[int]:
    """The people a lone surname shared by several of them may be: only the one whose mentions carry its title
    ("President Macron" beside Emmanuel and Brigitte Macron, when he was "President Emmanuel Macron"), else
    none but the people known by that lone name alone. Nothing else in the text decides it: on the persons of
    ECB+ whose surname two people of one document share, the full name mentioned last before it was wrong 4
    times in 7, the full name mentioned first once in 7 (the defendant's wife before him)."""
    full = [c for c in candidates if any(len(x.text.split()) > 1 for x in clusters[c])]
    if m.title:
        key = normalize_title(m.title)
        titled = [c for c in full if any(x.title and normalize_title(x.title) == key for x in clusters[c])]
        if len(titled) == 1:
            return titled
    lone = [c for c in candidates if c not in full]
    return lone[:1]


def _add_role(actor: Actor, title: str, country: str | None, former: bool = False) -> None:
    key = normalize_title(title)
    for role in actor.roles:
        if normalize_title(role.title) == key and role.country in (None, country):
            role.current = role.current and not former
            return
    actor.roles.append(Role(title=title, country=country, current=not former))


def _link_nominal_titles(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable,
                         article_id: str, countries: set[str]) -> None:
    """"the Russian Attorney General" refers to the one person in the article holding that office."""
    for b, pb in enumerate(parsed):
        doc = pb.doc
        for tok in pb.tokens:
            if (b, tok.i) in table.by_token or tok.lower_ not in TITLE_HEADS or tok.tag_ == "NNS":
                continue
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].lower_ in TITLE_WORDS or doc[tok.i + 1].pos_ == "PROPN"):
                continue  # not the end of the title phrase
            left = tok.i
            while left > 0 and (doc[left - 1].lower_ in TITLE_WORDS or doc[left - 1].ent_type_ in ("NORP", "GPE")):
                left -= 1
            words = list(doc[left:tok.i + 1])
            cwords = [w for w in words if w.ent_type_ in ("NORP", "GPE") and w.lower_ not in TITLE_WORDS]
            title = title_text(w for w in words if w not in cwords)
            if not title or not title[0].isupper():
                continue  # lower-case "a foreign minister" is a description, not a reference
            country = _country_of_words(cwords, countries)
            key = normalize_title(title)
            holders = [a for a in actors.values() if a.kind == "person" and any(
                normalize_title(r.title) == key and (country is None or r.country == country) for r in a.roles)]
            if len(holders) != 1:
                continue
            start = pb.offset + doc[left].idx
            end = pb.offset + tok.idx + len(tok.text)
            holders[0].mentions.append(Mention(article_id, start, end, doc[left:tok.i + 1].text))
            if not any(normalize_title(r.title) == key for r in holders[0].roles):
                holders[0].roles.append(Role(title=title, country=country))
            for k in range(left, tok.i + 1):
                table.by_token[(b, k)] = holders[0].id


def _link_lone_surnames(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable,
                        article_id: str) -> None:
    """A lone capitalized word spaCy left untagged that is the family name of a person the article names in full
    ("Russian Foreign Minister Sergey Lavrov ... Lavrov thanked the Chinese side"), or an inner name of it ("Lula"),
    or, failing those, its first name ("Prabowo"), is that person, before pronouns are linked to the person named
    last."""
    full_names = [(alias, a.id) for a in actors.values() if a.kind == "person" for alias in a.aliases if " " in alias]
    if not full_names:
        return
    for b, pb in enumerate(parsed):
        doc = pb.doc
        for tok in pb.tokens:
            if table.at(b, tok.i) or tok.ent_type_ or not tok.is_alpha or not _is_name_token(tok) \
                    or tok.dep_ not in SURNAME_DEPS or any(c.dep_ == "det" for c in tok.children) \
                    or tok.i > 0 and _is_name_token(doc[tok.i - 1]) \
                    or tok.i + 1 < len(doc) and _is_name_token(doc[tok.i + 1]):
                continue
            owners = {aid for alias, aid in full_names
                      if alias.split()[-1] == tok.text and same_person(tok.text, alias) or _inner_name(tok.text, alias)}
            if not owners:
                # "Prabowo Subianto ... Prabowo will travel", "Anwar Ibrahim ... Anwar said": names by which wire copy
                # calls a person by the first of them
                owners = {aid for alias, aid in full_names if alias.split()[0] == tok.text}
            if len(owners) != 1:
                continue  # no one, or two people of that name ("Kim" of three Kims)
            (aid,) = owners
            start = pb.offset + tok.idx
            actors[aid].mentions.append(Mention(article_id, start, start + len(tok.text), tok.text))
            table.by_token[(b, tok.i)] = aid


def _inner_name(word: str, full: str) -> bool:
    """The word is an inner name of a full name of three or more words by which its bearer is called ("Lula" of
    "Luiz Inacio Lula da Silva"); not a father's name after "bin" ("Salman" of "Mohammed bin Salman")."""
    words = full.split()
    return len(words) >= 3 and any(w == word and words[k - 1].lower() not in NASAB
                                   for k, w in enumerate(words[1:-1], start=1))


def _link_pronouns(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable,
                   article_id: str) -> None:
    """he/him/his/she/her -> the person named last before it, when that is not a co-argument; a subject pronoun
    opening its sentence -> the person who was the subject of the sentence before, if one was ("Shoukry briefed
    Wang on the talks. He said ..." is Shoukry)."""
    last_person: str | None = None
    last_spoke = False  # the person named last is the speaker of reported words ("..., Paul Browne said")
    subject, previous_subject = None, None  # the person subject of this sentence's main verb, of the one before
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.is_sent_start:
                subject, previous_subject = None, subject
            aid = table.at(b, tok.i)
            if aid and actors[aid].kind == "person" and tok.dep_ not in ("compound",):
                last_spoke = aid == last_person and last_spoke or _speaker(tok)
                last_person = aid
                if subject is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head == tok.sent.root:
                    subject = aid
                continue
            if tok.lower_ not in PERSON_PRONOUNS:
                continue
            if tok.i + 1 < len(pb.doc) and pb.doc[tok.i + 1].lower_ in STYLES:
                continue  # "His Highness", "Her Majesty": a style of address, not the last person's
            if previous_subject is not None and tok.is_sent_start and tok.dep_ in ("nsubj", "nsubjpass"):
                table.by_token[(b, tok.i)] = subject = previous_subject
                start = pb.offset + tok.idx
                actors[subject].mentions.append(Mention(article_id, start, start + len(tok.text), tok.text))
                continue
            ahead = _fronted_subject(tok, b, table, actors)
            if ahead is not None:
                table.by_token[(b, tok.i)] = ahead
                start = pb.offset + tok.idx
                actors[ahead].mentions.append(Mention(article_id, start, start + len(tok.text), tok.text))
                continue
            if last_person is None or last_spoke and _reported_by_later_speaker(tok):
                # '"They didn't have to kill him," Makaeo Williams said' after '..., spokesman Paul Browne said':
                # one speaker's words do not speak of the speaker before him
                continue
            # "Lukashenko appointed him": a pronoun object is not the subject of its own verb.
            co_args = {table.at(b, c.i) for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
            if last_person in co_args:
                continue
            table.by_token[(b, tok.i)] = last_person
            start = pb.offset + tok.idx
            actors[last_person].mentions.append(Mention(article_id, start, start + len(tok.text), tok.text))


def _link_body_pronouns(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable) -> None:
    """"It" or "they" as the subject of a sentence, before anyone else is named in it, by which a party voices a
    stance ("Hamas issued a statement on Sunday. It accused Israel of ...") stands for the body that was the subject
    of the sentence before, as `_link_pronouns` links a person's: an organization or country, or a body named by
    its head word ("Egypt's foreign ministry"); "it" for one not named in the plural, "they" for any but a country
    ("The Taliban said ... They warned ..."), or a text's issuer when the text was that subject ("..., the statement
    said. It noted ..."). Not a thing's "it" ("North Korea fired a missile. It flew 600 km")."""
    before: tuple[int, Token, str] | None = None  # the body subject of the sentence before, and its kind
    for b, pb in enumerate(parsed):
        for sent in pb.sents:
            subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and before is not None and subject.lower_ in ("it", "they") and (
                    b, subject.i) not in table.by_token and sent.root.lemma_ in STANCE_VERBS and not any(
                    t.ent_type_ or (b, t.i) in table.by_token for t in pb.doc[sent.start:subject.i]) and (
                    not _plural(before[1]) if subject.lower_ == "it" else before[2] != "country"):
                table.stands_for[(b, subject.i)] = before[:2]
                continue  # the body stays the subject before the next sentence
            if subject is not None and (issued := table.stands_for.get((b, subject.i))) is not None:
                # "..., the statement said. It noted that ...": "it" goes on with the statement's issuer
                before = (*issued, "organization")
                continue
            actor = actors.get(table.at(b, subject.i) or "") if subject is not None else None
            # a body by its head word ("the ministry"), or a name no actor holds yet that speaks ("..., the Rodong
            # Sinmun said": the actor dictionaries name it later)
            kind = actor.kind if actor is not None else "organization" if subject is not None and (
                subject.lemma_ in ORG_HEADS and subject.pos_ == "NOUN" or subject.pos_ == "PROPN"
                and subject.ent_type_ != "PERSON" and sent.root.lemma_ in STANCE_VERBS) else None
            before = (b, subject, kind) if subject is not None and kind in ("organization", "country") and not any(
                c.dep_ == "conj" for c in subject.children) else None


def _plural(noun: Token) -> bool:
    """A plural noun or name ("the Houthis", "the rebels"); not "the United States", a name of one country."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lower_ != "states"


def _link_authored_texts(parsed: list[ParsedBlock], table: ActorTable) -> None:
    """"The statement urged Japan to ..." after "The Chinese Foreign Ministry issued a statement": a text named
    again by its noun alone as a subject stands for whoever issued it, in its paragraph or the two before ("The UN
    Security Council adopted a resolution. The resolution demanded ..."; "the ministry said in a statement ... The
    statement also urged ..."). Only the nearest text of the same noun counts, and only when its issuer is named."""
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.lemma_ not in AUTHORED_TEXTS or (b, tok.i) in table.by_token or not (
                    tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "ROOT" and any(
                        c.dep_ == "acl" and c.tag_ == "VBD" for c in tok.children)):
                continue  # a subject, or one the parser made the root of a finite verb it read as a participle
            if [c.lower_ for c in tok.lefts] != ["the"] or any(c.dep_ in ("prep", "appos") for c in tok.rights):
                continue  # "a statement by X", "the ministry's statement", "the joint statement": said there
            earlier = ((k, t) for k in range(b, max(b - 3, -1), -1)
                       for t in reversed(parsed[k].tokens[:tok.i] if k == b else parsed[k].tokens))
            block, same = next(((k, t) for k, t in earlier if t.lemma_ == tok.lemma_), (b, None))
            issuer = _issuer(same) if same is not None else None
            if issuer is not None:
                table.stands_for[(b, tok.i)] = (block, issuer)


def _issuer(text: Token) -> Token | None:
    """Who put out the text a noun names: the subject of the verb that issued it ("Hamas issued a statement"), the
    agent of its passive ("a statement was released by the ministry"), the subject of the verb it was said in ("the
    ministry said in a statement"), or its possessor or "by" phrase ("the ministry's statement")."""
    head = text.head
    if text.dep_ == "dobj" and head.lemma_ in ISSUING or text.dep_ == "pobj" and head.lower_ in ("in", "through") \
            and head.head.pos_ in ("VERB", "AUX"):
        verb = head if text.dep_ == "dobj" else head.head
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if text.dep_ == "nsubjpass" and head.lemma_ in ISSUING:
        return next((g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    return next((c for c in text.children if c.dep_ == "poss"), None) or next(
        (g for c in text.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"),
        None)


def _speaker(tok: Token) -> bool:
    """The token is the subject of a verb of saying ("Paul Browne said")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in SPEECH_VERBS


def _reported_by_later_speaker(pronoun: Token) -> bool:
    """The pronoun sits in words reported by a speaker named after it ('"He should be punished," Singh said')."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return root.lemma_ in SPEECH_VERBS and subject is not None and subject.i > pronoun.i


# How a fronted phrase hangs on its clause's verb ("During his visit", "Arriving in his capital", "In his speech").
FRONTED_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


def _fronted_subject(pronoun: Token, b: int, table: ActorTable, actors: dict[str, Actor]) -> str | None:
    """"During his visit ..., Rezhenkov is likely to ...": a pronoun in a fronted phrase refers
    forward to the person who is the subject of the main clause."""
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or pronoun.i > subject.i or pronoun.i > root.i:
        return None
    top = pronoun
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    if top.dep_ not in FRONTED_DEPS:
        return None  # "He said the man shot his co-workers, Novy said": reported words, not a fronted phrase
    actor_id = table.at(b, subject.i)
    if actor_id and actors[actor_id].kind == "person":
        return actor_id
    return None


ORG_HEADS = frozenset("ministry agency office government embassy council committee party army court".split())


def _possessor_countries(mentions: list[NameMention], actors: dict[str, Actor], table: ActorTable,
                         parsed: list[ParsedBlock]) -> None:
    """"Maria Zakharova, the ministry's spokeswoman" after "the Russian Foreign Ministry": a person with no country
    whose title after the name is held at a body the text names ("the ministry" linked to it) takes its country."""
    for m in mentions:
        person = actors.get(m.actor_id or "")
        if person is None or person.kind != "person" or person.country:
            continue
        doc = parsed[m.block].doc
        head = doc[m.i:m.j].root
        for child in head.children:
            if child.dep_ != "appos" or child.i < m.j or child.lower_ not in TITLE_HEADS:
                continue
            owner = next((c for c in child.children if c.dep_ == "poss"), None)
            body = actors.get(table.at(m.block, owner.i) or "") if owner is not None else None
            if body is not None and body.kind == "organization" and body.country and not is_international(body.name):
                person.country, person.country_basis = body.country, "appositive"
                break


# Nouns by which a story refers back to a news outlet, and words of outlets' names that make them one of that kind
# ("Rodong Sinmun ... the newspaper", "Al Jazeera TV ... the broadcaster").
NEWSPAPER_NAMES = frozenset("sinmun ilbo times daily post herald tribune gazette journal pravda izvestia".split())
BROADCASTER_NAMES = frozenset("tv television broadcasting broadcaster radio channel".split())
MEDIA_KINDS = {"newspaper": NEWSPAPER_NAMES, "daily": NEWSPAPER_NAMES, "broadcaster": BROADCASTER_NAMES,
               "channel": BROADCASTER_NAMES, "television": BROADCASTER_NAMES}


def _referring_heads(name: str) -> set[str]:
    """The nouns an organization of this name is referred back to by: the `ORG_HEADS` in it ("Foreign Ministry":
    "the ministry"), and for an outlet the `MEDIA_KINDS` its name is of ("Rodong Sinmun": "the newspaper")."""
    words = set(name.lower().split())
    return {*(ORG_HEADS & words), *(kind for kind, names in MEDIA_KINDS.items() if words & names)}


def _link_definite_organizations(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable,
                                 article_id: str) -> None:
    """"the ministry", "the agency", "the newspaper": the organization with that head word (or, for an outlet, a
    name of that kind) named most recently before."""
    # Per head word, the organizations' mentions sorted by (start, place of the actor, place of the mention), so
    # the latest one before a phrase comes from a binary search, not a walk over every mention (quadratic).
    orgs = [a for a in actors.values() if a.kind == "organization"]
    place = {id(a): n for n, a in enumerate(orgs)}
    by_head: dict[str, list[tuple[int, int, int, Actor]]] = {}
    for n, a in enumerate(orgs):
        for word in _referring_heads(a.name):
            by_head.setdefault(word, []).extend((m.start, n, k, a) for k, m in enumerate(a.mentions))
    for entries in by_head.values():
        entries.sort(key=lambda e: e[:3])
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if (b, tok.i) in table.by_token or tok.lower_ not in ORG_HEADS and tok.lower_ not in MEDIA_KINDS \
                    or tok.i == 0:
                continue
            followed_by_of = tok.i + 1 < len(pb.doc) and pb.doc[tok.i + 1].lower_ == "of"
            if pb.doc[tok.i - 1].lower_ != "the" or followed_by_of:  # "the Ministry of X" is a new name
                continue
            start = pb.offset + tok.idx
            entries = by_head.get(tok.lower_, [])
            before = bisect.bisect_left(entries, start, key=lambda e: e[0])
            if before == 0:
                continue
            # the latest start; of equal ones, the first actor and mention in the table's order
            actor = entries[bisect.bisect_left(entries, entries[before - 1][0], key=lambda e: e[0])][3]
            table.by_token[(b, tok.i)] = actor.id
            phrase = pb.doc[tok.i - 1:tok.i + 1]
            actor.mentions.append(Mention(article_id, pb.offset + phrase.start_char, pb.offset + phrase.end_char,
                                          phrase.text))
            entry = (actor.mentions[-1].start, place[id(actor)], len(actor.mentions) - 1, actor)
            for word in _referring_heads(actor.name):
                bisect.insort(by_head[word], entry, key=lambda e: e[:3])


GROUP_ANAPHORS = frozenset("group organization organisation militia movement outfit faction force".split())
OUTLET_WORDS = frozenset("agency news newspaper daily broadcaster channel television radio company firm".split())
INDEFINITE_GROUP = re.compile(
    r"\b(?:a|an|another|one)\s+(?:[a-z-]+\s+)?(?:group|organi[sz]ation|militia|movement|outfit|faction|force)s?\b",
    re.IGNORECASE)


def _link_group_anaphors(parsed: list[ParsedBlock], actors: dict[str, Actor], table: ActorTable,
                         article_id: str) -> None:
    """"the group", "the militant group", "the Lebanese movement": the organization named last before it, in its
    paragraph or the two before, when no other group ("a group of lawyers") was brought in between. A state body
    ("the ministry") is linked by its own head word, never as a group."""
    offsets = [pb.offset for pb in parsed]

    def introduced_as_outlet(start: int) -> bool:
        """"the official news agency SUNA", "the broadcaster Al Jazeera": a medium or a firm, no group."""
        pb = parsed[bisect.bisect_right(offsets, start) - 1]
        return bool(OUTLET_WORDS.intersection(pb.text[:start - pb.offset].lower().split()[-3:]))

    named = sorted(((m.start, m.end, a) for a in actors.values() if a.kind == "organization" and a.sector != "MED"
                    and not ORG_HEADS.intersection(a.name.lower().split()) for m in a.mentions
                    if not introduced_as_outlet(m.start)), key=lambda e: e[:2])
    if not named:
        return
    starts = [start for start, _, _ in named]
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.lower_ not in GROUP_ANAPHORS or (b, tok.i) in table.by_token or tok.tag_ != "NN" or any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                    for c in tok.children):
                continue  # "the group of lawyers" is who it says; "accused the group of recruiting": the verb's "of"
            if any(c.dep_ in ("appos", "conj") for c in tok.children) or pb.doc[tok.i + 1:tok.i + 3].text in (
                    ", or", "(", ", the"):
                continue  # "the southern movement, or Sudan People's Liberation Army": named here
            lefts = list(tok.lefts)
            if not lefts or lefts[0].lower_ != "the" or lefts[0].i != tok.i - len(lefts):
                continue
            before = bisect.bisect_left(starts, pb.offset + tok.idx)
            if before == 0:
                continue
            start, end, actor = named[before - 1]
            if not all(m.dep_ in ("amod", "compound", "npadvmod") and (
                    m.is_lower or "-" in m.text or country_code(m.text) == actor.country) for m in lefts[1:]):
                continue  # "the Wagner group", "the Russian group" after a body of another country: a name
            if tok.lower_ == "force" and any(m.pos_ != "ADJ" for m in lefts[1:]):
                continue  # "the police force", "the air force": a state's own force, not "the paramilitary force"
            first = bisect.bisect_right(offsets, start) - 1
            if b - first > 2:
                continue
            between = " ".join(parsed[k].text[max(0, end - offsets[k]) if k == first else 0:
                                              tok.idx if k == b else None] for k in range(first, b + 1))
            if INDEFINITE_GROUP.search(between):
                continue
            table.by_token[(b, tok.i)] = actor.id
            phrase = pb.doc[lefts[0].i:tok.i + 1]
            actor.mentions.append(Mention(article_id, pb.offset + phrase.start_char, pb.offset + phrase.end_char,
                                          phrase.text))


def _initials_of(abbr: str, name: str) -> bool:
    """A mixed-case abbreviation whose capitals are the initials of the name's capitalized words ("MoFA" of "Ministry
    of Foreign Affairs", "MoD" of "Ministry of Defence")."""
    capitals = "".join(c for c in abbr if c.isupper())
    return len(capitals) >= 2 and abbr[:1].isupper() and abbr.isalpha() and capitals == "".join(
        w[0] for w in name.split() if w[:1].isupper())


def join_abbreviations(parsed: list[ParsedBlock], table: ActorTable, article_id: str) -> None:
    """"Doctors Without Borders (MSF)": an abbreviation in brackets right after an organization's name is that
    organization. One actor keeps the long form as its name and takes the abbreviation's mentions elsewhere, those
    the parser did not take for a name too ("the JCS said")."""
    by_id = {a.id: a for a in table.actors}
    defined: dict[str, tuple[tuple[int, int], Actor]] = {}  # abbreviation -> where it was defined, the body
    for b, pb in enumerate(parsed):
        if "(" not in pb.text:
            continue
        doc = pb.doc
        for tok in pb.tokens:
            if tok.text != "(" or tok.i == 0 or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
                continue
            abbr = doc[tok.i + 1]
            long = by_id.get(table.at(b, tok.i - 1) or "")
            if long is None or long.kind != "organization" or not (2 <= len(abbr.text) <= 8 and (
                    abbr.text.isupper() or _initials_of(abbr.text, long.name))):
                continue
            short = by_id.get(table.at(b, abbr.i) or "")
            if short is None:
                table.by_token[(b, abbr.i)] = long.id
                long.mentions.append(Mention(article_id, pb.offset + abbr.idx, pb.offset + abbr.idx + len(abbr),
                                             abbr.text))
                short_names = [abbr.text]
            elif short is long or short.kind != "organization":
                continue
            else:
                short_names = short.aliases
                long.mentions = sorted(long.mentions + short.mentions, key=lambda x: x.start)
                if long.country is None and short.country:
                    long.country, long.country_basis = short.country, short.country_basis
                long.sector = long.sector or short.sector
                for key, value in table.by_token.items():
                    if value == short.id:
                        table.by_token[key] = long.id
                table.actors = [a for a in table.actors if a is not short]
                del by_id[short.id]
            long.aliases = list(dict.fromkeys([*long.aliases, *short_names]))
            defined.setdefault(abbr.text, ((b, abbr.i), long))
    if not defined:
        return
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.text in defined and (b, tok.i) not in table.by_token and (b, tok.i) > defined[tok.text][0]:
                long = defined[tok.text][1]
                table.by_token[(b, tok.i)] = long.id
                long.mentions.append(Mention(article_id, pb.offset + tok.idx, pb.offset + tok.idx + len(tok), tok.text))
    for _, long in defined.values():
        long.mentions.sort(key=lambda x: x.start)


# Prepositions that make a country the counterpart of an actor's act ("threatened action against Russia").
COUNTERPART_PREPS = frozenset({"against", "with", "on", "to", "toward", "towards"})


# Institutions named after their city ("Baghdad University", "Tehran Times", "Lagos State Police").
LOCAL_INSTITUTIONS = frozenset("""university school college hospital clinic academy institute times post herald
radio television tv police municipality council mosque church administration bureau department authority""".split())


# An organization in a place that may be another country's post there ("the Japanese Embassy in Beijing").
FOREIGN_POSTS = frozenset("""embassy embassies consulate consulates mission missions delegation office offices bureau
branch representation""".split())


# The country of a place name, given the countries a qualifier after it allows (`EventCoder.place_country`).
PlaceCountry = Callable[[str, Sequence[str]], str | None]


def dateline_country(text: str, place_country: PlaceCountry) -> str | None:
    """The country of the place a dateline names ("ISTANBUL --", "ALGIERS, Algeria -", "PYONGYANG, July 24 (KCNA)
    --"): its place, within the region after the comma when that is a country or a state."""
    head = re.split(r"\s*(?:\(|--|-(?:\s|$)|\u2013|\u2014|:)", text.strip(), maxsplit=1)[0]
    place, _, region = head.partition(",")
    place, region = place.strip(), region.strip()
    if not place:
        return None
    within = region_countries(region) if region else []
    return country_code(place) or place_country(place.title() if place.isupper() else place, within)


def inherit_countries(parsed: list[ParsedBlock], table: ActorTable,
                      place_country: PlaceCountry, filed: str | None = None) -> None:
    """Groups and organizations take the one country their own of/in/from phrases name ("the government of Iraq", "the
    Pirmasens Municipal Museum in Germany"). People and organizations without a country take the article's country when
    the article names only one ("Ousted President Askar Akayev ... Kyrgyzstan", "UNITA ... in Angola"), or, where it
    names none, the dateline's country (`filed`, `dateline_country` of the dateline blocks' text: `clean.segment` cuts a
    dateline opening a paragraph into a block of its own, so it is never parsed). Mentions of the country as the actor's
    counterpart do not count ("President Bush threatened action against Russia"), nor the other party of a meeting or
    its venue ("Putin welcomed Xi in Moscow"); international bodies never take a country."""
    mentioned: list[tuple[int, Token, str]] = []
    by_id = {a.id: a for a in table.actors}  # ActorTable.get scans its list; this is asked once per token
    by_token = table.by_token
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            aid = by_token.get((b, tok.i))
            actor = by_id.get(aid) if aid else None
            if actor is not None:
                code = actor.country if tok.pos != PRON and (  # "his country" names no country
                    actor.kind in ("country", "organization") or actor.roles) else None
            elif tok.text[:1].isupper() and not tok.ent_type and tok.pos in (ADJ, PROPN):
                code = country_code(tok.text)  # a demonym spaCy did not tag ("Ghanaian authorities")
            else:
                continue
            if code and not origin_only(tok):
                mentioned.append((b, tok, code))
        for ent in pb.doc.ents:
            # A city or region ("in Algiers", "east Beirut") names its country too.
            if ent.label_ in ("GPE", "LOC") and not any(table.at(b, t.i) for t in ent):
                code = place_country(ent.text, qualified_countries(ent.root))  # "Bountiful, B.C." is Canada's
                if code is None and len(states := state_countries(ent.text)) == 1:
                    code = states[0]  # "in Sabah": a state or province of one country
                if code:
                    mentioned.append((b, ent.root, code))
    tellers = {(b, tok.i) for b, tok, _ in mentioned if _media_teller(tok)}
    tokens_of: dict[str, list[tuple[int, int]]] = {}
    meeting_blocks: dict[int, bool] = {}
    story_countries: frozenset[str] = frozenset()  # the countries named most often, counted once, when first needed
    for key, aid in table.by_token.items():
        tokens_of.setdefault(aid, []).append(key)
    guests, met_tokens = _guests(table, tokens_of, parsed, meeting_blocks)
    for actor in table.actors:
        if actor.kind == "group" and actor.country is None or actor.kind == "organization" and not actor.country \
                and not is_international(actor.name) and not FOREIGN_POSTS & set(actor.name.lower().split()):
            # "the Pirmasens Municipal Museum in Germany"; not "the embassy in Berlin", another country's post. A
            # city names an organization's country only when the article names that country: a gazetteer takes the
            # biggest place of a name ("Santa Clara": Cuba's).
            named = None if actor.kind == "group" else {a.country for a in table.actors if a.kind == "country"}
            actor.country = _attached_country(tokens_of.get(actor.id, []), parsed, table, by_id, place_country, named) \
                or _speakers_own(tokens_of.get(actor.id, []), parsed, table, by_id)
            actor.country_basis = "nationality" if actor.country else None
        # "President Ahmed Hassan of Sudan": the country of the office, a country named by "of" on the name (no
        # place: "Mayor X of Springfield")
        if actor.kind == "person" and not actor.country and (code := _attached_country(
                tokens_of.get(actor.id, []), parsed, table, by_id, place_country, named=set(), preps=("of",))):
            actor.country, actor.country_basis = code, "title"
            for role in actor.roles:
                role.country = role.country or code
        if actor.country or actor.kind == "country" or is_international(actor.name) or actor.sector == "IGO":
            continue  # an intergovernmental body ("the ICC", coded IGO by the dictionary) is no country's
        if actor.kind == "group" and actor.sector == "REF":
            continue  # refugees and asylum seekers are, by what they are, not of the country they are in
        if actor.kind == "group" and actor.name.lower().split()[-1] in SEVERAL_STATES:
            continue  # "Western countries", "the Gulf states": several states, none of them the one the text names
        words = actor.name.split()
        if actor.kind == "organization" and len(words) > 1 and any(w.lower() in LOCAL_INSTITUTIONS for w in words) \
                and not (english_given_name(words[0].lower()) and words[1].lower() not in LOCAL_INSTITUTIONS):
            # "Baghdad University Medical School", "Tehran Times": the city the name begins with ("George Washington
            # University" is named after a person, not after the town of George; the "Washington Post" is the
            # city's); or the province or state ("Hainan Maritime Safety Administration", "Sindh Home Department")
            provinces = state_countries(words[0])
            actor.country = place_country(" ".join(words[:2]), ()) or place_country(words[0], ()) or (
                provinces[0] if len(provinces) == 1 else None)
            if actor.country:
                actor.country_basis = "name"
                continue
        if not mentioned and not filed:
            continue
        own_tokens = tokens_of.get(actor.id, [])
        if actor.kind == "person" and _serves_international(own_tokens, parsed, table, by_id):
            continue
        if actor.kind == "person" and any(set(r.title.lower().split()) & DIPLOMATIC_TITLES for r in actor.roles):
            continue  # an envoy named bare is as likely the other country's ("Germany expelled the ambassador, X")
        if actor.kind == "group" and {w.rstrip("s") for w in actor.name.lower().split()} & DIPLOMATIC_TITLES:
            continue  # so are diplomats ("Turkey expelled two diplomats")
        verbs = {(b, tok.head.i) for b, i in own_tokens
                 for tok in [_subject_named(_conjunct_head(parsed[b].tokens[i]))] if tok.dep_ in ("nsubj", "nsubjpass")}
        # "visited Kyiv and promised weapons to Ukraine": the verbs that share the actor as subject
        verbs |= {(b, c.i) for b, v in list(verbs) for c in parsed[b].tokens[v].children
                  if c.dep_ in ("conj", "xcomp") and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)}
        # "protesters marched, demanding sanctions against Israel": the participle the subject does (see
        # `_counterpart`)
        participles = {(b, c.i) for b, v in verbs for c in parsed[b].tokens[v].children
                       if c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
                           x.dep_ in ("nsubj", "nsubjpass", "mark") for x in c.children)}
        # Only a block with a word of meeting can hold a partner; most have none, and walking the parse is dearer.
        for b in {b for b, _ in own_tokens} - meeting_blocks.keys():
            meeting_blocks[b] = any(t.lemma_.lower() in MEETING_WORDS for t in parsed[b].tokens)
        partners, meetings = _meeting_partners([t for t in own_tokens if meeting_blocks[t[0]]], parsed)
        verbs |= meetings
        codes: set[str] = set()
        # A body's counterpart in its own clause is the other side: the country it is of, where the text first names
        # it, is no country for the body to take from another mention ("The ministry summoned the German ambassador.
        # Germany has not commented"). Not a person's: a president pardons his predecessor, of his own country.
        against: set[str] = set()
        for b, tok, c in mentioned:
            if c in codes or c in against:
                continue
            if actor.kind != "group" and (b, tok.i) in tellers:
                continue  # a named body or person is not the reporting outlet's; unnamed "gunmen" likely are
            if actor.kind == "person" and ((b, tok.i) in met_tokens or _another_persons(tok, b, table, by_id, actor,
                                                                                         guests)):
                continue  # "X received Y, Minister of Iran. Z met W": Iran is the guest Y's, not Z's
            if (backed := backed_or_favoured(tok)) is not None and (b, backed.i) in own_tokens:
                against.add(c)  # "Russia-backed" or "pro-Russian separatists": another party, not theirs
                continue
            if (b, tok.i) in partners or _counterpart(tok, b, verbs, table, by_id, participles):
                if actor.kind != "person":
                    against.add(c)
                continue
            codes.add(c)
            if len(codes) > 1:
                break  # two countries: none is the article's (stopping here keeps long articles linear)
        if len(codes) > 1:
            # the dateline does not choose between them (a fight in Mannheim between Americans), except for a state's
            # own bodies named bare in a story about the country it is filed from (named there as often as any
            # other, or more), as wire copy names them ("ANKARA (AA) - ... the Interior Ministry said", beside the US,
            # the EU and Iraq), and the spokespeople of those bodies, who speak at home ("MOSCOW ... Foreign Ministry
            # Spokeswoman Maria Zakharova told a briefing"); not its other officials, who travel ("BEIJING -- Wang Yi
            # held talks with visiting Foreign Minister Ahmed Hassan"), nor in a story filed from Seoul about the
            # North's statements
            if (actor.kind != "person" and actor.sector in STATE_SECTORS or _state_spokesperson(actor)) and filed \
                    and filed not in against and filed in (
                        story_countries := story_countries or _most_named(mentioned)):
                actor.country, actor.country_basis = filed, "inherited"
                for role in actor.roles:
                    role.country = role.country or filed
            continue
        # the text's one country before the dateline's: a fight in Mannheim
        code = codes.pop() if codes else filed if filed not in against else None
        if code is None:
            continue
        actor.country = code
        actor.country_basis = "inherited"
        for role in actor.roles:
            role.country = role.country or actor.country


# Plurals that refer back to the countries of the parties named before ("the two countries", "both governments").
COUNTRY_NOUNS = frozenset({"countries", "nations", "states", "governments"})
# Plural heads of groups of states: "Western countries", "the Gulf states", "Kyiv's allies".
SEVERAL_STATES = COUNTRY_NOUNS | frozenset({"powers", "capitals", "allies"})


# Words of the names of bodies every state has: a name made only of them is no one country's by itself.
GENERIC_BODY_WORDS = frozenset("""the of and joint chiefs chief staff general national security council supreme court
constitutional ministry defense defence foreign affairs interior central bank assembly parliament army navy air force
forces coast guard border police intelligence service military command""".split())


def generic_body(name: str) -> bool:
    """The name is of a body every state has ("Joint Chiefs of Staff", "the Defense Ministry")."""
    words = re.findall(r"[a-z]+", name.lower())
    return bool(words) and all(w in GENERIC_BODY_WORDS for w in words)


# A spokesperson of a state body named bare in the title ("Foreign Ministry Spokeswoman", "spokesman for the Interior
# Ministry"): the body's voice at home.
SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
STATE_BODY_WORDS = frozenset({"ministry", "government", "presidency", "cabinet", "army", "military", "department"})


def _state_spokesperson(actor: Actor) -> bool:
    return actor.kind == "person" and any(
        words & SPOKESPERSON_WORDS and words & STATE_BODY_WORDS for r in actor.roles
        for words in [set(r.title.lower().split())])


def _guests(table: ActorTable, tokens_of: dict[str, list[tuple[int, int]]], parsed: list[ParsedBlock],
            meeting_blocks: dict[int, bool]) -> tuple[set[str], set[tuple[int, int]]]:
    """The persons of the article's meetings, hosts and guests alike (`_meeting_partners`), and the words of the
    parties a person meets ("met a delegation of the Italian Senate")."""
    people = {a.id for a in table.actors if a.kind == "person"}
    guests: set[str] = set()
    met_tokens: set[tuple[int, int]] = set()
    for person in (a for a in table.actors if a.kind == "person"):
        own = tokens_of.get(person.id, [])
        for b in {b for b, _ in own} - meeting_blocks.keys():
            meeting_blocks[b] = any(t.lemma_.lower() in MEETING_WORDS for t in parsed[b].tokens)
        partners, _ = _meeting_partners([t for t in own if meeting_blocks[t[0]]], parsed)
        for b, i in own:  # the host's side: "X received Y", "X met a delegation of Z"
            tok = parsed[b].tokens[i]
            if meeting_blocks[b] and tok.dep_ == "nsubj" and _meeting_verb(tok.head):
                partners |= {(b, t.i) for c in tok.head.children if c.dep_ == "dobj" for t in c.subtree}
        met = {aid for key in partners if (aid := table.at(*key)) and aid != person.id and aid in people}
        guests |= met | ({person.id} if met else set())
        met_tokens |= partners
    return guests, met_tokens


def _another_persons(tok: Token, b: int, table: ActorTable, by_id: dict[str, Actor], actor: Actor,
                     guests: set[str]) -> bool:
    """`tok` names the country of a person other than `actor` who meets someone in the article (a party to a
    meeting is as likely a guest as a host: their country is theirs, not the article's): that person's own
    words (a title gives them the country), or a word of their title or apposition ("Y, Foreign Minister of
    Iran", "Berger, the German ambassador")."""
    up = tok
    for _ in range(6):
        other = by_id.get(table.at(b, up.i) or "")
        if other is not None and other.kind == "person":
            return other is not actor and other.id in guests
        if up.lower_ in TITLE_HEADS and up.pos_ in ("NOUN", "PROPN") and up is not tok:
            # a title: whose it is, is the name it stands before or beside
            holder = next((t for t in [up.head, *up.children] if t.dep_ != "punct"
                           and (p := by_id.get(table.at(b, t.i) or "")) is not None and p.kind == "person"), None)
            if holder is None and up.dep_ == "appos":
                holder = up.head
            owner = by_id.get(table.at(b, holder.i) or "") if holder is not None else None
            return owner is not None and owner.kind == "person" and owner is not actor and owner.id in guests
        if up.dep_ not in ("amod", "compound", "poss", "pobj", "prep", "appos", "nmod") or up.head.i == up.i:
            return False
        up = up.head
    return False


def _most_named(mentioned: list[tuple[int, Token, str]]) -> frozenset[str]:
    """The countries the text names most often (more than one when they tie); the words of one name ("the United
    States") count once."""
    counts: Counter[str] = Counter()
    last: tuple[int, int, str] | None = None
    for b, tok, code in sorted(mentioned, key=lambda m: (m[0], m[1].i)):
        if last is None or (b, tok.i - 1, code) != last:
            counts[code] += 1
        last = (b, tok.i, code)
    top = max(counts.values(), default=0)
    return frozenset(code for code, n in counts.items() if n == top)


# Participles after a country naming whose a vessel, a company or a force is ("Chinese-flagged", "Greek-owned",
# "the Saudi-led coalition", "Afghan-based militants").
FLAG_PARTICIPLES = frozenset("flagged registered owned led based".split())
# Participles after a country naming who stands behind a force, not whose it is: "Iran-backed militias" are no
# Iranians, "Turkish-backed Syrian fighters" Syrians.
BACKER_PARTICIPLES = frozenset("backed sponsored funded supported armed trained".split())
# Styles of address inside a title ("President His Highness Sheikh X", "Her Majesty Queen Y").
STYLES = frozenset("highness majesty excellency eminence holiness royal".split())
# Titles of those who serve their state abroad.
DIPLOMATIC_TITLES = frozenset("ambassador envoy consul diplomat attache attaché chargé charge".split())


# Sectors of a state's own bodies and officials: government, military, police, courts and parliament.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


# Verbs and nouns of meeting someone ("Putin welcomed Xi", "held talks with Xi"): the other party is a counterpart,
# however much its own country the text names, and where they met is one party's country, not both's.
MEETING_VERBS = frozenset("""meet welcome greet host receive visit talk confer negotiate phone telephone call
entertain discuss review exchange""".split())
MEETING_NOUNS = frozenset("""talk talks meeting meetings summit consultation consultations conversation call
discussion discussions negotiation negotiations dialogue visit""".split())
MEETING_WORDS = MEETING_VERBS | MEETING_NOUNS


def _subject_named(tok: Token) -> Token:
    """The subject a name modifies or is the body of ("the Kim regime fired", "Hamas's leaders said", "a spokesman
    for the Foreign Ministry denounced"), else the name itself."""
    if tok.dep_ in ("compound", "poss") and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") and tok.head.head.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.head
    return tok


def _conjunct_head(tok: Token) -> Token:
    """The first of a list of conjuncts ("Putin and Xi": Putin), where the list's role in the clause is marked."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _meeting_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in MEETING_VERBS or verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in verb.children)


def _meeting_partners(own_tokens: list[tuple[int, int]], parsed: list[ParsedBlock]
                      ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The tokens of the other party of a meeting an actor (whose tokens are `own_tokens`) takes part in as its
    guest or partner ("Putin welcomed Xi", "Xi was received by Putin", "Putin held talks with Xi", "Putin and Xi
    met"), and the meeting verbs. A host's country is not his guest's; the meeting's venue is one party's country
    (the verbs join those whose venue says nothing of the actor)."""
    partners: set[tuple[int, int]] = set()
    meetings: set[tuple[int, int]] = set()
    for b, i in own_tokens:
        tok = parsed[b].tokens[i]
        head = _conjunct_head(tok)
        verb = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "with":
            # "held talks with Xi", "a meeting with Xi": the verb whose object or modifier the phrase is
            verb = head.head.head
            if verb.lower_ in MEETING_NOUNS and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
        elif head.dep_ == "pobj" and head.head.dep_ == "agent":
            verb = head.head.head  # "welcomed by Putin": the guest is the passive subject
        if verb.pos_ not in ("VERB", "AUX") or not _meeting_verb(verb):
            continue
        others: list[Token] = []
        for c in verb.children:
            if c.i == head.i and c.dep_ in ("nsubj", "nsubjpass"):
                others += [t for t in [c, *c.conjuncts] if t.i != i]  # "Putin and Xi met": the other conjuncts
            elif head.dep_ == "nsubjpass" and c.dep_ == "agent":
                others.append(c)  # "Xi was received by Putin"
            elif head.dep_ in ("dobj", "pobj") and c.dep_ in ("nsubj", "nsubjpass") and c.i != head.i:
                others.append(c)  # "Putin welcomed Xi", "Putin held talks with Xi", "Xi was welcomed by Putin"
        # the actor's own words, not the conjuncts after it ("Abdullah and Fidan discussed": Fidan is the partner)
        own = {t.i for t in tok.subtree} - {t.i for c in tok.children if c.dep_ == "conj" for t in c.subtree}
        for other in others:
            partners.update((b, t.i) for t in other.subtree if t.i not in own)
        if others:
            meetings.add((b, verb.i))
    return partners, meetings


def _attached_country(own_tokens: list[tuple[int, int]], parsed: list[ParsedBlock], table: ActorTable,
                      by_id: dict[str, Actor], place_country: PlaceCountry, named: set[str | None] | None = None,
                      preps: tuple[str, ...] = ("of", "in", "from")) -> str | None:
    """The one country a group's own phrases attach ("the government of Iraq", "commanders in eastern Syria",
    "the authorities in Sanaa"): a country actor or a known place in a phrase of `preps` on the group's head; a
    place only of a country in `named`, when given."""
    codes = set()
    for b, i in own_tokens:
        for prep in (c for c in parsed[b].tokens[i].children if c.dep_ == "prep" and c.lower_ in preps):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for tok in [obj, *(c for c in obj.children if c.dep_ == "conj")]:
                    other = by_id.get(table.at(b, tok.i) or "")
                    code = other.country if other is not None and other.kind == "country" else None
                    if other is not None and other.kind == "organization" and prep.lower_ == "of" \
                            and parsed[b].tokens[i].lemma_.lower() in ARMED_MEMBERS \
                            and not is_international(other.name):
                        code = other.country  # "fighters of the Rapid Support Forces": the force's country
                    if code is None and tok.ent_type_ in ("GPE", "LOC"):
                        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
                        code = place_country(ent.text, qualified_countries(tok)) if ent is not None else None
                        code = code if named is None or code in named else None
                    if code:
                        codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _speakers_own(own_tokens: list[tuple[int, int]], parsed: list[ParsedBlock], table: ActorTable,
                  by_id: dict[str, Actor]) -> str | None:
    """"'Our military condemns the launch,' the JCS said": a body the speaker calls "our" is of the speaker's
    country."""
    for b, i in own_tokens:
        tok = parsed[b].tokens[i]
        if not any(c.dep_ == "poss" and c.lower_ == "our" for c in tok.children):
            continue
        root = tok.sent.root
        if root.lemma_.lower() not in SPEECH_VERBS:
            continue
        for subject in (c for c in root.children if c.dep_ == "nsubj"):
            speaker = by_id.get(table.at(b, subject.i) or "")
            if speaker is not None and speaker.country:
                return speaker.country
    return None


# Words after a hyphen that make a place where someone or something comes from: a person's origin ("Iraqi-born") or a
# product's maker ("US-made tear gas", "Russian-built jets"), never a party to what is done.
ORIGIN_WORDS = frozenset("""born descended origin made built manufactured produced designed supplied""".split())


# News outlets (the outlet words that name media, and more), and the words a story is attributed to them by.
MEDIA_WORDS = OUTLET_WORDS - {"company", "firm"} | frozenset(
    "weekly tv media press magazine paper journal website outlet".split())
MEDIUM_HEADS = MEDIA_WORDS | {"station", "programme", "program"}  # nouns a medium's name stands beside
ATTRIBUTION_WORDS = frozenset("said says reported reports told added".split())


def _media_teller(tok: Token) -> bool:
    """A word of the news outlet a story is attributed to ("Iranian state television reported", "an editor at the
    Armenian news agency said", "according to Russian media", "..., a Saudi-owned weekly reports"): the country it
    names is where the news was printed, not necessarily where it happened. An official's is not set aside ("Iraqi
    police said gunmen killed five" is most likely Iraq's story)."""
    chain = [tok, *tok.ancestors]
    for k, word in enumerate(chain):
        if word.lower_ in MEDIA_WORDS and word.pos in (NOUN, PROPN) and any(
                a.dep_ == "nsubj" and a.head.lemma_ in SPEECH_VERBS
                or a.dep_ == "pobj" and a.head.lower_ == "to" and a.head.head.lower_ == "according"
                for a in chain[k:]):
            return True
    # ", a Saudi-owned weekly reports." closing the sentence, however it was parsed
    sent = tok.sent
    comma = max((t.i for t in sent if t.text == "," and t.i < tok.i), default=None)
    tail = tok.doc[comma + 1:sent.end] if comma is not None else None
    return tail is not None and len(tail) <= 10 and any(t.lower_ in MEDIA_WORDS for t in tail) \
        and any(t.lower_ in ATTRIBUTION_WORDS and t.i > tok.i for t in tail)


def origin_only(tok: Token) -> bool:
    """"Iraqi-born", "British-born", "US-made", "Lockheed Martin-made" (`tok` any word of the name): where someone
    or something comes from, not the country one acts for, nor a party to what is done with it."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1  # the rest of the name
    if k < len(doc) and doc[k].text == "-":
        k += 1
    elif k > tok.i + 1:
        return False  # "Kim Jong Un born in 1984" is the person's name and a clause
    return k < len(doc) and doc[k].lower_ in ORIGIN_WORDS


def sympathy(tok: Token) -> bool:
    """The country word is what a "pro-" or "anti-" before it is for or against ("pro-Iranian Hizbollah", which the
    GSR codes Lebanese), not a nationality."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti")


def backed_or_favoured(tok: Token) -> Token | None:
    """The noun a country word stands behind ("Iran-backed militias", "militias backed by Iran", "the rebels were
    backed by Rwanda") or is for or against ("pro-Russian separatists"), whose country it is not; None for a
    nationality."""
    if tok.head.lower_ in BACKER_PARTICIPLES and tok.head.i != tok.i:
        return tok.head.head
    by = tok.head
    if tok.dep_ == "pobj" and by.dep_ == "agent" and by.head.lower_ in BACKER_PARTICIPLES:
        participle = by.head
        subject = next((c for c in participle.children if c.dep_ == "nsubjpass"), None)
        relative = participle.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP"))
        if participle.dep_ == "acl" or relative:
            return participle.head  # "militias (which are) backed by Iran"
        return subject
    return tok.head if sympathy(tok) else None


def _serves_international(own_tokens: list[tuple[int, int]], parsed: list[ParsedBlock], table: ActorTable,
                          by_id: dict[str, Actor]) -> bool:
    """"Arab League Secretary-General Chedli Klibi": an international body's official (whose tokens are
    `own_tokens`) has no home country to be read off the text."""
    for b, i in own_tokens:
        tok = parsed[b].tokens[i]
        # the title before the name, or an apposition after it ("Kofi Annan, UN secretary-general")
        near = parsed[b].tokens[max(0, i - 5):i]
        near += [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        for t in near:
            other = by_id.get(table.at(b, t.i) or "")
            if other is not None and other.kind == "organization" and is_international(other.name):
                return True
            if other is not None and other.kind == "person" and t.ent_type_ == "ORG" and any(
                    e.start <= t.i < e.end and is_international(e.text) for e in t.doc.ents):
                return True  # "U.N. Secretary-General Kofi Annan": the body's name read as part of his title
    return False


def _counterpart(tok: Token, b: int, verbs: set[tuple[int, int]], table: ActorTable, by_id: dict[str, Actor],
                 participles: Set[tuple[int, int]] = frozenset()) -> bool:
    """`tok` names the other party of one of `verbs`: inside its object, or the object of a counterpart
    preposition in its clause ("threatened action against Russia", "criticized the decision by Germany",
    "gave a welcome to South African leader de Klerk"), or inside the object of one of `participles` or such a
    phrase of it ("marched, demanding sanctions against Israel"; not its object itself: "fled, leaving Kyrgyzstan in
    turmoil"). A demonym on a plural common noun is a population, not a party ("his commitment to the Zambian
    people")."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and (b, tok.head.head.i) in verbs:
        return True  # the venue of the actor's own act: "Bush met Putin in Moscow" says nothing of Bush
    noun = tok
    while noun.dep_ in ("amod", "compound", "poss", "nmod", "appos", "conj") and noun.head.i != noun.i:
        noun = noun.head
    noun_actor = by_id.get(table.at(b, noun.i) or "")
    if noun is not tok and (noun_actor is None or noun_actor.kind == "group") and not noun.ent_type_ \
            and noun.tag_ in ("NNS", "NNPS") and not (
                noun_actor is None and noun.dep_ == "dobj" and (b, noun.head.i) in verbs):
        # a people or a place, not a party; but the things or acts the actor's own verb is done to are the other
        # party's ("condemned the Turkish strikes")
        return False
    up = noun
    for _ in range(8):
        if up.dep_ == "dobj" and ((b, up.head.i) in verbs or (b, up.head.i) in participles and up is not noun):
            return True
        if up.dep_ == "pobj" and up.head.lower_ in COUNTERPART_PREPS:
            prep = up.head
            for _ in range(6):
                if (b, prep.head.i) in verbs or (b, prep.head.i) in participles:
                    return True
                if prep.head.i == prep.i or prep.head.pos_ in ("VERB", "AUX"):
                    return False
                prep = prep.head
            return False
        if up.head.i == up.i or up.head.pos_ in ("VERB", "AUX"):
            return False
        up = up.head
    return False


# Where a noun stands as an event's participant.
GROUP_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative"})
# Agent codes of people rather than institutions ("a man", "a refugee", "a suspect").
PEOPLE_SECTORS = frozenset({"PPL", "CVL", "REF", "CRM", "LAB", "EDU", "HLH", "MED", "ELI", "AGR", "BUS"})
# "the two sides", "both countries": the participants named before, resolved by the event coder.
COUNTING_WORDS = frozenset({"two", "both", "three", "four"})
# Collective nouns of bodies that decide or act as one ("the committee", "the teachers' union"), with the sector the
# noun alone makes clear (None: its modifiers may tell, as "military council" or "party committee" do). Parties when
# definite or modified, whether or not an agent dictionary knows the word.
BODY_HEADS: dict[str, str | None] = {
    "committee": None, "subcommittee": None, "board": None, "council": None, "commission": None,
    "assembly": "LEG", "chamber": "LEG", "tribunal": "JUD", "court": "JUD", "cabinet": "GOV", "junta": "GOV",
    "union": "LAB", "syndicate": "LAB", "coalition": None, "alliance": None, "federation": None,
    "confederation": None, "bloc": None, "caucus": "LEG", "presidium": "GOV", "politburo": "GOV",
}
# What makes a board or committee a company's ("the board of directors", "the company's board").
BUSINESS_WORDS = frozenset({"director", "shareholder", "company", "corporate", "firm", "executive"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})


def _recast_group_noun(tok: Token, group_sector: Callable[[list[str]], str | None]) -> bool:
    """A group noun capitalized at the start of a sentence, which the tagger took for a name ("Rebels kidnapped
    two engineers", "Protesters blocked the road"), or an acronym's plural ("banned NGOs from ..."), is still the
    group, when no entity is read there and the word is a group noun or one an agent dictionary knows: retagged a
    common noun, with its singular as lemma (one actor with "the rebels" later), for the event coder too."""
    capitalized = tok.is_sent_start and tok.text[1:].islower()
    acronyms = tok.tag_ == "NNPS" and len(tok.text) > 2 and tok.text[:-1].isupper() and tok.text.endswith("s")
    if not (tok.pos_ == "PROPN" and (capitalized or acronyms) and not tok.ent_type_
            and (tok.lower_ in GROUP_NOUNS or group_sector([tok.lower_]) is not None)
            and not any(c.dep_ == "compound" for c in tok.children)):
        return False
    low = tok.lower_
    plural = low.endswith("s") and not low.endswith("ss")
    tok.pos_, tok.tag_ = "NOUN", "NNS" if plural else "NN"
    tok.lemma_ = low[:-3] + "y" if low.endswith("ies") else low[:-1] if plural else low
    return True


def _owner_of_a_thing(tok: Token, group_sector: Callable[[list[str]], str | None]) -> bool:
    """A group noun in the possessive before what it did or made ("the junta's airstrikes", "the opposition's
    petition"), not before people ("a sheriff's deputy", "the police's spokesman": those people are the party) nor
    a body it names ("the teachers' union", "the company's board": one body)."""
    owned = tok.head
    return tok.dep_ == "poss" and owned.pos_ == "NOUN" and owned.lemma_.lower() not in (
        PERSON_NOUNS_ALL | BODY_HEADS.keys() | COLLECTIVE_HEADS) and group_sector([owned.lower_]) is None


def _named_group_noun(tok: Token, group_sector: Callable[[list[str]], str | None]) -> bool:
    """A plural group noun alone in an entity the tagger read as a name ("Gunmen abducted 80 pupils", tagged a
    place): the group, as its lowercase spelling would be."""
    return (tok.tag_ == "NNS" and tok.text[1:].islower() and tok.ent_iob_ == "B"
            and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
            and group_sector([tok.lower_]) is not None)


def add_group_actors(parsed: list[ParsedBlock], table: ActorTable, article_id: str,
                     group_sector: Callable[[list[str]], str | None]) -> None:
    """Common-noun participants ("police", "the court", "a California man", "Turkish lawmakers", "the jets"):
    a noun phrase whose head, with its common-noun modifiers, an agent dictionary knows (`group_sector` gives
    its sector, or None when it knows none) or that is one of GROUP_NOUNS becomes a group actor. The country
    comes from a nationality or country modifier ("Turkish lawmakers"); otherwise `inherit_countries` may give
    the article's one country. One actor per phrase and country in an article."""
    by_id = {a.id: a for a in table.actors}
    named = {a.country for a in table.actors if a.kind == "country"}
    of_country: dict[str, set[str]] = {}  # the words of a group's name -> its actors, one per country (or none)
    other_groups: set[str] = set()  # groups without a country that their words set apart from the country's
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if not (tok.pos == NOUN or _recast_group_noun(tok, group_sector)) \
                    or tok.dep_ not in GROUP_ARGUMENT_DEPS and not _owner_of_a_thing(tok, group_sector) \
                    or table.at(b, tok.i) \
                    or tok.ent_type_ in ("PERSON", "ORG", "GPE", "LOC", "FAC") and not _named_group_noun(
                        tok, group_sector):
                continue
            if tok.lower_ in GROUP_NOUNS and any(c.lower_ in COUNTING_WORDS for c in tok.children):
                continue
            if voiced_stance(tok):
                continue
            if tok.tag_ == "NN" and tok.lower_ in TITLE_HEADS or tok.dep_ == "pobj" and tok.head.lower_ == "as":
                continue  # one office holder is a person, not a group; "as foreign ministers" is a capacity
            if tok.tag_ == "NN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "into", "to", "from") \
                    and not any(c.dep_ in ("det", "poss") for c in tok.children):
                continue  # "in prison", "to court", "at school": a place, not a party
            indefinite = tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
            # Contiguous common-noun modifiers ("riot police", "security forces"), nearest first.
            modifiers: list[Token] = []
            for left in reversed(list(tok.lefts)):
                if left.i != (modifiers[-1].i if modifiers else tok.i) - 1 or left.dep_ not in ("compound", "amod") \
                        or left.pos_ not in ("NOUN", "ADJ") or left.ent_type_ \
                        or not (left.is_lower or left.is_sent_start and left.text[1:].islower()):  # "Rebel troops"
                    break
                modifiers.append(left)
            words = [m.text for m in reversed(modifiers)] + [tok.text]
            # "rebel leaders", "government officials", "militia groups": people speaking or acting for the body their
            # modifier names, coded as that body (as CAMEO codes them), so "the rebels" and "rebel leaders" are one.
            sector = group_sector(words[:-1]) if len(words) > 1 and tok.lemma_.lower() in (
                MEMBER_HEADS | COLLECTIVE_HEADS) else None
            members_of = sector is not None
            if not members_of:
                for k in range(len(words)):
                    sector = group_sector(words[k:])
                    if sector is not None:
                        words = words[k:]
                        break
            start = tok.i - len(words) + 1
            body = sector is None and tok.lemma_.lower() in BODY_HEADS
            if body:
                definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DEFINITE_WORDS
                               for c in tok.children)
                if not (definite or modifiers):
                    continue  # "on board", "in committee": a place or a procedure, not a party
                sector, start = _body_sector(tok, [m.text for m in modifiers])
            elif sector is None and tok.lower_ not in GROUP_NOUNS and not _state_members(tok, b, table, by_id, named):
                continue
            if indefinite and tok.dep_ in ("dobj", "pobj") and sector not in PEOPLE_SECTORS:
                continue  # "opened an embassy", "sought a court ruling": a thing made or sought, not a party
            first = start
            country, country_token = None, None
            # Its modifiers, and theirs ("Syrian Muslim refugees", "two Chilean consular officials").
            near = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i]
            near += [g for c in near if c.dep_ in ("compound", "amod") and c.lower_ not in BACKER_PARTICIPLES
                     for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i]
            # "a Chinese-flagged cargo ship", "a Greek-owned tanker": the country the flag or the owners give it
            near += [g for c in near if c.lower_ in FLAG_PARTICIPLES for g in c.children
                     if g.dep_ in ("npadvmod", "amod", "compound") and g.i < c.i]
            if tok.lemma_.lower() in COLLECTIVE_HEADS and (named_body := next(
                    (o for c in near if (o := by_id.get(table.at(b, c.i) or "")) is not None
                     and o.kind == "organization"), None)) is not None:
                # "the powerful Hezbollah militant group": the organization named on it, no group of its own
                table.by_token[(b, tok.i)] = named_body.id
                continue
            for child in near:
                if sympathy(child):
                    continue  # "pro-Russian separatists", "anti-American protesters": no Russians, no Americans
                other = by_id.get(table.at(b, child.i) or "")
                if other is not None and other.kind == "country":
                    country, country_token = other.country, child
                elif _armed_members(tok, child) and other is not None and other.kind == "organization" \
                        and other.country and not is_international(other.name):
                    country = other.country  # "Hamas fighters": the group's own country; its name is its own
                elif _armed_members(tok, child) and other is None and child.text[:1].isupper() \
                        and (code := organization_country(child.text)):
                    country, country_token = code, child  # "Houthi rebels": a group the organization table knows
                elif other is None and child.text[:1].isupper() and (code := _state_country(child, named)):
                    country, country_token = code, child  # "Georgia prosecutors", "Punjab police"
                elif other is None and child.text[:1].isupper() and (code := country_code(child.text)):
                    country, country_token = code, child
            if country_token is not None and any(c.dep_ == "conj" for c in country_token.children):
                country = None  # "Nigerian and British armed forces": two countries' forces, no one country
            elif country_token is not None:
                # "Turkish lawmakers"; a name of several words whole ("Hong Kong police", not "Kong police")
                named_by = next((e for e in pb.doc.ents if e.start <= country_token.i < e.end), None)
                first = min(first, named_by.start if named_by is not None else country_token.i)
            phrase = pb.doc[first:tok.i + 1]
            lemmas = " ".join(t.lemma_.lower() for t in pb.doc[start:tok.i + 1 - members_of] if t.is_alpha)
            actor_id = "grp-" + slug(f"{country or ''} {lemmas}")
            of_country.setdefault(lemmas, set()).add(actor_id)
            if country is None and any(c.dep_ in ("det", "amod", "predet", "nummod") and c.i < start
                                       and c.lower_ != "the" or c.dep_ == "prep" and c.lower_ == "of"
                                       for c in tok.children):
                other_groups.add(actor_id)  # "most foreign navies", "warships of other countries"
            actor = by_id.get(actor_id)
            if actor is None:
                actor = Actor(actor_id, phrase.text, "group", country=country, sector=sector,
                              country_basis="nationality" if country else None)
                by_id[actor_id] = actor
                table.actors.append(actor)
            if phrase.text not in actor.aliases:
                actor.aliases.append(phrase.text)
            actor.mentions.append(Mention(article_id, pb.offset + phrase.start_char, pb.offset + phrase.end_char,
                                          phrase.text))
            # The head only: a modifier ("foreign" in "foreign ministers of Laos") names no actor of its own.
            table.by_token[(b, tok.i)] = actor_id
    _join_unqualified_groups(table, by_id, of_country, other_groups)
    _join_state_descriptions(parsed, table, by_id, article_id)


# Nouns of the fighters or people of an armed group or a body ("Hamas fighters", "Houthi rebels", "Taliban
# officials"): the group's country is the body's.
ARMED_MEMBERS = MEMBER_HEADS | frozenset("""rebel militant gunman insurgent militia militiaman guerrilla terrorist
    force""".split())


def _armed_members(tok: Token, modifier: Token) -> bool:
    """`modifier` is a name set as a noun before the people of the group `tok` ("Hamas fighters")."""
    return modifier.dep_ == "compound" and modifier.text[:1].isupper() and tok.lemma_.lower() in ARMED_MEMBERS


# What a state is called in place of its name ("the kingdom" after "Saudi Arabia"), and the states each describes.
STATE_DESCRIPTIONS = {
    "kingdom": frozenset("SAU JOR MAR BHR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN LSO SWZ TON".split()),
    "emirate": frozenset("ARE QAT KWT".split()),
    "sultanate": frozenset("OMN BRN".split()),
}


def _join_state_descriptions(parsed: list[ParsedBlock], table: ActorTable, by_id: dict[str, Actor],
                             article_id: str) -> None:
    """"Saudi Arabia condemned the attack ... The kingdom called on Iran": a state described bare is the one state of
    that kind the article names (two kingdoms named leave it alone)."""
    for noun, states in STATE_DESCRIPTIONS.items():
        named = [a for a in table.actors if a.kind == "country" and a.country in states]
        if len(named) != 1:
            continue
        owner = named[0]
        group = by_id.pop("grp-" + noun, None)
        if group is not None and group.country is None:
            table.actors.remove(group)
            owner.mentions += group.mentions
            for key, actor_id in table.by_token.items():
                if actor_id == group.id:
                    table.by_token[key] = owner.id
        for b, pb in enumerate(parsed):  # "The Kingdom", which the parser may take for a name
            for tok in pb.tokens:
                if tok.lower_ == noun and (b, tok.i) not in table.by_token and tok.i > 0 \
                        and pb.doc[tok.i - 1].lower_ == "the" and not any(c.dep_ == "prep" for c in tok.children):
                    table.by_token[(b, tok.i)] = owner.id
                    phrase = pb.doc[tok.i - 1:tok.i + 1]
                    owner.mentions.append(Mention(article_id, pb.offset + phrase.start_char,
                                                  pb.offset + phrase.end_char, phrase.text))
        owner.mentions.sort(key=lambda m: m.start)


def _join_unqualified_groups(table: ActorTable, by_id: dict[str, Actor], of_country: dict[str, set[str]],
                             other_groups: set[str]) -> None:
    """"Syrian rebel commanders ... the rebels": a group named without a country is the one group of that name the
    article gives a country, if there is one (two, "Syrian rebels ... Libyan rebels", leave it alone), unless a
    word sets it apart ("most foreign navies", "warships of other countries")."""
    for lemmas, ids in of_country.items():
        bare = "grp-" + slug(lemmas)
        qualified = ids - {bare}
        if bare not in ids or bare in other_groups or len(qualified) != 1:
            continue
        (into,) = qualified
        group, owner = by_id.pop(bare), by_id[into]
        owner.mentions = sorted(owner.mentions + group.mentions, key=lambda m: m.start)
        owner.aliases += [a for a in group.aliases if a not in owner.aliases]
        table.actors.remove(group)
        for key, actor_id in table.by_token.items():
            if actor_id == bare:
                table.by_token[key] = into


def _state_members(tok: Token, b: int, table: ActorTable, by_id: dict[str, Actor], named: set[str | None]) -> bool:
    """"Texas officials", "Punjab leaders": people of a body (`MEMBER_HEADS`) that a state's or province's name
    before them gives (no actor, or the country a dictionary files the state's name under), so a group of that
    state's country, not the country itself."""
    def state_word(c: Token) -> bool:
        other = by_id.get(table.at(b, c.i) or "")
        return c.dep_ in ("compound", "amod") and c.text[:1].isupper() and (other is None or other.kind == "country") \
            and _state_country(c, named) is not None
    return tok.lemma_.lower() in MEMBER_HEADS and any(state_word(c) for c in tok.lefts)


def _state_country(tok: Token, named: set[str | None]) -> str | None:
    """The country of the state or province whose name, written as a state's is (`geo.state_modifier`), holds
    `tok`: a country's name that another country's state bears is that state's ("Georgia prosecutors": USA) unless
    the article names the country elsewhere ("Tbilisi ... Georgia prosecutors"); another state's name gives the
    country the article names among those that have a state of that name ("Punjab police ... Pakistan"), or the one
    country that has a state of that name when no city elsewhere bears it ("Texas officials"). A word spaCy tagged
    no place ("Punjab police") counts only when the article names the country."""
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ not in ("GPE", "LOC"):
        return None  # "Diamond Bar resident": a town's name cut
    i, j = (ent.start, ent.end) if ent is not None else (tok.i, tok.i + 1)
    if not (state_modifier(doc, i, j) or ent is None and tok.dep_ == "amod" and tok.head.pos_ == "NOUN"):
        return None
    text = doc[i:j].text
    if country_code(text) in named:
        return None
    namesake = state_countries(text)
    if country_code(text):
        return namesake[0] if len(namesake) == 1 else None
    states = [c for c in namesake if c in named]
    if ent is None or len(states) > 1:
        return states[0] if len(states) == 1 else None  # "Gulf states" (a province of Papua New Guinea)
    return states[0] if states else one_state_country(text, named)


def one_state_country(text: str, named: Iterable[str | None]) -> str | None:
    """The one country of which `text` names a state or province ("Texas", "Uttar Pradesh", "Victoria"), unless it
    is a country's name or a city of that name lies in another country the article names (`named`: "a Victoria
    journalist ... Canada" may be of British Columbia's capital)."""
    states = state_countries(text)
    if len(states) != 1 or country_code(text):
        return None
    others = [c for c in named if c and c != states[0]]
    return None if others and any(shared_gazetteer().has_city(text, c) for c in others) else states[0]


def _body_sector(head: Token, modifiers: list[str]) -> tuple[str | None, int]:
    """The sector of a body named by a collective noun (`BODY_HEADS`) and where its phrase starts: a company's board
    is business (BUS), else what its modifiers say ("military council": MIL) or the noun alone ("union": LAB). A
    common noun owning the body is part of its name ("the teachers' union")."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos == NOUN and c.is_lower), None)
    start = head.i - len(modifiers)
    if owner is not None:
        start = next(t.i for t in owner.subtree if t.dep_ != "det")  # "the company's board": "company's board"
    phrase_words = [t.lemma_.lower() for t in head.doc[start:head.i]]
    phrase_words += [t.lemma_.lower() for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for t in prep.children if t.dep_ == "pobj"]
    if any(w in BUSINESS_WORDS for w in phrase_words):
        return "BUS", start
    described = sector_of(" ".join(modifiers)) if modifiers else None
    return described or BODY_HEADS[head.lemma_.lower()], start


# A government named after the person at its head ("the Biden administration", "Netanyahu's cabinet").
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "presidency", "premiership"})


def heads_of_government(parsed: list[ParsedBlock], table: ActorTable) -> set[str]:
    """Ids of the people named by one word before a government noun ("the Biden administration", "Netanyahu's
    government"): the construction says the person heads a government, as a title would."""
    return {aid for (b, i), aid in table.by_token.items()
            if (tok := parsed[b].tokens[i]).dep_ in ("compound", "poss") and tok.head.lower_ in GOVERNMENT_NOUNS}


# Where a lone surname stands as a participant ("Scholz met Macron", "Navalny's arrest").
SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "dative"})


def add_surname_persons(parsed: list[ParsedBlock], table: ActorTable, article_id: str,
                        surname_person: Callable[[str], tuple[str | None, str | None] | None]) -> None:
    """A lone capitalized word that no actor holds, that spaCy left untagged or took for a place or organization
    ("Scholz met Macron in Paris": GPE), and that `surname_person` says a dictionary names as one person's family
    name (it gives that person's country and sector, or None), is a person: the article's actor of that surname
    if there is one, else a new person actor. The new actor is the dictionary's person, with its country and
    sector, only when the article supports it: a title before the name, or the article names that person's country
    ("Germany and France ... Scholz met Macron"). Otherwise it is a namesake the text says nothing more of ("Wolfe
    said", with a Jamaican minister of that name in the dictionary): a person of no country. A word with a
    determiner is no surname ("the Star")."""
    by_id = {a.id: a for a in table.actors}
    named = {a.country for a in table.actors if a.kind == "country" and a.country}
    for b, pb in enumerate(parsed):
        doc = pb.doc
        for tok in pb.tokens:
            held = by_id.get(table.at(b, tok.i) or "")
            if held is not None and held.kind == "person" and held.name == tok.text \
                    and held.country is None and (identity := surname_person(tok.text)) is not None:
                # "Medvedev said", a person named by the surname alone: the dictionary's person's country, on the
                # same support as a new actor's (below)
                country, sector = identity
                if country and (country in named or _title_before(doc, tok.i, named)[0]):
                    held.country, held.sector, held.country_basis = country, held.sector or sector, "dictionary"
                continue
            if table.at(b, tok.i) or not _is_name_token(tok) or not tok.is_alpha or tok.dep_ not in SURNAME_DEPS \
                    or any(c.dep_ == "det" for c in tok.children) \
                    or tok.ent_type_ not in ("", "GPE", "ORG", "PERSON") or country_code(tok.text) \
                    or tok.ent_type_ == "GPE" and qualified_countries(tok) \
                    or tok.i > 0 and _is_name_token(doc[tok.i - 1]) \
                    or tok.i + 1 < len(doc) and _is_name_token(doc[tok.i + 1]):
                continue
            identity = surname_person(tok.text)
            if identity is None:
                continue
            actor = next((a for a in table.actors if a.kind in ("person", "organization")
                          and any(" " in alias and same_person(tok.text, alias) for alias in a.aliases)), None)
            if actor is None:
                actor = by_id.get("person-" + slug(tok.text))
            if actor is None:
                country, sector = identity
                if not (country in named or _title_before(doc, tok.i, named)[0]):
                    country, sector = None, None
                actor = Actor("person-" + slug(tok.text), tok.text, "person", country=country, sector=sector,
                              country_basis="dictionary" if country else None)
                by_id[actor.id] = actor
                table.actors.append(actor)
            if tok.text not in actor.aliases:
                actor.aliases.append(tok.text)
            actor.mentions.append(Mention(article_id, pb.offset + tok.idx, pb.offset + tok.idx + len(tok.text),
                                          tok.text))
            table.by_token[(b, tok.i)] = actor.id
