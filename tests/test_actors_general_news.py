"""Actors of general and wire news: namesakes of dictionary people, states named like countries, the article's
country given only where the text founds it, datelines. Sentences written for these tests."""

from __future__ import annotations

import pytest
from helpers import actors

from dragoman.geo import state_countries
from dragoman.model import Actor
from dragoman.pipeline import Pipeline


def named(found: list[Actor], name: str) -> Actor:
    matches = [a for a in found if a.name == name or name in a.aliases]
    assert len(matches) == 1, f"{name!r}: {[(a.name, a.kind) for a in found]}"
    return matches[0]


# -- 1. a lone surname and the dictionary's namesake --------------------------------------------------------------

def test_a_lone_surname_is_not_a_foreign_namesake_of_the_dictionary(pipeline: Pipeline) -> None:
    # RAYMOND_WOLFE is a Jamaican minister in Phoenix's leaders list; this Wolfe is a hospital's spokesman
    found = actors(pipeline, "Wolfe said the families of the wounded men requested privacy.")
    wolfe = named(found, "Wolfe")
    assert (wolfe.kind, wolfe.country, wolfe.sector) == ("person", None, None)
    found = actors(pipeline, "The hospital would not release any details, Hilton told reporters.")
    assert all(a.country is None for a in found if a.name == "Hilton")


