"""Actor knowledge the user brings: PETRARCH/TABARI actor and agent dictionaries, and a CSV or YAML alias list.

`Knowledge.load(paths)` reads any number of files; `Knowledge.apply(...)` runs on an article's `ActorTable` right
after `resolve_actors` and makes dictionary entries win over the guesses of `actors.py`:

* An actor named by an entry (its primary phrase or any synonym, matched on the article's words with a title in
  front if the entry has one: "PRESIDENT_GEORGE_W._BUSH") takes the entry's canonical name, stable id, country
  and sector, and the entry's names join its aliases. Several actors named by one entry become one actor.
* A CAMEO code is read as country + sector: "RUSGOV" -> RUS, GOV; "PSEREBHMS" -> PSE, REB; "IGOEEU" -> no
  country, IGO. Of date-ranged codes the one in force on the article's publication date applies.
* A name the parser missed (no actor on its words) becomes an actor when it holds a proper noun; a person's name
  it cut short ("Kim Son" + "Kyong") is completed when the words around it are capitalized; a phrase that is more
  than an actor ("Israeli troops" around the country actor of "Israeli", "Hamas military command" around Hamas)
  is an actor of its own.
* Agent dictionaries ("FOREIGN_MINISTER [~GOVFRM]") give the sector of a person from its role titles and of an
  organization from its name, unless an actor entry gave one.
* A person whose own title or apposition in the text names another country than the entry's is the entry's
  namesake and keeps the text's country and sector ("Ahmed Abdullah, head of the Egyptian delegation").
* A full name of an entry's person with a middle name the entry does not give ("Mohammad Reza Khatami" against
  MOHAMMAD_KHATAMI) is another person; a name taken for a person by its given name or by what it does, which an
  entry codes as a company or body (MORGAN_STANLEY [MNCUSA]) or a country, is that.
* The given names two or more person entries begin with (`Knowledge.given_name`) tell `actors.resolve_actors`
  which names spaCy took for organizations are people's ("Nikola Vukic said").

Which format a file is: `.csv` and `.yaml`/`.yml` are alias lists (columns/keys `name`, `aliases`, `kind`,
`country`, `sector`, `id`; see README), anything else a PETRARCH dictionary: an agent dictionary when its codes
carry `~` (`[~GOV]`, `[NGO~]`), an actor dictionary otherwise. When two files name the same phrase, the file given
first wins.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import itertools
import json
import marshal
import re
import sys
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from spacy.lang.en.stop_words import STOP_WORDS

from dragoman.actors import (
    PERSON_PRONOUNS,
    TITLE_HEADS,
    TITLE_WORDS,
    ActorTable,
    add_group_actors,
    add_surname_persons,
    english_word,
    foreign_institution,
    generic_body,
    heads_of_government,
    normalize_title,
    person_context,
    slug,
    venue,
)
from dragoman.cache import cache_path, read_cache, write_cache
from dragoman.countries import countries_sharing, country_code, country_name
from dragoman.geo import (
    NATURAL_FEATURES,
    ambiguous_qualifier,
    capital_cities,
    namesake_state,
    qualified_countries,
    shared_gazetteer,
)
from dragoman.model import Actor, ActorKind, Mention
from dragoman.names import (
    added_middle_name,
    east_asian_family_name,
    english_given_name,
    family_key,
    full_name,
    given_names_of,
    given_of,
    normalize,
    same_person,
    surname_of,
)
from dragoman.nlp import ParsedBlock, span_at

# The phrase matcher and phrase splitting of the PETRARCH loaders, so a phrase means the same thing here as there.
from dragoman.petrarch import (
    ActorDictionary,
    ActorEntry,
    Agent,
    AgentDictionary,
    DatedCode,
    DictionaryWarning,
    _phrase_glue,
    _PhraseIndex,
    split_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KINDS: tuple[str, ...] = get_args(ActorKind)
_KIND_BY_NAME: dict[str, ActorKind] = {kind: kind for kind in get_args(ActorKind)}
# CAMEO role codes (domestic roles, other sectors) and the codes of international actors that stand first.
ROLE_CODES = frozenset("""COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB
LEG MED REF MOD RAD IGO IMG NGO NGM MNC UIS""".split())
# Role codes of bodies rather than people.
ORGANIZATION_CODES = frozenset("MNC IGO IMG NGO NGM BUS MED PTY UIS".split())
# ISO 3166 codes replaced since CAMEO was written, still found in its dictionaries; and Phoenix's code for Kosovo,
# which ISO 3166 lacks (the World Bank's KSV; dragoman, as geonames, writes XKX).
OLD_ISO3 = {"ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "KSV": "XKX"}
# States that no longer exist, which CAMEO codes put in front of their present successors.
FORMER_STATES = frozenset({"SCG", "YUG", "SUN", "USR", "CSK", "DDR"})
_CODE = re.compile(r"\[([^\]]*)\]")
_WORD = re.compile(r"[^\W_]+\.?|\.")


class KnowledgeError(ValueError):
    """A knowledge file that cannot be read; the message names the file and the place."""


def _iso3(chunk: str) -> str | None:
    chunk = OLD_ISO3.get(chunk, chunk)
    return chunk if len(chunk) == 3 and country_name(chunk) else None


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code -> (ISO3 country, sector): the leading country code, then the first role code. A state
    that no longer exists followed by a present one is the present one ("SCGSRB", Serbia within Serbia and
    Montenegro: SRB; "SUNUKR": UKR)."""
    chunks = [code[k:k + 3] for k in range(0, len(code), 3)]
    if len(chunks) > 1 and chunks[0] in FORMER_STATES and _iso3(chunks[1]):
        chunks = chunks[1:]
    country = _iso3(chunks[0]) if chunks else None
    if country:
        chunks = chunks[1:]
    return country, next((c for c in chunks if c in ROLE_CODES), None)


@dataclass(eq=False)
class Entry:
    """One known actor. `petrarch` holds the date-ranged codes of a dictionary entry; an alias-list entry
    gives country and sector directly."""

    id: str
    name: str
    aliases: tuple[str, ...]
    kind: ActorKind | None = None
    country: str | None = None
    sector: str | None = None
    petrarch: ActorEntry | None = None

    def identity(self, day: dt.date | None) -> tuple[str | None, str | None] | None:
        """(country, sector) on `day`, or None when none of the entry's codes is in force then."""
        if self.petrarch is None:
            return self.country, self.sector
        codes = self.petrarch.resolve(day)
        if codes is None:
            return None
        return split_code(codes[0].upper()) if codes else (None, None)

    def is_country(self, day: dt.date | None) -> str | None:
        """The ISO3 code when the entry names a country itself (kind country, or a bare country code)."""
        if self.kind == "country":
            return self.country
        if self.petrarch is not None and self.kind is None:
            codes = self.petrarch.resolve(day)
            if codes and len(codes[0]) in (3, 6):
                country, sector = split_code(codes[0].upper())
                return country if sector is None and (len(codes[0]) == 3 or codes[0][:3] in FORMER_STATES) else None
        return None


@dataclass
class _Match:
    entry: Entry
    block: int
    i: int  # token range [i, j) in the block's doc
    j: int
    start: int  # article offsets
    end: int


