"""Country names, short forms and demonyms -> ISO 3166-1 alpha-3.

`country_code("North Korean") == "PRK"`, `country_code("the U.S.") == "USA"`,
`country_code("Korean") is None` (ambiguous), `country_code("Eurasia") is None`.

The lookup table is built once at import from pycountry (names, official and common names)
plus `data/countries_aliases.tsv` (demonyms and usual short forms, written by hand) and is
read-only afterwards. Our own table wins over pycountry, and an "ambiguous" row wins over both,
so e.g. pycountry's "Congo" (COG) does not leak through although news usually means the DRC.

Rows whose code starts with "@" list organizations instead: `@PSE` rows name groups based in a country
("Hamas"), `@IGO` rows international bodies that belong to no country ("United Nations").
`organization_country` and `is_international` read them; `country_code` never returns them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import pycountry
from anyascii import anyascii

__all__ = ["country_code", "country_code_fuzzy", "country_name", "international_body", "is_international",
           "organization_country", "organization_named"]

_AMBIGUOUS = "-"
_ORG = "@"
_IGO = "IGO"


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """Lookup key: ASCII, lowercase, no leading "the", no possessive, punctuation folded."""
    s = anyascii(text).lower().strip()
    # Possessive before punctuation is removed: "Russia's", "Russians'".
    s = re.sub(r"'s$|s'$", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = s.replace("&", " and ")
    # Dots and apostrophes vanish ("U.S." -> "us", "People's" -> "peoples"); other punctuation splits.
    s = re.sub(r"[.'`]", "", s)
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = re.sub(r"^the ", "", s)
    return s


def _pycountry_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            variants = [value]
            # "Korea, Republic of" -> "Republic of Korea"; "Virgin Islands, British" -> "British Virgin Islands".
            if "," in value:
                head, tail = (p.strip() for p in value.split(",", 1))
                if re.search(r"\bof( the)?$", tail, re.I) or " " not in tail:
                    variants.append(f"{tail} {head}")
            for v in variants:
                names.setdefault(_key(v), c.alpha_3)
    return names


def _load_aliases() -> tuple[dict[str, str], dict[str, str], set[str], dict[str, str]]:
    """Return (alias key -> iso3, iso3 -> common name, ambiguous keys, organization key -> iso3 or IGO)."""
    aliases: dict[str, str] = {}
    common: dict[str, str] = {}
    ambiguous: set[str] = set()
    orgs: dict[str, str] = {}
    text = resources.files("dragoman").joinpath("data", "countries_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, rest = (line.split("\t") + ["", ""])[:3]
        forms = [f for f in rest.split("|") if f.strip()]
        if code.startswith(_ORG):
            orgs.update((_key(f), code[1:]) for f in [name, *forms])
            continue
        if code == _AMBIGUOUS:
            ambiguous.update(_key(f) for f in forms)
            continue
        common[code] = name
        for form in [name, *forms]:
            k = _key(form)
            if aliases.get(k, code) != code:
                ambiguous.add(k)  # same alias claimed by two countries
            aliases[k] = code
    return aliases, common, ambiguous, orgs


def _build() -> tuple[MappingProxyType[str, str | None], MappingProxyType[str, str], MappingProxyType[str, str]]:
    aliases, common, ambiguous, orgs = _load_aliases()
    table: dict[str, str | None] = dict(_pycountry_names())
    table.update(aliases)
    for k in ambiguous:
        table[k] = None
    return MappingProxyType(table), MappingProxyType(common), MappingProxyType(orgs)


_TABLE, _COMMON, _ORGS = _build()
_BY_LENGTH: dict[int, list[tuple[str, str]]] = {}
for _name, _code in _TABLE.items():
    if _code:
        _BY_LENGTH.setdefault(len(_name), []).append((_name, _code))


@lru_cache(maxsize=65536)  # the table is fixed at import; the same words are asked again and again
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 for a country name, short form, demonym or alias; None if unknown/ambiguous."""
    if not text:
        return None
    k = _key(text)
    if k in _TABLE:
        return _TABLE[k]
    # Plural demonyms: "Russians", "Britons", "Filipinos". Only tried after an exact miss so that
    # "Laos", "Swiss", "Bahamas" stay as they are.
    if k.endswith("s") and k[:-1] in _TABLE:
        return _TABLE[k[:-1]]
    # Catalogue order: "Korea, Republic of" -> "Republic of Korea".
    if "," in text:
        head, tail = text.split(",", 1)
        return country_code(f"{tail.strip()} {head.strip()}")
    return None


# Names two countries share (the table's "ambiguous" row): the article's other names of one of them decide.
SHARED_NAMES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType({
    "korea": ("PRK", "KOR"), "korean": ("PRK", "KOR"), "congo": ("COD", "COG"), "congolese": ("COD", "COG"),
    "guinean": ("GIN", "GNB")})


def countries_sharing(text: str) -> tuple[str, ...]:
    """The countries a shared name may be ("Congo": the DRC or the Republic of the Congo); () for any other."""
    return SHARED_NAMES.get(_key(text), ())


def _within_one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns `a` into `b`."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


