"""The HTTP API: read endpoints over the seed and the example, tokens on writes, merge/split,
the committed OpenAPI document, and an OpenAPI-driven fuzz run with zero server errors."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from dragoman import cli
from dragoman.model import Article, Extraction
from dragoman.pipeline import Pipeline
from dragoman.store import EventFilter, Store, event_participants

pytest.importorskip("fastapi")
with warnings.catch_warnings():  # starlette's note about httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from dragoman.serve.app import create_app, openapi_document

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XSS_TEXT = ("Minister meets Putin\n\n2024-08-01\n\nOn July 30, Belarusian Foreign Minister Ryzhenkov met Russian "
            "President Vladimir Putin <script>window.__pwned = 1</script> in Minsk "
            "<img src=x onerror=\"window.__pwned = 2\">.\n")


def xss_extraction(pipeline: Pipeline) -> Extraction:
    """An article whose text and title carry markup that must never run in the web interface."""
    return pipeline.extract_article(Article(
        id="xss-article", text=XSS_TEXT, title="<script>window.__pwned = 3</script>Minister meets Putin",
        published=date(2024, 8, 1)))


def build_store(path: Path, seed: Extraction, example: Extraction, pipeline: Pipeline) -> Store:
    store = Store(f"sqlite:///{path}")
    for ex in (seed, example, xss_extraction(pipeline)):
        store.ingest(ex)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed: Extraction, example: Extraction,
          pipeline: Pipeline) -> Store:
    return build_store(tmp_path_factory.mktemp("api") / "api.db", seed, example, pipeline)


@pytest.fixture(scope="module")
def client(store: Store, pipeline: Pipeline) -> TestClient:
    return TestClient(create_app(store, token=TOKEN, pipeline=pipeline))


def _visit(client: TestClient) -> dict:
    """The Belarusian foreign minister's visit to North Korea (the seed's main event)."""
    page = client.get("/api/events", params={"actor": "Ryzhenkov", "type": "CONSULT", "limit": 100}).json()
    visits = [e for e in page["items"] if e["mode"] == "visit" and e["date"]["start"] == "2024-07-23"
              and any(p["name"] == "North Korea" for p in e["target"])]
    assert len(visits) == 1, [e["id"] for e in page["items"]]
    return visits[0]


def test_events_are_paged_with_a_total_and_match_the_store(client: TestClient, store: Store) -> None:
    everything = store.events()
    first = client.get("/api/events", params={"limit": 5}).json()
    assert first["total"] == len(everything) and first["limit"] == 5 and len(first["items"]) == 5
    assert [e["id"] for e in first["items"]] == [e.id for e in everything[:5]]
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [e["id"] for e in second["items"]] == [e.id for e in everything[5:10]]
    assert client.get("/api/events", params={"limit": 1001}).status_code == 422
    assert client.get("/api/events", params={"since": "2024-13"}).status_code == 422


def test_event_filters_are_the_cli_filters(client: TestClient, store: Store) -> None:
    cases = [{"actor": "rezhenkov"}, {"type": "consult"}, {"country": "MNG"}, {"since": "2024-07", "until": "2024-07"},
             {"factuality": "negated"}, {"actor": "Choi Sun-hee", "since": "2024"}]
    for params in cases:
        got = client.get("/api/events", params=params | {"limit": 1000}).json()
        want = store.events(**params)
        assert want, params
        assert got["total"] == len(want) and [e["id"] for e in got["items"]] == [e.id for e in want], params


def test_sorting(client: TestClient) -> None:
    by_date = client.get("/api/events", params={"sort": "-date", "limit": 1000}).json()["items"]
    starts = [e["date"]["start"] or "" for e in by_date]
    assert starts == sorted(starts, reverse=True)
    by_conf = client.get("/api/events", params={"sort": "-confidence", "limit": 1000}).json()["items"]
    assert [e["confidence"] for e in by_conf] == sorted((e["confidence"] for e in by_conf), reverse=True)
    by_type = client.get("/api/events", params={"sort": "type", "limit": 1000}).json()["items"]
    assert [e["type"] for e in by_type] == sorted(e["type"] for e in by_type)
    assert client.get("/api/events", params={"sort": "bogus"}).status_code == 422


def test_one_event_has_evidence_claims_and_the_25_vs_26_conflict(client: TestClient) -> None:
    visit = _visit(client)
    detail = client.get(f"/api/events/{visit['id']}").json()
    assert detail["event"]["id"] == visit["id"]
    fields = {h["field"] for ev in detail["evidence"] for h in ev["highlights"]}
    assert {"event", "source", "target", "date"} <= fields
    for ev in detail["evidence"]:
        for h in ev["highlights"]:
            assert 0 <= h["start"] < h["end"] <= len(ev["sentence"])
    (conflict,) = [c for c in detail["conflicts"] if c["field"] == "date.end"]
    by_value = {c["value"]: c["attributed_to"] for c in conflict["claims"]}
    assert by_value == {"2024-07-25": "Belarusian Ministry of Foreign Affairs",
                        "2024-07-26": "Korean Central News Agency"}
    assert {c["field"] for c in detail["claims"]} >= {"date.start", "date.end"}
    assert detail["articles"] and detail["articles"][0]["title"].startswith("As soon as")
    assert client.get("/api/events/ev-nope").status_code == 404


def test_actors_are_found_by_any_alias(client: TestClient) -> None:
    for q in ("Reyzhenkov", "ryzhen", "REZHENKOV"):
        found = client.get("/api/actors", params={"q": q}).json()
        assert [a["id"] for a in found["items"]] == ["person-rezhenkov-blr"], q
    actor = client.get("/api/actors", params={"q": "Ryzhenkov"}).json()["items"][0]
    assert set(actor["aliases"]) >= {"Rezhenkov", "Reyzhenkov", "Ryzhenkov"}
    assert actor["roles"][0]["title"] == "Foreign Minister" and actor["events"] >= 2
    countries = client.get("/api/actors", params={"kind": "country", "limit": 1000}).json()["items"]
    assert {"BLR", "PRK", "MNG"} <= {a["id"] for a in countries}


def test_one_actor_with_roles_and_events(client: TestClient, store: Store) -> None:
    d = client.get("/api/actors/person-rezhenkov-blr").json()
    assert d["actor"]["name"] == "Rezhenkov" and d["mentions"]
    assert d["links"] == store.actor_links("person-rezhenkov-blr") and d["links"][0]["matched_on"] is None
    assert {link["article_id"] for link in d["links"]} == {m["article_id"] for m in d["mentions"]}
    assert {e["id"] for e in d["events"]["items"]} == {e.id for e in store.events(actor="person-rezhenkov-blr")}
    assert client.get("/api/actors/nobody").status_code == 404


def test_conflicts_articles_network_and_stats(client: TestClient, store: Store) -> None:
    conflicts = client.get("/api/conflicts").json()
    assert conflicts["total"] == len(conflicts["items"]) == len({c.event_id for c in store.conflicts()}) >= 2
    assert sum(len(item["conflicts"]) for item in conflicts["items"]) == len(store.conflicts())
    arts = client.get("/api/articles").json()
    assert arts["total"] == 3 and all("text" not in a for a in arts["items"])
    seed_id = next(a["id"] for a in arts["items"] if a["id"].startswith("belarus_dprk"))
    one = client.get(f"/api/articles/{seed_id}").json()
    assert "Ryzhenkov" in one["text"] and one["event_ids"]
    assert client.get("/api/articles/none").status_code == 404
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"person-rezhenkov-blr", "PRK"} <= ids
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"person-rezhenkov-blr", "PRK"})
    assert edge["weight"] == sum(edge["types"].values()) and "CONSULT" in edge["types"]
    assert all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    only = client.get("/api/network", params={"type": "SUPPORT"}).json()
    assert all(set(e["types"]) == {"SUPPORT"} for e in only["edges"])
    stats = client.get("/api/stats").json()
    assert stats["counts"]["events"] == len(store.events()) and sum(stats["by_type"].values()) == len(store.events())
    assert stats["by_precision"]["month"] >= 1


def test_downloads(client: TestClient, store: Store) -> None:
    n = len(store.events())
    plover = client.get("/api/export/plover")
    assert plover.status_code == 200 and len(plover.text.splitlines()) == n
    assert json.loads(plover.text.splitlines()[0])["event"]
    icews = client.get("/api/export/icews", params={"country": "MNG"})
    assert icews.text.splitlines()[0].split("\t")[:3] == ["Event ID", "Event Date", "Source Name"]
    pairs = sum(max(len(e.source), 1) * max(len(e.target), 1) for e in store.events(country="MNG"))
    assert len(icews.text.splitlines()) == 1 + pairs  # one row per source-target pair
    for fmt in ("csv", "parquet", "gexf", "graphml"):
        r = client.get(f"/api/export/{fmt}")
        assert r.status_code == 200 and r.content and "attachment" in r.headers["content-disposition"], fmt
    assert client.get("/api/export/xls").status_code == 422


@pytest.mark.parametrize(("method", "path", "kwargs"), [
    ("post", "/api/ingest", {"content": b"Some text."}),
    ("post", "/api/actors/merge", {"json": {"into": "BLR", "merge": "PRK"}}),
    ("post", "/api/actors/split/1", {}),
])
def test_writes_need_the_token(client: TestClient, store: Store, method: str, path: str, kwargs: dict) -> None:
    before = store.counts()
    assert getattr(client, method)(path, **kwargs).status_code == 401
    bad = getattr(client, method)(path, headers={"Authorization": "Bearer wrong"}, **kwargs)
    assert bad.status_code == 403
    assert store.counts() == before


def test_ingest_text_html_and_jsonl(tmp_path: Path, pipeline: Pipeline) -> None:
    client = TestClient(create_app(Store(f"sqlite:///{tmp_path / 'w.db'}"), token=TOKEN, pipeline=pipeline))
    text = (ROOT / "examples" / "kazakh_minister_visit_2025-03-12.txt").read_bytes()
    r = client.post("/api/ingest", content=text, headers=AUTH | {"Content-Type": "text/plain"})
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert res["status"] == "added" and res["events"] > 0
    again = client.post("/api/ingest", content=text, headers=AUTH | {"Content-Type": "text/plain"}).json()
    assert again["results"][0]["status"] == "unchanged"
    html = (b"<html><head><title>Talks in Minsk</title></head><body><article><h1>Talks in Minsk</h1>"
            b"<p>On May 5, Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Minsk, "
            b"the Kremlin said.</p></article></body></html>")
    r = client.post("/api/ingest", content=html, params={"published": "2024-05-06"},
                    headers=AUTH | {"Content-Type": "text/html"})
    assert r.status_code == 200 and r.json()["results"], r.text
    lines = "\n".join(json.dumps({"id": f"j{k}", "published": "2024-06-01", "text": t}) for k, t in enumerate([
        "On May 30, Chinese Foreign Minister Wang Yi visited Mongolia.",
        "On May 31, Kazakh Foreign Minister Yerlan Zhaksybekov met Wang Yi in Beijing."]))
    r = client.post("/api/ingest", content=lines.encode(), headers=AUTH | {"Content-Type": "application/x-ndjson"})
    assert [x["article_id"] for x in r.json()["results"]] == ["j0", "j1"]
    assert client.get("/api/articles").json()["total"] == 4
    bad = client.post("/api/ingest", content=b"\x00\x01\x02binary", headers=AUTH)
    assert bad.status_code == 200 and bad.json()["errors"] and not bad.json()["results"]


def test_merge_and_split_are_reversible(tmp_path: Path, seed: Extraction, example: Extraction,
                                        pipeline: Pipeline) -> None:
    store = build_store(tmp_path / "m.db", seed, example, pipeline)
    client = TestClient(create_app(store, token=TOKEN))

    def snapshot() -> dict:
        with store.engine.connect() as conn:
            parts = sorted(map(tuple, conn.execute(select(event_participants)).all()))
        return {"parts": parts, "actors": [(a.id, sorted(a.aliases), len(a.mentions), len(a.roles))
                                           for a in store.actors()]}

    before = snapshot()
    choe_events = {e.id for e in store.events(actor="dict-choe-son-hui")}
    r = client.post("/api/actors/merge", json={"into": "person-rezhenkov-blr", "merge": "dict-choe-son-hui"},
                    headers=AUTH)
    assert r.status_code == 200, r.text
    merge_id = r.json()["id"]
    assert client.get("/api/actors/dict-choe-son-hui").status_code == 404
    merged = client.get("/api/actors/person-rezhenkov-blr").json()
    assert {"Choi Sun-hee", "Ryzhenkov"} <= set(merged["actor"]["aliases"])
    assert choe_events <= {e["id"] for e in merged["events"]["items"]}
    assert [e.id for e in store.events(actor="Choi Sun-hee")] == [e.id for e in store.events(actor="Ryzhenkov")]
    assert client.post("/api/actors/merge", json={"into": "BLR", "merge": "BLR"}, headers=AUTH).status_code == 422
    assert client.post("/api/actors/merge", json={"into": "BLR", "merge": "nobody"}, headers=AUTH).status_code == 404

    r = client.post(f"/api/actors/split/{merge_id}", headers=AUTH)
    assert r.status_code == 200 and r.json()["undone_at"], r.text
    assert snapshot() == before
    assert client.post(f"/api/actors/split/{merge_id}", headers=AUTH).status_code == 409
    assert client.post("/api/actors/split/999", headers=AUTH).status_code == 404
    assert [m["id"] for m in client.get("/api/merges").json()] == [merge_id]


def test_the_committed_openapi_document_is_current() -> None:
    committed = ROOT / "docs" / "openapi.json"
    assert committed.exists(), "run: python -m dragoman.serve > docs/openapi.json"
    assert json.loads(committed.read_text("utf-8")) == json.loads(openapi_document()), (
        "docs/openapi.json is out of date: python -m dragoman.serve > docs/openapi.json")


def test_web_interface_is_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "<script src=\"/static/app.js\">" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/app.css", "/static/vendor/vis-timeline/vis-timeline-graph2d.min.js",
                  "/static/vendor/cytoscape/cytoscape.min.js"):
        assert client.get(asset).status_code == 200, asset


def test_fuzz_the_openapi_schema_finds_no_server_error(store: Store) -> None:
    """Every GET endpoint (and the writes, without a token) under generated inputs: never a 5xx, and
    every response matches its documented schema."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings

    app = create_app(store, token=TOKEN)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    calls: list[int] = []
    def fuzz(operation) -> None:  # a schemathesis APIOperation
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                  derandomize=True)
        @given(case=operation.as_strategy())
        def check(case) -> None:
            response = case.call()
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{operation.method.upper()} {operation.path} -> {response.status_code}: "
                                f"{case.path_parameters} {case.query}")
                return
            if response.status_code == 200:
                case.validate_response(response, checks=[schemathesis.checks.response_schema_conformance])

        check()

    for op in schema.get_all_operations():
        fuzz(op.ok())
    assert not failures, "\n".join(failures[:20])
    assert len(calls) > 100 and 200 in calls