class Knowledge:
    """Actor entries (PETRARCH dictionaries and alias lists) and agent dictionaries, loaded once per pipeline."""

    def __init__(self) -> None:
        self.entries: list[Entry | str] = []  # a string: an entry read from the cache, not yet used
        self.index = _PhraseIndex()  # payload: position in `entries`
        self.agents: list[AgentDictionary] = []  # the user's: their sector wins over the guess of actors.py
        self.fallback_agents: list[AgentDictionary] = []  # the shipped ones: a sector only where none was found
        # Family-name index of the phrases of `index` itself (built on first use), and of the shipped dictionaries
        # under it as kept in the cache: key -> "payload<TAB>WORDS" lines, decoded per key.
        self._families: dict[str, list[tuple[int, str, tuple[str, ...]]]] | None = None
        self._base_families: dict[str, str] = {}
        self._decoded_families: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}  # of `_base_families`
        # Common given names (`names.given_names_of` the person entries): those of the dictionaries under this one,
        # and, built on first use, this one's own from entry `_own_entries` on.
        self._base_given: frozenset[str] = frozenset()
        self._given: frozenset[str] | None = None
        self._own_entries = 0
        self._offices: dict[tuple[str, str], Entry] = {}  # (entry id, office phrase) -> the office's own entry

    @classmethod
    def load(cls, paths: Iterable[str | Path]) -> Knowledge:
        knowledge = cls()
        for path in paths:
            knowledge.add_file(Path(path))
        return knowledge

    @classmethod
    def with_defaults(cls, paths: Iterable[str | Path] = ()) -> Knowledge:
        """The shipped PETRARCH2 dictionaries with the user's files laid over them: a phrase both name takes the
        user's entry; the user's agent dictionaries set sectors, the shipped one only fills those missing."""
        base = default_knowledge()
        paths = list(paths)
        if not paths:
            return base
        knowledge = cls()
        knowledge.entries = list(base.entries)
        knowledge.index = _PhraseIndex(under=base.index)
        knowledge._base_families = base._base_families
        knowledge._base_given, knowledge._own_entries = base.given_names(), len(base.entries)
        for path in paths:
            knowledge.add_file(Path(path))
        knowledge.fallback_agents = base.fallback_agents
        return knowledge

    def entry(self, payload: int) -> Entry:
        """The entry an index payload names; a cached one is built from its tuple on first use."""
        found = self.entries[payload]
        if not isinstance(found, Entry):
            found = self.entries[payload] = _entry_from_state(found)
        return found

    def add_file(self, path: Path, update: bool = False, people: bool = False) -> None:
        """`update`: a PETRARCH actor dictionary that dates the entries already loaded anew (see `_add_petrarch`).
        `people`: every entry of that dictionary names a person, and so does any earlier entry it updates. (PETRARCH
        entries carry no kind but Phoenix's "# CountryInfo.txt" mark, and spaCy often tags a leader's name ORG:
        "Recep Tayyip Erdogan said ...".)"""
        suffix = path.suffix.lower()
        alias_list = suffix in (".csv", ".yaml", ".yml")
        try:
            # An alias list may come from a spreadsheet (a BOM); old PETRARCH dictionaries hold stray non-UTF-8
            # bytes, which their loaders replace too.
            text = path.read_bytes().decode("utf-8-sig", errors="strict" if alias_list else "replace")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from None
        if suffix == ".csv":
            self._add_rows(list(csv.DictReader(io.StringIO(text))), path, first_row=2)
        elif suffix in (".yaml", ".yml"):
            self._add_rows(_yaml_rows(text, path), path, first_row=1)
        else:
            codes = _CODE.findall(text)
            if codes and all("~" in c for c in codes):
                self.agents.append(AgentDictionary.parse(text))
            elif any("~" in c for c in codes):
                raise KnowledgeError(f"{path}: mixes agent codes ([~GOV]) and actor codes; split it in two files")
            else:
                self._add_petrarch(ActorDictionary.parse(text, source=str(path)), update, people)

    def correct(self, path: Path) -> None:
        """Phrases the dictionaries read before give one party and the news now means another by: each line of the
        file is "PHRASE<TAB>ENTRY PHRASE" (the phrase moves to the entry the second phrase holds) or "PHRASE<TAB>-"
        (it names no party); "#" starts a comment. A phrase no dictionary holds is an error naming the line."""
        try:
            lines = path.read_text("utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from None
        held = self.index._lookup()
        for n, line in enumerate(lines, 1):
            fields = line.split("#", 1)[0].strip().split("\t")
            if fields == [""]:
                continue
            if len(fields) != 2:
                raise KnowledgeError(f"{path}: line {n}: expected a phrase, a tab and an entry's phrase or -")
            phrase, to = (f.strip() for f in fields)
            words = _phrase_glue(phrase)[0]
            found = held.get(words)
            target = None if to == "-" else held.get(_phrase_glue(to)[0])
            if found is None or to != "-" and target is None:
                raise KnowledgeError(f"{path}: line {n}: {phrase if found is None else to} is in no dictionary")
            old = self.entry(found.payload)
            old.aliases = tuple(a for a in old.aliases if a != _display(phrase))
            if target is None:
                self.index.remove(words)
                continue
            found.payload = target.payload
            new = self.entry(target.payload)
            new.aliases = tuple(dict.fromkeys([*new.aliases, _display(phrase)]))

    def given_names(self) -> frozenset[str]:
        """The given names two or more person entries begin with (lowercase), but for English function words ("in",
        "us": Korean and Chinese syllables) and country names and demonyms ("American", from "AMERICAN_...")."""
        if self._given is None:
            own = (self.entry(k) for k in range(self._own_entries, len(self.entries)))
            found = given_names_of(e.aliases for e in own if e.kind == "person")
            self._given = self._base_given | {w for w in found if w not in STOP_WORDS and not country_code(w)}
        return self._given

    def given_name(self, word: str) -> bool:
        """A lowercase word that begins the names of two or more people of the dictionaries ("nikola"), or an
        English given name (`names.english_given_name`)."""
        return word in self.given_names() or english_given_name(word)

    def _add(self, entry: Entry, phrases: Iterable[tuple[tuple[str, ...], tuple[bool, ...]]]) -> None:
        self._given = None
        self.entries.append(entry)
        for words, glue in phrases:
            self.index.add(words, glue, len(self.entries) - 1)

    def _add_petrarch(self, dictionary: ActorDictionary, update: bool = False, people: bool = False) -> None:
        """With `update`, an entry naming a phrase an earlier dictionary entry holds puts its codes in front of
        that entry's: they decide on the dates they cover, the earlier codes on the others. With `people`, the
        entries (and the earlier ones they update) are persons."""
        kind: ActorKind | None = "person" if people else None
        for source in dictionary.entries:
            phrases = [source.phrase, *source.synonyms]
            if update:
                held = (self.index._lookup().get(_phrase_glue(p)[0]) for p in phrases)
                for payload in dict.fromkeys(h.payload for h in held if h is not None):
                    earlier = self.entry(payload)
                    if earlier.petrarch is not None:
                        earlier.petrarch.codes[:0] = source.codes
                    earlier.kind = kind or earlier.kind
            entry = Entry(id="dict-" + slug(_display(source.phrase)), name=_display(source.phrase),
                          aliases=tuple(dict.fromkeys(_display(p) for p in phrases)),
                          kind=kind or ("person" if source.person else None), petrarch=source)
            self._add(entry, (_phrase_glue(p) for p in phrases))
        # A phrase an earlier entry holds stays that entry's; a person's entry naming it says the phrase is a
        # person's ("XI_JINPING" before "XI_JINPING_  # CountryInfo.txt" in Phoenix)
        phrase_entries = self.index._lookup()
        for source in (s for s in dictionary.entries if s.person):
            for phrase in [source.phrase, *source.synonyms]:
                if (found := phrase_entries.get(_phrase_glue(phrase)[0])) is not None:
                    self.entry(found.payload).kind = self.entry(found.payload).kind or "person"

    def _add_rows(self, rows: list[dict[str, Any]], path: Path, first_row: int) -> None:
        """Alias-list rows; rows with one id (or, without ids, one name) are one actor and their aliases add up."""
        grouped: dict[str, Entry] = {}
        for n, raw in enumerate(rows, first_row):
            where = f"{path}: row {n}"
            row = {str(k).strip().lower(): v for k, v in raw.items() if k is not None}
            name = str(row.get("name") or "").strip()
            if not name:
                raise KnowledgeError(f"{where}: no name")
            key = str(row.get("id") or "").strip() or name.lower()
            entry = grouped.get(key)
            if entry is None:
                entry = grouped[key] = Entry(id=str(row.get("id") or "").strip() or "dict-" + slug(name),
                                             name=name, aliases=(name,))
            entry.aliases = tuple(dict.fromkeys([*entry.aliases, *_aliases(row)]))
            kind = str(row.get("kind") or "").strip().lower()
            if kind and kind not in KINDS:
                raise KnowledgeError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
            entry.kind = entry.kind or _KIND_BY_NAME.get(kind)
            country = str(row.get("country") or "").strip()
            if country:
                code = country.upper() if _iso3(country.upper()) else country_code(country)
                if code is None:
                    raise KnowledgeError(f"{where}: unknown country {country!r} (an ISO 3166 alpha-3 code or a name)")
                entry.country = entry.country or OLD_ISO3.get(code, code)
            entry.sector = entry.sector or str(row.get("sector") or "").strip().upper() or None
        for entry in grouped.values():
            if entry.kind == "country" and entry.country is None:
                raise KnowledgeError(f"{path}: {entry.name!r} has kind country but no country code")
            self._add(entry, (_glued(a) for a in entry.aliases))

    # -- applying ------------------------------------------------------------------------------

    def apply(self, table: ActorTable, parsed: list[ParsedBlock], article_id: str, day: dt.date | None,
              filed: str | None = None) -> None:
        """Make the article's actors follow the entries that name them (see the module docstring). `filed`: the
        country of the dateline's place, which decides a shared name the text leaves open ("KINSHASA ... Congo")."""
        matches = [m for b, pb in enumerate(parsed) for m in self._matches(b, pb)]
        by_entry: dict[int, list[_Match]] = {}
        for m in matches:
            by_entry.setdefault(id(m.entry), []).append(m)
        ranges = {key: _Ranges(found) for key, found in by_entry.items()}
        index = _TableIndex(table)
        from_entry: dict[int, Actor] = {}  # id(entry) -> the article's actor for it
        entry_of: dict[int, Entry] = {}
        sectors: set[str] = set()  # actors whose sector an actor entry set
        for m in matches:
            identity = m.entry.identity(day)
            if identity is None or filed is not None and identity[0] not in (None, filed) and generic_body(
                    parsed[m.block].doc[m.i:m.j].text):
                # a body every state has, named by the dictionary for one ("the Joint Chiefs of Staff" is USA's),
                # is no entry's in a story filed from another country ("SEOUL ... the Joint Chiefs of Staff said")
                continue
            actor = _Application(index, parsed, article_id, day, m, ranges[id(m.entry)], self.given_name,
                                 filed).run(from_entry.get(id(m.entry)))
            if actor is None:
                continue
            from_entry[id(m.entry)] = actor
            entry_of[id(m.entry)] = m.entry
            # a person whose own title in the text names another country is the entry's namesake ("Ahmed Abdullah,
            # head of the Egyptian delegation" is not AHMED_ABDULLAH of Nigeria): the text's country and sector stay
            namesake = actor.kind == "person" and bool(actor.country) and identity[0] not in (None, actor.country) \
                and actor.country_basis in ("title", "appositive")
            if actor.kind != "country" and not namesake:
                if identity[0] and identity[0] != actor.country:
                    actor.country, actor.country_basis = identity[0], "dictionary"
                actor.sector = identity[1] or actor.sector
                if identity[1]:
                    sectors.add(actor.id)
        offices = {id(e) for e in self._offices.values()}
        for key, actor in from_entry.items():
            _split_added_middle_names(index, parsed, entry_of[key], actor)
            holder = _office_holder(table, actor) if key in offices else None
            if holder is not None:
                index.merge(actor, holder)  # "Chancellor Olaf Scholz ... the German chancellor said"
        index.drop_merged()
        self._person_countries(table, day, heads_of_government(parsed, table))
        for actor in table.actors:
            if actor.id in sectors:
                continue
            sector = self._agent_sector(actor, self.agents)
            if sector is None and actor.sector is None:
                sector = self._agent_sector(actor, self.fallback_agents)
            actor.sector = sector or actor.sector
        add_group_actors(parsed, table, article_id, self.group_sector)
        add_surname_persons(parsed, table, article_id, lambda word: self.surname_person(word, day))

    def _person_countries(self, table: ActorTable, day: dt.date | None, heads: set[str]) -> None:
        """A person the article gives no country takes the country of the one dictionary entry that names them
        word for word in another spelling ("Alexander Lukashenko": ALYAKSANDR_LUKASHENKA, by
        `names.same_person`), or whose post is not in force that day (FUMIO_KISHIDA in 2023: all its codes say
        JPN, and a person keeps a country). A person named by one word only when one person's entry alone has that
        family name and the article supports it: a title ("Prime Minister Kishida"), a government named after the
        person (`heads`: "the Biden administration"), or that country named in the article ("Nixon" in an article
        naming the United States; "Wolfe said" is not RAYMOND_WOLFE of Jamaica). Entries that agree on the person's
        country and post count as one (Phoenix and the shipped leaders both list JOE_BIDEN)."""
        named = {a.country for a in table.actors if a.kind == "country"}
        for actor in table.actors:
            if actor.kind != "person" or actor.country:
                continue
            full = [alias for alias in actor.aliases if full_name(alias)]
            if full:
                # Word for word: "John Smith" is not JOHN_HILARY_SMITH of the dictionary, whoever he may be. The
                # first given name's key sorts out most phrases before the full comparison.
                forms = [(alias, len(normalize(alias).split()), family_key(given_of(alias).split()[0]))
                         for alias in full if given_of(alias)]
                phrases = self._family_phrases(family_key(surname_of(full[0])))
                entries = {payload for payload, given_key, words in phrases
                           if any(size == len(words) and given == given_key and same_person(alias, " ".join(words))
                                  for alias, size, given in forms)}
            elif all(len(alias.split()) == 1 for alias in actor.aliases):
                entries = {payload for payload, _, words in self._family_phrases(family_key(actor.name))
                           if actor.name.upper() in (words[0], words[-1])}
            else:
                continue
            found = {(self.entry(payload), self._lasting_identity(self.entry(payload), day)) for payload in entries}
            if len({identity for _, identity in found}) != 1:
                continue
            entry, identity = next(iter(found))
            if not full and any(e.kind != "person" for e, _ in found):
                continue  # "President Star": the last word of a body's name (BLACK_STAR) is no family name
            supported = bool(actor.roles) or actor.id in heads or identity is not None and identity[0] in named
            if not full and not supported:
                continue  # "Wolfe said": a namesake, unless the article names the person's country
            if identity and identity[0] and entry.is_country(day) is None:
                actor.country, actor.country_basis = identity[0], "dictionary"
                actor.sector = actor.sector or identity[1]

    @staticmethod
    def _lasting_identity(entry: Entry, day: dt.date | None) -> tuple[str | None, str | None] | None:
        """The entry's (country, sector) on `day`; out of office, the one country all its posts were in, without a
        sector (a person keeps a country)."""
        identity = entry.identity(day)
        if identity is None and entry.petrarch is not None:
            countries = {split_code(c.code.upper())[0] for c in entry.petrarch.codes}
            identity = (countries.pop(), None) if len(countries) == 1 else None
        return identity

    def _family_phrases(self, key: str) -> list[tuple[int, str, tuple[str, ...]]]:
        """(payload, key of the first given name, words) of the phrases of two words or more whose family name has
        `key` (`names.family_key` of the last word, or of the first of an East Asian name: KIM_JONG_UN)."""
        if self._families is None:
            self._families = _family_index(self.index)
        decoded = self._decoded_families.get(key)
        if decoded is None:  # each key decoded once: surnames recur in every article
            text = self._base_families.get(key)
            decoded = [(int(payload), given, tuple(words.split(" ")))
                       for payload, given, words in (line.split("\t") for line in text.split("\n"))] if text else []
            self._decoded_families[key] = decoded
        return [*self._families.get(key, ()), *decoded]

    def surname_person(self, word: str, day: dt.date | None) -> tuple[str | None, str | None] | None:
        """(country, sector) of the one entry that has `word` as its family name, a person's ("Scholz": OLAF_SCHOLZ
        of DEU; "Xi": XI_JINPING, an East Asian family name first); None when no entry has it, or several that
        differ on the country or post held on `day` ("Maduro": Honduras's and Venezuela's; not "Biden", listed by
        Phoenix and by the shipped leaders alike), or it is not a person's (Phoenix's leaders, the shipped leaders,
        a user's entry of kind person). An entry that gives no post on `day` contradicts none that does ("Medvedev":
        Phoenix's DMITRY_MEDVEDEV, whose dated posts end before 2024, beside its DMITR_MEDVEDEV of RUSGOV)."""
        entries = [self.entry(payload) for payload in {
            payload for payload, _, words in self._family_phrases(family_key(word))
            if (words[0] if east_asian_family_name(words[0]) else words[-1]) == word.upper()}]
        if not entries or any(entry.kind != "person" for entry in entries):
            return None  # the last word of a group's or a company's name ("FIRES_OF_HELL", "BLACK_STAR") is no surname
        identities = {entry.identity(day) for entry in entries}
        known = identities - {None}
        if len(known) > 1:
            return None
        return known.pop() if known else (None, None)

    def group_sector(self, words: list[str]) -> str | None:
        """The sector of a common-noun phrase that an agent dictionary (the user's first) knows as a whole
        ("police", "riot police", "lawmakers": COP, COP, LEG); None when none knows it. Of a code with several
        codes the last role code, else its first code ("~PPL": PPL)."""
        phrase = split_words(" ".join(words))
        for agents in (*self.agents, *self.fallback_agents):
            agent = agents.lookup(phrase)
            if agent is not None:
                codes = [agent.code[k:k + 3] for k in range(0, len(agent.code) - 2, 3)]
                return next((c for c in reversed(codes) if c in ROLE_CODES), codes[0] if codes else None)
        return None

    def _matches(self, b: int, pb: ParsedBlock) -> list[_Match]:
        doc = pb.doc
        sentence = [0] * len(doc)
        for k, sent in enumerate(pb.sents):
            sentence[sent.start:sent.end] = [k] * (sent.end - sent.start)
        words: list[str] = []
        owner: list[int] = []
        for i, tok in enumerate(pb.tokens):
            token_words = _token_words(tok.text)
            words += token_words
            owner += [i] * len(token_words)
        found = []
        # Place names whose head is a landform: a phrase inside one that leaves the head out names the landform,
        # not a party ("JORDAN" in "the Jordan Valley", "NIGER" in "the Niger Delta").
        landforms = [(e.start, e.end) for e in doc.ents
                     if e.label_ in ("LOC", "GPE", "FAC") and doc[e.end - 1].lower_ in NATURAL_FEATURES]
        # A dictionary phrase with a space may skip words, but never across a sentence boundary.
        for hit, positions in self.index.find_all(words, gap_ok=lambda j, k: sentence[owner[j]] == sentence[owner[k]]):
            i, j = owner[positions[0]], owner[positions[-1]] + 1
            if any(start <= i and j < end for start, end in landforms):
                continue
            found.append(_Match(self._office_entry(self.entry(hit.payload), doc[i:j]), b, i, j, pb.offset + doc[i].idx,
                                pb.offset + doc[j - 1].idx + len(doc[j - 1].text)))
        return found

    def _office_entry(self, entry: Entry, span: Span) -> Entry:
        """A dictionary entry lists an office among the names of a body with the same codes ("REICHSTAG
        +GERMAN_CHANCELLOR [DEUGOV]", "WORLD_BANK +WORLD_BANK_PRESIDENT"): the office named ("the German
        chancellor said") is the office, an actor of its own with the entry's codes, not the body."""
        if entry.petrarch is None or entry.kind == "person" or any(t.ent_type_ == "PERSON" for t in span) \
                or not _office_words([t.lower_ for t in span]) \
                or _office_words([w.lower() for w in entry.petrarch.phrase.split("_") if w]):
            return entry
        phrase = "_".join(t.text.upper() for t in span if not t.is_punct)
        key = (entry.id, phrase)
        office = self._offices.get(key)
        if office is None:
            name = _display(phrase)
            office = self._offices[key] = Entry(
                id=f"{entry.id}-{slug(name)}", name=name, aliases=(name,),
                petrarch=ActorEntry(phrase, entry.petrarch.codes))
        return office

    def _agent_sector(self, actor: Actor, dictionaries: list[AgentDictionary]) -> str | None:
        """The sector an agent dictionary gives a person's role titles (current first) or an organization's name:
        of a code with several role codes the last, the most specific ("~GOVJUD", a prosecutor general: JUD)."""
        if actor.kind == "person":
            phrases = [r.title for r in sorted(actor.roles, key=lambda r: not r.current)]
        elif actor.kind == "organization":
            phrases = [actor.name]
        else:
            return None
        for phrase in phrases:
            words = split_words(phrase)
            for agents in dictionaries:
                found = agents.index.find_all(words)
                if found:
                    # The longest agent phrase, the rightmost of equals: the head of an English title is last.
                    agent = max(found, key=lambda f: (len(f[1]), f[1][0]))[0].payload
                    sector = next((agent.code[k - 3:k] for k in range(len(agent.code), 2, -3)
                                   if agent.code[k - 3:k] in ROLE_CODES), None)
                    if sector:
                        return sector
        return None


class _Ranges:
    """The matches of one entry in an article, with a binary-search test of whether a span lies inside one."""

    def __init__(self, matches: list[_Match]) -> None:
        self.matches = matches
        spans = sorted((r.start, r.end) for r in matches)
        self.starts = [start for start, _ in spans]
        self.reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end so far

    def cover(self, x: Mention) -> bool:
        """Some match starts at or before the span and ends at or after it."""
        k = bisect.bisect_right(self.starts, x.start)
        return k > 0 and self.reach[k - 1] >= x.end


class _TableIndex:
    """An article's actor table, indexed for the dictionary matches applied to it, so that the cost of an
    article stays linear in its length: mentions by start offset (the actors a match overlaps come from a
    binary search, not a walk over every actor's mentions), the tokens of each actor id (a rename or merge
    touches only those), the actors of each id, and each actor's place in the table. Every change the matches
    make to the table goes through here, so the indexes never go stale. An actor merged into another leaves
    `table.actors` in `drop_merged`, after the last match."""

    def __init__(self, table: ActorTable) -> None:
        self.table = table
        self.starts: list[int] = []  # sorted distinct starts of indexed mentions
        self.at_start: dict[int, list[tuple[Mention, Actor]]] = {}
        self.longest = 0  # longest indexed mention: how far before a match an overlapping one can start
        self.rank: dict[int, tuple[int, Actor]] = {}  # id(actor) -> place in the table; only live actors
        self.by_id: dict[str, list[Actor]] = {}  # live actors of an id, in table order
        self.tokens: dict[str, set[tuple[int, int]]] = {}  # actor id -> keys of `table.by_token` it holds
        self.in_order: dict[int, list[Mention]] = {}  # id(actor) -> its mention list, known sorted by start
        self.merged: set[int] = set()  # id(actor) of actors merged away, still in `table.actors`
        self._places = itertools.count()
        for actor in table.actors:
            self._add(actor)
        for key, actor_id in table.by_token.items():
            self.tokens.setdefault(actor_id, set()).add(key)

    def alive(self, actor: Actor) -> bool:
        return id(actor) in self.rank

    def append(self, actor: Actor) -> None:
        """A new actor at the end of the table."""
        self.table.actors.append(actor)
        self._add(actor)

    def _add(self, actor: Actor) -> None:
        self.rank[id(actor)] = (next(self._places), actor)
        self.by_id.setdefault(actor.id, []).append(actor)
        for x in actor.mentions:
            self._index(x, actor)

    def first(self, actor_id: str) -> Actor | None:
        """The first actor of the table with this id (`ActorTable.get`)."""
        found = self.by_id.get(actor_id)
        return found[0] if found else None

    def overlapping(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """(mention, actor) for every mention of a live actor that overlaps [start, end)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [(x, a) for s in self.starts[lo:hi] for x, a in self.at_start[s] if start < x.end]

    def in_table_order(self, actors: Iterable[Actor]) -> list[Actor]:
        unique = {id(a): a for a in actors}
        return sorted(unique.values(), key=lambda a: self.rank[id(a)][0])

    def mentions(self, actor: Actor) -> list[Mention] | None:
        """The actor's mention list when it is sorted by start (checked once per list), else None."""
        known = self.in_order.get(id(actor))
        if known is not None and known is actor.mentions:
            return known
        if all(a.start <= b.start for a, b in itertools.pairwise(actor.mentions)):
            # A list of our own from here on: it is changed in place, and another actor might share this one.
            mentions = self.in_order[id(actor)] = actor.mentions = list(actor.mentions)
            return mentions
        return None

    def sort_mentions(self, actor: Actor) -> list[Mention]:
        """The actor's mentions sorted by start, in place of its list (a stable sort, as `list.sort`)."""
        mentions = self.mentions(actor)
        if mentions is None:
            mentions = actor.mentions = sorted(actor.mentions, key=_start)
            self.in_order[id(actor)] = mentions
        return mentions

    def within(self, actor: Actor, start: int, end: int) -> list[Mention]:
        """The actor's mentions inside [start, end], in the order of its list."""
        mentions = self.mentions(actor)
        if mentions is None:
            return [x for x in actor.mentions if start <= x.start and x.end <= end]
        k = bisect.bisect_left(mentions, start, key=_start)
        found = []
        while k < len(mentions) and mentions[k].start <= end:
            if mentions[k].end <= end:
                found.append(mentions[k])
            k += 1
        return found

    def drop_mentions(self, actor: Actor, start: int, end: int, drop: list[Mention]) -> None:
        """Take out of the actor's list the mentions equal to one of `drop`, all inside [start, end]."""
        mentions = self.mentions(actor)
        if mentions is None:
            actor.mentions = [x for x in actor.mentions if x not in drop]
        else:
            lo = bisect.bisect_left(mentions, start, key=_start)
            hi = bisect.bisect_right(mentions, end, key=_start)
            mentions[lo:hi] = [x for x in mentions[lo:hi] if x not in drop]
        for x in drop:
            self._unindex(x, actor)

    def add_mention(self, actor: Actor, mention: Mention) -> None:
        """A new mention, after those of the same start: where a stable sort by start puts it."""
        mentions = self.sort_mentions(actor)
        bisect.insort_right(mentions, mention, key=_start)
        self._index(mention, actor)

    def rename(self, actor: Actor, new_id: str) -> None:
        old = actor.id
        actor.id = new_id
        if self.alive(actor):
            self.by_id[old] = [a for a in self.by_id[old] if a is not actor]
            self.by_id[new_id] = self.in_table_order([*self.by_id.get(new_id, []), actor])
        self._retoken(old, new_id)

    def merge(self, actor: Actor, target: Actor, whole: bool = True) -> None:
        """`actor` leaves the table and its words refer to `target`; when it is `target` (`whole`), its names,
        mentions and roles move over too."""
        if whole:
            target.aliases = list(dict.fromkeys([*target.aliases, *actor.aliases]))
            if target.country is None and actor.country:
                target.country, target.country_basis = actor.country, actor.country_basis
            target.sector = target.sector or actor.sector
            # sorted(target + actor): the actor's mentions after the target's of the same start
            mentions = target.mentions = list(self.sort_mentions(target))
            self.in_order[id(target)] = mentions
            for x in sorted(actor.mentions, key=_start):
                bisect.insort_right(mentions, x, key=_start)
            known = {(normalize_title(r.title), r.country) for r in target.roles}
            target.roles += [r for r in actor.roles if (normalize_title(r.title), r.country) not in known]
        for x in actor.mentions:
            self._unindex(x, actor)
            if whole:
                self._index(x, target)
        self._retoken(actor.id, target.id)
        if self.alive(actor):
            del self.rank[id(actor)]
            self.by_id[actor.id] = [a for a in self.by_id[actor.id] if a is not actor]
            self.merged.add(id(actor))

    def drop_merged(self) -> None:
        if self.merged:
            self.table.actors = [a for a in self.table.actors if id(a) not in self.merged]
            self.merged.clear()

    def claim_tokens(self, actor_id: str, block: int, i: int, j: int) -> None:
        for k in range(i, j):
            key = (block, k)
            old = self.table.by_token.get(key)
            if old is not None:
                self.tokens[old].discard(key)
            self.table.by_token[key] = actor_id
            self.tokens.setdefault(actor_id, set()).add(key)

    def _retoken(self, old: str, new: str) -> None:
        """Every token of id `old` now refers to id `new`."""
        if old == new or old not in self.tokens:
            return
        keys = self.tokens.pop(old)
        for key in keys:
            self.table.by_token[key] = new
        self.tokens.setdefault(new, set()).update(keys)

    def _index(self, x: Mention, actor: Actor) -> None:
        if not self.alive(actor):
            return  # the mentions of an actor no longer in the table overlap nothing
        if x.start not in self.at_start:
            bisect.insort(self.starts, x.start)
            self.at_start[x.start] = []
        self.at_start[x.start].append((x, actor))
        self.longest = max(self.longest, x.end - x.start)

    def _unindex(self, x: Mention, actor: Actor) -> None:
        entries = self.at_start.get(x.start, [])
        for k, (y, owner) in enumerate(entries):
            if y is x and owner is actor:
                del entries[k]
                return


def _split_added_middle_names(index: _TableIndex, parsed: list[ParsedBlock], entry: Entry, actor: Actor) -> None:
    """"Mohammad Reza Khatami" is not MOHAMMAD_KHATAMI, his brother: a full name of the entry's person actor that
    is one of the entry's names with a middle name added (`names.added_middle_name`), and that no name of the
    entry spells word for word ("Barack Hussein Obama" of BARACK_OBAMA), is another person, whom the text alone
    took for the same. Its mentions leave the actor for a person of their own; lone surnames stay."""
    if actor.kind != "person" or not index.alive(actor):
        return
    known = [(name, len(normalize(name).split())) for name in entry.aliases if full_name(name)]
    apart: dict[str, list[Mention]] = {}  # a name -> the mentions of the person it names
    for x in actor.mentions:
        size = len(normalize(x.text).split())
        if not full_name(x.text) or any(n == size and same_person(x.text, name) for name, n in known) \
                or not any(added_middle_name(x.text, name) for name, _ in known):
            continue
        name = next((other for other in apart if same_person(other, x.text)), x.text)
        apart.setdefault(name, []).append(x)
    for name, mentions in apart.items():
        person = Actor("person-" + slug(name), name, "person", aliases=list(dict.fromkeys(x.text for x in mentions)))
        index.append(person)
        for x in mentions:
            index.drop_mentions(actor, x.start, x.end, [x])
            index.add_mention(person, x)
            if (found := span_at(parsed, x.start, x.end)) is not None:
                b, span = found
                index.claim_tokens(person.id, b, span.start, span.end)
        spelled = {x.text for x in actor.mentions}
        actor.aliases = [a for a in actor.aliases if a in spelled or a not in person.aliases]


def _start(x: Mention) -> int:
    return x.start


# An Arab family's name after a person's own ("Al Nahyan", "Al-Sabah", "al-Thani", "Al Saud").
FAMILY_NAME_AFTER = re.compile(r"\s+(?:[Aa]l|[Ee]l)[\s-]\w+")
# Prepositions of place: "in Sabah", "from Sabah", "across Sarawak".
PLACE_PREPOSITIONS = frozenset("in from to at near across throughout into inside outside around".split())


def _place_not_person(tokens: list[Token]) -> bool:
    """A town's name that spaCy read as a person's, with nothing around it saying so: "Israeli aircraft bombed
    Rafah" (the gazetteer's town, no person's verb, title or meeting)."""
    text = " ".join(t.text for t in tokens)
    return shared_gazetteer().is_place(text) and not any(person_context(t) for t in tokens)


class _Application:
    """One dictionary match applied to the actor table."""

    def __init__(self, index: _TableIndex, parsed: list[ParsedBlock], article_id: str, day: dt.date | None,
                 match: _Match, same_entry: _Ranges, given_name: Callable[[str], bool], filed: str | None) -> None:
        self.index, self.table, self.parsed, self.article_id, self.day = index, index.table, parsed, article_id, day
        self.filed = filed
        self.given_name = given_name
        self.m = match
        self.same_entry = same_entry
        self.doc = parsed[match.block].doc

    def run(self, existing: Actor | None) -> Actor | None:
        m, table = self.m, self.table
        tokens = [self.doc[k] for k in range(m.i, m.j)]
        owners = {owner for k in range(m.i, m.j) if (owner := table.at(m.block, k))}
        overlapping = self.index.overlapping(m.start, m.end)
        inside = self.index.in_table_order(a for _, a in overlapping)
        if any(not self._within(x) and not self._country_before(x) and not self._family_name_after(x)
               for x, _ in overlapping):
            return None  # the entry names part of a longer name ("Kim" in "Kim Jong-un")
        if owners - {a.id for a in inside}:
            return None  # words of an actor named elsewhere (a title, a pronoun)
        rest = [t for t in tokens if table.at(m.block, t.i) is None and not t.is_punct and t.pos_ != "DET"]
        country = m.entry.is_country(self.day)
        if country and (shared := countries_sharing(self.doc[m.i:m.j].text)):
            country = self._named_elsewhere(shared) or country
        if country and not any(t.text[:1].isupper() for t in tokens):
            return None  # "let us", "a male co-worker", "the saga": common words, not US, Male or Saga
        if country and len(tokens) == 1 and tokens[0].ent_type_ not in ("GPE", "LOC", "NORP") and any(
                a.kind == "person" and len(a.name.split()) > 1 and tokens[0].text == a.name.split()[0]
                for a in table.actors):
            return None  # "Tara Reid ... Tara": the given name of a person the article names, not the place
        if country and len(tokens) == 1 and self.given_name(tokens[0].lower_) \
                and not self._place_supported(tokens[0], country):
            return None  # "Sabah reported": a region's name alone that is a person's too (and a paper's)
        if country and len(tokens) == 1 and tokens[0].ent_type_ == "PERSON" and person_context(tokens[0]) \
                and tokens[0].lower_ not in capital_cities() \
                and not (tokens[0].dep_ == "pobj" and tokens[0].head.lower_ in PLACE_PREPOSITIONS):
            return None  # "Moreno met with Boras": a person's name that is a town's too (Borås), not the town
        if country and venue(tokens[-1]) and country_code(self.doc[m.i:m.j].text) is None:
            return None  # "the Jeddah talks": a town named for where parties meet is no party to them
        allowed = qualified_countries(tokens[-1]) if tokens[-1].ent_type_ in ("GPE", "LOC") else []
        if allowed and country not in allowed:
            return None  # "Paris, Texas", "London, Ont.": a town of that name in another country, and no person
        if country and ambiguous_qualifier(self.doc, m.i, self.doc[m.i:m.j].text):
            return None  # "Atlanta, Georgia": the state or the country, as the town before it says
        if country and namesake_state(self.doc, m.i, m.j):
            return None  # "Georgia prosecutors": the US state's, not the country's
        own = m.entry.identity(self.day)
        if not country and m.entry.kind != "person" and own and own[0] \
                and foreign_institution(self.doc, m.i, m.j, own[0]):
            return None  # "the Polish senate": Poland's, not the US Senate the entry files the word under
        if not country and not rest and inside and all(a.kind == "country" for a in inside) \
                and m.entry.identity(self.day) == (None, None):
            return None  # an entry that says nothing on this date does not undo the country the text names
        # A bare country code on a person ("JOHN_SMITH [USA]") is the person's country, not the country itself.
        # A name taken for a person only by what it does ("Alaska ... its") that an entry codes as a country is it.
        # "between Alexandria and Marseilles": a lone word spaCy took for a person's name that an entry codes as a
        # country (a city of it) is that place
        if country and (m.entry.kind == "country" or all(
                a.kind == "country" or a.id in table.guessed_persons or a.kind == "person" and " " not in a.name
                for a in inside)):
            target = self._country(country)
            if target is None:
                return None
            for a in inside:
                if a is not target:
                    self._detach(a, target)
            spelled = self.doc[m.i:m.j].text
            if spelled not in target.aliases:  # the other name of the country the article used
                target.aliases.append(spelled)
            return self._claim(target)
        name_like = all(t.text[:1].isupper() for t in rest)
        if not inside:
            if not any(t.pos_ == "PROPN" or t.ent_type_ in NAME_TYPES or _acronym(t) for t in tokens):
                return None  # common words (or a number: "a zero-day flaw"), not a name
            if len(tokens) == 1 and not tokens[0].ent_type_ and not _acronym(tokens[0]) \
                    and _capitalized_by_place(tokens[0]) and english_word(tokens[0].lower_):
                # "Ice Cube performed", "Zero Day Flaw": a word capitalized at the start of a sentence or in a
                # headline that is also a one-word entry (ICE, an agency's acronym), and not a name to the parser
                return None
            return self._claim(existing or self._new(tokens))
        if len(tokens) == 1 and len(inside) == 1 and self._other_full_name(inside[0]):
            return None  # "Ahmed Hassan ... Hassan said": his family name, not the one-word entry HASSAN (Jordan's)
        people = [a for a in inside if a.kind in ("person", "organization")]
        nationality = [a for a in inside if a.kind == "country"]
        if len(people) == 1 and people[0].kind == "person" and nationality \
                and len(people) + len(nationality) == len(inside) and name_like:
            # "Israeli Prime Minister Benjamin Netanyahu": the person, with the nationality word as part of the name.
            target = existing or people[0]
            if people[0] is not target:
                self.index.merge(people[0], target)
            for a in nationality:
                self._detach(a, target)
            if existing is None:
                self._become(target)
            return self._claim(target)
        fragments = len(people) == len(inside) and (len(inside) == 1 and (not rest or inside[0].kind == "person")
                                                    or len(inside) > 1 and all(map(self._only_here, inside)))
        if fragments and name_like:
            # One actor (or the pieces of a name the parser split) that the entry names: it becomes the entry.
            target = existing or inside[0]
            for a in inside:
                if a is not target:
                    self.index.merge(a, target)
            if existing is None:
                self._become(target)
            return self._claim(target)
        # More than an actor: "Israeli troops" around Israel, "Hamas military command" around Hamas.
        target = existing or self._new(tokens)
        for a in inside:
            if a is not target:
                self._detach(a, target)
        return self._claim(target)

    def _other_full_name(self, actor: Actor) -> bool:
        """`actor` is a person the article names in full, by a name that is none of the entry's."""
        if actor.kind != "person":
            return False
        full = {m.text for m in actor.mentions if len(normalize(m.text).split()) > 1}
        known = [a for a in self.m.entry.aliases if len(normalize(a).split()) > 1]
        return bool(full) and not any(same_person(f, a) for f in full for a in known)

    def _place_supported(self, tok: Token, country: str) -> bool:
        """A country's entry lists the names of its regions and towns ("+SABAH_" under Malaysia); one such word
        alone that is a given name too, and no name of the country itself, is the country only where something says
        it is a place: the parser reads it as one, a preposition of place governs it ("in Sabah"), or the article
        names the country. Bare, it may be a person's name ("Sabah said") or a newspaper's ("Sabah reported")."""
        if tok.ent_type_ in ("GPE", "LOC") or country_code(tok.text) is not None:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
            return True
        here = self.table.at(self.m.block, tok.i)
        return any(a.country == country for a in self.table.actors if a.id != here)

    def _within(self, x: Mention) -> bool:
        return self.m.start <= x.start and x.end <= self.m.end

    def _country_before(self, x: Mention) -> bool:
        """The mention is the entry's name after the name of the entry's own country ("U.S. Immigration and Customs
        Enforcement"; not "the Nigerian Senate" for a SENATE of the United States)."""
        if x.end != self.m.end or x.start >= self.m.start:
            return False
        identity = self.m.entry.identity(self.day)
        return identity is not None and identity[0] is not None and country_code(
            x.text[:self.m.start - x.start].strip()) == identity[0]

    def _family_name_after(self, x: Mention) -> bool:
        """The mention is the entry's Arab name of two words or more with the family's name after it ("Mohamed bin
        Zayed Al Nahyan" for MOHAMED_BIN_ZAYED), as news spells it in full."""
        if x.start != self.m.start or x.end <= self.m.end or len(self.m.entry.name.split()) < 2:
            return False
        return FAMILY_NAME_AFTER.fullmatch(x.text[self.m.end - x.start:]) is not None

    def _only_here(self, actor: Actor) -> bool:
        """Every mention of the actor lies inside a match of this entry: it exists only as a piece of that name."""
        return all(map(self.same_entry.cover, actor.mentions))

    def _names(self, kind: str) -> list[str]:
        """The entry's names, canonical first, spelled as in the article. A person's dictionary phrase may start
        with the office ("PRESIDENT_GEORGE_W._BUSH"), which is not part of the name."""
        entry = self.m.entry
        if entry.petrarch is None:
            return list(entry.aliases)
        names = []
        spellings = self._spellings()
        for phrase in [entry.petrarch.phrase, *entry.petrarch.synonyms]:
            words = _display(phrase, spellings).split()
            # "Russian President Vladimir Putin": a person's name without its nationality and office.
            while len(words) > 1 and (kind == "person" and (words[0].lower() in TITLE_WORDS or country_code(words[0]))
                                      or words[0] == "The"):
                words.pop(0)
            names.append(" ".join(words))
        return list(dict.fromkeys(names))

    def _spellings(self) -> dict[str, str]:
        """How the article spells the entry's words ("HAMAS" -> "Hamas"), from every match of the entry."""
        spelled: dict[str, str] = {}
        for r in self.same_entry.matches:
            span = self.parsed[r.block].doc[r.i:r.j]
            for tok in span:
                spelled.setdefault(tok.text.upper(), tok.text)
            for a, hyphen, b in zip(span, span[1:], span[2:], strict=False):
                if hyphen.text == "-" and not a.whitespace_ and not hyphen.whitespace_:
                    spelled.setdefault(f"{a.text}-{b.text}".upper(), f"{a.text}-{b.text}")
        return spelled

    def _become(self, actor: Actor) -> None:
        entry = self.m.entry
        guessed = actor.id in self.table.guessed_persons
        self.index.rename(actor, entry.id)
        actor.kind = entry.kind or ("organization" if guessed and self._organization() or actor.kind == "person" and (
            _place_not_person([self.doc[k] for k in range(self.m.i, self.m.j)])) else actor.kind)
        names = self._names(actor.kind)
        actor.name = names[0]
        actor.aliases = list(dict.fromkeys([*names, *actor.aliases]))

    def _organization(self) -> bool:
        """The entry, not marked a person's, codes a body: a company, an international or non-governmental
        organization, the media, a party ("MORGAN_STANLEY [MNCUSA]")."""
        identity = self.m.entry.identity(self.day)
        return self.m.entry.kind is None and identity is not None and identity[1] in ORGANIZATION_CODES

    def _new(self, tokens: list[Token]) -> Actor:
        kind: ActorKind = self.m.entry.kind or (
            "person" if any(t.ent_type_ == "PERSON" for t in tokens) and not _place_not_person(tokens)
            else "organization")
        actor = Actor(self.m.entry.id, "", kind)
        self.index.append(actor)
        self._become(actor)
        return actor

    def _named_elsewhere(self, shared: tuple[str, ...]) -> str | None:
        """The one of the countries a shared name may be that the article names by a name of its own ("the
        Democratic Republic of Congo ... Congo", as wire copy shortens it), else the dateline's when it is one of
        them ("KINSHASA ... Congo's army"); None when neither decides."""
        named = {a.country for a in self.table.actors if self.index.alive(a) and a.kind == "country"
                 and a.country in shared and any(not countries_sharing(x.text) for x in a.mentions)}
        if len(named) == 1:
            return named.pop()
        return self.filed if not named and self.filed in shared else None

    def _country(self, code: str) -> Actor | None:
        actor = self.index.first(code)
        if actor is None:
            name = country_name(code)
            if name is None:
                return None
            actor = Actor(code, name, "country", aliases=[name], country=code, country_basis="name")
            self.index.append(actor)
        return actor

    def _claim(self, actor: Actor) -> Actor:
        """The matched words refer to `actor`: every token mapped, and one mention over all of them unless the
        words outside its mentions already referred to it (the title of "President George W. Bush")."""
        m = self.m
        text = self.doc[m.i:m.j].text
        inside = self.index.within(actor, m.start, m.end)
        offset = self.parsed[m.block].offset
        # "U.S. Immigration and Customs Enforcement": the mention with the country's name stays whole, as does one
        # with the family's name after ("Mohamed bin Zayed Al Nahyan" for MOHAMED_BIN_ZAYED)
        covered = any(x.start <= m.start and m.end <= x.end and (x.start, x.end) != (m.start, m.end) and a is actor
                      for x, a in self.index.overlapping(m.start, m.end))
        if not covered and (not inside or any(not tok.is_punct and self.table.at(m.block, tok.i) != actor.id
                                              and not any(x.start <= offset + tok.idx < x.end for x in inside)
                                              for tok in self.doc[m.i:m.j])):
            self.index.drop_mentions(actor, m.start, m.end, inside)
            self.index.add_mention(actor, Mention(self.article_id, m.start, m.end, text))
        self.index.claim_tokens(actor.id, m.block, m.i, m.j)
        return actor

    def _detach(self, actor: Actor, target: Actor) -> None:
        """The matched words are not `actor` but `target`; an actor left with no mention is gone."""
        self.index.drop_mentions(actor, self.m.start, self.m.end, self.index.within(actor, self.m.start, self.m.end))
        # left with pronouns alone ("a resident of Ashgabat who declined to give her surname", Ashgabat taken for a
        # person): they were linked to a name that is none
        if all(x.text.lower() in PERSON_PRONOUNS for x in actor.mentions):
            for key in list(self.index.tokens.get(actor.id, ())):
                if self.parsed[key[0]].doc[key[1]].lower_ in PERSON_PRONOUNS:
                    self.index.tokens[actor.id].discard(key)
                    del self.table.by_token[key]
            self.index.drop_mentions(actor, -1, sys.maxsize, list(actor.mentions))
            self.index.merge(actor, target, whole=False)


# Entity types of names: a number or a date is none ("zero", "May").
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                        "LANGUAGE"})


