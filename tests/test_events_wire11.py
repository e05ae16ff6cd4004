"""Wire constructions the coder missed or misread (issue 13, session 33): blame a speaker lays by saying what a party
does or is ("said the U.S. was pushing the situation to the brink of war", "the US is the biggest threat to world
peace, KCNA said"), words judged by what they amount to or pose, that-clauses the parser hangs on "in a statement"
or leaves without "that", weapon tests a leader oversaw, drills by their scale, the place of a show of force at home
or of fire traded between two sides, a party that modifies a modifier ("the EU sanctions package"), credentials of
an envoy, powers abused, sums run into a name, forces a side deploys; and stories told a paragraph a sentence: the
spokesman, the newspaper, "it" and a person's first name referring back, reactions to an act told before, a body
every state has in a story filed from another. Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import countries, events, extract, of_type
from spacy.language import Language

from dragoman.nlp import load_model, repair
from dragoman.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def pairs(found: list) -> list[tuple[set[str], set[str]]]:
    return [(countries(e.source), countries(e.target)) for e in found]


# -- blame laid by saying what a party does or is ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Chinese diplomats said Washington was engaging in economic bullying.", "CHN", "USA"),
    ("Tehran said Israel was pushing the region to the brink of war.", "IRN", "ISR"),
    ("Beijing said Manila was fuelling tensions in the South China Sea.", "CHN", "PHL"),
    ("Moscow said Kyiv was trying to sabotage the peace process.", "RUS", "UKR"),
    ("The Iranian foreign minister said Britain had undermined the nuclear deal.", "IRN", "GBR"),
    ('"Japan is the main threat to regional peace," North Korea said on Friday.', "PRK", "JPN"),
    ("Pyongyang said South Korea was a puppet regime.", "PRK", "KOR"),
    ("Turkey said Athens bore full responsibility for the deaths.", "TUR", "GRC"),
])
def test_blame_laid_by_saying_what_a_party_does_or_is(pipeline: Pipeline, text: str, source: str,
                                                       target: str) -> None:
    assert (({source}, {target})) in pairs(of_type(events(pipeline, text), "ACCUSE"))


@pytest.mark.parametrize("text", [
    "Officials said Russia had suffered heavy losses near the river.",
    "The minister said Turkey was seeking closer ties with the European Union.",
    "Diplomats said Israel was the victim of a terrorist attack.",
    "The spokesman said Germany was pursuing a policy of dialogue.",
    "He said India was a reliable partner.",
    "Egypt said Qatar was not engaging in provocations.",
    "The mayor said Spain had sought help from its neighbours to catch the fleeing smugglers.",
    "Germany still has the responsibility to review the plan, the official said.",
    "Rivera is the second bomb disposal expert hurt this month, a spokeswoman said.",
])
def test_saying_what_a_party_does_is_no_blame_of_itself(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Beijing said the Dutch minister's remarks amounted to interference in China's internal affairs.", "CHN", "NLD"),
    ("Iran said the American sanctions constitute economic terrorism.", "IRN", "USA"),
    ("KCNA said in a commentary that Japan's militarist ambitions pose a grave threat to peace.", "PRK", "JPN"),
])
def test_words_or_acts_judged_by_what_they_amount_to(pipeline: Pipeline, text: str, source: str,
                                                     target: str) -> None:
    assert (({source}, {target})) in pairs(of_type(events(pipeline, text), "ACCUSE"))


def test_a_that_clause_after_in_a_statement_is_what_is_said(nlp: Language) -> None:
    doc = repair(nlp("The ministry said in a statement that Japan's plans pose a threat."))
    pose = next(t for t in doc if t.lower_ == "pose")
    assert (pose.dep_, pose.head.lower_) == ("ccomp", "said")


def test_a_relative_clause_on_a_place_stays(nlp: Language) -> None:
    doc = repair(nlp("He spoke in a village that had been bombed."))
    bombed = next(t for t in doc if t.lower_ == "bombed")
    assert (bombed.dep_, bombed.head.lower_) == ("relcl", "village")


# -- weapon tests and drills -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Kim Jong Un oversaw the test launch of a new cruise missile.",
    "Kim Jong Un guided the test-firing of a new tactical missile, state media said.",
    "North Korea carried out a test launch of a hypersonic missile on Tuesday.",
])
def test_a_weapon_test_a_leader_oversaw(pipeline: Pipeline, text: str) -> None:
    assert of_type(events(pipeline, text), "MOBILIZE")


def test_a_product_launch_overseen_is_no_show_of_force(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Executives oversaw the launch of the new phone line.")


@pytest.mark.parametrize(("text", "target"), [
    ("China launched large-scale drills around Taiwan on Thursday.", "TWN"),
    ("Russia began full-scale exercises near the Finnish border.", "FIN"),
])
def test_drills_by_their_scale(pipeline: Pipeline, text: str, target: str) -> None:
    assert any(target in countries(e.target) for e in of_type(events(pipeline, text), "MOBILIZE"))


def test_a_show_of_force_at_home_is_aimed_at_no_one(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "North Korea staged a huge military parade in Pyongyang."), "MOBILIZE")
    assert pairs(found) == [({"PRK"}, set())]


def test_a_deployment_abroad_keeps_the_place(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Russia deployed troops in Crimea."), "MOBILIZE")
    assert pairs(found) == [({"RUS"}, {"UKR"})]


def test_fire_traded_in_one_sides_land_is_at_each_other(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "India and Pakistan exchanged fire in Kashmir on Sunday."), "ASSAULT")
    assert pairs(found) == [({"IND", "PAK"}, set())]


# -- participants ------------------------------------------------------------------------------------------------------


def test_a_party_modifying_a_modifier(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Moscow condemned the new EU sanctions package."), "ACCUSE")
    assert [[p.name for p in e.target] for e in found] == [["EU"]]


def test_people_a_modifier_modifies_are_not_its_state(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The navy captured 12 Somali sea pirates."), "COERCE")
    assert found and not any("SOM" in countries(e.target) and any(p.name == "Somalia" for p in e.target)
                             for e in found)


def test_an_envoys_credentials_come_from_the_envoy(pipeline: Pipeline) -> None:
    text = "Kuwait's Emir received the credentials of the new Japanese ambassador on Sunday."
    found = of_type(events(pipeline, text), "CONSULT")
    assert pairs(found) == [({"JPN"}, {"KWT"})]


@pytest.mark.parametrize("text", [
    "The regulator fined the bank for abusing its dominant position.",
    "The mayor was accused of abusing his power.",
])
def test_powers_abused_are_no_beating(pipeline: Pipeline, text: str) -> None:
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_a_sum_run_into_a_name(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The EU fined Apple 1.8 billion euros on Monday."), "COERCE")
    assert [[p.name for p in e.target] for e in found] == [["Apple"]]


def test_a_that_clause_of_rumours_is_no_statement(nlp: Language) -> None:
    doc = repair(nlp("We reported on rumors that the company would release the phone in May."))
    release = next(t for t in doc if t.lower_ == "release")
    assert release.head.lower_ == "rumors"


# -- wire stories told a paragraph a sentence --------------------------------------------------------------------------


def test_a_reaction_to_the_move_in_the_next_paragraph(pipeline: Pipeline) -> None:
    text = ("Hungary expelled two Slovak diplomats on Monday.\n\n"
            "Slovakia's Foreign Ministry said it regretted the decision.")
    found = [e for e in events(pipeline, text) if e.type in ("ACCUSE", "REJECT") and "SVK" in countries(e.source)]
    assert found and all(countries(e.target) == {"HUN"} for e in found)


def test_an_unnamed_spokesman_speaks_for_his_body_again(pipeline: Pipeline) -> None:
    text = ("A spokesman for the Egyptian Foreign Ministry condemned the raid.\n\n"
            "The spokesman warned that Egypt would act against any threat to its security.")
    found = of_type(events(pipeline, text), "THREATEN")
    assert found and all(countries(e.source) == {"EGY"} for e in found)


def test_a_warning_of_countermeasures_is_aimed_at_their_target(pipeline: Pipeline) -> None:
    text = "A spokesman warned that the DPRK would take strong countermeasures against any provocation by Seoul."
    found = of_type(events(pipeline, text), "THREATEN")
    assert [countries(e.target) for e in found] == [{"KOR"}]


def test_it_goes_on_with_the_statements_issuer(pipeline: Pipeline) -> None:
    text = ("The Syrian Foreign Ministry issued a statement on Monday.\n\n"
            "The raid was a flagrant violation of international law, the statement said.\n\n"
            "It noted that Israel, the main aggressor in the region, had no right to lecture others.")
    found = [e for e in of_type(events(pipeline, text), "ACCUSE") if "ISR" in countries(e.target)]
    assert found and all(countries(e.source) == {"SYR"} for e in found)


def test_a_party_called_bad_in_apposition(pipeline: Pipeline) -> None:
    text = "Tehran said the United States, the worst violator of human rights, had no right to judge Iran."
    assert pairs(of_type(events(pipeline, text), "ACCUSE")) == [({"IRN"}, {"USA"})]


def test_a_party_in_apposition_that_suffers(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Officials said Israel, the victim of the attack, would respond."), "ACCUSE")


def test_what_a_term_implies_is_not_asserted(pipeline: Pipeline) -> None:
    text = 'Officials use the term "neutralized" to imply the terrorists in question surrendered or were killed.'
    found = events(pipeline, text)
    assert found and all(e.factuality == "speculated" for e in found)


def test_a_that_less_clause_of_implying(nlp: Language) -> None:
    text = 'Officials use the term "neutralized" to imply the terrorists in question surrendered or were killed.'
    doc = repair(nlp(text))
    surrendered = next(t for t in doc if t.lower_ == "surrendered")
    assert (surrendered.dep_, surrendered.head.lower_) == ("ccomp", "imply")


def test_a_person_called_by_the_first_name(pipeline: Pipeline) -> None:
    text = ("Indonesian President Prabowo Subianto will visit Japan next week.\n\n"
            "Prabowo will then travel to Australia to meet Prime Minister Anthony Albanese.")
    found = [e for e in of_type(events(pipeline, text), "CONSULT") if "AUS" in countries(e.target)]
    assert found and all(countries(e.source) == {"IDN"} for e in found)


def test_a_first_name_shared_by_two_people_is_no_one(pipeline: Pipeline) -> None:
    text = ("Kim Jong Un met Kim Tok Hun in Pyongyang.\n\n"
            "Kim later accused South Korea of provocations.")
    found = of_type(events(pipeline, text), "ACCUSE")
    assert found and not any(p.name.startswith("Kim ") for e in found for p in e.source)


@pytest.mark.parametrize(("text", "target"), [
    ("Israeli airstrikes killed at least 30 Palestinians across the Gaza Strip overnight, according to local health "
     "officials.\n\nOne strike hit a school sheltering displaced families in Deir al-Balah, the Gaza Health Ministry "
     "said.\n\nThe Israeli military said it targeted Hamas militants operating inside a command center embedded in the "
     "school compound.\n\nHamas condemned the strike as a horrific massacre.", "ISR"),
    ("Russia said it was expelling three Estonian diplomats.\n\nTallinn condemned the expulsion as unjustified.",
     "RUS"),
])
def test_a_reaction_to_an_act_one_side_made_named_several_ways(pipeline: Pipeline, text: str, target: str) -> None:
    found = of_type(events(pipeline, text), "ACCUSE")
    assert found and all(countries(e.target) == {target} for e in found)


def test_the_newspaper_is_the_outlet_named_before(pipeline: Pipeline) -> None:
    text = ("The Rodong Sinmun said in a commentary that Japan was reviving militarism. "
            "The newspaper also accused Seoul of following Tokyo blindly.")
    found = [e for e in of_type(events(pipeline, text), "ACCUSE") if "KOR" in countries(e.target)]
    assert found and all(countries(e.source) == {"PRK"} for e in found)


def test_it_after_an_outlet_quoted(pipeline: Pipeline) -> None:
    text = ('"The drills are a reckless provocation," the Rodong Sinmun said. '
            "It accused Tokyo of pushing the region toward war.")
    found = [e for e in of_type(events(pipeline, text), "ACCUSE") if "JPN" in countries(e.target)]
    assert found and all(countries(e.source) == {"PRK"} for e in found)


def test_a_passive_that_names_its_doer_has_no_local_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, "The deployment has been delayed by legal challenges in Kenya.")
    assert not any("KEN" in countries(e.source) for e in found)


@pytest.mark.parametrize(("text", "country"), [
    ("SEOUL (Yonhap) -- North Korea fired two missiles toward South Korea's east coast, the Joint Chiefs of Staff "
     "said.", "KOR"),
    ("WASHINGTON (Reuters) - The Joint Chiefs of Staff said North Korea fired two missiles on Friday.", "USA"),
    ("PYONGYANG, May 2 (KCNA) -- The Joint Chiefs of Staff of South Korea said the drills would go ahead.", "KOR"),
])
def test_a_body_every_state_has_is_no_dictionary_entrys_abroad(pipeline: Pipeline, text: str, country: str) -> None:
    extraction = extract(pipeline, text)
    body = next(a for a in extraction.actors if a.kind == "organization")
    assert body.country == country


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Russia deployed fighters to its border with Ukraine.", "RUS", "UKR"),
    ("Hezbollah sent hundreds of fighters to Syria.", "LBN", "SYR"),
])
def test_fighters_a_side_deploys_are_its_own(pipeline: Pipeline, text: str, source: str, target: str) -> None:
    assert pairs(of_type(events(pipeline, text), "MOBILIZE")) == [({source}, {target})]


@pytest.mark.parametrize(("text", "target"), [
    ("Iran walked away from talks with the United States.", "USA"),
    ("The Palestinian delegation walked out of the meeting with Israeli officials in Cairo.", "ISR"),
])
def test_talks_walked_out_of_are_rejected_with_their_partner(pipeline: Pipeline, text: str, target: str) -> None:
    assert [countries(e.target) for e in of_type(events(pipeline, text), "REJECT")] == [{target}]


@pytest.mark.parametrize(("text", "kind"), [
    ("Striking farmers set up roadblocks on the main highway in protest at the new tax.", "PROTEST"),
    ("Protesters erected barricades in central Bishkek.", "PROTEST"),
    ("Soldiers set up roadblocks around the town.", "COERCE"),
])
def test_roadblocks_of_protesters_are_obstruction(pipeline: Pipeline, text: str, kind: str) -> None:
    found = [e for e in events(pipeline, text) if e.type in ("PROTEST", "COERCE")]
    assert found and all(e.type == kind for e in found)