def test_every_filter_and_sort_pages_like_the_plain_query(client: TestClient, store: Store) -> None:
    """/api/events (and an actor's events) page through what the plain filtered, sorted query returns."""
    from plain_query import plain_event_ids

    from dragoman.serve.common import SORTS

    article = store.articles()[0].id
    cases = [{}, {"country": "PRK"}, {"country": "mng", "since": "2024"}, {"actor": "North Korea", "type": "CONSULT"},
             {"until": "2024-07-24", "factuality": "asserted"}, {"article": article}]
    with store.engine.connect() as conn:
        for params in cases:
            for sort in ("date", "-date", "type", "-confidence", "mentions", "id"):
                key, desc = sort.lstrip("-"), sort.startswith("-")
                order = [c.desc() if desc else c.asc() for c in SORTS[key]]
                want = [r[0] for r in conn.execute(plain_event_ids(**params).order_by(*order))]
                got: list[str] = []
                for offset in range(0, len(want) + 4, 4):
                    page = client.get("/api/events", params=params | {"sort": sort, "limit": 4, "offset": offset})
                    assert page.json()["total"] == len(want), (params, sort)
                    got += [e["id"] for e in page.json()["items"]]
                assert got == want and want, (params, sort)
    actor = client.get("/api/actors/PRK", params={"sort": "-date", "limit": 1000}).json()["events"]
    assert [e["id"] for e in actor["items"]] == [e.id for e in reversed(store.events(actor="PRK"))]