def _office_holder(table: ActorTable, office: Actor) -> Actor | None:
    """The one person of the article holding the office an office's actor names, in its country."""
    title = normalize_title(" ".join(w for w in office.name.split() if not country_code(w)))
    holders = [a for a in table.actors if a.kind == "person" and any(
        normalize_title(r.title) == title and (r.country or a.country) == office.country for r in a.roles)]
    return holders[0] if len(holders) == 1 else None


def _office_words(words: list[str]) -> bool:
    """The words name an office, not a body or a person: they end in an office ("German chancellor", "White House
    spokesman") or hold one followed by "of" ("Chancellor of Germany", "President of the World Bank")."""
    return bool(words) and (words[-1] in TITLE_HEADS or any(
        w in TITLE_HEADS and nxt == "of" for w, nxt in zip(words, words[1:], strict=False)))


def _acronym(tok: Token) -> bool:
    """"ICE agents": a word of two or more capitals, which the parser may tag as a common noun, in a sentence not
    all in capitals (a headline's words are not acronyms)."""
    return len(tok.text) >= 2 and tok.is_alpha and tok.text.isupper() and any(
        t.is_alpha and not t.text.isupper() for t in tok.sent)


def _capitalized_by_place(tok: Token) -> bool:
    """The word opens its sentence or stands in a headline whose words are capitalized: its capital says nothing
    ("the Senate" in running text is a name)."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return tok.is_sent_start or tok.i == tok.sent.start or sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


@lru_cache(maxsize=65536)
def _token_words(text: str) -> tuple[str, ...]:
    """`split_words` of one token's text; the same words recur in every article."""
    return tuple(split_words(text))


