"""Word families the CAMEO and PLOVER codebooks name, each added whole (synonyms, phrasal verbs, nominalisations),
with guards against their other senses: yielding phrasal verbs (CAMEO 080), censure of texts and policies (111),
acceding to requests (083), repression of people (170). Sentences written for these tests."""

from __future__ import annotations

from helpers import events

from dragoman.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.cameo) for e in events(pipeline, text)}


def test_phrasal_verbs_of_yielding_concede(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The Tamil rebels backed off from their demand for a separate state.") \
        == {("CONCEDE", "080")}
    assert ("CONCEDE", "080") in _coded(pipeline, "Pakistan backed away from its threat to expel the Afghan refugees.")
    assert _coded(pipeline, "The Greek government caved in to the demands of the unions.") == {("CONCEDE", "080")}
    assert _coded(pipeline, "The Thai government climbed down after weeks of protests.") == {("CONCEDE", "080")}
    # backing a party is support, not yielding
    assert _coded(pipeline, "The Kenyan opposition backed the Somali president.") == {("SUPPORT", "051")}


def test_texts_and_policies_called_out_or_torn_into_are_criticized(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The EU called out the Russian decision to close the embassy.") >= {("ACCUSE", "111")}
    assert ("ACCUSE", "111") in _coded(pipeline, "Mexico tore into the American plan for the border wall.")
    assert ("ACCUSE", "111") in _coded(pipeline, "Beijing took aim at the new Australian law on foreign agents.")
    # a party called out is censured as before; troops called out are mobilized
    assert _coded(pipeline, "Canada called out China for its treatment of the Uighurs.") == {("ACCUSE", "111")}
    assert "ACCUSE" not in {t for t, _ in _coded(pipeline, "Nigeria called out the army to restore order.")}


def test_requests_granted_or_fulfilled_are_conceded(pipeline: Pipeline) -> None:
    # the request fulfilled is itself coded, as "Palestine's request" is
    assert _coded(pipeline, "Egypt fulfilled the Palestinian request for fuel.") >= {("CONCEDE", "083")}
    assert _coded(pipeline, "Jordan honoured the Iraqi request to extradite the banker.") >= {("CONCEDE", "083")}
    assert _coded(pipeline, "The UN approved the Palestinian application for observer status.") \
        == {("CONCEDE", "083")}
    # honouring a party is praise, not yielding
    assert "CONCEDE" not in {t for t, _ in _coded(pipeline, "The Indian president honoured the Nepali envoy.")}


def test_repression_of_people_is_coercion(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The Iranian regime intensified its repression of women activists.") \
        == {("COERCE", "170")}
    assert _coded(pipeline, "Belarusian police repressed the protesters in Minsk.") == {("COERCE", "170")}
    assert _coded(pipeline, "The junta continued its oppression of the minority in Rakhine.") \
        >= {("COERCE", "170")}
    # memories repressed are no one's repression
    assert not events(pipeline, "The Kenyan singer repressed memories of her childhood.")


def test_a_measure_not_renewed_lapses(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The Security Council failed to renew the arms embargo on Libya.") \
        == {("RETREAT", "085")}
    assert ("RETREAT", "085") in _coded(pipeline, "The European Union failed to renew its sanctions on Belarus.")
    # renewed, it stays in force
    assert _coded(pipeline, "The European Union renewed its sanctions on Belarus.") == {("COERCE", "163")}


def test_what_a_party_sought_granted_is_conceded(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The judge granted the injunction sought by the Kenyan opposition.") \
        == {("CONCEDE", "083")}
    assert ("CONCEDE", "083") in _coded(pipeline, "Congress approved the weapons requested by the Ukrainian army.")


def test_two_verbs_share_one_object(pipeline: Pipeline) -> None:
    # the object of the second verb restricts the first: agreeing to a proposal is concluding it (CAMEO 057)
    assert ("SUPPORT", "057") in _coded(
        pipeline, "The Zambian government agreed and accepted the proposal submitted by the Chinese firm.")


def test_hazards_and_travel_warned_of_are_no_threats(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The British Foreign Office issued a travel warning for Sri Lanka.")
    assert not events(pipeline, "The Philippine government warned of floods in Manila.")
    assert not events(pipeline, "The Kenyan weather service issued a flood warning for Nairobi.")
    # warnings to a party stay threats
    assert _coded(pipeline, "North Korea issued a warning to South Korea.") == {("THREATEN", "130")}
    assert _coded(pipeline, "China warned Taiwan against declaring independence.") == {("THREATEN", "130")}


def test_a_commitment_reinforced_coerces_no_one(pipeline: Pipeline) -> None:
    assert "COERCE" not in {t for t, _ in _coded(
        pipeline, "Germany reinforced its commitment to the Syrian refugees in Jordan.")}
