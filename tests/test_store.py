"""The store: idempotent ingest, edits that keep event IDs, atomic writes, queries."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import EXAMPLE, read_article
from sqlalchemy import create_engine, select

from dragoman.model import Article, Extraction
from dragoman.pipeline import Pipeline
from dragoman.store import Store, actor_aliases, event_mentions, metadata


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
    engine = create_engine(url)
    metadata.drop_all(engine)
    engine.dispose()
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