# A regnal number after a name keeps its capitals ("POPE_LEO_XIV" -> "Pope Leo XIV", "ELIZABETH_II"); not "I" or "V"
# alone, which may be initials, nor "XI" and "VI", which are Chinese and Vietnamese names more often than numbers.
_REGNAL = re.compile(r"(?=[IVX]{2,5}$)(?!XI$|VI$)X{0,3}(?:IX|IV|V?I{0,3})")


def _display(phrase: str, spelled: dict[str, str] | None = None) -> str:
    """A dictionary phrase as a name: "GEORGE_W._BUSH" -> "George W. Bush", "DEPARTMENT_OF_STATE" -> "Department of
    State", in the article's spelling if known, hyphens included ("KIM_JONG_UN" -> "Kim Jong-un" where the article
    wrote so)."""
    spelled = spelled or {}
    words = phrase.replace("_", " ").split()
    joined: list[str] = []
    for word in words:
        if joined and f"{joined[-1]}-{word}".upper() in spelled:
            joined[-1] = f"{joined[-1]}-{word}"
        else:
            joined.append(word)
    text = _WORD.sub(lambda w: spelled.get(w.group(0).upper()) or (
        w.group(0) if w.start() and _REGNAL.fullmatch(w.group(0)) else w.group(0).capitalize()), " ".join(joined))
    # "Bureau of Alcohol", "Department of State": the small words of a name stay lowercase after its first word
    return re.sub(r"(?<=\S )(Of|And|The|For|On|In|To|At)(?= )", lambda w: w.group(0).lower(), text)