def test_the_server_freezes_its_startup_heap(store: Store) -> None:
    """Full garbage collections scanned every long-lived object and made the slowest event pages."""
    import gc

    try:
        with TestClient(create_app(store, token=TOKEN)) as client:
            assert gc.get_freeze_count() > 0
            assert client.get("/api/events", params={"limit": 1}).status_code == 200
    finally:
        gc.unfreeze()



def _is_problem(response, status: int) -> dict:  # an httpx Response
    """RFC 9457 problem details: the media type and the members every error carries."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["type"] == "about:blank" and body["title"] and body["detail"]
    return body


def test_errors_are_problem_details_of_one_shape(client: TestClient) -> None:
    assert "no event ev-nope" in _is_problem(client.get("/api/events/ev-nope"), 404)["detail"]
    _is_problem(client.get("/api/no-such-endpoint"), 404)
    _is_problem(client.post("/api/actors/merge", json={"into": "BLR", "merge": "nobody"}, headers=AUTH), 404)
    _is_problem(client.post("/api/actors/merge", json={"into": "BLR", "merge": "BLR"}, headers=AUTH), 422)
    unauthorized = client.post("/api/actors/split/1")
    _is_problem(unauthorized, 401)
    assert unauthorized.headers["www-authenticate"] == "Bearer"
    # a request-validation error in words, with the parameter named, not pydantic's regex
    since = _is_problem(client.get("/api/events", params={"since": "July"}), 422)
    assert since["detail"] == "since: not a date in YYYY, YYYY-MM or YYYY-MM-DD form (got 'July')"
    assert since["errors"] == [{"name": "since", "reason": "not a date in YYYY, YYYY-MM or YYYY-MM-DD form "
                                                          "(got 'July')"}]
    assert "^" not in since["detail"] and "pattern" not in since["detail"]
    # the filters the store checks: the allowed values are named, as on the command line
    assert "CONSULT" in _is_problem(client.get("/api/events", params={"type": "VISIT"}), 422)["detail"]
    assert "BLR" in _is_problem(client.get("/api/events", params={"country": "Belarus"}), 422)["detail"]
    assert "reported" in _is_problem(client.get("/api/conflicts", params={"factuality": "maybe"}), 422)["detail"]
    assert client.get("/api/events", params={"type": "consult", "country": "blr"}).json()["total"] > 0
    document = json.loads(openapi_document())
    problem = document["paths"]["/api/events"]["get"]["responses"]["422"]["content"]
    assert "application/problem+json" in problem and "HTTPValidationError" not in json.dumps(document)


def test_large_responses_are_gzipped(client: TestClient) -> None:
    big = client.get("/api/events", params={"limit": 100}, headers={"Accept-Encoding": "gzip"})
    assert big.status_code == 200 and big.headers["content-encoding"] == "gzip" and big.json()["items"]
    assert "accept-encoding" in big.headers["vary"].lower()
    small = client.get("/api/events", params={"limit": 1, "type": "ASSAULT", "country": "NZL"},
                       headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers  # below the threshold, sent as it is
    plain = client.get("/api/events", params={"limit": 100}, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.json() == big.json()


def test_reads_carry_an_etag_and_answer_304(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 5})
    tag = first.headers["etag"]
    assert tag and client.get("/api/events", params={"limit": 5}).headers["etag"] == tag
    assert client.get("/api/events", params={"limit": 6}).headers["etag"] != tag
    again = client.get("/api/events", params={"limit": 5}, headers={"If-None-Match": tag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == tag
    stale = client.get("/api/events", params={"limit": 5}, headers={"If-None-Match": 'W/"other"'})
    assert stale.status_code == 200 and stale.json() == first.json()
    for path in ("/api/actors", "/api/articles", "/api/conflicts", "/api/export/csv"):
        assert client.get(path).headers["etag"], path
    assert "etag" not in client.get("/api/events/ev-nope").headers  # errors are not cached


def test_pages_link_the_next_page(client: TestClient, store: Store) -> None:
    total = len(store.events())
    page = client.get("/api/events", params={"limit": 2, "sort": "-date", "type": "CONSULT"}).json()
    seen, pages = [e["id"] for e in page["items"]], 1
    while page["next"]:
        assert "type=CONSULT" in page["next"] and "sort=-date" in page["next"]
        page = client.get(page["next"]).json()
        seen += [e["id"] for e in page["items"]]
        pages += 1
    assert pages > 1 and seen == [e.id for e in store.event_page(
        EventFilter(type="CONSULT"), sort="-date", limit=None)[1]]
    assert client.get("/api/events", params={"limit": total}).json()["next"] is None
    actors = client.get("/api/actors", params={"limit": 1}).json()
    assert actors["next"] and client.get(actors["next"]).json()["offset"] == 1
    articles = client.get("/api/articles", params={"limit": 1}).json()
    assert articles["next"] and client.get(articles["next"]).json()["items"] != articles["items"]


def test_conflicts_filter_like_the_event_list(client: TestClient) -> None:
    everything = client.get("/api/conflicts").json()
    visit = client.get("/api/conflicts", params={"actor": "Ryzhenkov"}).json()
    assert visit["items"] and {f for item in visit["items"] for f in item["fields"]} == {"date.end"}
    assert everything["total"] >= visit["total"] == len(visit["items"])
    assert client.get("/api/conflicts", params={"since": "2030"}).json()["items"] == []
    item = visit["items"][0]  # the event itself, not a bare id: its type, participants and date
    assert item["event"]["type"] == "CONSULT" and item["event"]["date"]["start"].startswith("2024-07")
    assert "person-rezhenkov-blr" in {p["actor_id"] for p in item["event"]["source"] + item["event"]["target"]}
    assert all(c["event_id"] == item["event"]["id"] for c in item["conflicts"])
    first = client.get("/api/conflicts", params={"limit": 1}).json()
    assert first["total"] == everything["total"] and len(first["items"]) == 1
    assert first["next"] and client.get(first["next"]).json()["items"][0] == everything["items"][1]


def test_the_disputed_filter(client: TestClient, store: Store) -> None:
    disputed = client.get("/api/events", params={"disputed": "true", "limit": 1000}).json()
    undisputed = client.get("/api/events", params={"disputed": "false", "limit": 1000}).json()
    everything = client.get("/api/events", params={"limit": 1000}).json()
    conflicted = {c.event_id for c in store.conflicts()}
    assert {e["id"] for e in disputed["items"]} == conflicted and disputed["total"] == len(conflicted)
    assert not conflicted & {e["id"] for e in undisputed["items"]}
    assert disputed["total"] + undisputed["total"] == everything["total"]
    both = client.get("/api/events", params={"disputed": "true", "actor": "Ryzhenkov"}).json()
    assert 0 < both["total"] <= disputed["total"]
    assert client.get("/api/stats", params={"disputed": "true"}).json()["events"] == len(conflicted)
    csv_rows = client.get("/api/export/csv", params={"disputed": "true"}).text.strip().splitlines()
    assert len(csv_rows) == 1 + len(conflicted)
    assert "disputed" in _is_problem(client.get("/api/events", params={"disputed": "maybe"}), 422)["detail"]


def test_every_event_says_which_fields_its_sources_dispute(client: TestClient, store: Store) -> None:
    expected: dict[str, set[str]] = {}
    for c in store.conflicts():
        expected.setdefault(c.event_id, set()).add(c.field)
    listed = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert len(listed) == len(store.events()) and any(e["disputed"] for e in listed)
    for e in listed:
        assert sorted(e["disputed"]) == e["disputed"] and set(e["disputed"]) == expected.get(e["id"], set()), e["id"]
        detail = client.get(f"/api/events/{e['id']}").json()
        assert detail["event"]["disputed"] == e["disputed"]
        assert {c["field"] for c in detail["conflicts"]} == set(e["disputed"])
    for item in client.get("/api/conflicts", params={"limit": 1000}).json()["items"]:
        assert item["event"]["disputed"] and set(item["event"]["disputed"]) == set(item["fields"])
    actor_events = client.get("/api/actors/person-rezhenkov-blr").json()["events"]["items"]
    assert any(e["disputed"] for e in actor_events)
    assert all(set(e["disputed"]) == expected.get(e["id"], set()) for e in actor_events)


def test_the_cli_json_gives_the_same_disputed_fields_as_the_api(client: TestClient, store: Store) -> None:
    db = store.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(cli.app, ["events", "list", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    from_cli = {e["id"]: e["disputed"] for e in json.loads(result.stdout)}
    from_api = {e["id"]: e["disputed"] for e in client.get("/api/events", params={"limit": 1000}).json()["items"]}
    assert from_cli == from_api and any(from_cli.values())


def test_full_text_search_of_events_and_articles(client: TestClient, store: Store) -> None:
    found = client.get("/api/events", params={"q": "Pyongyang", "limit": 1000}).json()
    everything = store.events()
    assert 0 < found["total"] < len(everything)
    arts = {a.id: a for a in store.articles()}
    for e in found["items"]:  # a sentence of the event says it, or an article that reports it does
        assert any("pyongyang" in m["sentence"].lower() or "pyongyang" in arts[m["article_id"]].text.lower()
                   for m in e["evidence"])
    # stemmed, as PostgreSQL's English configuration does: "visits" finds "visit"
    visits = client.get("/api/articles", params={"q": "visits"}).json()
    assert visits["total"] >= 1 and all("visit" in arts[a["id"]].text.lower() for a in visits["items"])
    phrase = client.get("/api/articles", params={"q": '"official visit" -Mongolia'}).json()
    assert [a["id"] for a in phrase["items"]] == [a.id for a in arts.values()
                                                  if "official visit" in a.text and "Mongolia" not in a.text]
    either = client.get("/api/articles", params={"q": "Kazakhstan OR Pyongyang"}).json()
    assert either["total"] == sum(("Kazakhstan" in a.text or "Pyongyang" in a.text) for a in arts.values())
    paged = client.get("/api/articles", params={"q": "minister", "limit": 1}).json()
    assert paged["total"] >= 2 and paged["next"] and "q=minister" in paged["next"]
    assert client.get("/api/stats", params={"q": "Pyongyang"}).json()["events"] == found["total"]
    for bad in ('"', "-visit", "AND OR NOT (", "***"):  # FTS syntax from a user is never a server error
        for path in ("/api/events", "/api/articles", "/api/stats", "/api/conflicts"):
            response = client.get(path, params={"q": bad})
            assert response.status_code in (200, 422), (path, bad)
            if response.status_code == 422:
                assert _is_problem(response, 422)["detail"].startswith("q: ")
    assert client.get("/api/events", params={"q": "NEAR(a b)"}).status_code == 200


def test_stats_count_the_filtered_events_over_time(client: TestClient, store: Store) -> None:
    everything = client.get("/api/stats").json()
    assert everything["events"] == everything["counts"]["events"] == len(store.events())
    assert everything["by"] == "month" and sum(p["events"] for p in everything["series"]) \
        + everything["coarser"] + everything["undated"] == everything["events"]
    consult = client.get("/api/stats", params={"type": "CONSULT", "by": "day"}).json()
    assert consult["events"] == len(store.events(type="CONSULT")) and set(consult["by_type"]) == {"CONSULT"}
    assert [p["start"] for p in consult["series"]] == sorted(p["start"] for p in consult["series"])
    day_dated = sum(1 for e in store.events(type="CONSULT") if e.date.precision == "day")
    assert sum(p["events"] for p in consult["series"]) == day_dated
    assert consult["coarser"] == sum(1 for e in store.events(type="CONSULT") if e.date.precision in ("month", "year"))
    weeks = client.get("/api/stats", params={"by": "week", "since": "2024-07", "until": "2024-07"}).json()
    assert weeks["series"] and all(p["period"].startswith("2024-W") for p in weeks["series"])
    assert all(date.fromisoformat(p["start"]).weekday() == 0 for p in weeks["series"])  # weeks start on Monday
    assert _is_problem(client.get("/api/stats", params={"by": "hour"}), 422)["errors"][0]["name"] == "by"
