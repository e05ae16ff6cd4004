"""Who speaks when a wire story names the speaker once and then says "it", "the statement" or "and urged" (issue 13,
session 26), and promises of hostile acts. Every sentence is written for these tests; none comes from an evaluation
set or a real article."""

from __future__ import annotations

from helpers import countries, events, of_type

from dragoman.pipeline import Pipeline

# -- a text named again by its noun speaks for its issuer ------------------------------------------------------------


def test_the_statement_speaks_for_the_body_that_issued_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Chilean Foreign Ministry issued a statement on Friday. The statement urged Peru to "
                             "reopen the border crossing.")
    (request,) = of_type(found, "REQUEST")
    assert countries(request.source) == {"CHL"} and countries(request.target) == {"PER"}


def test_the_issuer_may_be_two_paragraphs_back_and_said_in_the_text(pipeline: Pipeline) -> None:
    text = ("Norway's foreign ministry said in a statement that it was following the dispute closely.\n\n"
            "The talks in Oslo ended without a date for a new round.\n\n"
            "The statement also urged Serbia to withdraw its police from the north.")
    (request,) = of_type(events(pipeline, text), "REQUEST")
    assert countries(request.source) == {"NOR"} and countries(request.target) == {"SRB"}


def test_an_adopted_resolution_speaks_for_the_body_that_adopted_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "The African Union adopted a resolution on Monday. The resolution demanded that Sudan "
                             "open aid corridors.")
    (request,) = of_type(found, "REQUEST")
    assert [p.name for p in request.source] == ["African Union"] and countries(request.target) == {"SDN"}


def test_a_statement_whose_issuer_is_not_named_speaks_for_no_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "A statement was posted online on Friday. The statement urged Peru to reopen the "
                             "border crossing.")
    (request,) = of_type(found, "REQUEST")
    assert not request.source and countries(request.target) == {"PER"}


def test_only_the_same_text_counts(pipeline: Pipeline) -> None:
    # the resolution is not the statement: its adopter does not speak for a statement nobody is said to issue
    found = events(pipeline, "The Arab League adopted a resolution on Gaza. The statement urged Israel to lift the "
                             "siege.")
    (request,) = of_type(found, "REQUEST")
    assert not request.source


# -- "it" and "they" for the body that was the subject before --------------------------------------------------------


def test_it_voicing_a_stance_is_the_body_named_before(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Ghanaian government released a statement on Tuesday.\n\nIt accused Togo of "
                             "sheltering the gunmen.")
    (accusation,) = of_type(found, "ACCUSE")
    assert countries(accusation.source) == {"GHA"} and countries(accusation.target) == {"TGO"}


def test_they_is_a_plural_body(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Taliban said they had closed the crossing. They warned Pakistan against further "
                             "air strikes.")
    (warning,) = [e for e in found if e.type in ("THREATEN", "ACCUSE", "REQUEST")]
    assert [p.name for p in warning.source] == ["Taliban"] and countries(warning.target) == {"PAK"}


def test_it_of_a_thing_is_not_the_body(pipeline: Pipeline) -> None:
    # the missile flew; nothing here voices a stance, so no pronoun is read as North Korea
    found = events(pipeline, "North Korea fired a ballistic missile on Tuesday. It flew about 600 km and hit a "
                             "target in the sea.")
    assert all(countries(e.source) <= {"PRK"} for e in found)
    assert len(of_type(found, "ASSAULT")) <= 1


def test_it_after_a_person_is_not_linked(pipeline: Pipeline) -> None:
    found = events(pipeline, "Foreign Minister Ana Ruiz issued a statement. It condemned the raid on the embassy.")
    (condemnation,) = of_type(found, "ACCUSE")
    assert not condemnation.source


# -- a stance joined to the words said of a matter is the speaker's ---------------------------------------------------


def test_a_stance_after_words_about_a_deed_is_the_speakers(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Indonesian ministry said the burning was a hate crime and urged Dutch authorities "
                             "to prosecute those responsible.")
    (request,) = of_type(found, "REQUEST")
    assert countries(request.source) == {"IDN"} and countries(request.target) == {"NLD"}


def test_a_stance_after_words_about_a_decision_is_the_speakers(pipeline: Pipeline) -> None:
    found = events(pipeline, "Jordan said the decision breaches international law and called on the Security "
                             "Council to act.")
    (request,) = of_type(found, "REQUEST")
    assert countries(request.source) == {"JOR"}


def test_a_party_in_the_said_clause_keeps_its_own_verbs(pipeline: Pipeline) -> None:
    # the conjunct's subject is a party, who does act: "Serbia ... and urged" is Serbia's
    found = events(pipeline, "Kosovo said Serbia had massed troops on the border and urged NATO to respond.")
    assert any(countries(e.source) == {"SRB"} for e in of_type(found, "MOBILIZE"))


# -- a promise of a hostile act is a threat --------------------------------------------------------------------------


def test_a_vow_to_attack_is_a_threat_of_force(pipeline: Pipeline) -> None:
    found = events(pipeline, "The militia vowed to attack Turkish bases in the region.")
    (threat,) = of_type(found, "THREATEN")
    assert (threat.cameo, countries(threat.target)) == ("138", {"TUR"})
    assert not of_type(found, "AGREE")


