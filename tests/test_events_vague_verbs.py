"""Vague verbs with abstract objects code no event: a CAMEO dictionary verb line needs a party (or an event) to act
on, and the lexicon's senses of "call", "press", "examine", "readiness" and "wound" hold only where their words
say so. Sentences written for these tests."""

from __future__ import annotations

from helpers import events

from dragoman.events.dictionary import CameoDictionary
from dragoman.pipeline import Pipeline


def _types(pipeline: Pipeline, text: str) -> set[str]:
    return {e.type for e in events(pipeline, text)}


def test_a_course_of_action_taken_is_no_seizure(pipeline: Pipeline) -> None:
    assert "COERCE" not in _types(pipeline, "The Iraqi government will take measures against the militias.")
    assert "COERCE" not in _types(pipeline, "Egypt is taking steps to improve its relations with Turkey.")
    # the same verb on people is the dictionary's seizure
    assert "COERCE" in _types(pipeline, "The Indian navy captured 23 pirates in the Gulf of Aden.")


def test_a_party_inside_an_abstract_object_is_no_party_of_the_verb(pipeline: Pipeline) -> None:
    found = _types(pipeline, "Turkey facilitated the process of prisoner exchange between Russia and Ukraine.")
    assert "COOPERATE" not in found


def test_securing_a_place_is_no_aid_to_anyone(pipeline: Pipeline) -> None:
    found = events(pipeline, "The Saudi army deployed troops to ensure security along the border with Yemen.")
    assert "AID" not in {e.type for e in found}
    assert "MOBILIZE" in {e.type for e in found}  # the deployment stays


def test_a_verb_line_keeps_its_sense_on_what_a_party_owns_or_receives(pipeline: Pipeline) -> None:
    dictionary = CameoDictionary()

    def coded(text: str) -> list[str | None]:
        return [t.rule.cameo for t in dictionary.triggers(list(pipeline.parser.nlp(text)), set())]

    assert coded("Malawi donated blankets to Zambia .") == ["070"]  # the recipient of the thing given
    assert coded("Malawi donated blankets .") == []  # a thing given to no one
    assert coded("Kenyan police searched the Ugandan ambassador 's residence .") != []  # the owner of the thing
    assert coded("Kenyan police searched the residence .") == []


def test_the_villages_a_relative_clause_took(pipeline: Pipeline) -> None:
    assert "COERCE" in _types(pipeline, "The army shelled the village that the rebels had captured.")


def test_wounding_is_an_assault_but_no_beating(pipeline: Pipeline) -> None:
    (wounded,) = [e for e in events(pipeline, "Two Palestinians were wounded by Israeli fire in Jenin.")
                  if e.type == "ASSAULT"]
    assert wounded.mode != "beat"
    (injured,) = [e for e in events(pipeline, "Israeli soldiers injured three Palestinians near Nablus.")
                  if e.type == "ASSAULT"]
    assert injured.mode != "beat"
    (beaten,) = [e for e in events(pipeline, "Israeli soldiers beat three Palestinians near Nablus.")
                 if e.type == "ASSAULT"]
    assert beaten.mode == "beat"


def test_a_call_made_or_received_is_no_request(pipeline: Pipeline) -> None:
    found = _types(pipeline, "The Greek coast guard received a distress call from a migrant boat off Lesbos.")
    assert "REQUEST" not in found
    assert "REQUEST" in _types(pipeline, "Pakistan renewed its call on India to resume talks.")
    assert "REQUEST" in _types(pipeline, "Lebanon issued a call for international aid.")


def test_pressing_ahead_is_no_pressure_on_anyone(pipeline: Pipeline) -> None:
    assert "REQUEST" not in _types(pipeline, "Iran will press ahead with uranium enrichment.")
    assert "REQUEST" not in _types(pipeline, "Iran presses forward with its nuclear program.")
    assert "REQUEST" in _types(pipeline, "The United States pressed Israel to allow aid into Gaza.")


def test_readiness_mobilizes_only_forces(pipeline: Pipeline) -> None:
    assert "MOBILIZE" not in _types(pipeline, "Tehran declared full readiness for negotiations with Washington.")
    raised = _types(pipeline, "The Syrian army raised the combat readiness of its units near the Turkish border.")
    assert "MOBILIZE" in raised


def test_examining_a_proposal_is_no_investigation(pipeline: Pipeline) -> None:
    assert "ACCUSE" not in _types(pipeline, "The Indian government is examining the proposal submitted by Pakistan.")
    assert "ACCUSE" not in _types(pipeline, "The ministry is reviewing the agreement signed with Qatar.")
    found = events(pipeline, "The UN is examining the allegations of torture by Syrian forces.")
    assert ("ACCUSE", "investigate") in {(e.type, e.mode) for e in found}


def test_managing_to_act_is_no_management(pipeline: Pipeline) -> None:
    # before an infinitive "manage" says only that the act happened; the infinitive's own line still codes
    dictionary = CameoDictionary()

    def coded(text: str) -> list[str | None]:
        return [t.rule.cameo for t in dictionary.triggers(list(pipeline.parser.nlp(text)), set())]

    assert coded("The smugglers managed to evade the Greek coast guard .") == []
    assert [(t.word.text, t.rule.cameo) for t in dictionary.triggers(
        list(pipeline.parser.nlp("The army managed to protect the Israeli embassy .")), set())] == [("protect", "074")]


def test_a_cooperative_root_code_on_a_bare_verb_line_is_no_event(pipeline: Pipeline) -> None:
    # travelling (040) and finding (060) sit in the cooperative roots' own lines of the CAMEO dictionary
    assert _types(pipeline, "The senator travelled to Utah last week.") == set()
    assert _types(pipeline, "The police found the suspect in a garage.") == set()
    assert _types(pipeline, "The senator will travel to Utah next week.") == set()  # nor an intent to travel
    # a specific line of the same roots still codes: a visit is CONSULT 042
    visit = events(pipeline, "The French foreign minister visited Moscow on Tuesday.")
    assert [(e.type, e.cameo) for e in visit] == [("CONSULT", "042")]
