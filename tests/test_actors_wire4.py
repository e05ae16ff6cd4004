"""Actors on wire copy (issue 13), four constructions of Gulf, Turkish, Russian and Chinese wires: a title after the
name gives the country of the body it is at (not the place a post abroad serves), an armed group's fighters take the
group's country, a long Arab name is one person, and a dictionary name spelled with the family's name after it has
one mention, not two overlapping ones."""

from __future__ import annotations

import pytest
from helpers import actors

from dragoman.model import Actor
from dragoman.pipeline import Pipeline


def _person(pipeline: Pipeline, text: str, name: str) -> Actor:
    found = actors(pipeline, text)
    people = [a for a in found if a.kind == "person"]
    match = [a for a in people if a.name == name]
    assert match, [a.name for a in people]
    return match[0]


@pytest.mark.parametrize("text, name, country", [
    # the title's body is hung on the name by the parser ("at the ... Ministry"), not on the title
    ("Rashid Al Ketbi, Assistant Minister for Economic Affairs at the UAE Ministry of Foreign Affairs, said the "
     "grant would reach Sudan and Chad.", "Rashid Al Ketbi", "ARE"),
    ("Fatima Al Zaabi, Director of the Department of Strategic Affairs at the Emirati Ministry of Defence, received "
     "a delegation from Pakistan.", "Fatima Al Zaabi", "ARE"),
    ("Mehmet Yilmaz, undersecretary at the Turkish Ministry of Trade, signed a deal with Azerbaijan on Monday.",
     "Mehmet Yilmaz", "TUR"),
    ("Nasser Al Mansouri, Undersecretary of the Saudi Ministry of Interior, met the British ambassador.",
     "Nasser Al Mansouri", "SAU"),
    # a post abroad: the nationality is the person's, the place the post serves is not
    ("Hamad Al-Kuwari, the Qatari envoy to Kuwait, delivered a message to the Kuwaiti crown prince.",
     "Hamad Al-Kuwari", "QAT"),
    ("Zhang Wei, counsellor at the Chinese embassy in Kabul, met Afghan officials.", "Zhang Wei", "CHN"),
    ("Ahmed Yousef, the Egyptian consul general in Jeddah, met Saudi officials.", "Ahmed Yousef", "EGY"),
    # a capital's office after a style title before the name
    ("Sheikh Saif bin Hamdan Al Nahyan, Deputy Ruler of Abu Dhabi, met the Azerbaijani and Georgian ministers.",
     "Saif bin Hamdan Al Nahyan", "ARE"),
])
def test_a_title_after_the_name_gives_the_country_of_its_body(pipeline: Pipeline, text: str, name: str,
                                                              country: str) -> None:
    person = _person(pipeline, text, name)
    assert (person.country, person.country_basis) == (country, "appositive")


def test_the_place_a_post_abroad_serves_is_not_the_holders_country(pipeline: Pipeline) -> None:
    person = _person(pipeline, "Abdullah bin Saeed, the ambassador to Japan, said Tokyo had agreed to the visit.",
                     "Abdullah bin Saeed")
    assert person.country != "JPN"


def test_a_style_of_address_is_not_a_pronoun_of_the_last_person(pipeline: Pipeline) -> None:
    text = ("President Sheikh Khalifa Al Marri received Nursultan Bekov, President of Kazakhstan. His Highness and "
            "the Kazakh President discussed trade.")
    person = _person(pipeline, text, "Nursultan Bekov")
    assert "His" not in [m.text for m in person.mentions]


def test_a_title_joined_to_a_title_is_no_organization(pipeline: Pipeline) -> None:
    text = "Sheikh Saif bin Hamdan, Deputy Ruler of Abu Dhabi and National Security Advisor, met the envoy."
    assert not [a.name for a in actors(pipeline, text) if a.kind == "organization" and "Advisor" in a.name]


def test_a_dictionary_namesake_keeps_the_country_of_its_own_title(pipeline: Pipeline) -> None:
    # the shipped dictionaries know a Nigerian AHMED_ABDULLAH; the text's man heads Egypt's delegation
    person = _person(pipeline, "Ahmed Abdullah, head of the Egyptian delegation to the talks, said Egypt rejected "
                     "the plan.", "Ahmed Abdullah")
    assert person.country == "EGY"


@pytest.mark.parametrize("text, noun, country", [
    ("Hamas fighters clashed with Israeli troops near the border.", "fighters", "PSE"),
    ("Hezbollah fighters fired rockets at an Israeli army post.", "fighters", "LBN"),
    ("Houthi rebels claimed an attack on a British vessel.", "Houthi rebels", "YEM"),
    ("PKK militants ambushed a convoy, killing three soldiers.", "militants", "TUR"),
])
def test_an_armed_groups_fighters_take_its_country(pipeline: Pipeline, text: str, noun: str, country: str) -> None:
    groups = {a.name: a.country for a in actors(pipeline, text) if a.kind == "group"}
    assert groups.get(noun) == country, groups


