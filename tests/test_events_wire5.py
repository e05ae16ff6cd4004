"""Wire constructions of who did what to whom (issue 13, session 17). Every sentence is written for these tests;
none comes from an evaluation set or a real article."""

from __future__ import annotations

import pytest
from helpers import actors, countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- a sum pledged "in" aid: the aid's own phrase names whom it is for ------------------------------------------------


def test_sum_in_aid_names_its_recipient_through_the_aid(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Kuwait pledged USD 10 million in humanitarian assistance to Sudanese "
                                      "refugees."), "AID")
    assert countries(aid.source) == {"KWT"} and countries(aid.target) == {"SDN"}


def test_sum_in_aid_hung_on_the_verb(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Kuwait pledged 10 million dollars in humanitarian assistance to Sudan."), "AID")
    assert countries(aid.target) == {"SDN"}


def test_count_of_things_is_no_sum(pipeline: Pipeline) -> None:
    # "three towns ... in an offensive against X": the offensive's enemy is not reached through a count of towns
    found = of_type(events(pipeline, "The army seized three towns on Friday in an offensive against the rebels."),
                    "ASSAULT")
    assert found and not any("rebels" in names(e.target) for e in found)


# -- committing a crime is no commitment ------------------------------------------------------------------------------


def test_committed_a_crime_is_no_agreement(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The soldiers committed crimes in the village, the report said."), "AGREE")
    assert not of_type(events(pipeline, "Prosecutors say the men committed a crime against Peruvian farmers."),
                       "AGREE")


def test_committed_to_talks_is_still_an_agreement(pipeline: Pipeline) -> None:
    found = events(pipeline, "Armenia committed to new talks with Azerbaijan.")
    assert of_type(found, "AGREE")


# -- unnamed people take the nationality of a modifier's modifier ------------------------------------------------------


def test_nationality_on_the_modifier_of_unnamed_people(pipeline: Pipeline) -> None:
    (arrest,) = of_type(events(pipeline, "Iran detained two French aid workers in Tehran."), "COERCE")
    assert countries(arrest.target) == {"FRA"}


def test_two_nationalities_give_no_one_country(pipeline: Pipeline) -> None:
    group = [a for a in actors(pipeline, "The junta detained four Malian and Nigerien soldiers.") if a.kind == "group"
             and "soldiers" in a.name]
    assert group and all(a.country is None for a in group)


def test_consular_officials_ordered_out_are_expelled(pipeline: Pipeline) -> None:
    (expel,) = of_type(events(pipeline, "Peru ordered three Bolivian consular officials to leave the country."),
                       "SANCTION")
    assert expel.mode == "expel" and countries(expel.target) == {"BOL"}


# -- "the group", "the militant group": the organization named last ----------------------------------------------------


def test_the_group_as_subject_is_the_armed_group_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "Israeli jets struck Hezbollah targets in the Bekaa valley on Tuesday.\n\n"
                             "The group said it launched drones at a military base in northern Israel in response.")
    (attack,) = [e for e in of_type(found, "ASSAULT") if countries(e.target) == {"ISR"}]
    assert names(attack.source) == {"Hezbollah"}


def test_the_group_as_object_in_the_same_sentence(pipeline: Pipeline) -> None:
    found = events(pipeline, "Somalia's army said it had bombed al-Shabaab camps and accused the group of recruiting "
                             "children.")
    (accusation,) = of_type(found, "ACCUSE")
    assert [n for n in names(accusation.target) if "shabaab" in n.lower()], names(accusation.target)


def test_a_group_brought_in_between_is_not_the_earlier_organization(pipeline: Pipeline) -> None:
    found = events(pipeline, "Human Rights Watch said a group of students met the governor.\n\n"
                             "The group demanded the release of three teachers.")
    assert not any("Human Rights Watch" in names(e.source) for e in of_type(found, "REQUEST"))


def test_a_group_named_in_place_is_no_anaphor(pipeline: Pipeline) -> None:
    table = actors(pipeline, "The agency Tass reported the news.\n\nThe army fought the northern movement, or the "
                             "Liberation Front, near the border.")
    tass = [a for a in table if a.name.lower().startswith("tass")]
    assert not tass or all("movement" not in m.text for a in tass for m in a.mentions)


# -- "met X to discuss Y": one meeting, the topic is no partner --------------------------------------------------------


def test_meeting_to_discuss_a_topic_is_one_consultation(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kenya's foreign minister met his Somali counterpart in Nairobi to discuss an "
                                     "Ethiopian proposal."), "CONSULT")
    assert found and all(countries(e.target) == {"SOM"} for e in found), [countries(e.target) for e in found]


