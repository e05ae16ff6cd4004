"""Constructions a set of fresh news-style sentences, written by a helper who had read none of the coder, showed it
missing (issue 13, session 28): forces sent toward a party, a demand that another party act, an embargo, territory
handed over, a threat whose object is described by a relative clause. Every sentence here is written for these
tests; none comes from an evaluation set, that drill set or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline


def test_forces_sent_toward_a_party_aim_at_it_not_at_the_forces(pipeline: Pipeline) -> None:
    (show,) = of_type(events(pipeline, "The Chinese navy sent dozens of warships toward the Philippines."),
                      "MOBILIZE")
    assert countries(show.source) == {"CHN"} and countries(show.target) == {"PHL"}


def test_forces_counted_by_a_quantity_are_the_senders_own(pipeline: Pipeline) -> None:
    (show,) = of_type(events(pipeline, "Russia deployed hundreds of troops around the Ukrainian city of Kharkiv."),
                      "MOBILIZE")
    assert countries(show.source) == {"RUS"} and countries(show.target) == {"UKR"}
    assert "troops" not in names(show.target)


def test_a_demand_that_another_party_act_is_made_of_that_party(pipeline: Pipeline) -> None:
    # not of the foreign firms the demanded act names
    (demand,) = of_type(events(pipeline, "Students demanded that the university end its contracts with Israeli "
                                         "firms."), "REQUEST")
    assert names(demand.target) == {"university"}


def test_a_demand_with_should_is_made_of_the_clause_subject(pipeline: Pipeline) -> None:
    (demand,) = of_type(events(pipeline, "The bishops insisted that the government should release the detained "
                                         "priests."), "REQUEST")
    assert names(demand.target) == {"government"}


def test_a_report_of_what_another_party_did_is_no_demand(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Opposition parties said that the electoral commission published the "
                                        "results."), "REQUEST")


def test_stopping_a_countrys_trade_is_an_embargo_on_it(pipeline: Pipeline) -> None:
    (embargo,) = of_type(events(pipeline, "Kazakhstan suspended wheat exports to Afghanistan."), "COERCE")
    assert embargo.cameo == "163"
    assert countries(embargo.source) == {"KAZ"} and countries(embargo.target) == {"AFG"}


def test_banned_imports_from_a_country_aim_at_it_not_at_the_banning_state(pipeline: Pipeline) -> None:
    (embargo,) = of_type(events(pipeline, "Russia banned fruit imports from Moldova on Monday."), "COERCE")
    assert countries(embargo.source) == {"RUS"} and countries(embargo.target) == {"MDA"}


def test_an_export_halt_aimed_at_no_one_is_no_embargo(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "Indonesia halted palm oil exports."), "COERCE")


def test_villages_handed_over_are_yielded_not_aid(pipeline: Pipeline) -> None:
    found = events(pipeline, "Serbia handed over two border villages to Kosovo.")
    assert not of_type(found, "AID")
    (handover,) = of_type(found, "RETREAT")
    assert countries(handover.source) == {"SRB"} and countries(handover.target) == {"XKX"}


def test_over_read_as_more_than_a_number_is_still_the_particle(pipeline: Pipeline) -> None:
    # a headline: the tagger reads "over four" as "more than four"
    (handover,) = of_type(events(pipeline, "Serbia hands over four border villages to Kosovo"), "RETREAT")
    assert countries(handover.target) == {"XKX"}


def test_returning_to_a_town_yields_nothing(pipeline: Pipeline) -> None:
    assert not of_type(events(pipeline, "The protesters returned to the city on Sunday."), "RETREAT")


def test_a_threat_aims_at_its_object_not_at_a_relative_clause_on_it(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "The junta threatened to shut down aid groups that employ Malian women."),
                        "THREATEN")
    assert names(threat.target) == {"aid groups"}


def test_a_post_of_the_army_attacked_is_an_attack_on_the_army_of_where_it_stands(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Gunmen attacked an army checkpoint in North Sinai on Friday."), "ASSAULT")
    assert names(attack.target) == {"army"} and countries(attack.target) == {"EGY"}


def test_a_police_station_attacked_is_an_attack_on_the_police_not_on_the_country(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Rioters attacked a police station in Lyon."), "ASSAULT")
    assert names(attack.target) == {"police"} and countries(attack.target) == {"FRA"}


def test_a_base_a_nationality_names_is_that_countrys(pipeline: Pipeline) -> None:
    (attack,) = of_type(events(pipeline, "Iranian drones struck an Iraqi army base near Erbil."), "ASSAULT")
    assert countries(attack.target) == {"IRQ"}
