"""Issue #18: spans and values as TimeML's guidelines and TimeBank draw them, on sentences written for these tests.

Publication date: Wednesday 12 March 2025. `tense` is what the pipeline's parse would answer for the clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dragoman.timex import Timex, TimexTagger

DCT = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def tagger() -> TimexTagger:
    return TimexTagger()


def found(tagger: TimexTagger, text: str, tense: str | None = None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression, the tense callback answering `tense` everywhere."""
    hits: list[Timex] = tagger.tag(text, DCT, tense=(lambda _pos: tense) if tense else None)
    return [(t.text, t.type, t.value) for t in hits]


# --- spans: modifier words at a span's edge ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "tense", "span"), [
    # TimeBank leaves "within", "only", "just" and a prepositional "over" outside a length of time ...
    ("The ministry expects a ruling within 18 months.", "present", "18 months"),
    ("The ceasefire held only six months.", "past", "six months"),
    ("Prices will climb over the next two years.", "future", "the next two years"),
    ("The envoy left just a decade ago.", "past", "a decade ago"),
    # ... and the determiner of an adjectival length or quarter ...
    ("The two-week strike ended on Monday.", "past", "two-week"),
    ("The carmaker reported its third-quarter loss.", "past", "third-quarter"),
])
def test_modifiers_left_outside_the_span(tagger: TimexTagger, text: str, tense: str, span: str) -> None:
    assert span in [t for t, _, _ in found(tagger, text, tense)]


def test_approximators_stay_inside_with_a_mod(tagger: TimexTagger) -> None:
    # ... while "about", "nearly", "more than" belong to the expression (TimeML: mod APPROX, LESS_THAN, MORE_THAN).
    (hit,) = tagger.tag("The siege lasted about three years.", DCT)
    assert (hit.text, hit.value, hit.mod) == ("about three years", "P3Y", "APPROX")
    (hit,) = tagger.tag("Rebels held the town for more than four months.", DCT)
    assert (hit.text, hit.value, hit.mod) == ("more than four months", "P4M", "MORE_THAN")


def test_a_possessive_weekday_is_the_weekday(tagger: TimexTagger) -> None:
    assert found(tagger, "Monday's vote was close.", "past") == [("Monday", "DATE", "2025-03-10")]
    # A possessive names something done, even in a present-tense clause.
    assert found(tagger, "Tuesday's accord is fragile.", "present") == [("Tuesday", "DATE", "2025-03-11")]


# --- ranges and "from now" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "dates"), [
    ("Exports fell in 2011-2014.", [("2011", "DATE", "2011"), ("2014", "DATE", "2014")]),
    ("The 1998-99 season was cut short.", [("1998", "DATE", "1998"), ("99", "DATE", "1999")]),
    ("Output doubled between 1982 and 1992.", [("1982", "DATE", "1982"), ("1992", "DATE", "1992")]),
])
def test_year_ranges_are_two_dates(tagger: TimexTagger, text: str, dates: list[tuple[str, str, str]]) -> None:
    assert found(tagger, text, "past") == dates


def test_from_now_is_a_duration_and_the_present(tagger: TimexTagger) -> None:
    assert found(tagger, "Five years from now the plant will close.", "future") == [
        ("Five years", "DURATION", "P5Y"), ("now", "DATE", "PRESENT_REF")]


# --- durations without a number, sets, centuries ------------------------------------------------------------


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("Freeing the miners took hours.", "past", ("hours", "DURATION", "PTXH")),
    ("The two sides argued for months.", "past", ("months", "DURATION", "PXM")),
    ("Negotiators waited days for an answer.", "past", ("days", "DURATION", "PXD")),
    ("The governor is seeking a third term.", "present", ("a third term", "DURATION", "PXY")),
])
def test_durations_without_a_number(tagger: TimexTagger, text: str, tense: str, expected: tuple[str, str, str]) -> None:
    assert found(tagger, text, tense) == [expected]


def test_a_term_that_is_no_length_of_time_is_left_alone(tagger: TimexTagger) -> None:
    assert found(tagger, "The word is a legal term of art.", "present") == []


