"""The store: idempotent ingest, edits that keep event IDs, atomic writes, queries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import EXAMPLE, read_article
from old_stores import make_pre_alembic, wipe
from plain_query import plain_event_ids
from sqlalchemy import create_engine, inspect, select

from dragoman.errors import DragomanError, InvalidValue
from dragoman.model import EVENT_SORTS_ACCEPTED, Actor, Article, Event, EventDate, Evidence, Extraction, Participant
from dragoman.pipeline import Pipeline
from dragoman.store import (
    EVENT_SORTS,
    EventFilter,
    Store,
    actor_aliases,
    actors,
    event_countries,
    event_mentions,
    event_participants,
    events,
    metadata,
)
from dragoman.store.migrations import include_object
from dragoman.store.schema import current_revision, head_revision


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, for comparing whole store states."""
    with store.engine.connect() as conn:
        return {name: sorted(map(tuple, conn.execute(select(table)).all()), key=repr)
                for name, table in store_tables(store).items()}


def store_tables(store: Store) -> dict:
    return dict(metadata.tables)


def pg_url() -> str | None:
    url = os.environ.get("DRAGOMAN_TEST_PG")
    if not url and os.environ.get("CI"):
        pytest.fail("DRAGOMAN_TEST_PG is not set: .ci/run starts PostgreSQL for these tests")
    return url


