"""Merges of events and actors: explained, reversible, with stable ids and a revision history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient
from old_stores import make_pre_alembic
from test_store import fresh_store
from typer.testing import CliRunner

from dragoman.cli import app
from dragoman.errors import Conflict, Invalid, NotFound
from dragoman.model import Article, Extraction
from dragoman.pipeline import Pipeline
from dragoman.schema import load_schema
from dragoman.serve.app import create_app
from dragoman.store import Store

WIRE_A = ("Kazakh Foreign Minister Yerlan Zhaksybekov held talks with Mongolian Foreign Minister "
          "Batmunkh Tserendorj in Ulaanbaatar on March 12, 2025.")
WIRE_B = ("Mongolian Foreign Minister Batmunkh Tserendorj held talks with Kazakh Foreign Minister "
          "Erlan Zhaksybekov on March 12, 2025, the Montsame agency reported.")


def meeting(day: str) -> str:
    return (f"Kazakh Foreign Minister Yerlan Zhaksybekov met Mongolian Foreign Minister Batmunkh Tserendorj "
            f"in Ulaanbaatar on {day}, 2025.")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = fresh_store(request.param, tmp_path)
    yield s
    s.close()


def ingest(store: Store, pipeline: Pipeline, article_id: str, text: str) -> None:
    store.ingest(pipeline.extract_article(Article(id=article_id, text=text, source=article_id, path=article_id)))


def test_an_automatic_merge_is_explained_and_the_extracted_id_still_resolves(store: Store,
                                                                             pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    ingest(store, pipeline, "wire-b", WIRE_B)
    (talks,) = store.events(type="CONSULT")
    (merge,) = store.event_merges(talks.id)
    assert merge["kind"] == "auto" and merge["article_id"] == "wire-b" and merge["into"] == talks.id
    why = merge["explanation"]
    assert why["type"] == "CONSULT" and len(why["shared_participants"]) == 2
    assert why["date"]["match"] == "same" and why["similarity"] > 0
    # wire-b's own id (what `dragoman extract` printed for it) names the merged event
    b_alone = pipeline.extract_article(Article(id="wire-b", text=WIRE_B)).events
    b_id = next(e.id for e in b_alone if e.type == "CONSULT")
    assert b_id != talks.id and store.event(b_id).id == talks.id


def test_undoing_an_automatic_merge_keeps_the_two_apart_on_reingest(store: Store, pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    ingest(store, pipeline, "wire-b", WIRE_B)
    (merge,) = store.event_merges()
    result = store.undo_event_merge(merge["id"])
    talks = store.events(type="CONSULT")
    assert len(talks) == 2
    assert {e.id for e in talks} == {merge["into"], result["restored"]}
    assert {tuple(m.article_id for m in e.evidence) for e in talks} == {("wire-a",), ("wire-b",)}
    ingest(store, pipeline, "wire-b", WIRE_B + " The talks lasted two hours.")  # an edited wire-b
    assert len(store.events(type="CONSULT")) == 2
    with pytest.raises(Conflict, match="already undone"):
        store.undo_event_merge(merge["id"])


def test_a_user_merge_of_events_is_recorded_resolves_and_splits_back_exactly(store: Store,
                                                                            pipeline: Pipeline) -> None:
    ingest(store, pipeline, "first", meeting("March 12"))
    ingest(store, pipeline, "second", meeting("March 19"))
    first, second = store.events(type="CONSULT")
    before = {e.id: e.to_dict() for e in store.events()}
    merge = store.merge_events(first.id, second.id, note="one meeting, misdated by a wire")
    assert merge["kind"] == "user" and merge["explanation"]["note"].startswith("one meeting")
    (merged,) = store.events(type="CONSULT")
    assert merged.id == first.id and store.event(second.id).id == first.id
    assert {m.article_id for m in merged.evidence} == {"first", "second"}
    assert [r["action"] for r in store.history(second.id)][-2:] in (["merged", "deleted"], ["deleted", "merged"])
    with pytest.raises(Invalid, match="already one event"):
        store.merge_events(first.id, second.id)
    store.undo_event_merge(merge["id"])
    assert {e.id: e.to_dict() for e in store.events()} == before
    with pytest.raises(NotFound, match="no event ev-nonexistent"):
        store.merge_events(first.id, "ev-nonexistent")


def test_an_edited_article_leaves_a_revision_and_its_old_text(store: Store, pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    ingest(store, pipeline, "wire-b", WIRE_B)
    (talks,) = store.events(type="CONSULT")
    ingest(store, pipeline, "wire-b", WIRE_B.replace("on March 12, 2025", "on March 13, 2025"))
    events = store.events(type="CONSULT")
    assert talks.id in {e.id for e in events}  # the event wire-a started keeps its id
    history = store.history(talks.id)
    assert history[0]["action"] == "created" and history[0]["article_id"] == "wire-a"
    assert any(r["action"] == "updated" and "articles" in r["changes"] for r in history[1:])
    (old,) = store.article_revisions("wire-b")
    assert "March 12" in old["text"] and old["replaced_by"] == "wire-b"


def test_removing_an_article_recomputes_its_events_from_the_other_reports(store: Store,
                                                                         pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    alone = store.events(type="CONSULT")[0].to_dict()
    ingest(store, pipeline, "wire-b", WIRE_B)
    ingest(store, pipeline, "wire-b", "Nothing happened in Ulaanbaatar today.")  # wire-b edited: no event now
    (talks,) = store.events(type="CONSULT")
    assert talks.to_dict() == alone


def test_events_follow_an_actor_merge_when_recomputed(store: Store, pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    ingest(store, pipeline, "wire-b", WIRE_B)
    (talks,) = store.events(type="CONSULT")
    people = {a.name: a.id for a in store.actors(kind="person")}
    zhaksybekov = next(i for n, i in people.items() if "Zhaksybekov" in n)
    tserendorj = next(i for n, i in people.items() if "Tserendorj" in n)
    merge = store.merge_actors(zhaksybekov, tserendorj)  # a wrong merge, on purpose
    ingest(store, pipeline, "wire-b", WIRE_B + " Both said so.")  # recomputes the event from its reports
    ids = {p.actor_id for e in store.events(type="CONSULT") for p in e.source + e.target}
    assert tserendorj not in ids and zhaksybekov in ids
    store.split_actors(merge["id"])
    assert {a.id for a in store.actors(kind="person")} >= {zhaksybekov, tserendorj}
    assert store.event(talks.id) is not None


def test_cli_merges_and_splits_events_and_actors(tmp_path: Path, pipeline: Pipeline) -> None:
    db = str(tmp_path / "cli.db")
    with Store(f"sqlite:///{db}") as store:
        ingest(store, pipeline, "first", meeting("March 12"))
        ingest(store, pipeline, "second", meeting("March 19"))
        first, second = (e.id for e in store.events(type="CONSULT"))
        people = sorted(a.id for a in store.actors(kind="person"))
    runner = CliRunner()

    def run(*args: str) -> tuple[int, str]:
        result = runner.invoke(app, [*args, "--db", db])
        return result.exit_code, result.output

    code, output = run("events", "merge", first, second, "--note", "same meeting", "-f", "json")
    assert code == 0, output
    merge_id = json.loads(output)[0]["id"]
    code, output = run("events", "history", second, "-f", "json")
    assert code == 0 and "merged" in {r["action"] for r in json.loads(output)}
    code, output = run("events", "merges", first)
    assert code == 0 and "same meeting" in output
    assert run("events", "split", str(merge_id))[0] == 0
    code, output = run("events", "split", str(merge_id))
    assert code == 1 and "already undone" in output and "Traceback" not in output
    code, output = run("events", "--type", "CONSULT", "-f", "json")  # listing stays the default
    assert code == 0 and len(json.loads(output)) == 2
    code, output = run("actors", "merge", people[0], people[1], "-f", "json")
    assert code == 0, output
    actor_merge = json.loads(output)[0]["id"]
    assert people[1] not in run("actors", "-f", "json")[1]
    assert run("actors", "split", str(actor_merge))[0] == 0
    assert people[1] in run("actors", "-f", "json")[1]
    code, output = run("actors", "merge", people[0], "nobody")
    assert code == 1 and "no actor nobody" in output


def test_api_event_merge_needs_the_token_and_history_shows_it(tmp_path: Path, pipeline: Pipeline) -> None:
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    ingest(store, pipeline, "first", meeting("March 12"))
    ingest(store, pipeline, "second", meeting("March 19"))
    first, second = (e.id for e in store.events(type="CONSULT"))
    client = TestClient(create_app(store, token="secret"))
    body = {"into": first, "merge": second}
    assert client.post("/api/events/merge", json=body).status_code == 401
    answer = client.post("/api/events/merge", json=body, headers={"Authorization": "Bearer secret"})
    assert answer.status_code == 200 and answer.json()["kind"] == "user"
    assert client.get(f"/api/events/{second}").json()["event"]["id"] == first
    history = client.get(f"/api/events/{second}/history").json()
    assert history["event_id"] == first and history["merges"][0]["merged"] == second
    again = client.post("/api/events/merge", json=body, headers={"Authorization": "Bearer secret"})
    assert again.status_code == 422
    split = client.post(f"/api/events/split/{answer.json()['id']}", headers={"Authorization": "Bearer secret"})
    assert split.status_code == 200 and split.json()["restored"] == second
    assert client.get("/api/events/ev-unknown/history").status_code == 404


def test_an_event_merged_and_split_under_its_own_id(store: Store, pipeline: Pipeline) -> None:
    """Two articles whose extractions give the same id: splitting them needs a new id for one."""
    ingest(store, pipeline, "copy-1", WIRE_A)
    ingest(store, pipeline, "copy-2", WIRE_A + " Officials confirmed it.")
    (talks,) = store.events(type="CONSULT")
    (merge,) = store.event_merges(talks.id)
    assert merge["explanation"]["same_id"] is True
    result = store.undo_event_merge(merge["id"])
    assert result["restored"] != talks.id
    found = store.events(type="CONSULT")
    assert {e.id for e in found} == {talks.id, result["restored"]}
    # The restored event's id carries a suffix; stored events still follow the documented schema.
    schema = load_schema()
    event_schema = {**schema["properties"]["events"]["items"], "$defs": schema["$defs"]}
    for ev in found:
        jsonschema.validate(ev.to_dict(), event_schema)


def test_a_later_more_precise_date_refines_a_vaguer_one(store: Store, pipeline: Pipeline) -> None:
    ingest(store, pipeline, "monthly", "Kazakh Foreign Minister Yerlan Zhaksybekov visited Mongolia in March 2025.")
    ingest(store, pipeline, "daily", "Kazakh Foreign Minister Yerlan Zhaksybekov visited Mongolia on March 12, 2025.")
    (visit,) = store.events(type="CONSULT")
    assert (visit.date.start, visit.date.precision) == ("2025-03-12", "day")
    assert {m.article_id for m in visit.evidence} == {"monthly", "daily"}
    assert store.conflicts(visit.id) == []


def test_an_undated_report_does_not_join_an_event_years_before(store: Store, pipeline: Pipeline) -> None:
    store.ingest(pipeline.extract_article(Article(
        id="old", text="Kazakh Foreign Minister Yerlan Zhaksybekov met Mongolian Foreign Minister Batmunkh "
                       "Tserendorj in Ulaanbaatar on March 12, 2019.", published=date(2019, 3, 13))))
    store.ingest(pipeline.extract_article(Article(
        id="new", text="Kazakh Foreign Minister Yerlan Zhaksybekov met Mongolian Foreign Minister Batmunkh "
                       "Tserendorj in Ulaanbaatar.", published=date(2025, 3, 13))))
    assert len(store.events(type="CONSULT")) == 2
    store.ingest(pipeline.extract_article(Article(
        id="next-day", text="Kazakh Foreign Minister Yerlan Zhaksybekov met Mongolian Foreign Minister Batmunkh "
                            "Tserendorj in Ulaanbaatar.", published=date(2019, 3, 14))))
    assert len(store.events(type="CONSULT")) == 2  # joined the March 12, 2019 meeting


def test_a_correction_wins_over_the_reports_survives_an_edit_and_can_be_undone(store: Store,
                                                                              pipeline: Pipeline) -> None:
    ingest(store, pipeline, "wire-a", WIRE_A)
    (talks,) = store.events(type="CONSULT")
    original = talks.to_dict()
    fix = store.correct_event(talks.id, "location", "Astana", note="the wire confused the capitals")
    store.correct_event(talks.id, "location.country", "kaz")
    store.correct_event(talks.id, "date", "2025-03-11")
    corrected = store.event(talks.id)
    assert (corrected.location.name, corrected.location.country) == ("Astana", "KAZ")
    assert (corrected.date.start, corrected.date.precision, corrected.date.basis) == ("2025-03-11", "day", "user")
    ingest(store, pipeline, "wire-a", WIRE_A + " The talks lasted two hours.")  # edited: recomputed from reports
    assert store.event(talks.id).location.name == "Astana"
    history = store.history(talks.id)
    corrected_rows = [r for r in history if r["action"] == "corrected"]
    assert corrected_rows[0]["changes"]["location"][1]["name"] == "Astana"
    for c in reversed(store.corrections(talks.id)):
        store.undo_correction(c["id"])
    assert store.event(talks.id).to_dict()["location"] == original["location"]
    assert store.event(talks.id).date.start == original["date"]["start"]
    with pytest.raises(Conflict, match="already undone"):
        store.undo_correction(fix["id"])
    for field, value in (("type", "MEET"), ("date", "2025-02-30"), ("actor", "x"), ("location.country", "KZ")):
        with pytest.raises(Invalid):
            store.correct_event(talks.id, field, value)


def test_cli_and_api_corrections(tmp_path: Path, pipeline: Pipeline) -> None:
    db = str(tmp_path / "fix.db")
    store = Store(f"sqlite:///{db}")
    ingest(store, pipeline, "wire-a", WIRE_A)
    (talks,) = store.events(type="CONSULT")
    result = CliRunner().invoke(app, ["events", "correct", talks.id, "factuality", "reported", "--db", db,
                                      "-f", "json"])
    assert result.exit_code == 0, result.output
    assert store.event(talks.id).factuality == "reported"
    result = CliRunner().invoke(app, ["events", "correct", talks.id, "factuality", "rumoured", "--db", db])
    assert result.exit_code == 1 and "not one of" in result.output and "Traceback" not in result.output
    client = TestClient(create_app(store, token="secret"))
    body = {"field": "cameo", "value": "046"}
    assert client.post(f"/api/events/{talks.id}/corrections", json=body).status_code == 401
    made = client.post(f"/api/events/{talks.id}/corrections", json=body, headers={"Authorization": "Bearer secret"})
    assert made.status_code == 200 and store.event(talks.id).cameo == "046"
    assert {c["field"] for c in client.get(f"/api/events/{talks.id}/history").json()["corrections"]} == {
        "factuality", "cameo"}
    undo = client.post(f"/api/corrections/{made.json()['id']}/undo", headers={"Authorization": "Bearer secret"})
    assert undo.status_code == 200 and store.event(talks.id).cameo == talks.cameo != "046"


def test_the_conflict_table_follows_merges_and_fills_an_older_database(tmp_path: Path, pipeline: Pipeline,
                                                                       seed: Extraction) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as store:
        store.ingest(seed)
        listed = [c.to_dict() for c in store.conflicts()]
        assert listed and store.counts()["conflicts"] == len(listed)
        visit = listed[0]["event_id"]
        other = next(e.id for e in store.events(type="CONSULT") if e.id != visit)
        merge = store.merge_events(other, visit)
        assert {c.event_id for c in store.conflicts()} == {other}  # the disagreement moved with the reports
        store.undo_event_merge(merge["id"])
        assert [c.to_dict() for c in store.conflicts()] == listed
        make_pre_alembic(store, leave_out=("event_conflicts",))  # a database from before the table, and Alembic
    with Store(url) as store:  # filled on opening
        assert [c.to_dict() for c in store.conflicts()] == listed