def test_yearly_is_a_set(tagger: TimexTagger) -> None:
    assert found(tagger, "The committee meets yearly in Geneva.", "present") == [("yearly", "SET", "P1Y")]


def test_the_coming_century_measures_or_names(tagger: TimexTagger) -> None:
    # Over/throughout/for the coming century measures a length of time; "in the coming century" names the century.
    assert found(tagger, "Coastal cities will sink throughout the coming century.", "future") == [
        ("the coming century", "DURATION", "P100Y")]
    assert found(tagger, "Deltas may vanish in the coming century.", "future") == [("the coming century", "DATE", "21")]


# --- time of day on the right day -------------------------------------------------------------------------


def test_a_preview_puts_the_weekday_and_its_hour_ahead(tagger: TimexTagger) -> None:
    assert found(tagger, "The derby kicks off Sunday at 18:00 local time.", "present") == [
        ("Sunday", "DATE", "2025-03-16"), ("18:00 local time", "TIME", "2025-03-16T18:00")]


def test_a_report_puts_the_weekday_and_its_hour_behind(tagger: TimexTagger) -> None:
    assert found(tagger, "The derby kicked off Sunday at 18:00 local time.", "past") == [
        ("Sunday", "DATE", "2025-03-09"), ("18:00 local time", "TIME", "2025-03-09T18:00")]


def test_a_clock_time_with_its_weekday(tagger: TimexTagger) -> None:
    assert found(tagger, "Polls close at 8 p.m. Thursday.", "future") == [
        ("8 p.m. Thursday", "TIME", "2025-03-13T20:00")]


# --- seasons -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("The offensive began last winter.", "past", ("last winter", "2024-WI")),  # December 2024 to February 2025
    ("Talks resume in the spring.", "future", ("the spring", "2025-SP")),
    ("The harvest failed last summer.", "past", ("last summer", "2024-SU")),
    ("The dam burst in the autumn of 2019.", "past", ("the autumn of 2019", "2019-FA")),
    ("Ferries stop in winter.", "future", ("winter", "2025-WI")),
    ("Floods hit the valley in late summer 2023.", "past", ("late summer 2023", "2023-SU")),
])
def test_seasons(tagger: TimexTagger, text: str, tense: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(tagger, text, tense)] == [expected]


# --- tense readings ------------------------------------------------------------------------------------------


def test_would_is_a_future_in_the_past(tagger: TimexTagger) -> None:
    # "would" in a past-tense report: the date is the nearest one, not the last one before publication.
    assert found(tagger, "He said the summit would be held on May 24.", "past") == [("May 24", "DATE", "2025-05-24")]
    assert found(tagger, "He said the summit was held on May 24.", "past") == [("May 24", "DATE", "2024-05-24")]


def test_a_weekday_after_until_is_the_nearest(tagger: TimexTagger) -> None:
    assert found(tagger, "The court gave the families until Thursday to reply.", "past") == [
        ("Thursday", "DATE", "2025-03-13")]
    assert found(tagger, "Markets stayed shut until Monday.", "past") == [("Monday", "DATE", "2025-03-10")]
    assert found(tagger, "The families have until 9 a.m. Friday to reply.", "present") == [
        ("9 a.m. Friday", "TIME", "2025-03-14T09:00")]


def test_the_time_of_an_event_is_no_time_expression(tagger: TimexTagger) -> None:
    assert found(tagger, "There were 12 members at the time of its founding.", "past") == []
    assert found(tagger, "Nobody objected at the time.", "past") == [("the time", "DATE", "PAST_REF")]


def test_an_explicit_year_quarter_is_the_last_completed_one(tagger: TimexTagger) -> None:
    # Published in October: the quarter reported is the third, and "the 1988 quarter" is the same quarter of 1988.
    hits = tagger.tag("Kirschner earned $376,000 in the 1988 quarter.", dt.date(1989, 10, 30), tense=lambda _p: "past")
    assert [(t.text, t.value) for t in hits] == [("the 1988 quarter", "1988-Q3")]
