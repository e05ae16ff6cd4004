"""Dates of events in wire-style stories: a weekday counts back from the publication day, narrative time is set by
where the story stands (not by a date inside a clause that describes a noun). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from helpers import event_dates, extract

from dragoman.pipeline import Pipeline

PUBLISHED = date(2026, 7, 24)  # a Friday


def _dates(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str]]:
    return event_dates(pipeline, text, PUBLISHED)


def test_a_date_describing_a_noun_sets_no_narrative_time(pipeline: Pipeline) -> None:
    text = ("The Chilean foreign minister met his Peruvian counterpart on Thursday on the sidelines of the summit "
            "held on July 20 in Lima.\n\nThe two ministers agreed to reopen the border.")
    dated = _dates(pipeline, text)
    assert dated["met"] == ("2026-07-23", "text")
    assert dated["agreed"] == ("2026-07-23", "narrative")  # the meeting's Thursday, not the summit's day
    relative = ("Iraq on Wednesday condemned the rocket attack, which took place on Monday.\n\n"
                "Protesters gathered outside the Turkish embassy to denounce the strikes.")
    assert _dates(pipeline, relative)["gathered"] == ("2026-07-22", "narrative")


def test_a_year_set_before_a_noun_sets_no_narrative_time(pipeline: Pipeline) -> None:
    text = ("Chile and Peru agreed on Wednesday to resume border talks and settle a 2019 fishing dispute.\n\n"
            "The two ministers also condemned the attack on a police post.")
    dated = _dates(pipeline, text)
    assert dated["condemned"] == ("2026-07-22", "narrative")  # Wednesday's, not the dispute's year


def test_an_act_overnight_is_dated_to_the_night_before_publication(pipeline: Pipeline) -> None:
    text = "Turkish police detained 23 suspects in raids across five provinces overnight, the ministry said on Friday."
    (event,) = extract(pipeline, text, PUBLISHED).events
    assert (event.date.start, event.date.end, event.date.basis) == ("2026-07-23", "2026-07-24", "text")


def test_an_act_counted_from_a_dated_one_takes_the_counted_day(pipeline: Pipeline) -> None:
    text = "The Egyptian foreign minister met his Israeli counterpart on Thursday, a day after Israel and Hamas " \
           "agreed to a ceasefire."
    dated = _dates(pipeline, text)
    assert dated["met"] == ("2026-07-23", "text")
    assert dated["agreed"] == ("2026-07-22", "text")  # Thursday less a day
    vague = _dates(pipeline, "Iraq summoned the Turkish envoy on Thursday, days after Turkish jets bombed Kurdish "
                             "villages.")
    assert vague["bombed"] != ("2026-07-22", "text")  # no count: no counted day


def test_an_act_on_the_eve_of_a_dated_event_is_the_day_before(pipeline: Pipeline) -> None:
    text = "Thousands of Serbian protesters marched in Belgrade on the eve of the July 25 NATO summit."
    assert _dates(pipeline, text)["marched"] == ("2026-07-24", "text")


def test_a_clause_about_a_party_still_sets_the_narrative_time(pipeline: Pipeline) -> None:
    text = "Russian President Vladimir Putin, who arrived in Pyongyang on Tuesday, signed a partnership treaty with " \
           "Kim Jong Un."
    assert _dates(pipeline, text)["signed … treaty"] == ("2026-07-21", "narrative")


def test_a_date_after_since_sets_no_narrative_time(pipeline: Pipeline) -> None:
    text = ("The Kenyan president arrived in Kampala on Wednesday, his first visit since 2021.\n\n"
            "The two leaders discussed the oil pipeline.")
    assert _dates(pipeline, text)["discussed"] == ("2026-07-22", "narrative")  # Wednesday's, not 2021
