"""Who takes part in a reported event (issue 13, fewer false events): a speaker is not a party to what they report
by a pronoun of their own words, relatives of a victim are not the victim, "two leaders of X" are X's and not the
parties just named, an adverbial gerund shares its clause's subject, and what merely ought to be is no request.
Sentences written for these tests."""

from __future__ import annotations

from helpers import events, names

from dragoman.pipeline import Pipeline


def participants(pipeline: Pipeline, text: str, type: str) -> list[tuple[set[str], set[str]]]:
    """(source names, target names) of each event of `type` in one article made of `text`."""
    return [(names(e.source), names(e.target)) for e in events(pipeline, text) if e.type == type]


def test_a_pronoun_before_the_speakers_name_is_someone_else(pipeline: Pipeline) -> None:
    # "he was attacked, Waldie said": the one attacked is not the speaker who comes after
    for text, type, speaker in (
            ("An officer was hurt when a brick hit him, police spokesman Paul Browne said.", "ASSAULT", "Paul Browne"),
            ("Deputy Ortiz had gone to the house when he was attacked, Undersheriff Larry Waldie told reporters.",
             "ASSAULT", "Larry Waldie"),
            ("The gunman fired at the manager, hitting him in the chest, witness Barry Whiteside said.", "ASSAULT",
             "Barry Whiteside")):
        for source, target in participants(pipeline, text, type):
            assert speaker not in source | target, text


def test_a_third_person_pronoun_inside_a_quotation_is_not_the_speaker(pipeline: Pipeline) -> None:
    # speakers say "I" of themselves inside their own words
    for text, speaker in (
            ('"She came back and she shot the ones she blamed," prosecutor Ann Fairman said.', "Ann Fairman"),
            ('"When he shot her, he also killed his own child," prosecutor Tony Evans told the jury.', "Tony Evans"),
            ('"They have killed civilians in their homes," Hamas leader Mahmoud Zahar said.', "Mahmoud Zahar")):
        for source, target in participants(pipeline, text, "ASSAULT"):
            assert speaker not in source | target, text


def test_a_pronoun_reported_by_a_quoted_speaker_is_that_speaker(pipeline: Pipeline) -> None:
    # the quotation is the spokesman's; inside it "she told ... that she apologizes" is the governor's own report
    text = ('"Governor Palin stopped by the church, and she told a pastor that she apologizes for the incident," '
            "the spokesman said.")
    (apology,) = participants(pipeline, text, "SUPPORT")
    assert "Palin" in apology[0]


def test_a_speaker_named_first_still_refers_to_themself(pipeline: Pipeline) -> None:
    # "Rahman said he had met ...": no quotation, the speaker before the pronoun
    (meeting,) = participants(pipeline, "Foreign Minister Ali Rahman said he had met the Iranian ambassador in Doha.",
                              "CONSULT")
    assert "Ali Rahman" in meeting[0]


def test_the_reporter_is_not_the_source_of_the_reported_act(pipeline: Pipeline) -> None:
    for text, doer in (("The lawyer said police arrested his client on Monday.", "police"),
                       ("A spokesman for the family said soldiers shot the boy.", "soldiers")):
        found = [e for e in events(pipeline, text) if e.type in ("COERCE", "ASSAULT")]
        assert [names(e.source) for e in found] == [{doer}], text


def test_a_relative_of_the_victim_is_not_the_one_acted_on(pipeline: Pipeline) -> None:
    # "the woman whose son was killed": the son was killed; "killed his father": the father, not the killer
    (killing,) = participants(pipeline, "The woman, whose son was killed by soldiers, accused the army of lying.",
                              "ASSAULT")
    assert killing == ({"soldiers"}, {"son"})
    text = "Omar Haddad said his brother was shot by militiamen near the market."
    (shooting,) = participants(pipeline, text, "ASSAULT")
    assert shooting[1] == {"brother"} and "Omar Haddad" not in shooting[0] | shooting[1]


def test_a_relative_is_a_private_person(pipeline: Pipeline) -> None:
    # a visit to one's own relatives is no political event, as a visit to a named private person is not
    assert not [e for e in events(pipeline, "The singer visited her grandmother at a nursing home in Ohio.")
                if e.type == "CONSULT"]


def test_a_relative_clause_on_its_own_passive_subject_keeps_its_patient(pipeline: Pipeline) -> None:
    # the head noun is the patient only when the relative pronoun stands for it ("the village that ... captured")
    (capture,) = participants(pipeline, "Israel bombed the village that the rebels had captured.", "COERCE")
    assert capture == ({"rebels"}, {"village"})


def test_leaders_of_a_named_body_do_not_refer_back(pipeline: Pipeline) -> None:
    # "two top leaders of a sect" are the sect's, not the parties of the event before
    text = ("Two top leaders of a polygamous community in western Canada have been arrested. "
            "Two leaders of the community have been charged with practicing polygamy.")
    charges = [e for e in events(pipeline, text) if e.type == "ACCUSE"]
    assert charges and all("Canada" not in names(e.target) for e in charges)


def test_the_two_leaders_still_refer_back(pipeline: Pipeline) -> None:
    text = "President Macron met Chancellor Scholz in Berlin. The two leaders signed a defence pact."
    (pact,) = [e for e in events(pipeline, text) if e.type == "SUPPORT"]
    assert names(pact.source) | names(pact.target) == {"Macron", "Scholz"}


def test_an_adverbial_gerund_shares_the_subject_of_its_clause(pipeline: Pipeline) -> None:
    # "fled after striking a woman": the driver struck her, not the country of the place
    text = "A drunk driver who tried to flee after striking a woman in Queens was charged with murder."
    strikes = [e for e in events(pipeline, text) if e.type == "ASSAULT"]
    assert strikes and all(names(e.source) == {"drunk driver"} for e in strikes)
    bombing = participants(pipeline, "Rebels killed 12 soldiers in Mosul by detonating a car bomb.", "ASSAULT")
    assert bombing and all(source == {"Rebels"} for source, _ in bombing)


def test_what_ought_to_be_is_no_request_without_a_party(pipeline: Pipeline) -> None:
    # the speaker's "should" asks nothing of a named party
    for text in ('"He should be punished for the rest of his life," Ravi Singh said.',
                 '"Everyone must remain vigilant," the economist said.'):
        assert not [e for e in events(pipeline, text) if e.type == "REQUEST"], text
    # ... but a party named as the one who must act is asked
    requests = participants(pipeline, "France said that Iran must release the detained sailors.", "REQUEST")
    assert requests and requests[0][1] == {"Iran"}


def test_a_participle_completing_a_passive_verb_is_passive_too(pipeline: Pipeline) -> None:
    # "was found stabbed", "were reported killed": the subject was stabbed or killed, it did not stab or kill
    for text, victim in (("His mother and his former girlfriend were found stabbed to death inside a home.", "mother"),
                         ("Five soldiers were reported killed in the attack.", "soldiers"),
                         ("The journalist was found beaten near his home.", "journalist")):
        (attack,) = participants(pipeline, text, "ASSAULT")
        assert not attack[0] and attack[1] == {victim}, text
