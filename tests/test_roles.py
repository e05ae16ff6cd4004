"""Date-bounded roles: appointments, elections and "since" start a role; resignations, dismissals, "former" and
"until" end it; what did not happen as stated changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import actor_named

from dragoman.model import Article, Extraction, Role
from dragoman.pipeline import Pipeline

PUBLISHED = dt.date(2024, 7, 24)


def roles(pipeline: Pipeline, text: str, name: str) -> list[tuple[str, str | None, str | None, str | None, bool]]:
    ex: Extraction = pipeline.extract_article(Article(id="a", text=text, published=PUBLISHED))
    return [(r.title.lower(), r.country, r.start, r.end, r.current) for r in actor_named(ex, name).roles]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # starts
    ("Maxim Ryzhenkov was appointed foreign minister on June 27.", "Maxim Ryzhenkov",
     ("foreign minister", None, "2024-06-27", None, True)),  # a role actors.py did not see, created
    ("Lukashenko named Ryzhenkov foreign minister on June 27.", "Ryzhenkov",
     ("foreign minister", None, "2024-06-27", None, True)),
    ("Joe Biden was sworn in as president on January 20, 2021.", "Joe Biden",
     ("president", None, "2021-01-20", None, True)),
    ("Boris Pistorius took office as defense minister in January 2023.", "Boris Pistorius",
     ("defense minister", None, "2023-01", None, True)),
    ("The parliament elected Andrzej Duda president in 2015.", "Andrzej Duda", ("president", None, "2015", None, True)),
    ("Andrzej Duda, who was elected president in 2015, visited Warsaw.", "Andrzej Duda",
     ("president", None, "2015", None, True)),
    ("Sergei Lavrov has been Russia's foreign minister since 2004.", "Sergei Lavrov",
     ("foreign minister", "RUS", "2004", None, True)),
    ("Ali Khamenei, supreme leader since 1989, spoke on Friday.", "Ali Khamenei",
     ("supreme leader", None, "1989", None, True)),
    ("Alexander Matsegora was appointed Russian ambassador to North Korea in 2014.", "Alexander Matsegora",
     ("ambassador to north korea", "RUS", "2014", None, True)),
    ("Lukashenko appointed Maxim Petrov to the post of foreign minister on June 27.", "Maxim Petrov",
     ("foreign minister", None, "2024-06-27", None, True)),
    # ends
    ("Boris Johnson resigned as prime minister on July 7, 2022.", "Boris Johnson",
     ("prime minister", None, None, "2022-07-07", False)),
    ("British Prime Minister Boris Johnson resigned on July 7, 2022.", "Boris Johnson",
     ("prime minister", "GBR", None, "2022-07-07", False)),  # the title before the name is the office left
    ("Lukashenko dismissed Prime Minister Roman Golovchenko on Tuesday.", "Roman Golovchenko",
     ("prime minister", None, None, "2024-07-23", False)),
    ("Defense Minister John Smith stepped down last week.", "John Smith",
     ("defense minister", None, None, None, False)),
    ("Vladimir Makei, a former foreign minister, died in 2022.", "Vladimir Makei",
     ("foreign minister", None, None, None, False)),
    ("John Smith is a former defense minister.", "John Smith", ("defense minister", None, None, None, False)),
    ("John Smith was foreign minister until 2019.", "John Smith", ("foreign minister", None, None, "2019", False)),
    # both
    ("Vladimir Makei served as foreign minister from 2012 to 2022.", "Vladimir Makei",
     ("foreign minister", None, "2012", "2022", False)),
    ("Jane Doe was foreign minister between March 2010 and June 2012.", "Jane Doe",
     ("foreign minister", None, "2010-03", "2012-06", False)),
])
def test_a_construction_bounds_a_role(pipeline: Pipeline, text: str, name: str, expected: tuple) -> None:
    assert roles(pipeline, text, name) == [expected]


def test_a_created_role_gives_country_and_sector(pipeline: Pipeline) -> None:
    ex = pipeline.extract_article(Article(id="a", text="Maxim Ryzhenkov was appointed Belarusian foreign minister "
                                                        "on June 27.", published=PUBLISHED))
    ryzhenkov = actor_named(ex, "Maxim Ryzhenkov")
    assert (ryzhenkov.country, ryzhenkov.sector) == ("BLR", "GOV")
    assert ryzhenkov.roles == [Role("foreign minister", "BLR", start="2024-06-27")]


def test_succession_starts_one_role_and_ends_another(pipeline: Pipeline) -> None:
    text = "Jane Doe replaced John Smith as foreign minister on May 3."
    assert roles(pipeline, text, "Jane Doe") == [("foreign minister", None, "2024-05-03", None, True)]
    assert roles(pipeline, text, "John Smith") == [("foreign minister", None, None, "2024-05-03", False)]


@pytest.mark.parametrize(("text", "name"), [
    ("Defense Minister John Smith refused to step down on Monday.", "John Smith"),  # an infinitive
    ("Defense Minister John Smith did not resign on Monday.", "John Smith"),  # negated
    ("Defense Minister John Smith may resign on Monday.", "John Smith"),  # a modal
    ("If Defense Minister John Smith resigns, the coalition falls.", "John Smith"),  # a condition
    ("Defense Minister John Smith quit the talks on Monday.", "John Smith"),  # not an office
    ("Defense Minister John Smith took a decision in January 2023.", "John Smith"),
    ("The president ordered Defense Minister John Smith to resign on Monday.", "John Smith"),
    ("Rebels vowed to help the army oust Defense Minister John Smith on Monday.", "John Smith"),  # bare infinitive
])
def test_what_did_not_happen_changes_nothing(pipeline: Pipeline, text: str, name: str) -> None:
    assert roles(pipeline, text, name) == [("defense minister", None, None, None, True)]


def test_a_future_end_keeps_the_role_current(pipeline: Pipeline) -> None:
    assert roles(pipeline, "Defense Minister John Smith will step down on Friday.", "John Smith") == \
        [("defense minister", None, None, "2024-07-26", True)]


@pytest.mark.parametrize("text", ["A man named John Smith visited Minsk on Monday.",
                                  "John Smith became angry on Monday."])
def test_a_verb_of_office_needs_the_office(pipeline: Pipeline, text: str) -> None:
    assert roles(pipeline, text, "John Smith") == []


def test_seed_appointment_dates_the_new_foreign_minister(seed: Extraction) -> None:
    """"Lukashenko appointed him as Belarusian Foreign Minister on June 27": "him" is Ryzhenkov."""
    ryzhenkov = actor_named(seed, "Ryzhenkov")
    assert [(r.title, r.country, r.start, r.current) for r in ryzhenkov.roles] == \
        [("Foreign Minister", "BLR", "2024-06-27", True)]
    assert actor_named(seed, "Alexander Lukashenko").roles == [Role("President", "BLR")]
    assert [r.current for r in actor_named(seed, "Aleinik").roles] == [False]


def test_example_relative_clause_dates_the_appointment(example: Extraction) -> None:
    """"Jaksybekov, who was appointed foreign minister in January, ..." (published 2025-03-12)."""
    assert [(r.title, r.country, r.start) for r in actor_named(example, "Jaksybekov").roles] == \
        [("Foreign Minister", "KAZ", "2025-01")]
