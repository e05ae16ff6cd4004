"""Actor recognition: titles give role, country and sector; possessive countries and adjectives before
a title; nationality adjectives on common nouns as event participants."""

from __future__ import annotations

from datetime import date

from dragoman.model import Actor, Article
from dragoman.pipeline import Pipeline


def actors(pipeline: Pipeline, text: str) -> list[Actor]:
    (ex,) = list(pipeline.extract_many([Article(id="a", text=text, published=date(2024, 5, 1))]))
    return ex.actors


def person(pipeline: Pipeline, text: str, name: str) -> Actor:
    (found,) = [a for a in actors(pipeline, text) if a.name == name]
    return found


def test_title_and_nationality_before_a_name(pipeline: Pipeline) -> None:
    saddam = person(pipeline, "Iraqi President Saddam Hussein arrived in Amman.", "Saddam Hussein")
    assert (saddam.kind, saddam.country, saddam.sector) == ("person", "IRQ", "GOV")
    assert [r.title for r in saddam.roles] == ["President"]


def test_title_in_apposition(pipeline: Pipeline) -> None:
    kim = person(pipeline, "Kim Chol-won, the Chief Prosecutor of North Korea, spoke.", "Kim Chol-won")
    assert (kim.country, kim.sector) == ("PRK", "JUD")


def test_possessive_country_and_adjectives_before_a_title(pipeline: Pipeline) -> None:
    text = "Iran's religious leader Ayatollah Ruhollah Khomeini rejected the plan."
    khomeini = person(pipeline, text, "Ayatollah Ruhollah Khomeini")
    assert khomeini.country == "IRN" and [r.title for r in khomeini.roles] == ["leader"]
    hrawi = person(pipeline, "Lebanon's new President Elias Hrawi spoke.", "Elias Hrawi")
    assert hrawi.country == "LBN" and [r.title for r in hrawi.roles] == ["President"]


def test_former_holder(pipeline: Pipeline) -> None:
    text = "Former President Ahmed Ben Bella spoke in Algiers."
    (ben_bella,) = [a for a in actors(pipeline, text) if a.kind == "person"]
    assert ben_bella.roles and not ben_bella.roles[0].current


def test_nationality_adjective_is_a_country_actor(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Hungarian officials met Romanian diplomats.")
    assert {a.id for a in found if a.kind == "country"} == {"HUN", "ROU"}
