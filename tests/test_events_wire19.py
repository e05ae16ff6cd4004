"""Constructions the coder missed (issue 13, session 42, found with sentences written to probe each type): a body
suspending or expelling a member state, not a person or a search; expressing what is no disapproval ("expressed his
closeness") is no accusation, while disapproval expressed still is; anger and outrage "at" a party aim at it; an act
condemned as what the speaker "called" or "described as" it keeps its doer as the target; walking out of a sitting is
a boycott of it; leave to speak given or withheld ("was not authorized to speak to the media") is no event; the kind
of a message sent ("a rescue call") is not what is sent; a raid on premises is a seizure, a raid on a village an
attack; people pulled out of danger are aided, bodies pulled from rubble are not; a vote against a party's reform
rejects it; forces sent to one country's border with another face the other; what a body does "each year" is a habit,
no event; a visit to a website is no visit; a condition a party set, met, is a concession to it; an international
body's acronym the tagger misses is still the body ("MONUSCO"); a name in apposition to a radio or a newspaper is the
medium, not a person a pronoun could stand for; blocking another party's effort or attempt rejects it, and the act
attempted is not coded as done. Every sentence is written for these tests and comes from no evaluation set, written
row or story, or real article; the constructions were found among tune misses (written wire, other and batch 2 rows,
ECB+ tune events; no batch 3 or sealed row was read)."""

from __future__ import annotations

from helpers import countries, events, names, of_type

from dragoman.pipeline import Pipeline


def test_a_body_suspending_or_expelling_a_member_state_sanctions_it(pipeline: Pipeline) -> None:
    for text, body, member in (("The Commonwealth suspended Fiji after the second coup.", "Commonwealth", "FJI"),
                               ("SADC suspended Madagascar from all its institutions.", "SADC", "MDG"),
                               ("The Arab League expelled Syria over the crackdown.", "Arab League", "SYR")):
        (sanction,) = of_type(events(pipeline, text), "SANCTION")
        assert body in names(sanction.source) and countries(sanction.target) == {member}, text


def test_suspending_a_person_or_a_search_is_no_sanction_of_a_member(pipeline: Pipeline) -> None:
    for text in ("The warehouse worker was suspended from her job after a quarrel.",
                 "The league suspended the striker for four matches.",
                 "Rescuers suspended the search for the missing climbers."):
        assert not of_type(events(pipeline, text), "SANCTION"), text


def test_expressing_what_is_no_disapproval_accuses_no_one(pipeline: Pipeline) -> None:
    for text in ("The Pope expressed his closeness to the people of Aleppo.",
                 "Chile expressed interest in buying Bolivian gas."):
        assert not of_type(events(pipeline, text), "ACCUSE"), text
    (accusation,) = of_type(events(pipeline, "Seoul expressed strong dissatisfaction with Tokyo's decision."),
                            "ACCUSE")
    assert countries(accusation.target) == {"JPN"}


def test_anger_at_a_party_is_aimed_at_it(pipeline: Pipeline) -> None:
    for text, source, target in (("Ankara voiced outrage at Copenhagen over the burning of a Koran.", "TUR", "DNK"),
                                 ("The minister expressed her anger at Portugal over the fishing quotas.", None,
                                  "PRT")):
        (accusation,) = of_type(events(pipeline, text), "ACCUSE")
        assert countries(accusation.target) == {target}, text
        assert source is None or countries(accusation.source) == {source}, text


def test_an_act_condemned_as_what_the_speaker_called_it_keeps_its_doer(pipeline: Pipeline) -> None:
    for text, target in (("Manila condemned what it called a dangerous manoeuvre by China.", "CHN"),
                         ("Moscow denounced what it described as a drone attack by Ukraine on a refinery.", "UKR")):
        accusations = of_type(events(pipeline, text), "ACCUSE")
        assert [countries(a.target) for a in accusations] == [{target}], text


def test_walking_out_of_a_sitting_is_a_protest(pipeline: Pipeline) -> None:
    (protest,) = of_type(events(pipeline, "Opposition deputies walked out of the assembly before the budget vote."),
                         "PROTEST")
    assert "deputies" in " ".join(names(protest.source))
    assert not of_type(events(pipeline, "The delegates walked out of the hotel after breakfast."), "PROTEST")


def test_leave_to_speak_is_no_concession_or_refusal(pipeline: Pipeline) -> None:
    for text in ("A customs officer, who was not authorized to speak to reporters, said the port had reopened.",
                 "The spokesman was not allowed to comment on the inquiry.",
                 "She was authorized to talk about the case on behalf of the ministry."):
        assert not [e for e in events(pipeline, text) if e.type in ("REJECT", "CONCEDE")], text
    (refusal,) = of_type(events(pipeline, "Belgrade did not allow the monitors to enter the village."), "REJECT")
    assert countries(refusal.source) == {"SRB"}


