"""The store's actors across articles: how a country was found (country_basis), the links that justify joining
an article's actor to a stored one (actor_links), the canonical name chosen by sources, and persons kept apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete
from test_store import fresh_store

from dragoman.model import Actor, Article, Event, EventDate, Evidence, Extraction, Mention, Participant, Role
from dragoman.pipeline import Pipeline
from dragoman.store import Store
from dragoman.store.schema import actor_links


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = fresh_store(request.param, tmp_path)
    yield s
    s.close()


def ingest(store: Store, article_id: str, person: Actor, source: str | None = None) -> None:
    """An article from `source` with one person and one statement of theirs, built by hand."""
    article = Article(id=article_id, text=f"{person.name} spoke ({article_id}).", source=source)
    store.ingest(Extraction(articles=[article], actors=[person], events=[Event(
        id=f"ev-{article_id}", type="MAKE-STATEMENT", source=[Participant(person.id, person.name, person.country)],
        date=EventDate("2024-05-01", "2024-05-01", precision="day"),
        evidence=[Evidence(article_id, article.text, 0, len(article.text), "spoke")])]))


def person(name: str, country: str | None = None, basis: str | None = None, roles: list[Role] | None = None,
           aliases: list[str] | None = None) -> Actor:
    return Actor("person-" + name.lower().replace(" ", "-"), name, "person", aliases=aliases or [name],
                 country=country, country_basis=basis, roles=roles or [])  # type: ignore[arg-type]


def test_the_country_basis_is_stored_and_returned(store: Store) -> None:
    ingest(store, "a1", person("Sergei Lavrov", "RUS", "title"))
    (lavrov,) = store.actors("lavrov")
    assert (lavrov.country, lavrov.country_basis) == ("RUS", "title")
    page = store.actor_page("lavrov")["items"]
    assert [(a["country"], a["country_basis"]) for a in page] == [("RUS", "title")]
    detail, _ = store.actor_detail(lavrov.id)
    assert detail["country_basis"] == "title"


def test_a_country_found_later_or_more_firmly_brings_its_basis(store: Store) -> None:
    ingest(store, "a1", person("Ivan Petrov"))
    assert [(a.country, a.country_basis) for a in store.actors("petrov")] == [(None, None)]
    ingest(store, "a2", person("Ivan Petrov", "RUS", "inherited"))
    assert [(a.country, a.country_basis) for a in store.actors("petrov")] == [("RUS", "inherited")]
    ingest(store, "a3", person("Ivan Petrov", "RUS", "appositive"))
    assert [(a.country, a.country_basis) for a in store.actors("petrov")] == [("RUS", "appositive")]
    ingest(store, "a4", person("Ivan Petrov", "RUS", "inherited"))  # a weaker basis does not replace a firmer one
    assert [a.country_basis for a in store.actors("petrov")] == ["appositive"]


def test_a_join_at_ingest_keeps_what_justified_it(store: Store) -> None:
    ingest(store, "a1", person("Sergei Lavrov", "RUS", "title", [Role("Foreign Minister", "RUS")]))
    ingest(store, "a2", person("Sergey Lavrov", "RUS", "appositive", [Role("foreign minister", "RUS")],
                               aliases=["Sergey Lavrov", "Lavrov"]))
    (lavrov,) = store.actors("lavrov")
    first, second = store.actor_links(lavrov.id)
    assert (first["article_id"], first["name"], first["matched_on"]) == ("a1", "Sergei Lavrov", None)
    assert second["article_id"] == "a2" and second["name"] == "Sergey Lavrov"
    matched = second["matched_on"]
    assert ["Sergey Lavrov", "Sergei Lavrov"] in matched["names"]
    assert matched["country"] == {"article": "RUS", "stored": "RUS", "agree": True}
    assert matched["roles"]["shared"] == ["foreign minister"]


def test_links_go_with_their_article_and_stay_through_a_user_merge(store: Store) -> None:
    ingest(store, "a1", person("Ivan Petrov", "RUS"))
    ingest(store, "a2", person("Ivan Petrov", "RUS"))
    ingest(store, "a3", person("Oleg Sidorov", "RUS"))
    (petrov,), (sidorov,) = store.actors("petrov"), store.actors("sidorov")
    store.ingest(Extraction(articles=[Article(id="a2", text="Ivan Petrov was quoted (a2, edited).")],
                            actors=[], events=[]))
    assert [link["article_id"] for link in store.actor_links(petrov.id)] == ["a1"]
    store.merge_actors(petrov.id, sidorov.id)
    assert [(link["actor_id"], link["article_id"]) for link in store.actor_links(petrov.id)] == [
        (petrov.id, "a1"), (sidorov.id, "a3")]


def test_the_canonical_name_is_the_one_most_sources_use(store: Store) -> None:
    ingest(store, "a1", person("Volodymyr Zelensky", "UKR"), source="Agency One")
    ingest(store, "a2", person("Volodymyr Zelensky", "UKR"), source="Agency One")  # the same source counts once
    ingest(store, "a3", person("Volodymyr Zelenskyy", "UKR"), source="Agency Two")
    assert [a.name for a in store.actors("zelensk")] == ["Volodymyr Zelensky"]  # a tie keeps the name
    ingest(store, "a4", person("Volodymyr Zelenskyy", "UKR"), source="Agency Three")
    assert [a.name for a in store.actors("zelensk")] == ["Volodymyr Zelenskyy"]
    ingest(store, "a5", person("Zelenskyy", "UKR", aliases=["Zelenskyy"]), source="Agency Four")
    ingest(store, "a6", person("Zelenskyy", "UKR", aliases=["Zelenskyy"]), source="Agency Five")
    ingest(store, "a7", person("Zelenskyy", "UKR", aliases=["Zelenskyy"]), source="Agency Six")
    assert [a.name for a in store.actors("zelensk")] == ["Volodymyr Zelenskyy"]  # a lone surname never wins


def test_removing_the_articles_behind_a_name_chooses_again(store: Store) -> None:
    ingest(store, "a1", person("Sergei Lavrov", "RUS"), source="One")
    ingest(store, "a2", person("Sergey Lavrov", "RUS"), source="Two")
    ingest(store, "a3", person("Sergey Lavrov", "RUS"), source="Three")
    assert [a.name for a in store.actors("lavrov")] == ["Sergey Lavrov"]
    for article_id in ("a2", "a3"):
        store.ingest(Extraction(articles=[Article(id=article_id, text=f"Sergei Lavrov spoke ({article_id}, edited).",
                                                  source="Two")],
                                actors=[person("Sergei Lavrov", "RUS")], events=[]))
    assert [a.name for a in store.actors("lavrov")] == ["Sergei Lavrov"]


def test_saddam_hussein_is_not_king_hussein_across_articles(store: Store, pipeline: Pipeline) -> None:
    store.ingest(pipeline.extract_article(Article(
        id="jordan", text="King Hussein of Jordan met the American envoy in Amman on Monday. Hussein said the "
                          "talks were useful.")))
    store.ingest(pipeline.extract_article(Article(
        id="iraq", text="Iraqi President Saddam Hussein addressed the nation on Tuesday. Saddam warned the "
                        "neighbours.")))
    people = {a.name: a for a in store.actors() if a.kind == "person"}
    saddam = next(a for name, a in people.items() if "Saddam" in name)
    king = next(a for name, a in people.items() if "King" in " ".join(a.aliases) or name == "Hussein")
    assert saddam.id != king.id
    assert "King Hussein" not in saddam.aliases and not any("Saddam" in alias for alias in king.aliases)
    assert all(link["article_id"] == "iraq" for link in store.actor_links(saddam.id))


def test_a_surname_alone_joins_the_one_person_of_its_country_with_that_name(store: Store) -> None:
    ingest(store, "a1", person("Kim Jong Un", "PRK"))
    ingest(store, "a2", person("Lavrov", "RUS", aliases=["Lavrov"]))  # nobody to join yet: a new actor
    ingest(store, "a3", person("Sergei Lavrov", "RUS"))
    ingest(store, "a4", person("Lavrov", "RUS", aliases=["Lavrov"]))
    lavrovs = store.actors("lavrov")
    assert sorted(a.name for a in lavrovs) == ["Lavrov", "Sergei Lavrov"]
    full = next(a for a in lavrovs if a.name == "Sergei Lavrov")
    assert store.actor_links(full.id)[-1]["matched_on"]["lone_name_unambiguous"] is True
    ingest(store, "a5", person("Kim Yo Jong", "PRK"))
    ingest(store, "a6", person("Kim", "PRK", aliases=["Kim"]))  # two Kims of PRK: ambiguous, stays apart
    assert sorted(a.name for a in store.actors("kim")) == ["Kim", "Kim Jong Un", "Kim Yo Jong"]


def test_roles_held_for_different_countries_keep_two_persons_apart(store: Store) -> None:
    ingest(store, "a1", person("Ali Hassan", None, None, [Role("ambassador", "EGY")]))
    ingest(store, "a2", person("Ali Hassan", None, None, [Role("defence minister", "SDN")]))
    ingest(store, "a3", person("Ali Hassan", None, None, [Role("ambassador", "EGY"), Role("envoy", "EGY")]))
    assert sorted(len(store.actor_links(a.id)) for a in store.actors("ali hassan")) == [1, 2]


def test_a_son_named_with_his_fathers_name_is_not_the_father(store: Store) -> None:
    ingest(store, "a1", person("Saddam Hussein", "IRQ", "title"))
    ingest(store, "a2", person("Uday Saddam Hussein", "IRQ", "appositive"))
    assert sorted(a.name for a in store.actors("hussein")) == ["Saddam Hussein", "Uday Saddam Hussein"]


def test_articles_stored_before_actor_links_vote_for_the_current_name(store: Store) -> None:
    for k, source in enumerate(("One", "Two", "Three")):
        lavrov = person("Sergei Lavrov", "RUS")
        lavrov.mentions = [Mention(f"old{k}", 0, len(lavrov.name), lavrov.name)]
        ingest(store, f"old{k}", lavrov, source=source)
    with store.engine.begin() as conn:  # as a store upgraded from before the table has it: no links
        conn.execute(delete(actor_links))
    ingest(store, "new1", person("Sergey Lavrov", "RUS"), source="Four")
    ingest(store, "new2", person("Sergey Lavrov", "RUS"), source="Five")
    assert [a.name for a in store.actors("lavrov")] == ["Sergei Lavrov"]
