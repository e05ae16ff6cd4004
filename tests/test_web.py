"""The web interface in headless Chromium (Debian's /usr/bin/chromium through Playwright): the
timeline, the network and the event page render the seed's events; clicking an actor filters;
markup inside an article is shown as text and never runs."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dragoman.model import Extraction
from dragoman.pipeline import Pipeline
from dragoman.store import Store

CHROMIUM = os.environ.get("DRAGOMAN_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
uvicorn = pytest.importorskip("uvicorn")

from test_api import TOKEN, build_store  # noqa: E402

from dragoman.serve.app import create_app  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(os.environ["DRAGOMAN_SCREENSHOTS"]) if os.environ.get("DRAGOMAN_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, seed: Extraction, example: Extraction,
          pipeline: Pipeline) -> Store:
    return build_store(tmp_path_factory.mktemp("web") / "web.db", seed, example, pipeline)


@pytest.fixture(scope="module")
def base_url(store: Store) -> Iterator[str]:
    """uvicorn in a thread on a free port of 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store, token=TOKEN), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    profile = tempfile.mkdtemp(prefix="dragoman-chromium-")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(profile, executable_path=CHROMIUM, headless=True, args=ARGS,
                                                       viewport={"width": 1400, "height": 900})
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser: object, base_url: str) -> Iterator[object]:
    page = browser.new_page()  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.base = base_url
    yield page
    page.close()
    assert not errors, errors


def open_view(page: object, hash_: str, ready: str) -> None:
    page.goto(page.base + hash_)  # type: ignore[attr-defined]
    page.wait_for_selector(f"body[data-ready='{ready}']", timeout=20000)  # type: ignore[attr-defined]


def shot(page: object, name: str) -> None:
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def _visit_id(store: Store) -> str:
    (visit,) = [e for e in store.events(actor="Ryzhenkov", type="CONSULT") if e.mode == "visit"
                and e.date.start == "2024-07-23" and any(p.name == "North Korea" for p in e.target)]
    return visit.id


def test_timeline_shows_events_by_date_with_their_precision(page: object, store: Store) -> None:
    open_view(page, "#/timeline?since=2023-09&until=2024-08", "timeline")
    items = page.locator(".vis-item")
    assert items.count() >= 10
    labels = " ".join(items.all_inner_texts())
    assert "Rezhenkov" in labels and "North Korea" in labels
    # a month-precision event is drawn over the whole month, a day event as a point in time
    month = page.locator(".vis-item.tl-month").first
    day = page.locator(".vis-item.vis-box.tl-day").first
    assert month.count() and day.count()
    assert page.locator(".vis-item.tl-month").first.bounding_box()["width"] > 20
    # the timeline spans the data, not today's date
    axis = " ".join(page.locator(".vis-time-axis").all_inner_texts())
    assert "2024" in axis
    page.wait_for_timeout(300)
    shot(page, "timeline")
    page.locator(".vis-item", has_text="Rezhenkov").first.click()
    page.wait_for_selector("body[data-ready='event']", timeout=20000)
    assert "/event/" in page.url


def test_network_shows_actors_and_clicking_one_shows_its_events(page: object, store: Store) -> None:
    open_view(page, "#/network", "network")
    n_nodes = page.evaluate("window.dragoman.cy.nodes().length")
    assert n_nodes >= 10
    assert page.evaluate("window.dragoman.cy.getElementById('person-rezhenkov-blr').nonempty()")
    # click the node itself on the canvas
    pos = page.evaluate("""() => { const n = window.dragoman.cy.getElementById('person-rezhenkov-blr');
        const r = document.querySelector('#network').getBoundingClientRect(); const p = n.renderedPosition();
        return {x: r.left + p.x, y: r.top + p.y}; }""")
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_selector("#actor-events li", timeout=10000)
    shown = page.locator("#actor-events li a").evaluate_all("els => els.map(a => a.getAttribute('href'))")
    want = {e.id for e in store.events(actor="person-rezhenkov-blr")}
    assert {h.rsplit("/", 1)[1] for h in shown} == want
    assert page.evaluate("window.dragoman.cy.getElementById('person-rezhenkov-blr').hasClass('selected')")
    assert page.locator(".actor-card").inner_text().count("Foreign Minister") >= 1
    shot(page, "network")
    # the side list selects too, and "open in the event table" filters the table by that actor
    page.locator("button", has_text="all actors").click()
    page.locator("#actor-panel button[data-actor='person-krasnov-rus']").click()
    page.wait_for_selector("#actor-events li", timeout=10000)
    page.locator("a", has_text="Open in the event table").click()
    page.wait_for_selector("body[data-ready='events']", timeout=20000)
    rows = page.locator("#event-table tbody tr").evaluate_all("els => els.map(r => r.dataset.id)")
    assert set(rows) == {e.id for e in store.events(actor="person-krasnov-rus")} and rows