def test_a_pledge_to_keep_up_attacks_is_a_threat(pipeline: Pipeline) -> None:
    found = events(pipeline, "Al-Shabaab pledged to continue its attacks on Kenya.")
    assert [e.cameo for e in of_type(found, "THREATEN")] == ["138"] and not of_type(found, "AGREE")


def test_a_promise_of_help_stays_a_promise(pipeline: Pipeline) -> None:
    found = events(pipeline, "Qatar pledged to help Lebanon rebuild the port after the blast.")
    assert of_type(found, "AGREE") and not of_type(found, "THREATEN")


def test_an_agreement_to_act_is_no_threat(pipeline: Pipeline) -> None:
    # agreeing among themselves to sanction is a decision, not a vow made at the target
    found = events(pipeline, "Nordic ministers agreed to impose sanctions on the junta.")
    assert not of_type(found, "THREATEN")


# -- the body a speaker is named for, and a stance that is no body ----------------------------------------------------


def test_the_body_of_a_spokesman_is_not_the_country_it_denounces(pipeline: Pipeline) -> None:
    # the ministry has no country of its own words; the country its spokesman acts against is not it, the dateline is
    found = events(pipeline, "HAVANA, March 3 -- A spokesman for the Foreign Ministry denounced Washington for the "
                             "new travel restrictions.")
    (accusation,) = of_type(found, "ACCUSE")
    assert countries(accusation.source) == {"CUB"} and countries(accusation.target) == {"USA"}


def test_opposition_voiced_is_a_stance_not_a_party(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Kenyan ministry expressed firm opposition to the levy imposed by Tanzania.")
    (accusation,) = of_type(found, "ACCUSE")
    assert countries(accusation.target) == {"TZA"}
    assert all("opposition" not in p.name for e in found for p in e.source + e.target)


def test_the_opposition_as_a_party_is_still_one(pipeline: Pipeline) -> None:
    found = events(pipeline, "The opposition accused the ruling party of rigging the vote.")
    (accusation,) = of_type(found, "ACCUSE")
    assert [p.name for p in accusation.source] == ["opposition"]


# -- an agentless passive in a state's words: its own act on another country's party ---------------------------------


def test_an_expulsion_told_by_the_expelling_state_is_its_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "Two Belarusian diplomats were expelled, the Lithuanian foreign ministry said.")
    (expulsion,) = of_type(found, "SANCTION")
    assert countries(expulsion.source) == {"LTU"} and countries(expulsion.target) == {"BLR"}


def test_aid_told_by_the_army_that_delivered_it_is_its_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "Ten tonnes of medical supplies were delivered to Sudan on Monday, the Egyptian army "
                             "said.")
    (aid,) = of_type(found, "AID")
    assert countries(aid.source) == {"EGY"} and countries(aid.target) == {"SDN"}


def test_what_befell_the_speakers_own_side_is_not_its_act(pipeline: Pipeline) -> None:
    found = events(pipeline, "Three Latvian diplomats were expelled, the Latvian foreign ministry said.")
    (expulsion,) = of_type(found, "SANCTION")
    assert not expulsion.source and countries(expulsion.target) == {"LVA"}


def test_a_violent_act_told_by_a_state_is_not_the_states(pipeline: Pipeline) -> None:
    found = events(pipeline, "Four Syrian soldiers were killed in an ambush, the Turkish defence ministry said.")
    assert all(countries(e.source) != {"TUR"} for e in of_type(found, "ASSAULT"))


# -- the day before the object, quoted words, foreign objects ---------------------------------------------------------


def test_a_day_before_the_object_leaves_the_object_to_the_verb(pipeline: Pipeline) -> None:
    # wire copy puts the day first: the parser reads "on Sunday Chad's decision" as one phrase under "on"
    found = events(pipeline, "Niger strongly condemned on Sunday Chad's decision to close the border.")
    (condemnation,) = of_type(found, "ACCUSE")
    assert countries(condemnation.source) == {"NER"} and countries(condemnation.target) == {"TCD"}
    found = events(pipeline, "Armenia accused on Friday Azerbaijan of shelling a border village.")
    (accusation,) = of_type(found, "ACCUSE")
    assert countries(accusation.target) == {"AZE"}


def test_one_quoted_as_doing_is_the_doer(pipeline: Pipeline) -> None:
    found = events(pipeline, "State radio quoted President Museveni as urging Rwanda to withdraw its troops.")
    (request,) = of_type(found, "REQUEST")
    assert countries(request.source) == {"UGA"} and countries(request.target) == {"RWA"}


def test_a_foreign_object_is_not_the_acting_sides_own(pipeline: Pipeline) -> None:
    (seizure,) = events(pipeline, "The Venezuelan navy seized a foreign fishing boat.")
    assert countries(seizure.source) == {"VEN"} and "VEN" not in countries(seizure.target)


def test_a_threats_condition_does_not_make_the_threat_hypothetical(pipeline: Pipeline) -> None:
    found = events(pipeline, "Caracas warned Georgetown of a firm response if the survey ships entered the waters.")
    (threat,) = of_type(found, "THREATEN")
    assert threat.factuality == "asserted" and countries(threat.target) == {"GUY"}
    # the act threatened stays conditional
    found = events(pipeline, "Venezuela said it would seize the ships if they entered the waters.")
    assert all(e.factuality == "hypothetical" for e in found if e.type != "THREATEN")