def test_a_lone_surname_takes_the_dictionary_country_the_article_names(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Jamaica's parliament met on Monday. Wolfe said the bill would pass.")
    assert (named(found, "Wolfe").country, named(found, "Wolfe").country_basis) == ("JAM", "dictionary")
    found = actors(pipeline, "The talks would continue, Kishida told reporters in Tokyo on Monday.")
    assert named(found, "Kishida").country == "JPN"


def test_the_last_word_of_a_group_or_company_name_is_no_surname(pipeline: Pipeline) -> None:
    # FIRES_OF_HELL and BLACK_STAR are Greek armed groups of the MilNonState dictionary, not persons
    found = actors(pipeline, "Residents said Hell came to the village on Friday.")
    assert not any(a.kind == "person" and a.country == "GRC" for a in found)
    found = actors(pipeline, "The crowd cheered when Star arrived at the gate.")
    assert not any(a.country == "GRC" for a in found)


def test_a_government_named_after_its_head_gives_the_head_the_dictionary_country(pipeline: Pipeline) -> None:
    # "the X administration" says X heads a government, as a title would; the sanctioned country is no one's home
    found = actors(pipeline, "The Biden administration imposed new sanctions on Iran on Tuesday.")
    assert (named(found, "Biden").country, named(found, "Biden").country_basis) == ("USA", "dictionary")
    # out of office on the day, the one country of all the person's posts, without a sector
    found = actors(pipeline, "The Trump administration threatened new tariffs against China.")
    assert (named(found, "Trump").country, named(found, "Trump").sector) == ("USA", None)


def test_a_name_on_the_subject_does_not_take_the_country_the_clause_acts_on(pipeline: Pipeline) -> None:
    # Kim names dozens of dictionary people; Japan is what the regime fired at, not its country
    found = actors(pipeline, "The Kim regime fired two missiles toward Japan.")
    assert named(found, "Kim").country is None


def test_the_outlet_a_story_is_attributed_to_gives_no_country_to_named_parties(pipeline: Pipeline) -> None:
    # where the news was printed is not where it happened, for a named group
    for text in ("The Islamic Resistance Front threatened new attacks on Israel, a Saudi-owned weekly reported.",
                 "According to Saudi media, the Islamic Resistance Front threatened new attacks on Israel."):
        found = actors(pipeline, text)
        assert named(found, "Islamic Resistance Front").country != "SAU", text
    # unnamed gunmen in a local outlet's story are most likely local, and an official's nationality stays the story's
    found = actors(pipeline, "Gunmen attacked a police checkpoint overnight, Iraqi state television reported.")
    assert named(found, "Gunmen").country == "IRQ"
    found = actors(pipeline, "The Islamic Resistance Front attacked a checkpoint overnight, Iraqi police said.")
    assert named(found, "Islamic Resistance Front").country == "IRQ"


# -- 2. a state named as its agencies are -------------------------------------------------------------------------

def test_a_us_state_before_an_agency_is_the_state_not_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Georgia prosecutors charged the rapper with racketeering on Tuesday.")
    prosecutors = next(a for a in found if a.kind == "group")
    assert prosecutors.country == "USA"
    assert not any(a.kind == "country" and a.country == "GEO" for a in found)
    found = actors(pipeline, "A Georgia man was arrested after the robbery.")
    assert next(a for a in found if a.kind == "group").country == "USA"


def test_the_country_georgia_stays_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Georgia's president met the Russian envoy in Tbilisi.")
    assert any(a.kind == "country" and a.country == "GEO" for a in found)
    found = actors(pipeline, "Officials in Tbilisi said Georgia prosecutors charged the former president.")
    assert next(a for a in found if a.name == "Georgia prosecutors").country == "GEO"


def test_state_names_by_the_subdivision_tables() -> None:
    assert state_countries("Georgia") == ["USA"]  # the state, beside the country of that name
    assert state_countries("Calif.") == ["USA"]
    assert state_countries("Punjab") == ["IND", "PAK"]
    assert state_countries("Puerto Rico") == []  # a territory listed as its sovereign's: one place, no namesake
    assert state_countries("Kenya") == []


@pytest.mark.parametrize("text", ["California police arrested a man on Sunday.",
                                  "Ontario police arrested two men on Sunday."])
def test_a_state_or_province_gives_its_police_the_country(pipeline: Pipeline, text: str) -> None:
    police = next(a for a in actors(pipeline, text) if a.kind == "group" and "police" in a.name)
    assert police.country == ("USA" if text.startswith("California") else "CAN")


# -- 3. the article's one country, or its dateline's ---------------------------------------------------------------

def test_a_country_the_article_is_about_still_goes_to_its_people(pipeline: Pipeline) -> None:
    # named in two sentences: the article is set there
    text = ("Protests spread across Brazil on Monday. Maria Santos said the marchers would not go home. "
            "Brazil's government has promised talks.")
    assert named(actors(pipeline, text), "Maria Santos").country == "BRA"
    # named in the person's own sentence
    found = actors(pipeline, "Maria Santos led the march through the streets of Brazil's capital on Monday.")
    assert named(found, "Maria Santos").country == "BRA"


def test_police_take_the_one_country_of_the_article(pipeline: Pipeline) -> None:
    text = ("A fire destroyed a warehouse near the port of Piraeus in Greece on Sunday. No one was hurt. "
            "Police said the cause was not known.")
    police = next(a for a in actors(pipeline, text) if a.kind == "group" and "olice" in a.name)
    assert police.country == "GRC"


def test_the_dateline_gives_the_country_and_no_name(pipeline: Pipeline) -> None:
    found = actors(pipeline, "ISTANBUL -- Ahmet Yilmaz, a shop owner, said on Monday that sales had fallen by half.")
    assert named(found, "Ahmet Yilmaz").country == "TUR"
    found = actors(pipeline, "WASHINGTON - Senator Tom Harkin criticized the plan on Monday, an aide said.")
    assert not any("WASHINGTON" in m.text for a in found for m in a.mentions)
    assert named(found, "Tom Harkin").country == "USA"


# -- 4. a dateline is no part of a name ---------------------------------------------------------------------------

def test_a_dateline_is_never_part_of_an_actor_mention(pipeline: Pipeline) -> None:
    text = "WHITE HOUSE - Congressional Democratic Party leaders met the president on Tuesday to discuss the budget."
    found = actors(pipeline, text)
    assert not any("WHITE HOUSE" in m.text for a in found for m in a.mentions)
    assert any(a.name == "Congressional Democratic Party" for a in found)


def test_an_acronym_before_a_hyphen_is_no_dateline(pipeline: Pipeline) -> None:
    found = actors(pipeline, "NATO - The alliance said on Monday it would send more ships to the region.")
    assert any(a.name == "NATO" for a in found)


def test_lowercase_words_name_no_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Let us hope the police find him, said the mother of a male co-worker.")
    assert not any(a.kind == "country" for a in found)
    assert all(a.country is None for a in found)


# -- 5. places ----------------------------------------------------------------------------------------------------

def test_a_city_of_kosovo_is_kosovo(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Police in Pristina arrested two men on Monday.")
    assert next(a for a in found if a.kind == "group" and a.name == "Police").country == "XKX"
    found = actors(pipeline, "Pristina protested against the decision on Monday.")
    assert any(a.kind == "country" and a.country == "XKX" for a in found)


def test_headline_words_and_link_slugs_are_no_persons(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Suspended Worker Kills 2 Women in Factory Shooting")
    assert not any(a.kind == "person" for a in found)
    found = actors(pipeline, "Read more: Peter-Capaldi-Takes-Over-Doctor-Who-Tardis-Stephen-Fry-Congrats")
    assert not any(a.kind == "person" and "-" in a.name for a in found)
    found = actors(pipeline, "Opposition leader Maulana Fazl-ur-Rehman led the rally in Islamabad.")
    assert any(a.kind == "person" and "Fazl-ur-Rehman" in a.name for a in found)
    found = actors(pipeline, "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received the envoy on Monday.")
    assert any(a.kind == "person" and a.name.endswith("Al-Sabah") for a in found)
    found = actors(pipeline, "Prosecutors said William Pritchard 3rd fled the scene.")
    assert any(a.kind == "person" and a.name == "William Pritchard 3rd" for a in found)


def test_a_country_spacy_reads_as_a_building_is_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The Vatican offered to mediate between Russia and Ukraine.")
    assert any(a.kind == "country" and a.country == "VAT" for a in found)