def test_discussing_apart_from_a_meeting_keeps_its_partner(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Kenya discussed the border with Ethiopia on Monday."), "CONSULT")
    assert found and countries(found[0].target) == {"ETH"}


# -- leaders at a signing; "the two heads of state" -------------------------------------------------------------------


def test_leaders_witnessing_a_signing_sign_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida in "
                             "Tokyo on Monday. The two heads of state then witnessed the signing of six cooperation "
                             "documents.")
    (signed,) = of_type(found, "SUPPORT")
    assert signed.cameo == "057"
    assert countries(signed.source + signed.target) == {"IND", "JPN"}


def test_heads_of_a_named_body_are_its_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "Egypt's president met the Sudanese army chief in Cairo. The two heads of the "
                             "national banks later signed a loan deal.")
    assert not any(countries(e.source) == {"EGY", "SDN"} for e in of_type(found, "SUPPORT"))


# -- a party acting in one request and asked in another: two requests -----------------------------------------------


def test_the_ones_demanding_and_the_ones_urging_them_are_two_requests(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Thousands of garment workers demanding higher wages marched in Dhaka. Labour "
                                     "Minister Monnujan Sufian urged the workers to return to work."), "REQUEST")
    assert len(found) == 2
    assert all(len(e.source) == 1 for e in found), [names(e.source) for e in found]


# -- a gerund naming its own doer -------------------------------------------------------------------------------------


def test_gerund_with_a_by_phrase_is_done_by_it(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Clashes spread, with villagers reporting shelling by the rebels overnight."),
                    "ASSAULT")
    assert found and all(names(e.source) == {"rebels"} for e in found), [names(e.source) for e in found]


# -- "the paramilitary force" after the force's name ------------------------------------------------------------------


def test_the_paramilitary_force_is_the_organization_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "Hezbollah fighters clashed with Lebanese troops on Monday.\n\nThe army accused the "
                             "paramilitary force of attacking a checkpoint.")
    (accusation,) = of_type(found, "ACCUSE")
    assert names(accusation.target) == {"Hezbollah"}


# -- "would have": what did not happen; diplomats expelled are not the expelling state's --------------------------


def test_would_have_is_no_fact(pipeline: Pipeline) -> None:
    found = events(pipeline, "China blocked a draft that would have imposed sanctions on Myanmar.")
    assert found and not any(e.factuality in ("asserted", "reported") and countries(e.target) == {"MMR"}
                             for e in found), [(e.type, e.factuality) for e in found]


def test_expelled_diplomats_are_not_the_expelling_states(pipeline: Pipeline) -> None:
    (expel,) = of_type(events(pipeline, "Ecuador expelled three diplomats on Friday."), "SANCTION")
    assert countries(expel.source) == {"ECU"} and "ECU" not in countries(expel.target)


# -- "militia groups": the body its modifier names ------------------------------------------------------------------


def test_militia_groups_are_the_militia(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Government troops attacked militia groups near the town."), "ASSAULT")
    assert attack.target and all("militia" in p.name for p in attack.target)
    group = [a for a in actors(pipeline, "The militia said it would fight on. Troops later attacked militia groups "
                                         "near the town.") if a.kind == "group" and "militia" in a.name.lower()]
    assert len(group) == 1, [a.name for a in group]


# -- "accused each other": both directions; a finite verb after a relative clause in commas -----------------------


def test_accusing_each_other_gives_both_accusations(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Ethiopia and Eritrea accused each other of massing troops on the border."),
                    "ACCUSE")
    pairs = {(min(countries(e.source)), min(countries(e.target))) for e in found if e.source and e.target}
    assert pairs == {("ETH", "ERI"), ("ERI", "ETH")}, pairs


def test_finite_verb_after_a_relative_clause_is_the_subjects_act(pipeline: Pipeline) -> None:
    (request,) = of_type(events(pipeline, "Turkey, which has troops in the area, called on both sides to stop the "
                                          "fighting."), "REQUEST")
    assert countries(request.source) == {"TUR"} and "TUR" not in countries(request.target)


# -- "the two leaders" after a meeting of three: the two of one side --------------------------------------------------


def test_the_two_leaders_are_the_two_of_one_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kenyan President William Ruto and Ugandan President Yoweri Museveni held talks with "
                             "Tanzanian President Samia Suluhu Hassan in Arusha.\n\nThe two leaders agreed to reopen "
                             "the border crossing.")
    (agreement,) = of_type(found, "AGREE")
    assert countries(agreement.source + agreement.target) == {"KEN", "UGA"}