def _glued(alias: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """An alias-list name matches only as written: its words adjacent, none skipped."""
    words = tuple(split_words(alias))
    return words, tuple(k > 0 for k in range(len(words)))


def _aliases(row: dict[str, Any]) -> list[str]:
    values: list[str] = []
    for key in ("alias", "aliases"):
        value = row.get(key)
        items = value if isinstance(value, list) else str(value or "").split("|")
        values += [str(v).strip() for v in items if str(v).strip()]
    return values


def _yaml_rows(text: str, path: Path) -> list[dict[str, Any]]:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path}: not YAML: {exc}") from None
    if isinstance(data, dict):
        data = data.get("actors")
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise KnowledgeError(f"{path}: expected a list of actors (mappings with name, aliases, ...)")
    return data


# -- the shipped dictionaries ---------------------------------------------------------------------------------

DEFAULT_FILES = ("petrarch2/Phoenix.Countries.actors.txt", "petrarch2/Phoenix.International.actors.txt",
                 "petrarch2/Phoenix.MilNonState.actors.txt", "petrarch2/Phoenix.agents.txt",
                 "recent/dragoman.agencies.actors.txt", "recent/dragoman.agents.txt")
# Read after them, dating anew the people they hold and marking them as persons (`Knowledge.add_file(update=True,
# people=True)`): see its PROVENANCE.md.
UPDATE_FILE = "recent/dragoman.leaders.actors.txt"
# Read last: phrases the news now means another party by than the dictionaries do (`Knowledge.correct`).
CORRECTIONS_FILE = "recent/dragoman.corrections.tsv"