def test_the_kind_of_a_message_sent_is_not_what_is_sent(pipeline: Pipeline) -> None:
    for text in ("The Maltese fishing boat sent a rescue call to the Italian coast guard.",
                 "Libyan fishermen sent a rescue call to Tunisia."):
        assert not of_type(events(pipeline, text), "AID"), text
    (aid,) = of_type(events(pipeline, "Spain sent rescue teams to Morocco after the earthquake."), "AID")
    assert countries(aid.target) == {"MAR"}


def test_a_raid_on_premises_is_a_seizure_and_on_a_village_an_attack(pipeline: Pipeline) -> None:
    for text in ("Tax police raided the Almaty offices of the opposition weekly.",
                 "Security agents raided the homes of three Tunisian bloggers on Monday."):
        assert of_type(events(pipeline, text), "COERCE") and not of_type(events(pipeline, text), "ASSAULT"), text
    (attack,) = of_type(events(pipeline, "Militiamen raided a village in Ituri, killing seven farmers."), "ASSAULT")
    assert "Militiamen" in names(attack.source)


def test_people_pulled_out_of_danger_are_aided(pipeline: Pipeline) -> None:
    (aid,) = of_type(events(pipeline, "Australian navy divers plucked stranded villagers from flooded homes in Tonga."),
                     "AID")
    assert countries(aid.source) == {"AUS"}
    assert not of_type(events(pipeline, "The bodies of two Sudanese migrants were pulled from the river by Chadian "
                                        "soldiers."), "AID")
    assert not of_type(events(pipeline, "Hungary pulled out of the talks on the migration pact."), "AID")


def test_a_vote_against_a_party_s_reform_rejects_it(pipeline: Pipeline) -> None:
    (refusal,) = of_type(events(pipeline, "Peru's Congress voted against President Castillo's pension reform."),
                         "REJECT")
    assert "Castillo" in " ".join(names(refusal.target))


def test_forces_sent_to_a_border_face_the_party_across_it(pipeline: Pipeline) -> None:
    for text, target in (("The junta deployed hundreds of soldiers to Niger's border with Benin.", "BEN"),
                         ("Ethiopia massed troops on Sudan's border.", "SDN")):
        (move,) = of_type(events(pipeline, text), "MOBILIZE")
        assert countries(move.target) == {target}, text


def test_what_happens_each_year_is_a_habit_not_an_event(pipeline: Pipeline) -> None:
    for text in ("The Norwegian coast guard rescues hundreds of Russian fishermen every year.",
                 "The European Commission conducts about 900 inquiries into Chinese firms each year."):
        assert not events(pipeline, text), text
    (aid,) = of_type(events(pipeline, "The Norwegian coast guard rescued 40 Russian fishermen last year."), "AID")
    assert countries(aid.target) == {"RUS"}


def test_a_visit_to_a_website_is_no_visit(pipeline: Pipeline) -> None:
    for text in ("North Korean hackers lured South Korean officials to visit a fake website.",
                 "Spies can entice diplomats to visit a specially crafted site."):
        assert not of_type(events(pipeline, text), "CONSULT"), text
    (visit,) = of_type(events(pipeline, "Scholz visited the site of the flood in Bavaria."), "CONSULT")
    assert "Scholz" in " ".join(names(visit.source))


def test_a_condition_met_concedes_to_whoever_set_it(pipeline: Pipeline) -> None:
    (concession,) = of_type(events(pipeline, "Egypt cut fuel subsidies, meeting a key condition set by the "
                                             "International Monetary Fund."), "CONCEDE")
    assert countries(concession.source) == {"EGY"} and not of_type(
        events(pipeline, "Egypt met a key condition set by the International Monetary Fund."), "CONSULT")


def test_an_acronym_the_tagger_misses_is_still_the_body(pipeline: Pipeline) -> None:
    (protest,) = of_type(events(pipeline, "Thousands of students marched through Bunia demanding the departure of "
                                          "MONUSCO."), "PROTEST")
    assert names(protest.target) == {"MONUSCO"}
    (attack,) = of_type(events(pipeline, "Militiamen attacked a MONUSCO base near Beni."), "ASSAULT")
    assert names(attack.target) == {"MONUSCO"}


def test_a_name_in_apposition_to_a_medium_is_no_person(pipeline: Pipeline) -> None:
    text = ("On Monday, Kirchner announced on her radio Voz Popular that she would begin a hunger strike against "
            "the government of President Javier Milei.")
    protests = of_type(events(pipeline, text), "PROTEST")
    assert protests and all("Kirchner" in " ".join(names(e.source)) for e in protests)


def test_blocking_another_party_s_effort_rejects_it(pipeline: Pipeline) -> None:
    found = events(pipeline, "Slovakia blocked EU efforts to send artillery shells to Kyiv.")
    (refusal,) = of_type(found, "REJECT")
    assert countries(refusal.source) == {"SVK"} and "EU" in " ".join(names(refusal.target))
    assert not [e for e in found if e.type in ("AID", "MOBILIZE") and e.factuality in ("asserted", "reported")]
    (refusal,) = of_type(events(pipeline, "Washington thwarted a Chinese attempt to convene the Security Council."),
                         "REJECT")
    assert countries(refusal.target) == {"CHN"}
