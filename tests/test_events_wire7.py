"""Wire constructions of agency copy (issue 13, session 19): a month that is also an act, messages carried for
someone else, what words imply, reactions to acts told before, expulsions and the protests at them, threats on a
condition, state bodies named bare, talks told as a clause's occasion, readiness to talk, joint acts, and an office's
body named before its holder. Every sentence is written for these tests; none comes from an evaluation set or a real
article."""

from __future__ import annotations

from helpers import countries, events, extract, names, of_type

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


# -- what is sent is the object, not whom it is sent to ---------------------------------------------------------------


def test_a_signal_sent_to_forces_mobilizes_nobody(pipeline: Pipeline) -> None:
    found = events(pipeline, "Belgrade said the visit sends the wrong message to Kosovo separatist forces.")
    assert not of_type(found, "MOBILIZE")
    (deployment,) = of_type(events(pipeline, "Pakistan sent troops to the border with Afghanistan."), "MOBILIZE")
    assert countries(deployment.source) == {"PAK"}


# -- a condemned attack named by joined modifiers is each one's ------------------------------------------------------


def test_condemned_strikes_of_two_named_modifiers_aim_at_both(pipeline: Pipeline) -> None:
    (condemnation,) = of_type(events(pipeline, "Algeria condemned the French and Belgian air raids on the camp."),
                              "ACCUSE")
    assert countries(condemnation.target) == {"FRA", "BEL"}


# -- a hostile act promised on a condition is aimed at the one the condition names -----------------------------------


def test_countermeasures_if_another_acts_are_aimed_at_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Athens would take countermeasures if Ankara resumed the drilling.")
    assert found and all(countries(e.target) == {"TUR"} for e in found)


def test_a_passive_act_on_a_condition_keeps_its_own_patient(pipeline: Pipeline) -> None:
    # the one arrested is the subject of the passive, never the condition's subject
    found = events(pipeline, "The singer would be arrested if the Swedish court upheld the order.")
    assert all("Sweden" not in {p.name for p in e.target} for e in found)


# -- expulsions and the protests at them ------------------------------------------------------------------------------


def test_declared_persona_non_grata_in_a_small_clause_targets_the_diplomat(pipeline: Pipeline) -> None:
    (expulsion,) = of_type(events(pipeline, "Vilnius declared the Belarusian embassy employee persona non grata."),
                           "SANCTION")
    assert countries(expulsion.target) == {"BLR"}


def test_protest_at_the_expulsion_of_ones_own_diplomat_is_not_aimed_at_oneself(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Iranian Foreign Ministry summoned the charge d'affaires of Albania to protest "
                             "against the expulsion of an Iranian diplomat.")
    assert found and all(countries(e.target) == {"ALB"} for e in found if e.type in ("ACCUSE", "PROTEST"))


def test_an_inquiry_into_an_act_of_ones_own_side_is_aimed_at_it(pipeline: Pipeline) -> None:
    (inquiry,) = of_type(events(pipeline, "The Kenyan Senate opened an investigation into the transfer of funds by "
                                          "the Kenya Ports Authority."), "ACCUSE")
    assert countries(inquiry.target) == {"KEN"}


# -- a state body named bare in a story filed from its capital --------------------------------------------------------


def test_a_bare_ministry_takes_the_dateline_country_when_two_countries_tie(pipeline: Pipeline) -> None:
    text = ("ATHENS (ANA) - Greece on Monday protested the overflight of Greek islands by Turkish fighter jets.\n\n"
            "The Foreign Ministry said the flights violated the country's sovereignty.\n\n"
            "Ankara has not commented on the flights.")
    ministry = [a for a in extract(pipeline, text).actors if a.name == "Foreign Ministry"]
    assert ministry and ministry[0].country == "GRC"


# -- two sides named together act with each other ---------------------------------------------------------------------


def test_sides_agreeing_together_are_not_aimed_at_what_they_agree_about(pipeline: Pipeline) -> None:
    (deal,) = of_type(events(pipeline, "Bahrain and Qatar agreed on Thursday to resume flights and reopen "
                                       "consulates."), "AGREE")
    assert countries(deal.source) == {"BHR", "QAT"} and not deal.target


def test_an_army_ordering_villagers_to_move_forces_them_out(pipeline: Pipeline) -> None:
    (order,) = of_type(events(pipeline, "The Sudanese army ordered thousands of villagers in North Darfur to move "
                                        "east."), "COERCE")
    assert countries(order.source) == {"SDN"} and order.target
    # a party moving its own forces is no order out
    assert not of_type(events(pipeline, "The Sudanese army ordered its troops to move east."), "COERCE")