def fresh_store(backend: str, tmp_path: Path) -> Store:
    if backend == "sqlite":
        return Store(f"sqlite:///{tmp_path / 'test.db'}")
    url = pg_url()
    if not url:
        pytest.skip("no PostgreSQL: set DRAGOMAN_TEST_PG (see .ci/postgres.sh)")
    wipe(url)
    return Store(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = fresh_store(request.param, tmp_path)
    yield s
    s.close()


def test_reingesting_the_same_article_changes_nothing(store: Store, seed: Extraction) -> None:
    assert store.ingest(seed).status == "added"
    first = _rows(store)
    for _ in range(3):
        assert store.ingest(seed).status == "unchanged"
    second = _rows(store)
    first.pop("articles"), second.pop("articles")  # ingested_at is the first ingest's and stays
    assert first == second
    assert store.counts()["articles"] == 1


def test_an_edited_article_replaces_its_events_and_keeps_ids(store: Store, pipeline: Pipeline) -> None:
    original = read_article(EXAMPLE)
    store.ingest(pipeline.extract_article(original))
    before = {e.id: e for e in store.events()}
    edited_text = original.text.replace("Kazakhstan and Mongolia established diplomatic relations in 1992. ", "")
    edited = replace(original, id="edited-version", text=edited_text)
    result = store.ingest(pipeline.extract_article(edited))
    assert result.status == "replaced"
    after = {e.id: e for e in store.events()}
    assert store.counts()["articles"] == 1
    dropped = set(before) - set(after)
    assert [before[i].cameo for i in dropped] == ["054"]  # only the removed sentence's event is gone
    assert set(after) <= set(before)  # every other event kept its id
    assert all(m.article_id == "edited-version" for e in after.values() for m in e.evidence)


def test_a_failing_article_leaves_the_store_as_it_was(store: Store, seed: Extraction, example: Extraction,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store.ingest(seed)
    before = _rows(store)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Store, "_store_event", explode)
    with pytest.raises(RuntimeError):
        store.ingest(example)
    assert _rows(store) == before


def test_queries(store: Store, seed: Extraction, example: Extraction) -> None:
    store.ingest(seed)
    store.ingest(example)
    by_alias = store.events(actor="rezhenkov")
    assert by_alias and by_alias == store.events(actor="Reyzhenkov")
    assert all(e.type == "SUPPORT" for e in store.events(type="support"))
    assert {e.id for e in store.events(country="KAZ")} and all(
        "KAZ" in {p.country for p in e.source + e.target} | {e.location.country if e.location else None}
        for e in store.events(country="KAZ"))
    in_2023 = store.events(since="2023-01-01", until="2023-12-31")
    assert {e.date.start for e in in_2023} == {"2023-09-13", "2023-09-15"}
    # A month-precision event overlaps a bound inside that month.
    assert any(e.date.start == "2024-06" for e in store.events(since="2024-06-15", until="2024-06-20"))
    assert len(store.events(limit=3)) == 3
    conflicts = store.conflicts()
    assert {c.field for c in conflicts} == {"date.end"} and len(conflicts) == 2


def test_actors_accumulate_aliases_across_articles(store: Store, pipeline: Pipeline) -> None:
    first = Article(id="a1", text="Belarusian Foreign Minister Maxim Ryzhenkov arrived in Pyongyang on Tuesday.",
                    published=None)
    second = Article(id="a2", text="Belarusian Foreign Minister Maksim Ryzhenkov met Kim Jong-un in Pyongyang.",
                     published=None)
    store.ingest(pipeline.extract_article(first))
    store.ingest(pipeline.extract_article(second))
    people = [a for a in store.actors("ryzhenkov") if a.kind == "person"]
    assert len(people) == 1
    assert {"Maxim Ryzhenkov", "Maksim Ryzhenkov"} <= set(people[0].aliases)
    with store.engine.connect() as conn:
        aliases = {r.alias for r in conn.execute(select(actor_aliases).where(actor_aliases.c.actor_id == people[0].id))}
        mentions = conn.execute(select(event_mentions)).all()
    assert "Maksim Ryzhenkov" in aliases and mentions


def test_the_same_event_from_two_articles_is_one_event(store: Store, pipeline: Pipeline) -> None:
    texts = {
        "wire-a": "Kazakh Foreign Minister Yerlan Zhaksybekov held talks with Mongolian Foreign Minister "
                  "Batmunkh Tserendorj in Ulaanbaatar on March 12, 2025.",
        "wire-b": "Mongolian Foreign Minister Batmunkh Tserendorj held talks with Kazakh Foreign Minister "
                  "Erlan Zhaksybekov on March 12, 2025, the Montsame agency reported.",
    }
    for key, text in texts.items():
        store.ingest(pipeline.extract_article(Article(id=key, text=text, source=key)))
    talks = store.events(type="CONSULT")
    assert len(talks) == 1
    assert {m.article_id for m in talks[0].evidence} == {"wire-a", "wire-b"}


def test_two_meetings_on_different_days_stay_apart(store: Store, pipeline: Pipeline) -> None:
    for day in ("March 12", "March 19"):
        text = f"Kazakh Foreign Minister Yerlan Zhaksybekov met Mongolian Foreign Minister Batmunkh Tserendorj " \
               f"in Ulaanbaatar on {day}, 2025."
        store.ingest(pipeline.extract_article(Article(id=day, text=text)))
    assert sorted(e.date.start or "" for e in store.events(type="CONSULT")) == ["2025-03-12", "2025-03-19"]


# -- the country table and paged queries (bench/api_latency.py) ----------------------------------------


def _countries(store: Store) -> set[tuple[str, str]]:
    with store.engine.connect() as conn:
        return set(map(tuple, conn.execute(select(event_countries.c.country, event_countries.c.event_id))))


def _countries_from_scratch(store: Store) -> set[tuple[str, str]]:
    """What event_countries must hold: each event's place country and its actors' current countries."""
    with store.engine.connect() as conn:
        place = conn.execute(select(events.c.location_country, events.c.id)
                             .where(events.c.location_country.is_not(None)))
        people = conn.execute(select(actors.c.country, event_participants.c.event_id)
                              .join(actors, actors.c.id == event_participants.c.actor_id)
                              .where(actors.c.country.is_not(None)))
        return set(map(tuple, place)) | set(map(tuple, people))


def test_event_countries_follow_writes_rewrites_and_removals(store: Store, seed: Extraction,
                                                              pipeline: Pipeline) -> None:
    original = read_article(EXAMPLE)
    for extraction in (seed, pipeline.extract_article(original)):
        store.ingest(extraction)
        assert _countries(store) == _countries_from_scratch(store)
    assert {c for c, _ in _countries(store)} >= {"BLR", "PRK", "KAZ", "MNG"}
    # another article reports a stored event: the event is re-written
    wire = Article(id="wire", source="wire", text="Kazakh Foreign Minister Yerlan Zhaksybekov held talks with "
                   "Mongolian Foreign Minister Batmunkh Tserendorj in Ulaanbaatar on March 12, 2025.")
    store.ingest(pipeline.extract_article(wire))
    assert _countries(store) == _countries_from_scratch(store)
    # an edited article replaces the old one: the event only the old one had goes, with its rows
    edited = replace(original, id="edited-version", text=original.text.replace(
        "Kazakhstan and Mongolia established diplomatic relations in 1992. ", ""))
    assert store.ingest(pipeline.extract_article(edited)).status == "replaced"
    assert _countries(store) == _countries_from_scratch(store)
    everything = store.events()
    for code in ("BLR", "PRK", "KAZ", "MNG", "RUS", "NZL"):
        expected = [e.id for e in everything
                    if code in {p.country for p in e.source + e.target} | {e.location and e.location.country}]
        assert [e.id for e in store.events(country=code.lower())] == expected


def test_a_store_made_before_alembic_opens_and_upgrades(store: Store, seed: Extraction, example: Extraction) -> None:
    store.ingest(seed)
    store.ingest(example)
    url = store.engine.url.render_as_string(hide_password=False)
    # an old store has no magnitudes (revision 0003 adds them, empty)
    expected = {"events": [e.to_dict() | {"size": None, "dead": None, "injured": None} for e in store.events()],
                "conflicts": [c.to_dict() for c in store.conflicts()],
                "countries": _countries(store), "search": _searched(store, "Ulaanbaatar"), "counts": store.counts()}
    assert expected["conflicts"] and expected["countries"] and expected["search"][1]
    make_pre_alembic(store, leave_out=("event_countries", "event_conflicts"))
    with Store(url) as upgraded:
        with upgraded.engine.connect() as conn:
            assert current_revision(conn) == head_revision() == "0004_actor_links"
            indexes = {ix["name"] for ix in inspect(conn).get_indexes("events")}
            assert not compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}),
                                        metadata)  # the schema is the newest one, as a fresh store's
        assert "ix_events_source_count_id" in indexes and "ix_events_type_period" not in indexes
        assert [e.to_dict() for e in upgraded.events()] == expected["events"]
        assert [c.to_dict() for c in upgraded.conflicts()] == expected["conflicts"]  # filled from the claims
        assert _countries(upgraded) == expected["countries"]  # filled from places and participants
        assert _searched(upgraded, "Ulaanbaatar") == expected["search"]  # indexed from the stored text
        assert upgraded.counts() == expected["counts"]
        _search_index_is_sound(upgraded)
    with Store(url) as again:  # at the newest revision: opening changes nothing
        assert [e.to_dict() for e in again.events()] == expected["events"]


