"""Fewer false events on general news (issue 13, session 27, from a hand-judged ECB+ tune sample): an aim told after
the fact is no threat, a cut in pay or jobs is no sanction, one's own people evacuated or rescued are no aid, and a
causative verb's object does what it is made to do. Every sentence is written for these tests; none comes from an
evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, of_type

from dragoman.pipeline import Pipeline

# -- an aim told in the past is a plan, not a threat -----------------------------------------------------------------


def test_an_intention_told_after_the_fact_is_no_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Detectives said the gunman had intended to shoot a second guard.")
    assert not of_type(found, "THREATEN")
    (shooting,) = of_type(found, "ASSAULT")
    assert shooting.factuality == "planned"


def test_a_speculated_past_aim_is_no_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Prosecutors said the militants may have intended to attack the consulate.")
    assert not of_type(found, "THREATEN") and of_type(found, "ASSAULT")


def test_a_stated_present_aim_to_attack_stays_a_threat(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Hezbollah said it plans to strike Israeli army posts."), "THREATEN")
    assert countries(threat.target) == {"ISR"}


# -- a cut in pay, jobs or prices is housekeeping -------------------------------------------------------------------


def test_cuts_in_pay_and_pensions_are_no_sanction(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Portuguese prime minister announced cuts in wages and pensions on Friday.")
    assert not of_type(found, "SANCTION")


def test_a_pay_freeze_is_no_sanction(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The Irish government announced a freeze on public sector pay."), "SANCTION")


def test_a_cut_in_aid_to_a_country_stays_a_sanction(pipeline: Pipeline) -> None:
    (cut,) = of_type(events(pipeline, "Sweden announced a halt to development aid to Mali."), "SANCTION")
    assert countries(cut.source) == {"SWE"} and countries(cut.target) == {"MLI"}


def test_a_halt_with_no_one_named_stays_a_sanction(pipeline: Pipeline) -> None:
    (halt,) = of_type(events(pipeline, "Canada announced a freeze on arms exports."), "SANCTION")
    assert countries(halt.source) == {"CAN"}


# -- the object of a causative verb does what it is made to do ------------------------------------------------------


def test_the_object_of_forced_does_the_infinitive_not_the_cause(pipeline: Pipeline) -> None:
    (evacuation,) = of_type(events(pipeline, "Russian shelling forced a Ukrainian hospital to evacuate dozens of "
                                             "patients."), "AID")
    assert countries(evacuation.source) == {"UKR"}


def test_a_party_forced_to_act_still_acts(pipeline: Pipeline) -> None:
    (retreat,) = of_type(events(pipeline, "The shelling forced Ukrainian troops to withdraw from Avdiivka."),
                         "RETREAT")
    assert countries(retreat.source) == {"UKR"}


# -- one's own people evacuated or rescued ---------------------------------------------------------------------------


def test_rescuing_ones_own_sailors_is_no_aid(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Italian navy rescued its own sailors after the collision.")


def test_rescuing_others_stays_aid(pipeline: Pipeline) -> None:
    (rescue,) = of_type(events(pipeline, "The Greek coast guard rescued 40 Syrian migrants near Lesbos."), "AID")
    assert countries(rescue.source) == {"GRC"} and countries(rescue.target) == {"SYR"}


# -- a question is no request ---------------------------------------------------------------------------------------


def test_a_lawyer_asking_a_witness_is_no_request(pipeline: Pipeline) -> None:
    found = events(pipeline, "Defence attorney Maria Lopez asked Hernandez, who said he had never seen the car.")
    assert not of_type(found, "REQUEST")


def test_asking_for_something_stays_a_request(pipeline: Pipeline) -> None:
    (request,) = of_type(events(pipeline, "Moldova asked Romania for emergency gas supplies."), "REQUEST")
    assert countries(request.source) == {"MDA"} and countries(request.target) == {"ROU"}


def test_asking_that_something_be_done_stays_a_request(pipeline: Pipeline) -> None:
    (request,) = of_type(events(pipeline, "Jordan asked that the Security Council meet on Friday."), "REQUEST")
    assert countries(request.source) == {"JOR"}


def test_a_hotline_notice_is_no_phone_call(pipeline: Pipeline) -> None:
    found = events(pipeline, "Anyone with information should call the Coast Guard on 0800 123 456.")
    assert not of_type(found, "CONSULT")


def test_a_call_by_a_named_leader_stays_a_phone_call(pipeline: Pipeline) -> None:
    (call,) = of_type(events(pipeline, "Erdogan called Aliyev on Monday."), "CONSULT")
    assert countries(call.source) == {"TUR"}


# -- the victims of a natural disaster are no attack's ---------------------------------------------------------------


def test_people_injured_in_an_earthquake_story_are_no_attack(pipeline: Pipeline) -> None:
    text = ("A strong earthquake shook the Peruvian coast on Sunday.\n\n"
            "Dozens of people were injured and several homes collapsed in the town of Acari.\n\n"
            "The quake had a magnitude of 6.8, the geophysical institute said.")
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_people_killed_in_a_flood_story_are_no_attack(pipeline: Pipeline) -> None:
    text = "Floods swept through northern Kenya this week. At least 14 people were killed. The flooding cut roads."
    assert not of_type(events(pipeline, text), "ASSAULT")


def test_a_shooting_in_a_storm_story_stays_an_attack(pipeline: Pipeline) -> None:
    text = ("A storm hit the coast of Haiti on Monday. Gang members attacked a relief convoy near Jeremie. Two drivers "
            "were shot dead. The storm flooded roads.")
    assert len(of_type(events(pipeline, text), "ASSAULT")) >= 1


# -- a warning of a risk is no threat ---------------------------------------------------------------------------------


def test_a_warning_that_fighting_could_spread_is_no_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "The UN envoy warned that the fighting could spread to Lebanon.")
    assert not of_type(found, "THREATEN")


def test_a_warning_of_ones_own_response_stays_a_threat(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Venezuela warned that it could seize the disputed oil fields."),
                        "THREATEN")
    assert countries(threat.source) == {"VEN"}


# -- a private refusal is no rejection ------------------------------------------------------------------------------


def test_a_private_persons_refusal_is_no_rejection(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Novelist Clara Voss turned down the prize."), "REJECT")
    assert not of_type(events(pipeline, "Marcus Hale had refused a urine test and was given a blood test."), "REJECT")


def test_a_states_refusal_stays_a_rejection(pipeline: Pipeline) -> None:
    (rejection,) = of_type(events(pipeline, "Eritrea turned down the offer of talks from Ethiopia."), "REJECT")
    assert countries(rejection.source) == {"ERI"}


# -- a nationality of a sportsman or an actor names no country as a party --------------------------------------------


def test_a_champion_of_a_nationality_thanking_his_coach_is_no_event(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Kenyan marathon champion thanked his coach after the race.")


def test_a_nationality_of_a_force_keeps_the_country_a_party(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "The Ukrainian army overcame Russian resistance near Kharkiv."), "ASSAULT")
    assert countries(attack.source) == {"UKR"}


def test_a_quake_named_before_its_infinitive_is_no_attacker(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "It was the strongest earthquake to hit northern Chile in a decade."),
                       "ASSAULT")


def test_a_country_named_before_its_infinitive_still_attacks(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Israel was the first country to strike Iranian facilities."), "ASSAULT")
    assert countries(attack.source) == {"ISR"} and countries(attack.target) == {"IRN"}


def test_fault_lines_are_no_blame(pipeline: Pipeline) -> None:
    text = ("Peru is prone to seismic upheaval due to its position on an arc of volcanoes and fault lines "
            "encircling the Pacific.")
    assert not of_type(events(pipeline, text), "ACCUSE")


def test_faulting_a_party_stays_blame(pipeline: Pipeline) -> None:
    (blame,) = of_type(events(pipeline, "Ghana faulted Togo for the border closure."), "ACCUSE")
    assert countries(blame.source) == {"GHA"} and countries(blame.target) == {"TGO"}