def test_a_companys_staff_take_no_country_from_it(pipeline: Pipeline) -> None:
    groups = {a.name: a.country for a in actors(pipeline, "Google employees protested outside the office.")
              if a.kind == "group"}
    assert groups.get("employees") is None, groups


@pytest.mark.parametrize("text, name", [
    ("Sheikh Talal Khaled Al-Ahmad Al-Sabah met the Jordanian envoy.", "Talal Khaled Al-Ahmad Al-Sabah"),
    ("Defence Minister Sheikh Nasser Ali Hamad Al-Salem Al-Sabah met the US ambassador.",
     "Nasser Ali Hamad Al-Salem Al-Sabah"),
    ("Prince Abdulaziz bin Saud bin Naif bin Abdulaziz met the French interior minister.",
     "Abdulaziz bin Saud bin Naif bin Abdulaziz"),
    ("Sheikha Noura bint Khalid Al Qasimi visited Paris on Monday.", "Noura bint Khalid Al Qasimi"),
])
def test_a_long_arab_name_is_one_person(pipeline: Pipeline, text: str, name: str) -> None:
    people = [a.name for a in actors(pipeline, text) if a.kind == "person"]
    assert len(people) == 1 and people[0].endswith(name), people


def test_two_arab_names_set_apart_by_a_comma_stay_two(pipeline: Pipeline) -> None:
    text = "Sheikh Talal Khaled Al-Sabah, Saud bin Naif and the envoy attended."
    people = sorted(a.name for a in actors(pipeline, text) if a.kind == "person")
    assert len(people) == 2, people


@pytest.mark.parametrize("text", [
    "UAE President Sheikh Mohamed bin Zayed Al Nahyan received the Emir of Qatar. Mohamed bin Zayed said ties "
    "were strong.",
    "President His Highness Sheikh Mohamed bin Zayed Al Nahyan met the King of Bahrain. Sheikh Mohamed bin Zayed "
    "praised the king.",
])
def test_a_dictionary_name_with_the_family_name_after_is_one_mention(pipeline: Pipeline, text: str) -> None:
    people = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert len(people) == 1
    spans = sorted((m.start, m.end) for m in people[0].mentions)
    assert all(b[0] >= a[1] for a, b in zip(spans, spans[1:], strict=False)), spans
    assert len(spans) == 2


def test_two_offices_before_a_long_name_give_one_titled_person(pipeline: Pipeline) -> None:
    text = ("Qatar's Deputy Prime Minister and Minister of State Sheikh Jabor Hamad Nasser Al-Thani received the "
            "Omani ambassador on Monday.")
    people = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert [(a.name, a.country) for a in people] == [("Jabor Hamad Nasser Al-Thani", "QAT")]


def test_a_partner_conjoined_with_the_person_gives_no_country(pipeline: Pipeline) -> None:
    # the only country the story names is the guest's: the host, who discussed with him, is not of it
    text = ("Sheikh Khalid bin Saif Al Marri, Minister of State, received Elif Kaya, Minister of Trade of the "
            "Republic of Turkiye. Sheikh Khalid bin Saif and Kaya discussed trade.")
    host = _person(pipeline, text, "Khalid bin Saif Al Marri")
    assert host.country != "TUR"


def test_a_title_held_at_the_body_named_before_gives_its_country(pipeline: Pipeline) -> None:
    text = ("The Belarusian Foreign Ministry summoned the envoy. Olga Petrenko, the ministry's spokeswoman, said the "
            "talks with Poland and Lithuania had failed.")
    person = _person(pipeline, text, "Olga Petrenko")
    assert (person.country, person.country_basis) == ("BLR", "appositive")


def test_a_charge_daffaires_is_a_title(pipeline: Pipeline) -> None:
    person = _person(pipeline, "Jordanian Charge d'Affaires Sami Haddad met the minister in Doha.", "Sami Haddad")
    assert person.country == "JOR"


@pytest.mark.parametrize("text, noun, country", [
    ("PKK terrorists killed two village guards in the province.", "terrorists", "TUR"),
    ("Taliban gunmen attacked a checkpoint near the border.", "gunmen", "AFG"),
])
def test_an_armed_groups_gunmen_take_its_country(pipeline: Pipeline, text: str, noun: str, country: str) -> None:
    groups = {a.name: a.country for a in actors(pipeline, text) if a.kind == "group"}
    assert groups.get(noun) == country, groups