def default_paths() -> list[Path]:
    folder = resources.files("dragoman") / "data"
    return [Path(str(folder / name)) for name in (*DEFAULT_FILES, UPDATE_FILE, CORRECTIONS_FILE)]


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The shipped dictionaries, read once per process. Parsing their 65k lines takes seconds, so the result is
    kept as plain strings (`marshal`) in the user's cache (dragoman.cache: named by a hash of the files' bytes,
    dragoman's code and the Python version); a later start reads it in a fraction of a second, and an entry becomes an
    object only when an article names it."""
    paths = default_paths()
    cached = cache_path("knowledge", (path.read_bytes() for path in paths), ".marshal")
    data = read_cache(cached)
    if data is not None:
        try:
            return _from_state(marshal.loads(data))
        except (ValueError, EOFError, TypeError, KeyError, IndexError):
            pass  # cut short or of another shape: build it again
    with warnings.catch_warnings():
        # The six malformed dates of the originals (PROVENANCE.md) are known and nothing a user can act on.
        warnings.simplefilter("ignore", DictionaryWarning)
        knowledge = Knowledge.load(paths[:-2])
    knowledge.add_file(paths[-2], update=True, people=True)
    knowledge.correct(paths[-1])
    knowledge.fallback_agents, knowledge.agents = knowledge.agents, []
    state = _state(knowledge)
    knowledge._families, knowledge._base_families = {}, state["families"]  # as a cached start has them
    knowledge._decoded_families = {}
    knowledge._base_given, knowledge._own_entries = frozenset(state["given"]), len(knowledge.entries)
    write_cache(cached, marshal.dumps(state))
    return knowledge


def _family_index(index: _PhraseIndex) -> dict[str, list[tuple[int, str, tuple[str, ...]]]]:
    """The phrases of the index itself (not of an index under it) by the key of their family name, with the key
    of their first given name."""
    families: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for phrase in index.entries():
        words = phrase.words
        if len(words) > 1:
            east_asian = east_asian_family_name(words[0])
            family, given = (words[0], words[1]) if east_asian else (words[-1], words[0])
            families.setdefault(family_key(family), []).append((phrase.payload, family_key(given), words))
    return families


def _day(value: int | None) -> dt.date | None:
    return None if value is None else dt.date.fromordinal(value)


def _entry_state(entry: Entry) -> str:
    source = entry.petrarch
    petrarch = None if source is None else [
        source.phrase, source.synonyms,
        [(c.code, c.start and c.start.toordinal(), c.end and c.end.toordinal()) for c in source.codes]]
    return json.dumps([entry.id, entry.name, entry.aliases, entry.kind, entry.country, entry.sector, petrarch])


def _entry_from_state(state: str) -> Entry:
    id_, name, aliases, kind, country, sector, petrarch = json.loads(state)
    source = None if petrarch is None else ActorEntry(
        petrarch[0], [DatedCode(code, _day(a), _day(b)) for code, a, b in petrarch[2]], petrarch[1])
    return Entry(id_, name, tuple(aliases), kind, country, sector, source)


def _state(knowledge: Knowledge) -> dict:
    agents = []
    for dictionary in knowledge.fallback_agents:
        position = {id(a): k for k, a in enumerate(dictionary.agents)}
        numbered = _PhraseIndex(dictionary.index.max_gap)
        for e in dictionary.index.entries():
            numbered.add(e.words, e.glue, position[id(e.payload)])
        agents.append(([(a.phrase, a.code, a.prefix) for a in dictionary.agents], numbered.state()))
    families = {key: "\n".join(f"{payload}\t{given}\t{' '.join(words)}" for payload, given, words in phrases)
                for key, phrases in _family_index(knowledge.index).items()}
    return {"entries": [e if isinstance(e, str) else _entry_state(e) for e in knowledge.entries],
            "index": knowledge.index.state(), "agents": agents, "families": families,
            "given": sorted(knowledge.given_names())}


def _from_state(state: dict) -> Knowledge:
    knowledge = Knowledge()
    knowledge.entries = list(state["entries"])
    knowledge.index = _PhraseIndex.from_state(state["index"])
    knowledge._families, knowledge._base_families = {}, state["families"]
    knowledge._base_given, knowledge._own_entries = frozenset(state["given"]), len(knowledge.entries)
    for agent_rows, index in state["agents"]:
        dictionary = AgentDictionary()
        dictionary.agents = [Agent(*row) for row in agent_rows]
        numbered = _PhraseIndex.from_state(index)
        for e in numbered.entries():
            dictionary.index.add(e.words, e.glue, dictionary.agents[e.payload])
        knowledge.fallback_agents.append(dictionary)
    return knowledge
