"""Who the parties of wire copy are (issue 13, session 16): the sides of talks after a visit, a message and the
participle that tells its content, passive killings with no attacker named, condemned attacks, and weapons.
Every sentence is written for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- "the two sides" after a visit and a meeting are the people who met, not the host country ---------------------


def test_sides_after_a_visit_and_talks_are_the_people_who_met(pipeline: Pipeline) -> None:
    found = events(pipeline, "Hungarian Prime Minister Viktor Orban arrived in China on Monday for a state visit and "
                             "held talks with President Xi Jinping. Both sides agreed to expand trade.")
    (agreement,) = of_type(found, "AGREE")
    assert names(agreement.source + agreement.target) == {"Viktor Orban", "Xi Jinping"}


def test_the_two_sides_after_a_paid_visit_and_talks(pipeline: Pipeline) -> None:
    found = events(pipeline, "Vietnamese Prime Minister Pham Minh Chinh paid an official visit to Japan and held "
                             "talks with Prime Minister Fumio Kishida on Thursday. The two sides agreed to upgrade "
                             "ties.")
    (agreement,) = of_type(found, "AGREE")
    parties = agreement.source + agreement.target
    assert "Fumio Kishida" in names(parties) and "JPN" not in {p.actor_id for p in parties}


def test_both_sides_after_travel_and_a_meeting(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kenyan President William Ruto travelled to Germany on Monday and met Chancellor Olaf "
                             "Scholz. Both sides signed a labour agreement.")
    (signing,) = of_type(found, "SUPPORT")
    assert names(signing.source + signing.target) == {"William Ruto", "Olaf Scholz"}


# -- a message and the participle telling what it says are one act -------------------------------------------------


def test_condolence_cable_and_its_participle_are_one_event(pipeline: Pipeline) -> None:
    found = events(pipeline, "King Abdullah II sent a cable to Turkish President Recep Tayyip Erdogan on Tuesday, "
                             "expressing his sympathy over the victims of the earthquake.")
    assert len(found) == 1
    (message,) = found
    assert message.type == "SUPPORT" and countries(message.source) == {"JOR"} and countries(message.target) == {"TUR"}
    assert len(message.evidence) == 2


def test_letter_urging_is_one_request(pipeline: Pipeline) -> None:
    found = events(pipeline, "The president of Ghana sent a letter to the African Union chairman on Friday, urging "
                             "him to convene an emergency summit on the crisis.")
    assert [e.type for e in found] == ["REQUEST"]


def test_message_congratulating_is_one_support(pipeline: Pipeline) -> None:
    found = events(pipeline, "Brazilian President Luiz Inacio Lula da Silva sent a message to Mexican President "
                             "Claudia Sheinbaum, congratulating her on her election victory.")
    assert [e.type for e in found] == ["SUPPORT"]
    assert countries(found[0].source) == {"BRA"} and countries(found[0].target) == {"MEX"}


def test_a_meeting_and_support_voiced_at_it_stay_two_events(pipeline: Pipeline) -> None:
    # a meeting is not a message: the support expressed there is an act of its own
    found = events(pipeline, "Indonesian President Joko Widodo met Australian Prime Minister Anthony Albanese on "
                             "Tuesday, expressing support for closer defence ties.")
    assert {e.type for e in found} == {"CONSULT", "SUPPORT"}


def test_a_participle_with_its_own_subject_is_not_the_content(pipeline: Pipeline) -> None:
    found = events(pipeline, "Chile sent a letter to Peru on Monday, with Bolivia urging both to settle the dispute.")
    assert not any(e.type == "REQUEST" and countries(e.source) == {"CHL"} and len(e.evidence) == 2 for e in found)


# -- a passive killing with no attacker named is no act of the place's own country ----------------------------------


def test_soldiers_killed_in_an_attack_in_their_country_have_no_attacker(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Three soldiers were killed in an attack in northern Niger, the army said."),
                        "ASSAULT")
    assert not attack.source and countries(attack.target) == {"NER"}


def test_reported_by_a_ministry_the_ministry_is_no_attacker(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Six people were killed and nine wounded in shelling in Kherson, the regional "
                                         "health ministry said."), "ASSAULT")
    assert not attack.source


def test_foreigners_killed_by_no_one_named_keep_the_local_attacker(pipeline: Pipeline) -> None:
    # CAMEO's unidentified local actor: foreigners killed in a country by no one named
    (attack,) = of_type(events(pipeline, "Two Italian soldiers were killed in a roadside bombing in southern "
                                         "Afghanistan."), "ASSAULT")
    assert countries(attack.source) == {"AFG"} and countries(attack.target) == {"ITA"}


def test_active_bombing_by_no_one_named_keeps_the_local_source(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "A car bomb killed seven policemen near Mosul on Sunday."), "ASSAULT")
    assert countries(attack.source) == {"IRQ"}


def test_the_attacker_of_the_when_clause_did_the_killing(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "Five villagers were killed when militants stormed a market in northern Burkina "
                                     "Faso on Friday."), "ASSAULT")
    assert found and all(names(a.source) == {"militants"} for a in found)


# -- the condemned are the attackers when named, not the victims -------------------------------------------------


def test_condemning_an_attack_by_a_named_group_condemns_the_group(pipeline: Pipeline) -> None:
    (condemnation,) = of_type(events(pipeline, "Iraq condemned the attack on a Turkish border post by PKK militants."),
                              "ACCUSE")
    assert names(condemnation.target) == {"PKK"}


def test_condemning_a_named_attackers_attack(pipeline: Pipeline) -> None:
    (condemnation,) = of_type(events(pipeline, "Kuwait condemned the Houthi attack on a Saudi oil facility."),
                              "ACCUSE")
    assert "Saudi" not in " ".join(names(condemnation.target)) and "SAU" not in countries(condemnation.target)
    assert condemnation.target


def test_the_attack_just_told_is_the_attackers(pipeline: Pipeline) -> None:
    found = events(pipeline, "Azerbaijan shelled Armenian positions near the border on Tuesday. France condemned the "
                             "attack.")
    (condemnation,) = of_type(found, "ACCUSE")
    assert countries(condemnation.target) == {"AZE"}


def test_condemning_a_person_is_unchanged(pipeline: Pipeline) -> None:
    (condemnation,) = of_type(events(pipeline, "Poland condemned Belarus for the border incidents."), "ACCUSE")
    assert countries(condemnation.target) == {"BLR"}


# -- weapons are instruments, never participants --------------------------------------------------------------------


def test_missiles_fired_into_the_sea_are_no_target(pipeline: Pipeline) -> None:
    (test,) = of_type(events(pipeline, "North Korea fired three cruise missiles into the Yellow Sea on Wednesday."),
                      "MOBILIZE")
    assert countries(test.source) == {"PRK"} and not test.target


def test_rockets_fired_at_a_country_aim_at_the_country(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Hezbollah fired dozens of rockets at Israel on Sunday."), "ASSAULT")
    assert countries(attack.target) == {"ISR"}


def test_a_countrys_drones_are_the_country(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Russian drones struck the city of Sumy overnight."), "ASSAULT")
    assert countries(attack.source) == {"RUS"}


def test_rockets_fired_in_a_drill_are_a_show_of_force(pipeline: Pipeline) -> None:
    found = events(pipeline, "Egypt's army fired four rockets into the desert during a drill near Marsa Matrouh.")
    assert [e.type for e in found] == ["MOBILIZE"] and not found[0].target


def test_firing_on_people_during_a_drill_stays_an_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, "Soldiers fired on farmers during a drill near the border, killing three.")
    assert "ASSAULT" in {e.type for e in found}


def test_the_by_agent_hung_on_the_condemning_verb_is_the_attackers(pipeline: Pipeline) -> None:
    (condemnation,) = of_type(events(pipeline, "Ghana condemned the attack on the convoy by Boko Haram fighters."),
                              "ACCUSE")
    assert names(condemnation.target) == {"Boko Haram"}


def test_a_message_naming_its_own_content_and_a_request_are_two_acts(pipeline: Pipeline) -> None:
    found = events(pipeline, "President Ilham Aliyev sent a cable of congratulations to President Shavkat Mirziyoyev, "
                             "urging him to expand the transit corridor.")
    assert {e.type for e in found} == {"SUPPORT", "REQUEST"}


# -- a visit named as the setting of a clause is made by the clause's subject, or by its object when the subject is
# of the country visited ------------------------------------------------------------------------------------------


def test_the_subject_makes_the_visit_it_meets_during(pipeline: Pipeline) -> None:
    found = events(pipeline, "Angolan President Joao Lourenco met President Cyril Ramaphosa in Pretoria on Friday "
                             "during an official visit to South Africa.")
    (visit,) = [e for e in found if e.mode == "visit"]
    assert countries(visit.source) == {"AGO"} and countries(visit.target) == {"ZAF"}


def test_the_host_meets_the_visitor_during_the_visit(pipeline: Pipeline) -> None:
    found = events(pipeline, "South African President Cyril Ramaphosa met Angolan President Joao Lourenco during an "
                             "official visit to South Africa.")
    (visit,) = [e for e in found if e.mode == "visit"]
    assert countries(visit.source) == {"AGO"}


def test_the_visitor_of_a_relative_clause_is_its_antecedent(pipeline: Pipeline) -> None:
    found = events(pipeline, "King Abdullah received Iraqi President Abdul Latif Rashid, who is on a working visit "
                             "to Jordan.")
    visits = [e for e in found if e.cameo == "042"]
    assert visits and countries(visits[0].source) == {"IRQ"}