def country_code_fuzzy(text: str) -> str | None:
    """`country_code`, or else the one country whose name or alias is a single typo away ("Ethopia",
    "Quatar"). Only for names of six letters or more, so that short names ("Mali", "Oman") never drift."""
    code = country_code(text)
    if code or not text:
        return code
    k = _key(text)
    return _one_typo_away(k) if len(k) >= 6 and k not in _subdivision_names() else None


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """The first-level subdivisions of every country ("indiana", "georgia", "ontario"): a state is no misspelt
    country ("Indiana" is one letter from "Indian")."""
    return frozenset(_key(sub.name) for sub in first_level_subdivisions())


@lru_cache(maxsize=1)
def first_level_subdivisions() -> tuple[Any, ...]:
    """ISO 3166-2's first-level subdivisions of every country (pycountry's records): states, provinces, regions."""
    return tuple(sub for sub in pycountry.subdivisions if sub.parent_code is None)


@lru_cache(maxsize=8192)
def _one_typo_away(k: str) -> str | None:
    """Cached: a scan of the whole table, asked again for every mention of the same unknown name."""
    # One edit leaves the first two or the last two letters of a name of six or more as they were.
    found = {c for n in (len(k) - 1, len(k), len(k) + 1) for name, c in _BY_LENGTH.get(n, ())
             if (name[:2] == k[:2] or name[-2:] == k[-2:]) and _within_one_edit(k, name)}
    return found.pop() if len(found) == 1 else None


_ORG_MAX_WORDS = max((len(key.split()) for key in _ORGS), default=0)


@lru_cache(maxsize=8192)
def _org_entry(name: str) -> str | None:
    """The organization row a name contains: the whole name, else its longest run of words that is one
    ("the UNITA militarist wing", "United Nations Observer Mission in Angola")."""
    words = _key(name).split()
    # Runs no longer than the longest organization name: a 1,500-word "name" costs linear time, not cubic.
    for n in range(min(len(words), _ORG_MAX_WORDS), 0, -1):
        for i in range(len(words) - n + 1):
            hit = _ORGS.get(" ".join(words[i:i + n]))
            if hit:
                return hit
    return None


def organization_country(name: str) -> str | None:
    """Country a well-known organization is based in ("Hamas" -> "PSE"); None for international bodies."""
    hit = _org_entry(name)
    return hit if hit and hit != _IGO else None


def organization_named(name: str) -> bool:
    """The whole name is one the organization table lists ("the Houthis", "UNDOF"), not a name containing one
    ("Amal Clooney")."""
    return _key(name) in _ORGS


# First words of the organization table's names of two words or more, where a name the parser cut may begin.
_ORG_FIRST_WORDS = frozenset(key.split()[0] for key in _ORGS if " " in key)


@lru_cache(maxsize=8192)
def organization_begins(word: str) -> bool:
    """A name of two words or more in the organization table may begin with this word ("Hayat", "Tehreek")."""
    return _key(word) in _ORG_FIRST_WORDS


# Words that make an organization's name regional or worldwide ("Association of African Jurists",
# "Third World Water Forum"), unless the organization table places it in one country.
_REGIONAL_WORDS = frozenset("international world global african european asian arab americas pan".split())


@lru_cache(maxsize=8192)
def is_international(name: str) -> bool:
    """An international body ("the U.N. Security Council", "European Community", "Association of African
    Jurists"): it has no country."""
    entry = _org_entry(name)
    words = name.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if len(words) > 1 and _ORGS.get(_key(name)) != _IGO and country_code(words[0]) is not None:
        return False  # "Turkish Red Crescent", "Kuwait Fund for Arab Economic Development": a national body
    owner = re.sub(r"^the\s+", "", name.rsplit(" of ", 1)[-1], flags=re.IGNORECASE) if " of " in name else ""
    if entry != _IGO and owner and country_code(owner) is not None:
        return False  # "Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia"
    return entry == _IGO or entry is None and bool(_REGIONAL_WORDS & set(_key(name).split()))


# Head words of a body's name ("Arab Parliament", "African Development Bank").
_BODY_WORDS = frozenset("""union league organization organisation community commission council parliament bank
court assembly federation association forum alliance""".split())


@lru_cache(maxsize=8192)
def international_body(name: str) -> bool:
    """A name that is an international body's as a whole ("African Union", "the U.N."), or a regional word with a
    body's head word ("Arab Parliament"): an organization even where spaCy took it for a place. A place that merely
    holds such a name ("Commonwealth of Virginia") is not one."""
    key = _key(name)
    words = set(key.split())
    return _ORGS.get(key) == _IGO or bool(words & _BODY_WORDS and words & _REGIONAL_WORDS) and _org_entry(name) in (
        None, _IGO)


def country_name(code: str) -> str | None:
    """Common English name for an alpha-3 (or alpha-2) code: "PRK" -> "North Korea"."""
    if not code:
        return None
    code = code.strip().upper()
    if code in _COMMON:
        return _COMMON[code]
    c = pycountry.countries.get(alpha_3=code) if len(code) == 3 else pycountry.countries.get(alpha_2=code)
    if c is None:
        return None
    if c.alpha_3 in _COMMON:
        return _COMMON[c.alpha_3]
    return getattr(c, "common_name", None) or c.name