def test_event_table_filters_and_sorts(page: object, store: Store) -> None:
    open_view(page, "#/events", "events")
    assert page.locator("#event-table tbody tr").count() == min(50, len(store.events()))
    page.fill("#filters input[name=actor]", "Reyzhenkov")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_function("location.hash.includes('actor=Reyzhenkov')")
    page.wait_for_selector("body[data-ready='events']")
    rows = page.locator("#event-table tbody tr").evaluate_all("els => els.map(r => r.dataset.id)")
    assert rows == [e.id for e in store.events(actor="Reyzhenkov")]
    # clicking an actor name in the table opens the actor
    page.locator("#event-table a.actor-link", has_text="Rezhenkov").first.click()
    page.wait_for_selector("body[data-ready='actor']")
    assert "Reyzhenkov" in page.locator(".actor-card").inner_text()


def test_event_page_highlights_the_words_and_shows_the_conflict(page: object, store: Store) -> None:
    open_view(page, f"#/event/{_visit_id(store)}", "event")
    marks = page.locator("mark.hl")
    kinds = set(marks.evaluate_all("els => els.map(m => m.className)"))
    assert {"hl hl-event", "hl hl-source", "hl hl-target", "hl hl-date"} <= kinds
    assert "July 23 to 25" in page.locator("mark.hl-date").all_inner_texts()
    assert "Reyzhenkov" in page.locator("mark.hl-source").all_inner_texts()
    claims = page.locator("#conflicts .claim")
    assert claims.count() == 2
    text = claims.all_inner_texts()
    assert "2024-07-25" in text[0] and "Belarusian Ministry of Foreign Affairs" in text[0]
    assert "2024-07-26" in text[1] and "Korean Central News Agency" in text[1]
    # side by side: same row, different columns
    a, b = claims.nth(0).bounding_box(), claims.nth(1).bounding_box()
    assert abs(a["y"] - b["y"]) < 2 and b["x"] > a["x"] + a["width"] - 1
    shot(page, "event")


def test_markup_in_an_article_is_text(page: object, store: Store) -> None:
    (ev,) = store.events(actor="Ryzhenkov", since="2024-07-30", until="2024-07-30")
    open_view(page, f"#/event/{ev.id}", "event")
    assert "<script>window.__pwned = 1</script>" in page.locator("ol.evidence").inner_text()
    open_view(page, "#/article/xss-article", "article")
    assert "<script>window.__pwned = 3</script>" in page.locator("#article-title").inner_text()
    assert '<img src=x onerror="window.__pwned = 2">' in page.locator("#article-text").inner_text()
    open_view(page, "#/timeline?since=2024-07-30&until=2024-07-30", "timeline")
    page.locator(".vis-item").first.hover()
    page.wait_for_timeout(500)
    for hash_, ready in (("#/events?since=2024-07-30", "events"), ("#/network?since=2024-07-30", "network")):
        open_view(page, hash_, ready)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0


def test_event_page_explains_a_merge_and_an_old_id_still_opens(page: object, store: Store) -> None:
    kept, merged = (e.id for e in store.events(type="CONSULT")[:2])
    merge = store.merge_events(kept, merged, note="one meeting, two reports")
    try:
        open_view(page, f"#/event/{merged}", "event")
        history = page.locator("#history").inner_text()
        assert f"{merged} was merged into {kept}" in history
        assert "note: one meeting, two reports" in history and "merged" in history
    finally:
        store.undo_event_merge(merge["id"])
    page.reload()  # type: ignore[attr-defined]
    page.wait_for_selector("body[data-ready='event']", timeout=20000)  # type: ignore[attr-defined]
    assert "was merged into" not in page.locator("main").inner_text()  # type: ignore[attr-defined]