def test_a_fresh_store_is_made_at_the_newest_revision(store: Store) -> None:
    with store.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
        assert not compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}),
                                    metadata)


def test_a_store_from_a_newer_dragoman_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.db'}"
    Store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    engine.dispose()
    with pytest.raises(DragomanError, match="schema revision 0099_from_the_future.*newer"):
        Store(url)


def test_event_countries_follow_actor_merges_and_splits(store: Store, seed: Extraction, example: Extraction) -> None:
    store.ingest(seed)
    store.ingest(example)
    people = [a for a in store.actors(kind="person") if a.country]
    # merge a person into one of another country that some of the person's events lack
    merged, into = next((b, a) for b in people for a in people if a.country != b.country
                        and any((a.country, e.id) not in _countries(store) for e in store.events(actor=b.id)))
    record = store.merge_actors(into.id, merged.id)
    assert _countries(store) == _countries_from_scratch(store)
    store.split_actors(record["id"])
    assert _countries(store) == _countries_from_scratch(store)


def _ingest_one(store: Store, article_id: str, person: Actor, day: str) -> None:
    """An article with one person and one event of theirs, built by hand."""
    article = Article(id=article_id, text=f"{person.name} spoke ({article_id}).")
    store.ingest(Extraction(articles=[article], actors=[person], events=[Event(
        id=f"ev-{article_id}", type="MAKE-STATEMENT", source=[Participant(person.id, person.name, person.country)],
        date=EventDate(day, day, precision="day"),
        evidence=[Evidence(article_id, article.text, 0, len(article.text), "spoke")])]))


def test_event_countries_follow_an_actor_that_gets_its_country_later(store: Store) -> None:
    _ingest_one(store, "a1", Actor("person-ivan-petrov", "Ivan Petrov", "person"), "2023-05-01")
    _ingest_one(store, "a2", Actor("person-ivan-petrov", "Ivan Petrov", "person", country="RUS"), "2024-09-30")
    assert [a.country for a in store.actors("petrov")] == ["RUS"]
    assert [e.id for e in store.events(country="RUS")] == ["ev-a1", "ev-a2"]


PAGE_FILTERS = [{}, {"actor": "rezhenkov"}, {"actor": "North Korea"}, {"type": "consult"}, {"country": "PRK"},
                {"country": "MNG"}, {"since": "2024-07"}, {"until": "2024-07-23"},
                {"since": "2024", "until": "2024-07"},
                {"factuality": "asserted"}, {"country": "KAZ", "type": "CONSULT", "since": "2025"},
                {"actor": "Ryzhenkov", "until": "2024-07-25"}, {"article": "seed"}, {"disputed": True},
                {"disputed": False}, {"disputed": True, "actor": "Ryzhenkov"}, {"disputed": False, "type": "CONSULT"}]