def test_a_name_described_as_a_body_is_no_person(pipeline: Pipeline) -> None:
    text = "Liwa Saraya al-Haqq, an Iraqi militia, claimed a drone attack on a base in Syria."
    found = {a.name: a.kind for a in actors(pipeline, text)}
    assert "person" not in found.values(), found


def test_a_person_described_as_a_member_stays_a_person(pipeline: Pipeline) -> None:
    person = _person(pipeline, "Tariq Nasser, a member of the group, said the talks failed.", "Tariq Nasser")
    assert person.kind == "person"


def test_fighters_of_a_force_take_its_country(pipeline: Pipeline) -> None:
    text = ("Sudan's Rapid Support Forces shelled the city. Fighters of the Rapid Support Forces looted a market, "
            "witnesses said, as Chad closed the border.")
    groups = {a.name: a.country for a in actors(pipeline, text) if a.kind == "group"}
    assert groups.get("Fighters") == "SDN", groups


def test_a_country_named_only_as_other_officials_is_not_inherited(pipeline: Pipeline) -> None:
    # the story names Iran and Germany only as the guests' countries; the hosts are of the dateline's Oman
    text = ("MUSCAT, Feb 20 (ONA) -- Sayyid Talib bin Majid Al Busaidi, Minister of Commerce, received in his office "
            "today Reza Karimi, Minister of Industry of Iran. The two ministers discussed trade.\n\n"
            "Separately, Sheikh Salim bin Nasser Al Harthy, Undersecretary at the Ministry, met Jonas Keller, the "
            "German ambassador to the Sultanate.")
    by_name = {a.name: a.country for a in actors(pipeline, text) if a.kind == "person"}
    assert by_name["Talib bin Majid Al Busaidi"] == "OMN", by_name
    assert by_name["Salim bin Nasser Al Harthy"] == "OMN", by_name
    assert by_name["Jonas Keller"] == "DEU"


def test_an_arab_family_name_with_its_article_apart_is_the_person(pipeline: Pipeline) -> None:
    text = "Sheikh Nasser bin Saud Al Ghanim met the envoy. Al Ghanim said the talks went well."
    people = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 2, [(a.name, a.mentions) for a in people]


def test_the_body_a_person_meets_gives_no_country_to_another_host(pipeline: Pipeline) -> None:
    text = ("RIYADH, Oct 3 (SPA) -- Prince Khalid bin Fahd bin Abdulaziz, Minister of Defense, received in Riyadh "
            "today General John Carter, Commander of the US Central Command.\n\n"
            "Fahd bin Nasser bin Mutlaq Al Otaibi, Speaker of the Shura Council, met a delegation of the Italian "
            "Senate.")
    by_name = {a.name: a.country for a in actors(pipeline, text) if a.kind == "person"}
    assert by_name["Khalid bin Fahd bin Abdulaziz"] == "SAU", by_name


def test_a_state_bodys_spokesperson_named_bare_is_of_the_country_the_story_is_filed_from(pipeline: Pipeline) -> None:
    text = ("MOSCOW, March 4 (TASS) -- Russia will answer any new sanctions, Foreign Ministry Spokeswoman Maria "
            "Zakharova told a briefing on Tuesday.\n\nShe accused Britain and Germany of arming Ukraine. Moscow "
            "summoned the German ambassador, the Russian Foreign Ministry said.")
    (spokeswoman,) = [a for a in actors(pipeline, text) if a.name == "Maria Zakharova"]
    assert spokeswoman.country == "RUS"


@pytest.mark.parametrize("text", [
    "Foreign Minister Wang Yi held talks with visiting Foreign Minister Ahmed Hassan of Sudan in Beijing on Tuesday.",
    "President Ahmed Hassan of Sudan met Chinese Foreign Minister Wang Yi in Beijing.",
])
def test_an_of_country_after_a_persons_name_is_the_country_of_the_office(pipeline: Pipeline, text: str) -> None:
    (minister,) = [a for a in actors(pipeline, text) if a.name == "Ahmed Hassan"]
    assert minister.country == "SDN"


def test_a_mixed_case_abbreviation_of_a_bodys_initials_is_the_body(pipeline: Pipeline) -> None:
    text = ("The Ministry of Foreign Affairs (MoFA) condemned the attack on Monday.\n\n"
            "A MoFA statement later called for calm.")
    bodies = [a for a in actors(pipeline, text) if a.kind == "organization"]
    assert [(a.name, len(a.mentions)) for a in bodies] == [("Ministry of Foreign Affairs", 3)]