# -- criticism of an act "by" its doers; offices of a body in lowercase; a group named on its kind -------------------


def test_criticism_of_drills_by_named_states_is_aimed_at_them(pipeline: Pipeline) -> None:
    (criticism,) = of_type(events(pipeline, "North Korea denounced the joint drills by South Korea and the United "
                                            "States."), "ACCUSE")
    assert countries(criticism.target) == {"KOR", "USA"}


def test_lowercase_body_in_a_title_keeps_its_country(pipeline: Pipeline) -> None:
    found = events(pipeline, "Iran's foreign ministry spokesman Nasser Kanaani criticised London's decision to send "
                             "troops to Iraq.")
    (criticism,) = of_type(found, "ACCUSE")
    assert countries(criticism.source) == {"IRN"} and countries(criticism.target) == {"GBR"}


def test_a_group_named_on_its_kind_is_the_organization(pipeline: Pipeline) -> None:
    table = actors(pipeline, "The rebels threatened to shell positions of the powerful Hezbollah militant group in "
                             "neighbouring Lebanon.")
    assert not [a for a in table if a.kind == "group" and "group" in a.name]


def test_a_backed_force_is_not_its_backers(pipeline: Pipeline) -> None:
    # the GSR codes "pro-Iranian Hizbollah" Lebanese: a backer names no force's country
    (attack,) = of_type(events(pipeline, "The US military struck Iran-backed militias in Iraq."), "ASSAULT")
    assert countries(attack.target) == {"IRQ"}
    (attack,) = of_type(events(pipeline, "Turkish-backed Syrian fighters attacked Kurdish militia in Afrin."),
                        "ASSAULT")
    assert countries(attack.source) == {"SYR"}
    (attack,) = of_type(events(pipeline, "Russia-sponsored separatists shelled Ukrainian positions."), "ASSAULT")
    assert "RUS" not in countries(attack.source) and countries(attack.target) == {"UKR"}


@pytest.mark.parametrize("text", [
    "The rebels were backed by Rwanda, a UN report said.",
    "The militias, which are funded by Iran, fired rockets at the base.",
    "Gunmen armed by Moscow attacked the convoy.",
])
def test_a_backer_after_by_is_not_the_forces_country(pipeline: Pipeline, text: str) -> None:
    backer = {"rebels": "RWA", "militias": "IRN", "Gunmen": "RUS"}
    force = next(a for a in actors(pipeline, text) if a.name.split()[-1] in backer)
    assert force.country != backer[force.name.split()[-1]]


@pytest.mark.parametrize(("text", "role", "country"), [
    ("The pro-Iranian Hezbollah movement fired rockets at Israeli positions.", "source", "LBN"),
    ("Pro-Iranian militias attacked a US base in Iraq.", "source", "IRQ"),
    ("Pro-Russian separatists shelled Ukrainian positions near Donetsk.", "source", "UKR"),
    ("Anti-American protesters stormed the embassy in Karachi.", "source", "PAK"),
])
def test_what_a_force_is_for_or_against_is_not_its_country(pipeline: Pipeline, text: str, role: str,
                                                          country: str) -> None:
    found = events(pipeline, text)
    assert found and all(countries(getattr(e, role)) == {country} for e in found), found


@pytest.mark.parametrize("text", [
    "The Houthis, backed by Iran, attacked a British tanker.",
    "Syrian rebels backed by Turkey captured the town.",
    "Wagner mercenaries, funded by Moscow, attacked villages in Mali.",
])
def test_a_backer_told_in_passing_is_no_event(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert of_type(found, "ASSAULT") and not of_type(found, "SUPPORT") and not of_type(found, "AID")


def test_backing_told_as_the_act_is_still_support(pipeline: Pipeline) -> None:
    assert of_type(events(pipeline, "Iran backed the Houthis with missiles and drones."), "SUPPORT")
    assert of_type(events(pipeline, "The rebels were backed by Rwanda, a UN report said."), "SUPPORT")


def test_a_led_force_is_its_leaders(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "The Saudi-led coalition struck rebel positions in Yemen."), "ASSAULT")
    assert countries(attack.source) == {"SAU"}


