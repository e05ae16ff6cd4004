"""Actor recognition: titles give role, country and sector; possessive countries and adjectives before
a title; nationality adjectives on common nouns as event participants."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import actors

from dragoman.model import Actor
from dragoman.pipeline import Pipeline


def person(pipeline: Pipeline, text: str, name: str) -> Actor:
    (found,) = [a for a in actors(pipeline, text) if a.name == name]
    return found


def test_title_and_nationality_before_a_name(pipeline: Pipeline) -> None:
    saddam = person(pipeline, "Iraqi President Saddam Hussein arrived in Amman.", "Saddam Hussein")
    assert (saddam.kind, saddam.country, saddam.sector) == ("person", "IRQ", "GOV")
    assert [r.title for r in saddam.roles] == ["President"]


def test_title_in_apposition(pipeline: Pipeline) -> None:
    kim = person(pipeline, "Kim Chol-won, the Chief Prosecutor of North Korea, spoke.", "Kim Chol-won")
    assert (kim.country, kim.sector) == ("PRK", "JUD")


def test_possessive_country_and_adjectives_before_a_title(pipeline: Pipeline) -> None:
    text = "Iran's religious leader Ayatollah Ruhollah Khomeini rejected the plan."
    khomeini = person(pipeline, text, "Ayatollah Ruhollah Khomeini")
    assert khomeini.country == "IRN" and [r.title for r in khomeini.roles] == ["leader"]
    hrawi = person(pipeline, "Lebanon's new President Elias Hrawi spoke.", "Elias Hrawi")
    assert hrawi.country == "LBN" and [r.title for r in hrawi.roles] == ["President"]


def test_former_holder(pipeline: Pipeline) -> None:
    text = "Former President Ahmed Ben Bella spoke in Algiers."
    (ben_bella,) = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert ben_bella.roles and not ben_bella.roles[0].current


def test_nationality_adjective_is_a_country_actor(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Hungarian officials met Romanian diplomats.")
    assert {a.id for a in found if a.kind == "country"} == {"HUN", "ROU"}


def country_of(pipeline: Pipeline, text: str, name: str) -> str | None:
    (found,) = [a for a in actors(pipeline, text) if a.name == name]
    return found.country


def test_a_demonym_cut_in_two_is_one_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Security forces in Guinea have tortured scores of Sierra Leonean refugees.")
    assert "SLE" in {a.country for a in found if a.kind == "country"}
    assert not [a for a in found if a.name == "Sierra"]


def test_a_country_name_tagged_as_a_person_is_the_country(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Benin opened its borders today, Benin police said.")
    assert [(a.kind, a.country) for a in found if a.name == "Benin"] == [("country", "BEN")]


def test_titled_people_take_the_only_country_the_article_names(pipeline: Pipeline) -> None:
    text = "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan."
    assert country_of(pipeline, text, "Askar Akayev") == "KGZ"
    text = "A newspaper based in Beirut has violated a ban by General Michel Aoun."
    assert country_of(pipeline, text, "Michel Aoun") == "LBN"  # a city names its country


def test_the_counterpart_country_is_not_inherited(text_only: Pipeline) -> None:
    text = "President Bush has threatened further action against Russia."
    assert country_of(text_only, text, "Bush") is None
    text = "President Francois Mitterand gave a warm welcome to South African leader F.W. de Klerk."
    assert country_of(text_only, text, "Francois Mitterand") is None
    assert country_of(text_only, "President Bush met Putin in Moscow.", "Bush") is None  # the venue


def test_international_officials_and_bodies_take_no_country(pipeline: Pipeline) -> None:
    text = "Arab League Secretary-General Chedli Klibi urged the European Community to support the PLO."
    assert country_of(pipeline, text, "Chedli Klibi") is None
    text = "The US on Thursday rejected calls by Kofi Annan, UN secretary-general, to adopt reforms."
    assert country_of(pipeline, text, "Kofi Annan") is None
    text = "Members of the Association of African Jurists investigated the welfare of 2,000 Libyans."
    assert country_of(pipeline, text, "Association of African Jurists") is None


def test_organization_countries(pipeline: Pipeline) -> None:
    # the organization table, a city in an institution's name, a possessive country before the name
    assert country_of(pipeline, "The UNITA militarist wing refused to allow the planes to land.", "UNITA") == "AGO"
    text = "Doctors delivered goods to Baghdad University Medical School."
    assert country_of(pipeline, text, "Baghdad University Medical School") == "IRQ"
    text = "The Ivory Coast's Supreme Court decided to allow the candidate to run."
    assert country_of(pipeline, text, "Supreme Court") == "CIV"


def test_title_set_off_by_a_comma(pipeline: Pipeline) -> None:
    text = "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on Saturday."
    assert country_of(pipeline, text, "Hamad bin Khalifa al-Thani") == "QAT"


# -- a person's country from the text, and how it was found (sentences written for these tests) ----------------


def found(pipeline: Pipeline, text: str, name: str) -> tuple[str | None, str | None]:
    (actor,) = [a for a in actors(pipeline, text) if a.name == name]
    return actor.country, actor.to_dict()["country_basis"]


def test_title_of_a_country_before_the_name(text_only: Pipeline) -> None:
    text = "Defence Minister of Estonia Hanno Pevkur visited the base."
    assert found(text_only, text, "Hanno Pevkur") == ("EST", "title")


def test_title_in_apposition_after_the_name(text_only: Pipeline) -> None:
    text = "Gertrude Torkornoo, the chief justice of Ghana, swore in the new ministers."
    assert found(text_only, text, "Gertrude Torkornoo") == ("GHA", "appositive")


def test_the_post_is_about_another_country(text_only: Pipeline) -> None:
    text = "Peter Mutua, Kenya's ambassador to Norway, met business leaders in Oslo."
    assert found(text_only, text, "Peter Mutua") == ("KEN", "appositive")


def test_possessive_country_before_a_name_without_title(text_only: Pipeline) -> None:
    assert found(text_only, "Russia's Sergei Shoigu visited a farm.", "Sergei Shoigu") == ("RUS", "nationality")
    assert found(text_only, "Russian Sergei Shoigu visited a farm.", "Sergei Shoigu") == ("RUS", "nationality")


def test_member_of_a_party_with_a_country(text_only: Pipeline) -> None:
    text = "Senator Ana Lima of the Workers' Party of Brazil criticized the plan."
    assert found(text_only, text, "Ana Lima") == ("BRA", "appositive")


def test_born_somewhere_is_not_a_country(text_only: Pipeline) -> None:
    assert found(text_only, "Somali-born Ilhan Omar spoke in Minneapolis.", "Ilhan Omar")[0] is None
    assert found(text_only, "Farid Haddad, a Lebanese-born engineer, was freed.", "Farid Haddad")[0] is None


def test_organizations_and_their_country(text_only: Pipeline) -> None:
    kpa = found(text_only, "The Korean People's Army tested a rocket.", "Korean People's Army")
    assert kpa == ("PRK", "dictionary")
    assert found(text_only, "The Laotian Revolutionary Party met.", "Laotian Revolutionary Party") == ("LAO", "name")
    assert found(text_only, "The German Defence Ministry denied it. The ministry said no more.",
                 "German Defence Ministry") == ("DEU", "name")


def test_inherited_country_says_so(text_only: Pipeline) -> None:
    text = "Ousted President Askar Akayev fled to Moscow, leaving Kyrgyzstan in turmoil."
    assert found(text_only, text, "Askar Akayev") == ("KGZ", "inherited")


def test_dictionary_country_says_so(pipeline: Pipeline) -> None:
    assert found(pipeline, "Sergei Lavrov spoke on Monday.", "Sergey Lavrov") == ("RUS", "dictionary")


def test_an_abbreviation_in_brackets_is_the_organization(text_only: Pipeline) -> None:
    text = "The Revolutionary United Front (RUF) freed the hostages. The RUF said more would follow."
    (front,) = [a for a in actors(text_only, text) if "RUF" in a.aliases]
    assert front.name == "Revolutionary United Front" and len(front.mentions) == 3


def test_a_long_form_and_its_foreign_abbreviation(pipeline: Pipeline) -> None:
    text = "Doctors Without Borders (MSF) closed its clinic. MSF blamed the shelling."
    (msf,) = [a for a in actors(pipeline, text) if "MSF" in a.aliases]
    assert msf.name == "Doctors Without Borders" and msf.country is None


NOT_ACTORS = [
    # headline fragments and common nouns capitalized in a headline
    ("Lula Receives Delegation From Angola\n\nBrazilian President Luiz Inacio Lula da Silva received a delegation "
     "from Angola in Brasilia on Monday.", {"Lula Receives Delegation", "Lula Receives Delegation From Angola",
                                            "Delegation"}),
    ("Rebels Seize Border Town, Army Says\n\nRebels seized a border town in eastern Congo on Sunday, the army said.",
     {"Border Town", "Army Says", "Rebels Seize Border Town"}),
    ("Finance Ministry Announces New Budget Measures\n\nThe Kenyan Finance Ministry announced new budget measures in "
     "Nairobi on Monday.",
     {"New Budget Measures", "Budget Measures", "Finance Ministry Announces New Budget Measures"}),
    # words of titles and offices
    ("The Foreign Office said on Tuesday that the British ambassador had been summoned to Tehran. Foreign Minister "
     "Lavrov met his counterpart in Beijing.", {"Foreign", "Office", "Minister"}),
    # page furniture
    ("Share this article\nSign up for our newsletter\n\nIsraeli Prime Minister Benjamin Netanyahu met U.S. envoy "
     "Steve Witkoff in Jerusalem on Monday.\n\nFollow us on Facebook and X. Read more: Gaza talks stall.",
     {"Follow", "Facebook", "Read", "Share", "Sign", "X"}),
]


@pytest.mark.parametrize(("text", "not_names"), NOT_ACTORS)
def test_headline_fragments_title_words_and_page_furniture_are_not_actors(
        pipeline: Pipeline, text: str, not_names: set[str]) -> None:
    found = actors(pipeline, text)
    assert not {a.name for a in found} & not_names
    assert not {alias for a in found for alias in a.aliases} & not_names
    assert {a.kind for a in found} & {"person", "organization", "group"}  # the article's actors are still found


def test_a_ministry_named_in_the_headline_and_the_body_is_one_actor(text_only: Pipeline) -> None:
    found = actors(text_only, "Finance Ministry Announces New Budget Measures\n\nThe Kenyan Finance Ministry "
                              "announced new budget measures on Monday. The ministry said the measures start in July.")
    ministries = [a for a in found if "Ministry" in a.name]
    assert len(ministries) == 1 and ministries[0].country == "KEN"


def test_a_counterpart_takes_the_country_before_it(text_only: Pipeline) -> None:
    found = actors(text_only, "Foreign Minister Ivan Horvat of Croatia met his Chilean counterpart Pedro Soto in "
                              "Zagreb on Monday.")
    soto = next(a for a in found if a.name == "Pedro Soto")
    assert (soto.country, soto.country_basis, soto.roles) == ("CHL", "nationality", [])


def test_the_title_of_a_country_set_off_by_a_comma(text_only: Pipeline) -> None:
    found = actors(text_only, "The Finance Minister of Peru, Jose Arista, met Chilean officials in Lima.")
    arista = next(a for a in found if a.name == "Jose Arista")
    assert (arista.country, arista.country_basis) == ("PER", "title")
    found = actors(text_only, "After talks in Peru, Jose Arista flew to Santiago.")
    assert next(a for a in found if a.name == "Jose Arista").country_basis != "title"


def test_a_lone_surname_of_two_people_stays_apart_unless_its_title_says_which(text_only: Pipeline) -> None:
    found = actors(text_only, "Governor Michael Dunn arrived with his wife, Sarah Dunn, in Denver on Monday. "
                              "On Tuesday, Dunn told reporters the trip was private.")
    michael = next(a for a in found if a.name == "Michael Dunn")
    sarah = next(a for a in found if a.name == "Sarah Dunn")
    assert [m.text for m in sarah.mentions] == ["Sarah Dunn"]  # the nearer full name is not taken
    assert "Dunn" not in [m.text for m in michael.mentions]
    assert any(a.name == "Dunn" for a in found)
    found = actors(text_only, "Governor Michael Dunn arrived with his wife, Sarah Dunn, in Denver on Monday. "
                              "On Tuesday, Governor Dunn told reporters the trip was private.")
    michael = next(a for a in found if a.name == "Michael Dunn")
    assert "Dunn" in [m.text for m in michael.mentions]  # his title says which
    assert not any(a.name == "Dunn" for a in found)


def test_a_lone_surname_of_one_person_joins_him(text_only: Pipeline) -> None:
    found = actors(text_only, "Governor Michael Dunn arrived in Denver on Monday. On Tuesday, Dunn told reporters "
                              "the trip was private.")
    (michael,) = [a for a in found if a.kind == "person"]
    assert [m.text for m in michael.mentions] == ["Michael Dunn", "Dunn"]


def test_a_titled_lone_surname_takes_the_country_of_the_one_dictionary_person(pipeline: Pipeline) -> None:
    # FUMIO_KISHIDA is the shipped dictionary's only person of that family name; its post there ended in 2008,
    # but every code it has says JPN.
    kishida = person(pipeline, "Prime Minister Kishida said on Monday that the talks would continue.", "Kishida")
    assert (kishida.country, kishida.country_basis) == ("JPN", "dictionary")
    # Dozens of entries are named Kim: no country from the name.
    kim = person(pipeline, "President Kim said on Monday that the talks would continue.", "Kim")
    assert kim.country is None


def test_a_lone_surname_without_a_title_takes_no_dictionary_country(pipeline: Pipeline) -> None:
    # Nothing in the article names Japan (with "in Tokyo" it would: tests/test_actors_general_news.py)
    found = actors(pipeline, "The talks would continue, Kishida told reporters on Monday.")
    assert not any(a.country == "JPN" and a.country_basis == "dictionary" and a.name == "Kishida" for a in found)


def test_a_person_takes_the_country_of_the_dictionary_entry_spelling_the_name_otherwise(pipeline: Pipeline) -> None:
    # The shipped dictionary writes ALYAKSANDR_LUKASHENKA; FUMIO_KISHIDA's only post there ended in 2008.
    lukashenko = person(pipeline, "Alexander Lukashenko said on Monday that the talks would continue.",
                        "Alexander Lukashenko")
    assert (lukashenko.country, lukashenko.country_basis) == ("BLR", "dictionary")
    kishida = person(pipeline, "Fumio Kishida said on Monday that the talks would continue.", "Fumio Kishida")
    assert (kishida.country, kishida.country_basis) == ("JPN", "dictionary")
    # Word for word only: the dictionary's JOHN_HILARY_SMITH is not every John Smith.
    smith = person(pipeline, "John Smith said on Monday that the talks would continue.", "John Smith")
    assert smith.country is None


def test_the_users_dictionary_spells_a_person_too(pipeline: Pipeline, tmp_path: Path) -> None:
    # A user's alias list laid over the shipped dictionaries: its person is found in another spelling, and the
    # shipped dictionaries' persons still are.
    aliases = tmp_path / "people.csv"
    aliases.write_text("name,country\nOlena Kovalchuk,UKR\n", encoding="utf-8")
    layered = Pipeline(pipeline.parser, knowledge_files=[aliases])
    found = actors(layered, "Elena Kovalchuk and Alexander Lukashenko met on Monday in Minsk to discuss trade.")
    countries = {a.name: (a.country, a.country_basis) for a in found if a.kind == "person"}
    assert countries.get("Elena Kovalchuk") == ("UKR", "dictionary")
    assert countries.get("Alexander Lukashenko") == ("BLR", "dictionary")


def test_the_leaders_of_a_body_are_that_body(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The rebels seized the airport. Rebel commanders later met government officials, "
                             "and the government promised talks.")
    groups = {a.id: a for a in found if a.kind == "group"}
    assert {"grp-rebel", "grp-government"} <= set(groups)
    assert "commanders" not in " ".join(groups)  # no separate party for the commanders or the officials
    assert {"rebels", "Rebel commanders"} <= set(groups["grp-rebel"].aliases)
    assert {"government officials"} <= set(groups["grp-government"].aliases)


@pytest.mark.parametrize(("text", "name", "title", "sector"), [
    ("Alaska Gov. Sarah Palin met the singer on Monday.", "Sarah Palin", "Governor", "GOV"),
    ("Sen. John Smithers met the singer on Monday.", "John Smithers", "Senator", "GOV"),
])
def test_an_abbreviated_title_is_the_title(pipeline: Pipeline, text: str, name: str, title: str, sector: str) -> None:
    found = person(pipeline, text, name)
    assert [r.title for r in found.roles] == [title] and found.sector == sector