# -- talks told as the occasion of a clause ------------------------------------------------------------------------


def test_a_minister_speaking_after_talks_with_a_counterpart_met_them(pipeline: Pipeline) -> None:
    (talks,) = of_type(events(pipeline, "Serbian Foreign Minister Marko Djuric told reporters after talks with his "
                                        "Hungarian counterpart Peter Szijjarto that relations were excellent."),
                       "CONSULT")
    assert countries(talks.source) == {"SRB"} and countries(talks.target) == {"HUN"}


def test_a_meeting_in_a_phrase_of_time_is_no_occasion_of_the_clause(pipeline: Pipeline) -> None:
    # "ahead of" the meeting: it has not happened, and the clause's subject is not said to attend it
    found = events(pipeline, "Serbian Foreign Minister Marko Djuric spoke to reporters ahead of a meeting with "
                             "Hungarian officials.")
    assert not of_type(found, "CONSULT")


def test_condemned_arrests_are_aimed_at_those_who_arrested(pipeline: Pipeline) -> None:
    text = ("Ugandan police detained 30 opposition supporters in Kampala on Monday.\n\n"
            "The Uganda Law Society condemned the detentions as unlawful.")
    (condemnation,) = of_type(events(pipeline, text), "ACCUSE")
    assert names(condemnation.target) & {"Ugandan police", "Uganda", "police"}


# -- readiness to talk is an intent to meet ---------------------------------------------------------------------------


def test_readiness_to_talk_to_someone_is_an_intent_to_meet_them(pipeline: Pipeline) -> None:
    (intent,) = of_type(events(pipeline, "Prime Minister Ousmane Sonko said he was ready to talk to the striking "
                                         "teachers."), "AGREE")
    assert intent.cameo == "036" and intent.target
    assert not events(pipeline, "Prime Minister Ousmane Sonko talked to reporters on Monday.")


# -- leaders' messages and calls, as agencies tell them ---------------------------------------------------------------


def test_congratulatory_messages_exchanged_with_a_leader_are_praise_between_them(pipeline: Pipeline) -> None:
    (praise,) = of_type(events(pipeline, "Vietnamese President Luong Cuong exchanged congratulatory messages with "
                                         "Cuban President Miguel Diaz-Canel on the anniversary of diplomatic ties."),
                        "SUPPORT")
    assert countries(praise.source) == {"VNM"} and countries(praise.target) == {"CUB"}


def test_two_ministers_discussing_a_settlement_are_not_aimed_at_it(pipeline: Pipeline) -> None:
    (talks,) = of_type(events(pipeline, "Russian Foreign Minister Sergei Lavrov and Turkish Foreign Minister Hakan "
                                        "Fidan discussed the Syrian settlement by phone on Monday."),
                       "CONSULT")
    assert countries(talks.source) == {"RUS", "TUR"} and not talks.target


# -- an office's body named between its title and its holder ----------------------------------------------------------


def test_body_of_an_office_before_its_holder_is_no_part_of_the_name(pipeline: Pipeline) -> None:
    found = extract(pipeline, "Speaker of the National Assembly Vuong Dinh Hue received the Cambodian "
                              "delegation.").actors
    assert "Vuong Dinh Hue" in {a.name for a in found if a.kind == "person"}
    assert not any("Hue" in a.name for a in found if a.kind == "organization")
    # the body's last word is no given name of the holder's, even when the entity left the body out
    found = extract(pipeline, "Chairman of the State Duma Vyacheslav Volodin met the Laotian delegation.").actors
    assert "Vyacheslav Volodin" in {a.name for a in found if a.kind == "person"}


def test_an_ultimatum_is_aimed_at_the_one_given_it(pipeline: Pipeline) -> None:
    (threat,) = of_type(events(pipeline, "The African Union gave the junta a two-week ultimatum to release President "
                                         "Ali Bongo."), "THREATEN")
    assert names(threat.target) == {"junta"}


# -- the time a statement was made in is not what it says ------------------------------------------------------------


def test_an_arrest_that_dates_a_declaration_is_not_reported_by_it(pipeline: Pipeline) -> None:
    (arrest,) = of_type(events(pipeline, "General Brice Oligui Nguema declared himself interim president on Monday, "
                                         "two days after soldiers detained President Ali Bongo."), "COERCE")
    assert arrest.factuality == "asserted"


def test_an_act_in_the_charges_against_someone_is_reported(pipeline: Pipeline) -> None:
    found = events(pipeline, "Kenyan police arrested the former governor on charges he embezzled public funds and "
                             "attacked a journalist.")
    assert of_type(found, "ASSAULT") and all(e.factuality != "asserted" for e in of_type(found, "ASSAULT"))