# -- threats: not ruling out weapons, vowing to answer any attack ------------------------------------------------------


def test_not_ruling_out_nuclear_weapons_is_a_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Pyongyang refused to rule out the use of nuclear weapons.")
    assert of_type(found, "THREATEN") and not of_type(found, "REJECT")


def test_vowing_to_answer_any_attack_is_a_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Tehran vowed to respond to any attack by Israel.")
    assert of_type(found, "THREATEN") and not of_type(found, "AGREE")


# -- a town taken for a person where a fought-over place goes; troops pulled "out of" a place ----------------------


def test_town_taken_for_a_person_is_a_place_when_shelled(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Russian forces shelled Kherson."), "ASSAULT")
    assert countries(attack.target) == {"UKR"}


def test_troops_pulled_out_of_a_town_leave_its_country(pipeline: Pipeline) -> None:
    (retreat,) = of_type(events(pipeline, "Russia withdrew its forces out of Kherson."), "RETREAT")
    assert countries(retreat.source) == {"RUS"} and countries(retreat.target) == {"UKR"}


def test_a_surname_that_is_a_town_stays_a_person(pipeline: Pipeline) -> None:
    found = events(pipeline, "Police arrested Andrew Jackson in Miami on Monday. Officers said they had attacked "
                             "Jackson by mistake.")
    assert any(a.kind == "person" and "Jackson" in a.name
               for a in actors(pipeline, "Police arrested Andrew Jackson in Miami on Monday. Officers said they had "
                                         "attacked Jackson by mistake."))
    assert found


# -- "said X was behind the attack"; "-based" groups; armed groups of recent years --------------------------------


def test_saying_a_party_was_behind_an_attack_blames_it(pipeline: Pipeline) -> None:
    (blame,) = of_type(events(pipeline, "Ankara said Damascus was behind the car bombing."), "ACCUSE")
    assert countries(blame.source) == {"TUR"} and countries(blame.target) == {"SYR"}
    assert not of_type(events(pipeline, "He said he was behind the wheel."), "ACCUSE")


def test_a_based_group_is_of_the_country_it_is_based_in(pipeline: Pipeline) -> None:
    (blame,) = of_type(events(pipeline, "Islamabad blamed the bombing on Afghan-based militants."), "ACCUSE")
    assert countries(blame.target) == {"AFG"}


def test_sudans_paramilitary_is_sudanese(pipeline: Pipeline) -> None:
    (accusation,) = of_type(events(pipeline, "The army accused the Rapid Support Forces of shelling El Fasher."),
                            "ACCUSE")
    assert countries(accusation.target) == {"SDN"}


def test_the_police_force_is_not_the_armed_group_named_before(pipeline: Pipeline) -> None:
    table = actors(pipeline, "Hamas fighters clashed with troops on Monday. The police force said three people "
                             "died.")
    hamas = [a for a in table if a.name == "Hamas"]
    assert hamas and not any("force" in m.text for m in hamas[0].mentions)


# -- "said the launch was a warning to X": the speaker's threat -------------------------------------------------------


def test_an_act_called_a_warning_to_a_party_is_a_threat_to_it(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Tehran said the drill was a stern warning to Israel."), "THREATEN")
    assert countries(threat.source) == {"IRN"} and countries(threat.target) == {"ISR"}
    assert not of_type(events(pipeline, "Experts said the drought was a warning to the world."), "THREATEN")
    assert not of_type(events(pipeline, "The ministry said the drills were a threat to regional peace."), "THREATEN")


def test_promised_countermeasures_are_a_threat_taken_ones_a_sanction(pipeline: Pipeline) -> None:
    found = events(pipeline, "Minsk said it would take countermeasures against Lithuania.")
    assert any(e.type == "THREATEN" and countries(e.target) == {"LTU"} for e in found), [
        (e.type, countries(e.target)) for e in found]
    taken = events(pipeline, "Beijing took countermeasures against three Canadian lawmakers on Friday.")
    assert any(e.type == "SANCTION" and e.factuality == "asserted" for e in taken)
