"""Senses of dictionary and lexicon verbs that general news uses for no political event, chosen by a class of
objects or by a construction: passing people by, jobs and lawsuits, joining a body as staff, goods bought, a person
helped with a private task; and verbs whose event is another type than their first sense: a life taken is a
killing, words attacked are criticized, a party called to act is asked to. Sentences written for these tests."""

from __future__ import annotations

from helpers import events

from dragoman.events.triggers import find_triggers
from dragoman.pipeline import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """The triggers of the lexicon and the CAMEO dictionary, as the coder finds them."""
    coder = pipeline.coder
    return [(t.word.text, t.rule.cameo)
            for t in find_triggers(list(pipeline.parser.nlp(text)), coder.lexicon, coder.dictionary)]


def _types(pipeline: Pipeline, text: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.cameo) for e in events(pipeline, text)}


def test_passing_people_or_things_by_is_no_approval(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The witness passed two police officers on the bridge .") == []
    assert _coded(pipeline, "The aide passed an envelope of cash to the contractor .") == []
    # a text passed against a party is approved
    assert _coded(pipeline, "The council passed a resolution against Iran .") == [("passed", "080")]


def test_a_job_or_a_post_taken_is_no_act_on_anyone(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The judge will fill the post of attorney general until May .") == []
    assert _coded(pipeline, "The former mayor took a senior position with the bank .") == []
    assert _coded(pipeline, "The coach took the job in Denver last spring .") == []
    # a post held by a force is a place
    assert _coded(pipeline, "The rebels seized an army post near the border .") == [("seized", "171")]


def test_a_lawsuit_settled_is_no_concession(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The teacher settled his lawsuit against the school district for $2 million .") == []
    assert not events(pipeline, "The family settled a lawsuit against the city of Dallas.")


def test_joining_a_body_as_one_of_its_people_is_no_event(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Johnson joined the FBI in 1971 and later worked for the State Department .") == []
    assert _coded(pipeline, "She joined the company as chief financial officer .") == []
    assert _coded(pipeline, "At 18 he joined the navy .") == []
    # a state joining an alliance, a body joining a coalition keep their codes
    assert _coded(pipeline, "The Kurdish militia joined the coalition against the Islamic State .") \
        == [("joined", "050")]


def test_goods_bought_or_sold_name_no_party_by_their_owner(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "Many families cannot buy their medicine .") == []
    assert _coded(pipeline, "The aide used the money to buy the silence of the witnesses .") == []
    # goods named by their country, and a party traded with, do
    assert _coded(pipeline, "China bought Iranian oil despite the sanctions .") == [("bought", "061")]


def test_a_person_helped_with_a_private_task_is_no_aid(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "The clerk helped the reporters find the court records .") == []
    assert _coded(pipeline, "The senator helped Smith write the speech .") == []
    # a country helped, or a person helped in an act of aid, is aided
    assert _coded(pipeline, "Japan helped Indonesia rebuild its schools after the tsunami .") == [("helped", "070")]
    assert _coded(pipeline, "The volunteers helped the refugees rebuild their homes .") == [("helped", "070")]


def test_a_life_taken_is_a_killing(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Boko Haram militants took the lives of 12 Nigerian soldiers.") == {("ASSAULT", "190")}
    assert _types(pipeline, "Rebels in Mali took the life of a French soldier.") == {("ASSAULT", "190")}
    # one's own life taken is a suicide, no event
    assert not events(pipeline, "The Kenyan farmer took his own life last week.")


def test_words_attacked_are_criticized(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Poland attacked the EU proposal on migrant quotas.") == {("ACCUSE", "111")}
    assert _types(pipeline, "Turkey attacked the French decision to recognize the genocide.") == {("ACCUSE", "111")}
    assert _types(pipeline, "Orban attacked Brussels over its asylum policy.") == {("ACCUSE", "111")}
    # people and places attacked are assaulted, also where the news names its source
    assert "ASSAULT" in {t for t, _ in _types(pipeline, "Taliban fighters attacked a police checkpoint in Kunduz.")}
    assert "ASSAULT" in {t for t, _ in _types(
        pipeline, "The Syrian army attacked rebel positions near Aleppo, according to a monitoring group.")}


def test_a_party_called_to_act_is_asked(pipeline: Pipeline) -> None:
    assert _types(pipeline, "Somalia called the African Union to intervene in the conflict.") == {("REQUEST", "100")}
    assert _types(pipeline, "Egypt called Israel to halt its strikes on Gaza.") == {("REQUEST", "100")}
    # a call and its caller's talk is a phone call, and what it was for
    assert _types(pipeline, "The Egyptian president called the Israeli prime minister on Tuesday.") \
        == {("CONSULT", "041")}
    assert ("SUPPORT", "051") in _types(pipeline, "Putin called Erdogan to congratulate him on his victory.")


def test_let_go_is_no_permission(pipeline: Pipeline) -> None:
    assert not events(pipeline, "A Kenyan clerk who had been let go from the ministry opened the files to reporters.")
    assert not events(pipeline, "The Nigerian bank let go of 200 workers in Lagos.")
    # letting a party do something is permitting it
    assert ("allowed", "080") in _coded(pipeline, "Egypt allowed the Palestinian wounded to cross into Sinai .")


def test_what_is_found_or_reached_by_striking_is_no_attack(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Chilean senator struck up a friendship with the Peruvian envoy in Lima.")
    assert not events(pipeline, "A Texas company struck oil in northern Kenya.")
    assert not events(pipeline, "The Turkish lira hit a record low against the dollar.")
    # people and places struck are attacked; deals struck are the noun's agreement
    assert ("ASSAULT", "190") in _types(pipeline, "Israeli jets struck Hamas positions in Gaza.")
    assert _types(pipeline, "Serbia and Kosovo struck a deal on border crossings.") == {("SUPPORT", "057")}


def test_insisting_on_a_fact_is_a_claim_not_a_demand(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The Indian navy insisted that its frigate had fired in self-defence.")
    assert not events(pipeline, "The Kenyan minister insists he is innocent.")
    # a subjunctive, a modal or "on" demands
    assert ("REQUEST", "100") in _types(pipeline, "Iran insisted that Britain release the detained sailors.")
    assert _types(pipeline, "China insisted on an apology from Japan.") == {("REQUEST", "100")}


def test_a_call_to_say_something_is_no_request(pipeline: Pipeline) -> None:
    assert "REQUEST" not in {t for t, _ in _types(
        pipeline, "The Mexican consul called the police to tell them about the kidnapping.")}
    assert _types(pipeline, "Egypt called on Israel to halt its strikes on Gaza.") == {("REQUEST", "100")}


def test_a_person_questioned_is_interviewed_not_criticized(pipeline: Pipeline) -> None:
    assert not events(pipeline, "Kenyan police questioned the driver over the killings.")
    assert not events(pipeline, "Two detectives went to the village to question a witness.")
    # a claim or a decision questioned is disputed
    assert _types(pipeline, "Russia questioned the legitimacy of the Ukrainian elections.") == {("ACCUSE", "111")}


def test_gazes_and_medical_examinations_are_no_investigation(pipeline: Pipeline) -> None:
    assert not events(pipeline, "The former Kenyan minister sat in court, looking blankly into space.")
    assert not events(pipeline, "Doctors in Nairobi examined the sanity of the suspect.")
    assert _types(pipeline, "The UN will look into the killings of protesters in Myanmar.") == {("ACCUSE", "090")}


def test_fighting_back_tears_or_a_blaze_and_a_bow_are_no_events(pipeline: Pipeline) -> None:
    """"fought back emotions", "battled the blaze" and "bowed" (a gesture) are no attack and no concession; fighting
    troops and bowing to pressure are."""
    for text in ("Shondell McAllister fought back emotions to recall the night her child died.",
                 "The mother fought tears as the images were shown in court.",
                 "Firefighters battled the blaze for hours.",
                 "Ford pressed his hands together and bowed."):
        assert events(pipeline, text) == [], text
    assert [e.type for e in events(pipeline, "Rebels fought government troops in the north.")] == ["ASSAULT"]
    assert [e.type for e in events(pipeline, "The government bowed to pressure from the United States.")] == [
        "CONCEDE"]
