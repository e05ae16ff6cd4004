"""Faults of wire reporting in who did what to whom (issue 13, session 15, second round). Every sentence is written
for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- a passive clause conjoined to an active one shares its subject as the one acted on ---------------------------


def test_passive_conjunct_of_an_active_clause_keeps_the_roles(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "Greece has expelled the diplomat and has been threatened by Turkey several "
                                         "times."), "THREATEN")
    assert countries(threat.source) == {"TUR"} and countries(threat.target) == {"GRC"}


def test_passive_conjunct_without_an_agent_has_no_source(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Egypt closed the crossing and was attacked on several occasions."),
                        "ASSAULT")
    assert countries(attack.target) == {"EGY"} and not attack.source


# -- a killing told in a relative clause of an attack is the attack's agent's, never the place's ------------------


def test_killing_in_a_claimed_attack_is_the_claimants(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "The Taliban claimed responsibility for an attack on a base in eastern "
                                         "Afghanistan that killed four Polish soldiers."), "ASSAULT")
    assert names(attack.source) == {"Taliban"}
    assert "POL" in countries(attack.target)


def test_killing_in_a_launched_raid_is_the_raiders(pipeline: Pipeline) -> None:
    found = of_type(events(pipeline, "The rebels launched a raid on a village in Mali that killed ten civilians."),
                    "ASSAULT")
    assert found and all(names(e.source) == {"rebels"} for e in found), [names(e.source) for e in found]
    assert any("civilians" in names(e.target) for e in found)


def test_people_killed_in_a_claimed_bombing_are_of_the_place(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Hamas claimed responsibility for a bombing at a market in northern Israel "
                                         "that killed five people."), "ASSAULT")
    assert names(attack.source) == {"Hamas"}
    assert countries(attack.target) == {"ISR"}


# -- a missile fired into or toward a sea hits no one: a show of force, as a test is -------------------------------


def test_missile_fired_toward_a_sea_is_no_attack(pipeline: Pipeline) -> None:
    found = events(pipeline, "Iran fired a ballistic missile into the Gulf of Oman.")
    assert not of_type(found, "ASSAULT")
    (show,) = of_type(found, "MOBILIZE")
    assert countries(show.source) == {"IRN"}
    # fired at a ship in a sea: an attack still
    assert of_type(events(pipeline, "The rebels fired missiles at a tanker in the Red Sea."), "ASSAULT")


def test_missiles_launched_into_a_sea_on_a_day_are_no_attack(pipeline: Pipeline) -> None:
    # a verb the CAMEO dictionary codes, with a date's "on" beside the sea
    found = events(pipeline, "North Korea launched two cruise missiles into the Yellow Sea on Sunday.")
    assert not of_type(found, "ASSAULT") and of_type(found, "MOBILIZE")



# -- opposing an attempt opposes the ones attempting, not the party it is aimed at --------------------------------


def test_opposed_attempts_against_a_party_are_not_aimed_at_it(pipeline: Pipeline) -> None:
    (opposed,) = of_type(events(pipeline, "The Pakistani government strongly opposes any attempt to use force "
                                          "against Afghanistan."), "ACCUSE")
    assert "AFG" not in countries(opposed.target)
    (rejected,) = of_type(events(pipeline, "Russia rejected Washington's attempts to impose sanctions on Iran."),
                          "REJECT")
    assert countries(rejected.target) == {"USA"}


# -- a visit to a site named by a common noun is no visit to another party ----------------------------------------


def test_visit_to_a_hospital_is_no_diplomatic_visit(pipeline: Pipeline) -> None:
    found = events(pipeline, "Chancellor Scholz condemned the shooting during a visit to the hospital.")
    assert not [e for e in found if e.mode == "visit"]
    (visit,) = of_type(events(pipeline, "The chancellor visited Algeria and the camp."), "CONSULT")
    assert countries(visit.target) == {"DZA"}


def test_a_host_with_no_guest_named_hosts_the_visitor_who_just_arrived(pipeline: Pipeline) -> None:
    text = ("Omani Foreign Minister Badr Hamad arrived in Ghana on Monday, and Ghanaian Foreign Minister Ama Owusu "
            "hosted a banquet that evening.")
    hosted = [e for e in events(pipeline, text) if e.cameo == "043"]
    assert [[p.name for p in e.target] for e in hosted] == [["Badr Hamad"]]


def test_a_host_of_his_own_people_takes_no_earlier_visitor(pipeline: Pipeline) -> None:
    text = ("Ghanaian trade envoy Kofi Mensah arrived in Accra on Monday, and Ghanaian Foreign Minister Ama Owusu "
            "hosted a banquet that evening.")
    hosted = [e for e in events(pipeline, text) if e.cameo == "043"]
    assert not [p for e in hosted for p in e.target if p.name == "Kofi Mensah"]
