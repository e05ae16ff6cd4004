"""Which date expression an event takes from its sentence (`dating.text_date`, what `bench/event_dating.py`
measures): a date in a noun phrase dates that noun's event, a bare or "on" date the parse hangs on a noun that names
no event dates the clause, a clause's own date wins, beginning an act or a "when" clause shares the date of the act
or main clause, a date after "for" yields to another, and a deadline ("by") or a start ("since") is no date of the
act; a "since" date dates an ongoing event as a window up to publication. Without a date of its own, an act takes
the story's narrative time: the date of the statement that reports it, else the last date of its thread, never one
after publication for an act told as done. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import event_dates, extract

from dragoman.clean import segment
from dragoman.events.dating import governed_dates, text_date
from dragoman.model import Article
from dragoman.pipeline import Pipeline, tense_lookup

PUBLISHED = date(2025, 3, 4)  # a Tuesday


def attached(pipeline: Pipeline, text: str, word: str) -> str | None:
    """The text of the date expression `text_date` attaches to the first token `word` (no other token an event)."""
    blocks = segment(text, None)
    parsed = pipeline.parser.parse(text, blocks)
    timexes = pipeline.tagger.tag(text, PUBLISHED, tense=tense_lookup(parsed))
    governed = governed_dates(parsed, timexes)
    for b, pb in enumerate(parsed):
        for tok in pb.tokens:
            if tok.text == word:
                found = text_date(tok, b, governed)
                return found.text if found else None
    raise AssertionError(f"{word!r} not in {text!r}")


@pytest.mark.parametrize("text, word, expected", [
    # a date in a noun phrase dates the event the noun names
    ("Russia's 2014 annexation of Crimea was never recognised.", "annexation", "2014"),
    ("Tomorrow's vote in the Serbian parliament could bring down the government.", "vote", "Tomorrow"),
    ("Three men were arrested after the bombing of a mosque in Kabul on February 27.", "bombing", "February 27"),
    # ... and not the verb above it
    ("Three men were arrested after the bombing of a mosque in Kabul on February 27.", "arrested", None),
    # a bare date or an "on" day that the parse hangs on a noun naming no event is the clause's
    ("Police seized a car bomb under construction Sunday in a town near the border.", "seized", "Sunday"),
    ("Hungary, Poland and Slovakia Friday formally joined the defence pact.", "joined", "Friday"),
    # the verb's own date wins over one it could only take from a noun
    ("Ministers who met on Monday approved the plan Tuesday.", "approved", "Tuesday"),
    # beginning an act and the act share a date
    ("The army began shelling the town on Monday.", "began", "Monday"),
    ("The army began shelling the town on Monday.", "shelling", "Monday"),
    ("On Monday the army started to shell the town.", "shell", "Monday"),
    # ... an expectation and the act expected do not
    ("Ministers are expected to meet in Geneva on Monday.", "expected", None),
    # a "when" or "while" clause happens at its main clause's time; an "after" clause does not
    ("Police fired tear gas on Friday when protesters marched on the parliament.", "marched", "Friday"),
    ("Police fired tear gas on Friday after protesters marched on the parliament.", "marched", None),
    # a date heading a "when" clause dates that clause
    ("The militia was founded in 1990, when the civil war began.", "began", "1990"),
    # a deadline ("by") or a start ("since") is not when the act happened
    ("The rebels must complete the withdrawal by Friday.", "complete", None),
    ("Russian forces have shelled the town since Monday.", "shelled", None),
    # a deadline after "due" dates no act
    ("Investors bought bonds due 2030.", "bought", None),
    # an end is not when
    ("Peru postponed the talks with Bolivia until next year.", "postponed", None),
    # a date after "for" is what the act is for, unless the clause has no other date
    ("The finance ministers discussed the budget for 2026 on Monday.", "discussed", "Monday"),
    ("On Monday the finance ministers discussed the budget for 2026.", "discussed", "Monday"),
    ("Officials set the talks for Monday.", "set", "Monday"),
    # the clause that holds or sets an event dates it
    ("The ministers met on the sidelines of the summit held in Lima on July 20.", "summit", "July 20"),
    ("A protest rally planned for Saturday was called off.", "rally", "Saturday"),
    ("The ministers met on the sidelines of the summit attended by 40 leaders on July 20.", "summit", None),
    # a past act told of a dated thing shares its date: its own clause, or the verb it is the subject of
    ("The 1988 bombing that killed 270 people was blamed on Libya.", "killed", "1988"),
    ("The August 7 bombings killed more than 200 people.", "killed", "August 7"),
    ("The 2014 annexation still divides the two countries.", "divides", None),
    # a part of a day "of" a date is that date's
    ("Police arrested the suspect in the early hours of Thursday at the airport.", "arrested", "Thursday"),
    ("The doctor was shot on the night of October 23 in his kitchen.", "shot", "October 23"),
    # a date after a participle that tells what a party is ends the clause it sits in
    ("The minister received a delegation of the group led by its political chief in Ankara on Tuesday.",
     "received", "Tuesday"),
])
def test_the_date_an_event_takes_from_its_sentence(pipeline: Pipeline, text: str, word: str,
                                                    expected: str | None) -> None:
    assert attached(pipeline, text, word) == expected, text


def test_since_dates_an_ongoing_event_from_its_start_to_publication(pipeline: Pipeline) -> None:
    text = "Iran has detained the French tourist since May 2022."
    (event,) = extract(pipeline, text, PUBLISHED).events
    assert (event.date.value, event.date.start, event.date.end, event.date.precision, event.date.basis) == \
        ("2022-05", "2022-05", "2025-03", "month", "text")
    assert event.date.text == "May 2022"
    assert not [c for c in event.claims if c.field.startswith("date")]  # an end at publication is no claim
    (later,) = extract(pipeline, "Rebels have shelled the town since Monday.", PUBLISHED).events
    assert (later.date.start, later.date.end) == ("2025-03-03", "2025-03-04")


def test_a_loose_date_dates_the_coded_event(pipeline: Pipeline) -> None:
    text = "Police seized a car bomb under construction Sunday in a town near the border."
    dates = [(e.date.value, e.date.basis) for e in extract(pipeline, text, PUBLISHED).events]
    assert dates == [("2025-03-02", "text")]


def _dates(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str]]:
    return event_dates(pipeline, text, PUBLISHED)


def test_an_act_told_as_done_takes_no_narrative_date_after_publication(pipeline: Pipeline) -> None:
    text = ("Lavrov met Wang Yi in Beijing on Monday. Wang is expected to visit Moscow in April.\n\n"
            "Ukrainian forces shelled the Russian city of Belgorod, killing two civilians.")
    dated = _dates(pipeline, text)
    assert dated["met"] == ("2025-03-03", "text")
    assert dated["visit"] == ("2025-04", "text")
    assert dated["shelled"] == ("2025-03-03", "narrative")  # Monday's, not April's


def test_a_plan_still_takes_a_later_narrative_date(pipeline: Pipeline) -> None:
    text = "The summit is planned for April. Vietnam will sign a trade agreement with Japan."
    dated = {e.factuality: (e.date.value, e.date.basis) for e in extract(pipeline, text, PUBLISHED).events}
    assert dated["planned"] == ("2025-04", "narrative")


def test_a_reported_act_is_told_as_of_its_statement(pipeline: Pipeline) -> None:
    text = ("Iraq banned the PKK last month.\n\n"
            "Turkish police detained 15 suspects in Ankara, the Interior Ministry said on Wednesday.")
    assert _dates(pipeline, text)["detained"] == ("2025-02-26", "narrative")


@pytest.mark.parametrize("opener", ["Separately, ", "Elsewhere, ", "In a separate development, "])
def test_another_thread_of_the_story_drops_the_earlier_dates(pipeline: Pipeline, opener: str) -> None:
    text = f"Iraq banned the PKK last month.\n\n{opener}Turkish police detained 15 suspects in Ankara."
    assert _dates(pipeline, text)["detained"] == ("2025-03-04", "publication")
    same_thread = "Iraq banned the PKK last month.\n\nTurkish police detained 15 suspects in Ankara."
    assert _dates(pipeline, same_thread)["detained"][1] == "narrative"


def test_a_window_holding_publication_is_cut_at_it(pipeline: Pipeline) -> None:
    (met,) = extract(pipeline, "The ministers of Chile and Peru met earlier this week in Geneva.", PUBLISHED).events
    assert (met.date.start, met.date.end) == ("2025-03-03", "2025-03-04")  # done by publication (a Tuesday)
    planned = [e for e in extract(pipeline, "The ministers of Chile and Peru will meet this week in Geneva.",
                                  PUBLISHED).events if e.factuality == "planned"]
    assert [(e.date.start, e.date.end) for e in planned] == [("2025-03-04", "2025-03-09")]  # to come from then


def attached_beside(pipeline: Pipeline, text: str, word: str, verb: str) -> str | None:
    """The date `text_date` attaches to the noun `word` when the verb `verb` above it is an event of its own."""
    blocks = segment(text, None)
    parsed = pipeline.parser.parse(text, blocks)
    governed = governed_dates(parsed, pipeline.tagger.tag(text, PUBLISHED, tense=tense_lookup(parsed)))
    (b, pb), = enumerate(parsed)
    noun = next(tok for tok in pb.tokens if tok.text == word)
    event_verb = next(tok for tok in pb.tokens if tok.text == verb)
    found = text_date(noun, b, governed, (), {(b, event_verb.i)})
    return found.text if found else None


@pytest.mark.parametrize("text, word, verb, expected", [
    # the noun is the setting of the verb's act, or the act the verb carries out
    ("The plan was approved at a cabinet meeting on Monday.", "meeting", "approved", "Monday"),
    ("Two soldiers were killed in an ambush near the border on Sunday.", "ambush", "killed", "Sunday"),
    ("The minister laid a wreath on Tuesday on a visit to Nairobi.", "visit", "laid", "Tuesday"),
    ("The two sides resumed negotiations in Doha on Friday.", "negotiations", "resumed", "Friday"),
    # ... not one it speaks of, nor a cause
    ("The ministers discussed the election in Lima on Monday.", "election", "discussed", None),
    ("Shares rose 5% on Monday on the merger announcement.", "announcement", "rose", None),
])
def test_a_noun_shares_the_date_of_the_act_it_is_the_setting_of(pipeline: Pipeline, text: str, word: str, verb: str,
                                                                 expected: str | None) -> None:
    assert attached_beside(pipeline, text, word, verb) == expected, text


def test_without_a_publication_date_the_datelines_day_is_counted_from(pipeline: Pipeline) -> None:
    text = ("QUITO, 5th March, 2031 (EFE) -- Ecuador recalled its ambassador to Peru on Tuesday.\n\n"
            "The foreign ministry said the envoy would return to Quito next week.")
    (ex,) = list(pipeline.extract_many([Article(id="t", text=text, published=None)]))
    (recall,) = [e for e in ex.events if e.evidence[0].trigger == "recalled"]
    assert (recall.date.value, recall.date.basis) == ("2031-03-04", "text")  # the Tuesday before Wednesday 5 March
    assert ex.articles[0].published is None  # the record keeps what it was given
