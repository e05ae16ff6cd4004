"""Wire constructions of agency copy: dates named by a month that is also an act, messages carried for someone
else, what words imply, and a condemnation of acts told before (issue 13, session 19). Every sentence is written
for these tests; none comes from an evaluation set or a real article."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline

# -- a month's name is no act ----------------------------------------------------------------------------------------


def test_talks_held_on_a_day_of_march_hold_no_march(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Egyptian foreign minister held talks with his Greek counterpart in Cairo on "
                             "March 21.")
    assert of_type(found, "CONSULT")
    assert not of_type(found, "PROTEST") and not of_type(found, "THREATEN")


def test_a_march_held_in_march_is_still_a_protest(pipeline: Pipeline) -> None:
    (protest,) = of_type(events(pipeline, "Farmers held a march in Warsaw on March 9 against the trade deal."),
                         "PROTEST")
    assert "march" in protest.evidence[0].trigger


# -- a message carried for someone else goes to its addressee, not back to its sender ---------------------------------


def test_message_from_a_leader_goes_to_its_to_party(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Omani envoy conveyed a message from Sultan Haitham to Iranian President "
                             "Masoud Pezeshkian.")
    assert found
    assert all("Sultan Haitham" not in names(e.target) for e in found)
    assert any(countries(e.target) == {"IRN"} for e in found)


def test_message_brought_by_a_visitor_goes_to_the_host(pipeline: Pipeline) -> None:
    found = events(pipeline, "Qatari Emir Sheikh Tamim received Egyptian Foreign Minister Badr Abdelatty, who "
                             "conveyed a message from President Abdel Fattah al-Sisi.")
    carried = [e for e in found if "conveyed" in e.evidence[0].trigger]
    assert carried and all(countries(e.target) == {"QAT"} for e in carried)
    assert all("Abdel Fattah al-Sisi" not in names(e.target) for e in found)


# -- what words imply has not been said to happen --------------------------------------------------------------------


def test_what_a_statement_implies_is_not_asserted(pipeline: Pipeline) -> None:
    found = events(pipeline, "The ministry's wording implied that the navy had seized the tanker.")
    assert found and all(e.factuality != "asserted" for e in found)


# -- "condemned the raids": the raids told before, as the setting of another act -------------------------------------


def test_condemned_raids_are_those_an_arrest_was_made_in(pipeline: Pipeline) -> None:
    text = ("Moroccan police arrested nine Algerian smugglers during raids near the border on Sunday, the interior "
            "ministry said.\n\nMeanwhile, a group of fishermen attacked a patrol boat off Oran.\n\n"
            "The Algerian foreign ministry condemned the raids.")
    (condemnation,) = [e for e in of_type(events(pipeline, text), "ACCUSE") if "condemned" in e.evidence[0].trigger]
    assert countries(condemnation.target) == {"MAR"}
