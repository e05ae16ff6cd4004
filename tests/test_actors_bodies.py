"""Bodies named by a collective noun ("the committee", "the teachers' union") and names the parser misses."""

from __future__ import annotations

from dragoman.model import Actor, Article, Event
from dragoman.pipeline import Pipeline


def extract(pipeline: Pipeline, text: str) -> tuple[list[Actor], list[Event]]:
    found = next(iter(pipeline.extract_many([Article(id="t", text=text)])))
    return found.actors, found.events


def groups(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    return {a.name: a.sector for a in extract(pipeline, text)[0] if a.kind == "group"}


def test_a_definite_body_is_a_party(pipeline: Pipeline) -> None:
    actors, events = extract(pipeline, "The committee rejected the proposal from the government.")
    committee = next(a for a in actors if a.name == "committee")
    assert committee.kind == "group"
    assert any(e.type == "REJECT" and [p.actor_id for p in e.source] == [committee.id] for e in events)


def test_the_noun_or_its_modifiers_give_the_sector(pipeline: Pipeline) -> None:
    assert groups(pipeline, "The teachers' union called a strike.") == {"teachers' union": "LAB"}
    assert groups(pipeline, "The military council dissolved parliament.").get("military council") == "MIL"
    assert groups(pipeline, "The commission accused the minister.").get("commission") is None


def test_a_company_board_is_business(pipeline: Pipeline) -> None:
    assert groups(pipeline, "The company's board approved the merger.") == {"company's board": "BUS"}
    assert groups(pipeline, "The board of directors fired him.").get("board") == "BUS"


def test_a_body_takes_the_country_attached_to_it(pipeline: Pipeline) -> None:
    actors, _ = extract(pipeline, "The military council in Sudan dissolved the government.")
    assert next(a for a in actors if a.name == "military council").country == "SDN"


def test_bodies_that_are_not_parties(pipeline: Pipeline) -> None:
    assert "board" not in " ".join(groups(pipeline, "The children played a board game on board the ship."))
    assert not groups(pipeline, "The bill passed in committee.")


def test_a_name_with_an_office_in_apposition_is_a_person(pipeline: Pipeline) -> None:
    text = "Belarus received credentials from Yury Sokolov, newly appointed Belarusian ambassador."
    actors, _ = extract(pipeline, text)
    assert next(a for a in actors if a.name == "Yury Sokolov").kind == "person"
    actors, _ = extract(pipeline, "Rosneft, the oil company, signed a deal with China.")
    assert all(a.kind != "person" for a in actors)


def test_a_lone_surname_a_dictionary_knows_is_that_person(pipeline: Pipeline) -> None:
    actors, events = extract(pipeline, "Germany and France signed a treaty. Scholz met Macron in Paris.")
    scholz = next(a for a in actors if a.name == "Scholz")
    assert (scholz.kind, scholz.country) == ("person", "DEU")
    assert any(e.type == "CONSULT" and [p.actor_id for p in e.source] == [scholz.id] for e in events)
    # Nothing names Germany: the surname is a person's, not necessarily OLAF_SCHOLZ's (a namesake keeps no country)
    actors, events = extract(pipeline, "Scholz met Macron in Paris.")
    scholz = next(a for a in actors if a.name == "Scholz")
    assert (scholz.kind, scholz.country) == ("person", None)
    assert any(e.type == "CONSULT" and [p.actor_id for p in e.source] == [scholz.id] for e in events)
    actors, _ = extract(pipeline, "Crimea was annexed by Russia. Tigray was cut off.")
    assert all(a.kind != "person" for a in actors)


def test_a_lone_name_taken_for_an_organization_is_the_full_name_the_article_gives(pipeline: Pipeline) -> None:
    text = "Alexei Navalny was detained at the airport. Navalny's arrest by Russian police sparked protests."
    actors, _ = extract(pipeline, text)
    navalny = next(a for a in actors if a.name == "Alexei Navalny")
    assert navalny.kind == "person" and "Navalny" in navalny.aliases
    assert not any(a.kind == "organization" for a in actors)


def test_an_intergovernmental_body_takes_no_country_from_the_text(pipeline: Pipeline) -> None:
    """The ICC (coded IGO by the Phoenix dictionary) is nobody's, though Russia is the only country named."""
    actors, found = extract(pipeline, "The Kremlin dismissed the ICC arrest warrant for Putin as legally void.")
    (icc,) = [a for a in actors if a.name == "ICC"]
    assert icc.country is None
    (rejection,) = found
    assert [p.country for p in rejection.target] == [None]


def test_a_group_takes_no_country_from_the_other_party_of_its_own_participle(pipeline: Pipeline) -> None:
    """"Protesters marched, demanding sanctions against Israel": Israel is whom they protest, not their country
    (the protest was Israelis protesting Israel); a place they march in still gives theirs."""
    actors, _ = extract(pipeline, "Protesters marched, demanding sanctions against Israel.")
    assert [a.country for a in actors if a.name == "Protesters"] == [None]
    actors, _ = extract(pipeline, "Students staged a sit-in at Columbia University demanding divestment from Israel.")
    assert [a.country for a in actors if a.name == "Students"] == [None]
    actors, _ = extract(pipeline, "Protesters marched in London, demanding sanctions against Israel.")
    assert [a.country for a in actors if a.name == "Protesters"] == ["GBR"]

