"""Country names, short forms and demonyms -> ISO 3166-1 alpha-3.

`country_code("North Korean") == "PRK"`, `country_code("the U.S.") == "USA"`,
`country_code("Korean") is None` (ambiguous), `country_code("Eurasia") is None`.

The lookup table is built once at import from pycountry (names, official and common names)
plus `data/countries_aliases.tsv` (demonyms and usual short forms, written by hand) and is
read-only afterwards. Our own table wins over pycountry, and an "ambiguous" row wins over both,
so e.g. pycountry's "Congo" (COG) does not leak through although news usually means the DRC.
"""

from __future__ import annotations

import re
from importlib import resources
from types import MappingProxyType

import pycountry
from anyascii import anyascii

__all__ = ["country_code", "country_name"]

_AMBIGUOUS = "-"


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


def _load_aliases() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Return (alias key -> iso3, iso3 -> common name, ambiguous keys) from the TSV."""
    aliases: dict[str, str] = {}
    common: dict[str, str] = {}
    ambiguous: set[str] = set()
    text = resources.files("dragoman").joinpath("data", "countries_aliases.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, rest = (line.split("\t") + ["", ""])[:3]
        forms = [f for f in rest.split("|") if f.strip()]
        if code == _AMBIGUOUS:
            ambiguous.update(_key(f) for f in forms)
            continue
        common[code] = name
        for form in [name, *forms]:
            k = _key(form)
            if aliases.get(k, code) != code:
                ambiguous.add(k)  # same alias claimed by two countries
            aliases[k] = code
    return aliases, common, ambiguous


def _build() -> tuple[MappingProxyType[str, str | None], MappingProxyType[str, str]]:
    aliases, common, ambiguous = _load_aliases()
    table: dict[str, str | None] = dict(_pycountry_names())
    table.update(aliases)
    for k in ambiguous:
        table[k] = None
    return MappingProxyType(table), MappingProxyType(common)


_TABLE, _COMMON = _build()


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