@pytest.mark.parametrize("walk_above", [0, 10**9])
def test_every_page_of_every_filter_and_sort_is_the_plain_query(store: Store, seed: Extraction, example: Extraction,
                                                                 walk_above: int, monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """Store.event_page picks a plan by counts (walk a sort index, or start from a filter); either way its
    pages are those of the plain filtered, sorted query (tests/plain_query.py)."""
    monkeypatch.setattr("dragoman.store.queries.WALK_ABOVE", walk_above)
    store.ingest(seed)
    store.ingest(example)
    seed_id = seed.articles[0].id
    sorts = list(EVENT_SORTS_ACCEPTED)
    assert {s.lstrip("-") for s in sorts} == set(EVENT_SORTS)  # every order the CLI and API accept is stored
    with store.engine.connect() as conn:
        for filters in PAGE_FILTERS:
            filters = {k: seed_id if k == "article" else v for k, v in filters.items()}
            for sort in sorts if not filters else ["date", "-date", "-confidence", "type", "id"]:
                key, desc = sort.lstrip("-"), sort.startswith("-")
                order = [c.desc() if desc else c.asc() for c in EVENT_SORTS[key]]
                expected = [r[0] for r in conn.execute(plain_event_ids(**filters).order_by(*order))]
                paged = []
                for offset in range(0, len(expected) + 3, 3):
                    total, page = store.event_page(EventFilter(**filters), sort=sort, limit=3, offset=offset)
                    assert total == len(expected), (filters, sort)
                    paged += [e.id for e in page]
                assert paged == expected, (filters, sort)
                assert [e.id for e in store.event_page(EventFilter(**filters), sort=sort, limit=None)[1]] == expected
    assert store.event_page(EventFilter(actor="nobody at all")) == (0, [])
    (person,) = store.actor_ids("Ryzhenkov")
    assert [e.id for e in store.event_page(EventFilter(actor_id=person), limit=None)[1]] == \
        [e.id for e in store.events(actor=person)] != []


def test_conflicts_load_only_events_with_disagreeing_claims(store: Store, seed: Extraction,
                                                            example: Extraction) -> None:
    store.ingest(seed)
    store.ingest(example)
    loaded: list[str] = []
    load = store._load_events

    def counting(conn, ids):
        loaded.extend(ids)
        return load(conn, ids)

    store._load_events = counting  # type: ignore[method-assign]
    conflicts = store.conflicts()
    assert {c.field for c in conflicts} == {"date.end"} and len(conflicts) == 2
    with store.engine.connect() as conn:
        with_claims = {r[0] for r in conn.execute(select(event_mentions.c.event_id).distinct())}
    assert set(loaded) == {c.event_id for c in conflicts} and len(with_claims) > len(loaded)
    assert store.conflicts(conflicts[0].event_id) == [conflicts[0]]



def _searched(store: Store, q: str) -> tuple[list[str], list[str]]:
    """The ids of the events and of the articles that a full-text query finds."""
    return ([e.id for e in store.events(EventFilter(q=q))],
            [a["id"] for a in store.article_page(limit=1000, q=q)["items"]])


def _search_index_is_sound(store: Store) -> None:
    """SQLite: each FTS5 index agrees with its table (PostgreSQL's indexes are on expressions: nothing to check)."""
    if store.engine.dialect.name != "sqlite":
        return
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO event_mentions_fts(event_mentions_fts) VALUES ('integrity-check')")
        assert sorted(conn.exec_driver_sql("SELECT article_id, title, text FROM articles_fts").all()) == \
            sorted(conn.exec_driver_sql("SELECT id, title, text FROM articles").all())


def test_full_text_search_follows_ingest_edits_and_merges(store: Store, seed: Extraction, pipeline: Pipeline) -> None:
    store.ingest(seed)
    original = read_article(EXAMPLE)
    store.ingest(pipeline.extract_article(original))
    everything = store.events()
    events_found, articles_found = _searched(store, "Ulaanbaatar")
    assert articles_found == [original.id]  # the example's text names the city, the seed does not
    assert set(events_found) == {e.id for e in everything if any(m.article_id == original.id for m in e.evidence)}
    # a sentence's word: only the events with that sentence and the events of the articles that say it
    rail = {e.id for e in store.events(EventFilter(q='"rail freight corridor"'))}
    assert rail == set(events_found)  # the phrase is in the example only
    assert _searched(store, "Pyongyang")[1] == [seed.articles[0].id]
    assert _searched(store, "visits")[1] == _searched(store, "visited")[1] == _searched(store, "visit")[1] != []
    assert set(_searched(store, "Ulaanbaatar OR Pyongyang")[1]) == {original.id, seed.articles[0].id}
    # each sentence and each article is matched as a whole: the article names Erdenet, one sentence does not
    assert _searched(store, "Ulaanbaatar -Erdenet") == (
        [e.id for e in everything if any("Ulaanbaatar" in m.sentence for m in e.evidence)], [])
    assert _searched(store, "ULAANBAATAR") == (events_found, articles_found)
    _search_index_is_sound(store)

    # an edited article: the new words are found, the old ones no longer
    edited = replace(original, id="edited-version", text=original.text.replace("Ulaanbaatar", "Karakorum"))
    assert store.ingest(pipeline.extract_article(edited)).status == "replaced"
    assert _searched(store, "Ulaanbaatar") == ([], [])
    assert _searched(store, "Karakorum")[1] == ["edited-version"] and _searched(store, "Karakorum")[0]
    _search_index_is_sound(store)

    # a merge moves the evidence: its words now find the event merged into
    consults = store.events(EventFilter(type="CONSULT", article="edited-version"))
    visit = next(e for e in store.events(EventFilter(actor="Ryzhenkov", type="CONSULT")))
    store.merge_events(visit.id, consults[0].id)
    found = store.events(EventFilter(q='"rail freight corridor"'))
    assert visit.id in {e.id for e in found} and consults[0].id not in {e.id for e in found}
    _search_index_is_sound(store)
    assert store.events(EventFilter(q="Pyongyang", disputed=True)) == \
        [e for e in store.events(EventFilter(q="Pyongyang")) if e.id in {c.event_id for c in store.conflicts()}]


def test_article_search_ranks_by_relevance_and_shows_where_it_matched(store: Store) -> None:
    texts = {  # id: (title, text, day published)
        "in-passing": ("Harvest report", "Farmers brought in the wheat early.\n" * 30 + "A drought was feared.", 3),
        "about-it": ("Drought deepens", "The drought hit the north.\n\nThe drought dried the wells; droughts "
                                        "like it come once a decade.", 2),
        "in-title": ("Drought relief arrives", "Trucks brought water to the villages of the north.", 1),
        "elsewhere": ("Elections", "Voters went to the polls.", 4),
    }
    for article_id, (title, text, day) in texts.items():
        store.ingest(Extraction(articles=[Article(id=article_id, text=text, title=title,
                                                  published=date(2024, 1, day))]))
    assert [a["id"] for a in store.article_page()["items"]] == ["elsewhere", "in-passing", "about-it", "in-title"]
    page = store.article_page(q="drought")
    assert page["total"] == 3
    ranked = [a["id"] for a in page["items"]]
    assert ranked[0] == "about-it" and ranked[-1] == "in-passing"  # newest, but says it once in a long text
    assert [store.article_page(limit=1, offset=i, q="drought")["items"][0]["id"] for i in range(3)] == ranked
    about = page["items"][0]
    assert [about["snippet"][a:b] for a, b in about["highlights"]] == ["drought", "drought", "droughts"]
    assert "drought hit the north. The drought dried the wells" in about["snippet"]  # one line
    passing = page["items"][-1]["snippet"]
    assert "A drought was feared." in passing and len(passing.split()) <= 30  # a few words, not the whole text
    assert "snippet" not in store.article_page()["items"][0]


@pytest.mark.parametrize("query", ['"', "-visit", "  ", "OR", '"" -""', "()"])
def test_a_search_without_words_is_an_invalid_value(store: Store, query: str) -> None:
    if not query.strip():
        assert EventFilter(q=query).q is None  # blank: no search
        return
    with pytest.raises(InvalidValue, match="^q: "):
        EventFilter(q=query)
    with pytest.raises(InvalidValue, match="^q: "):
        store.article_page(q=query)


@pytest.mark.parametrize("query", ["NEAR(a b)", "a AND", "title:visit", "x*", "^start", "a + b", "'quote", "a\\b"])
def test_fts_syntax_from_a_user_is_read_as_words(store: Store, seed: Extraction, query: str) -> None:
    store.ingest(seed)
    store.events(EventFilter(q=query))  # never an FTS syntax error
    store.article_page(q=query)


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The revisions run in one transaction, DDL included (SQLite commits DDL at once unless told otherwise)."""
    from dragoman.store import schema

    upgrade = schema.alembic_command.upgrade

    def upgrade_then_fail(*args: object, **kwargs: object) -> None:
        upgrade(*args, **kwargs)
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema.alembic_command, "upgrade", upgrade_then_fail)
    url = f"sqlite:///{tmp_path / 'failed.db'}"
    with pytest.raises(RuntimeError, match="disk full"):
        Store(url)
    engine = create_engine(url)
    assert inspect(engine).get_table_names() == []
    engine.dispose()
