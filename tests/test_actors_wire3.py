"""Actors on wire copy (issue 13): honorifics are no people, two ministries are two bodies, a state's bodies named
bare are those of the country the story is filed from, and a one-word dictionary name is not someone the article
names in full by another name."""

from __future__ import annotations

import pytest
from helpers import actors, events

from dragoman.pipeline import Pipeline


@pytest.mark.parametrize("text, name", [
    ("The letter was handed over by Ambassador Dr. Omar Al-Hashimi on Monday.", "Omar Al-Hashimi"),
    ("Health Minister Dr. Lina Haddad opened the clinic.", "Lina Haddad"),
    ("Gen. Tomas Ruiz, the army chief, met Mr. Arnold Becker.", "Tomas Ruiz"),
])
def test_an_honorific_before_a_name_is_no_person(pipeline: Pipeline, text: str, name: str) -> None:
    people = [a.name for a in actors(pipeline, text) if a.kind == "person"]
    assert name in people
    assert not [p for p in people if p.rstrip(".") in ("Dr", "Gen", "Mr")], people


def test_an_honorific_keeps_the_title_and_country_before_it(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Jordanian Ambassador to Egypt Dr. Omar Al-Hashimi met the minister.")
    person = next(a for a in found if a.kind == "person")
    assert (person.name, person.country) == ("Omar Al-Hashimi", "JOR")


def test_two_ministries_named_bare_are_two_bodies(pipeline: Pipeline) -> None:
    text = "The Interior Ministry said 14 suspects were held. The Defense Ministry said two soldiers were killed."
    bodies = sorted(a.name for a in actors(pipeline, text) if a.kind == "organization")
    assert bodies == ["Defense Ministry", "Interior Ministry"]


def test_the_same_ministry_named_twice_is_one_body(pipeline: Pipeline) -> None:
    text = "The Foreign Ministry summoned the envoy. The Foreign Ministry later issued a statement."
    assert [a.name for a in actors(pipeline, text) if a.kind == "organization"] == ["Foreign Ministry"]


FILED = ("ANKARA (AA) - Security forces detained 14 suspects in raids, the Interior Ministry said on Wednesday.\n\n"
         "Interior Minister Ali Demirci said the suspects had links to a group the United States and Iraq also "
         "list as terrorist. Turkish police seized weapons. Türkiye has been attacked by the group before.")


def test_a_states_bodies_named_bare_are_the_dateline_countrys(pipeline: Pipeline) -> None:
    by_name = {a.name: a.country for a in actors(pipeline, FILED)}
    assert by_name["Interior Ministry"] == "TUR"


def test_a_bare_ministry_in_a_story_about_another_country_is_not_the_datelines(pipeline: Pipeline) -> None:
    text = ("SEOUL, Nov. 28 (Yonhap) -- North Korea fired a missile on Thursday, South Korea's military said. "
            "The foreign ministry said in a statement carried by the North's state media that Pyongyang would "
            "answer the drills of the United States. North Korea has fired dozens of missiles this year.")
    by_name = {a.name: a.country for a in actors(pipeline, text)}
    assert by_name.get("foreign ministry", by_name.get("Foreign Ministry")) != "KOR"


def test_an_official_named_bare_is_not_given_the_dateline_country(pipeline: Pipeline) -> None:
    # officials travel: the visiting minister in a story filed from Beijing is not China's
    text = ("BEIJING, May 6 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks on Monday with visiting Foreign "
            "Minister Ahmed Hassan. The Foreign Ministry said Egypt and China will hold a summit next year.")
    by_name = {a.name: a.country for a in actors(pipeline, text)}
    assert by_name["Ahmed Hassan"] != "CHN"
    assert by_name["Foreign Ministry"] == "CHN"


def test_a_one_word_dictionary_name_is_not_a_person_named_in_full_otherwise(pipeline: Pipeline) -> None:
    # the actor dictionary's HASSAN is Jordan's prince; "Ahmed Hassan ... Hassan" is someone else
    found = actors(pipeline, "Ahmed Hassan met the envoy on Monday. Hassan said the talks went well.")
    person = next(a for a in found if a.kind == "person")
    assert (person.name, person.country) == ("Ahmed Hassan", None)


def test_a_one_word_dictionary_name_still_finds_the_person_it_names(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Egyptian President Hosni Mubarak met the envoy. Mubarak said talks went well.")
    person = next(a for a in found if a.kind == "person")
    assert person.country == "EGY" and len(person.mentions) == 2


def test_without_the_dateline_country_in_the_text_bare_bodies_stay_unknown(pipeline: Pipeline) -> None:
    # filed from Geneva about others: the dateline's country is nobody's in the story
    text = ("GENEVA (AP) - The Foreign Ministry said talks would resume, after the United States and Iran "
            "exchanged prisoners.")
    by_name = {a.name: a.country for a in actors(pipeline, text)}
    assert by_name["Foreign Ministry"] is None


def test_an_abbreviation_defined_in_brackets_is_the_body_wherever_it_recurs(pipeline: Pipeline) -> None:
    text = ("South Korea's Joint Chiefs of Staff (JCS) said the North fired a missile.\n\n"
            "The JCS said the missile flew 600 kilometers.")
    (body,) = [a for a in actors(pipeline, text) if a.kind == "organization"]
    assert [m.text for m in body.mentions][-1] == "JCS" and len(body.mentions) >= 3


def test_a_body_the_speaker_calls_ours_is_of_the_speakers_country(pipeline: Pipeline) -> None:
    text = ("\"Our military strongly condemns the launch as a provocation,\" South Korea's Joint Chiefs of Staff "
            "said on Thursday.")
    by_name = {a.name: a.country for a in actors(pipeline, text)}
    assert by_name["military"] == "KOR"


@pytest.mark.parametrize("text, name, country", [
    ("Japan recalled its ambassador, Koji Tanaka, from Beijing.", "Koji Tanaka", "JPN"),
    ("Japan recalled its ambassador Koji Tanaka from Beijing.", "Koji Tanaka", "JPN"),
    ("France said its envoy, Joel Mercer, had been told to leave Mali.", "Joel Mercer", "FRA"),
    ("Russia's foreign ministry said its ambassador, Oleg Ivanov, was summoned.", "Oleg Ivanov", "RUS"),
])
def test_a_states_own_office_named_with_its_is_of_that_state(pipeline: Pipeline, text: str, name: str,
                                                             country: str) -> None:
    assert {a.name: a.country for a in actors(pipeline, text)}[name] == country


def test_a_company_s_officer_named_with_its_takes_no_country(pipeline: Pipeline) -> None:
    by_name = {a.name: a.country for a in actors(pipeline, "The company said its chief executive, Tom Burns, "
                                                           "resigned in Paris.")}
    assert by_name["Tom Burns"] in (None, "FRA")  # the place may give it, "its" does not


@pytest.mark.parametrize("text", [
    "France has about 4,300 troops in the Sahel region.",
    "Fighting spread to the Tigray region on Monday.",
])
def test_a_name_before_a_region_noun_is_a_place_not_a_person(pipeline: Pipeline, text: str) -> None:
    assert not [a.name for a in actors(pipeline, text) if a.kind == "person"]


def test_an_envoy_named_bare_does_not_inherit_the_articles_country(pipeline: Pipeline) -> None:
    text = "Estonia summoned the envoy. The envoy, Ambassador Pavel Orlov, was handed a protest note."
    by_name = {a.name: a.country for a in actors(pipeline, text)}
    assert by_name["Pavel Orlov"] is None


def test_a_style_inside_a_title_still_joins_the_title_to_the_name(pipeline: Pipeline) -> None:
    text = ("President His Highness Sheikh Khalid bin Hamad Al Mansour today received Ilham Aliyev, President of "
            "the Republic of Azerbaijan.")
    found = [e for e in events(pipeline, text) if e.type == "CONSULT"]
    assert found and [p.name for p in found[0].source] == ["Khalid bin Hamad Al Mansour"]


def test_a_dictionary_name_with_the_family_name_after_it_is_that_person(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Mohamed bin Zayed Al Nahyan received the envoy on Monday.")
    person = next(a for a in found if a.kind == "person")
    assert person.country == "ARE" and "Mohamed bin Zayed Al Nahyan" in person.aliases


def test_sheikh_and_a_first_name_is_the_ruler_named_in_full(pipeline: Pipeline) -> None:
    text = "Sheikh Khalid bin Hamad Al Mansour received the envoy. Sheikh Khalid said the talks went well."
    (person,) = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert len(person.mentions) == 2


def test_sheikh_and_a_first_name_two_rulers_share_stays_apart(pipeline: Pipeline) -> None:
    text = "Sheikh Khalid bin Hamad met Sheikh Khalid bin Saud in Doha. Sheikh Khalid said the talks went well."
    people = [len(a.mentions) for a in actors(pipeline, text) if a.kind == "person" and " bin " in a.name]
    assert people == [1, 1]


@pytest.mark.parametrize("text, name, country", [
    # other countries named, so that no single country of the text lends the holder one
    ("Chinese Foreign Ministry spokesperson Lin Wei said Japan and Vietnam ignored the warnings.", "Lin Wei", "CHN"),
    ("Kremlin spokesman Pavel Orlov said talks with Ukraine and France had stalled.", "Pavel Orlov", "RUS"),
    ("Lebanese Minister of Social Affairs Karim Haddad thanked Qatar and Kuwait.", "Karim Haddad", "LBN"),
])
def test_a_title_naming_a_body_gives_its_holder_the_bodys_country(pipeline: Pipeline, text: str, name: str,
                                                                  country: str) -> None:
    assert {a.name: a.country for a in actors(pipeline, text)}[name] == country


def test_sayyid_is_an_honorific_not_a_person(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Omani Minister of Interior Sayyid Hamad bin Nasser Al Harthy arrived on Monday.")
    assert [(a.name, a.country) for a in found if a.kind == "person"] == [("Hamad bin Nasser Al Harthy", "OMN")]


@pytest.mark.parametrize("text, country", [
    ("Finland detained a Panamanian-flagged cargo ship on Monday.", "PAN"),
    ("Rebels attacked a Greek-owned tanker in the Red Sea.", "GRC"),
])
def test_a_vessel_flagged_or_owned_by_a_country_is_of_that_country(pipeline: Pipeline, text: str,
                                                                   country: str) -> None:
    assert [a.country for a in actors(pipeline, text) if a.kind == "group" and "-" in a.name] == [country]


def test_the_kingdom_is_the_one_kingdom_the_article_names(pipeline: Pipeline) -> None:
    text = "Jordan condemned the raid on Monday. The Kingdom called on Iran and Iraq to show restraint."
    requests = [e for e in events(pipeline, text) if e.type == "REQUEST"]
    assert requests and {p.country for p in requests[0].source} == {"JOR"}


def test_the_kingdom_with_two_kingdoms_named_is_neither(pipeline: Pipeline) -> None:
    text = "Jordan and Morocco signed a deal. The kingdom called on Iran to show restraint."
    requests = [e for e in events(pipeline, text) if e.type == "REQUEST"]
    assert not [p for e in requests for p in e.source if p.country in ("JOR", "MAR")]


def test_an_international_bodys_official_named_with_its_title_takes_no_country(pipeline: Pipeline) -> None:
    text = "U.N. Secretary-General Kofi Annan announced on Tuesday that he will pull aid workers out of Iraq."
    assert {a.name: a.country for a in actors(pipeline, text) if a.kind == "person"} == {"Kofi Annan": None}
