"""The web interface in headless Chromium (Debian's /usr/bin/chromium through Playwright): the
timeline, the network and the event page render the seed's events; clicking an actor filters;
markup inside an article is shown as text and never runs; disputed events are marked and filtered,
actors are found by any alias, full-text search, the chart of counts over time, the timeline's window
and keyboard access, and a 390 px wide phone screen."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from dragoman.model import Extraction
from dragoman.pipeline import Pipeline
from dragoman.store import EventFilter, Store

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
MARKUP = '<img src=x onerror="window.__pwned = 4">'
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


def wait_for_view(page: object, ready: str) -> None:
    """Until the app has rendered `ready` for the address now in the location bar (not the page before it)."""
    page.wait_for_function(  # type: ignore[attr-defined]
        "view => document.body.dataset.ready === view && document.body.dataset.hash === location.hash", arg=ready,
        timeout=20000)


def open_view(page: object, hash_: str, ready: str) -> None:
    page.goto(page.base + hash_)  # type: ignore[attr-defined]
    wait_for_view(page, ready)


def shot(page: object, name: str, full_page: bool = True) -> None:
    """The README's screenshots: DRAGOMAN_SCREENSHOTS=docs/screenshots pytest tests/test_web.py"""
    if SCREENSHOTS:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)  # type: ignore[attr-defined]


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
    wait_for_view(page, "event")
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
    wait_for_view(page, "events")
    rows = page.locator("#event-table tbody tr").evaluate_all("els => els.map(r => r.dataset.id)")
    assert set(rows) == {e.id for e in store.events(actor="person-krasnov-rus")} and rows


def test_event_table_filters_and_sorts(page: object, store: Store) -> None:
    open_view(page, "#/events", "events")
    assert page.locator("#event-table tbody tr").count() == min(50, len(store.events()))
    page.fill("#filters input[name=actor]", "Reyzhenkov")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_function("location.hash.includes('actor=Reyzhenkov')")
    wait_for_view(page, "events")
    rows = page.locator("#event-table tbody tr").evaluate_all("els => els.map(r => r.dataset.id)")
    assert rows == [e.id for e in store.events(actor="Reyzhenkov")]
    # clicking an actor name in the table opens the actor
    page.locator("#event-table a.actor-link", has_text="Rezhenkov").first.click()
    wait_for_view(page, "actor")
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
    for hash_, ready in (("#/events?since=2024-07-30", "events"), ("#/network?since=2024-07-30", "network"),
                         ("#/articles", "articles"), ("#/articles?q=pwned", "articles"), ("#/conflicts", "conflicts"),
                         # what the address says is echoed as text too: the actor hint, the search box
                         (f"#/events?actor={quote(MARKUP)}", "events"), (f"#/articles?q={quote(MARKUP)}", "articles"),
                         (f"#/conflicts?q={quote(MARKUP)}", "conflicts")):
        open_view(page, hash_, ready)
        assert page.evaluate("window.__pwned") is None, hash_
    assert page.locator("main script, main img").count() == 0
    open_view(page, f"#/events?actor={quote(MARKUP)}", "events")
    assert MARKUP in page.locator("main").inner_text()


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
    wait_for_view(page, "event")
    assert "was merged into" not in page.locator("main").inner_text()  # type: ignore[attr-defined]


def _ids(page: object, selector: str) -> list[str]:
    return page.locator(selector).evaluate_all("els => els.map(r => r.dataset.id)")  # type: ignore[attr-defined]


def _disputed(store: Store) -> set[str]:
    return {e.id for e in store.events(EventFilter(disputed=True))}


def test_disputed_events_are_marked_and_filtered(page: object, store: Store) -> None:
    disputed = _disputed(store)
    assert disputed and len(disputed) < len(store.events())
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))  # type: ignore[attr-defined]
    open_view(page, "#/events", "events")
    marked = set(_ids(page, "#event-table tbody tr.disputed"))
    assert marked == disputed
    # the marks come from each event's `disputed` fields, not from a second, capped request for the conflicts
    assert any("/api/events" in url for url in asked) and not any("/api/conflicts" in url for url in asked)
    badge = page.locator("#event-table tr.disputed .badge.disputed").first.inner_text()
    assert badge.startswith("disputed: date")
    shot(page, "events")
    for value, want in (("true", disputed), ("false", {e.id for e in store.events()} - disputed)):
        page.select_option("#filters select[name=disputed]", value)
        page.locator("#filters button[type=submit]").click()
        page.wait_for_function(f"location.hash.includes('disputed={value}')")
        wait_for_view(page, "events")
        assert set(_ids(page, "#event-table tbody tr")) == want


def test_conflicts_page_filters_like_the_event_list_and_names_each_event(page: object, store: Store) -> None:
    open_view(page, "#/conflicts", "conflicts")
    assert page.locator("#filters").is_visible()
    items = page.locator("#conflict-list > li")
    assert set(_ids(page, "#conflict-list > li")) == _disputed(store)
    for i in range(items.count()):
        ev = store.event(items.nth(i).get_attribute("data-id"))
        head = items.nth(i).locator(".dispute-head").inner_text()
        assert ev.type in head and ev.date.start in head, head
        assert all(p.name in head for p in ev.source + ev.target), head
        assert items.nth(i).locator(".claim").count() >= 2
    shot(page, "conflicts")
    # the event list's filters: an actor, a type, a country, dates
    page.fill("#filters input[name=actor]", "Zhaksybekov")
    page.fill("#filters input[name=since]", "2025")
    page.locator("#filters button[type=submit]").click()
    page.wait_for_function("location.hash.startsWith('#/conflicts?') && location.hash.includes('since=2025')")
    wait_for_view(page, "conflicts")
    want = {e.id for e in store.events(EventFilter(actor="Zhaksybekov", since="2025", disputed=True))}
    assert set(_ids(page, "#conflict-list > li")) == want and len(want) == 1
    open_view(page, "#/conflicts?type=AGREE", "conflicts")
    assert page.locator("#conflict-list > li").count() == 0
    assert "No disputed events match" in page.locator("main").inner_text()


def test_actor_search_finds_an_actor_by_any_alias(page: object, store: Store) -> None:
    (actor,) = store.actors("Ryzh")
    assert actor.name != "Ryzhenkov" and "Ryzhenkov" in actor.aliases
    open_view(page, "#/events", "events")
    page.locator("#filters input[name=actor]").press_sequentially("Ryzh")
    suggestion = page.locator(f"#actor-suggest button[data-actor='{actor.id}']")
    suggestion.wait_for(timeout=10000)
    assert actor.name in suggestion.inner_text() and "also Ryzhenkov" in suggestion.inner_text()
    suggestion.click()
    page.wait_for_function(f"location.hash.includes('actor={actor.id}')")
    wait_for_view(page, "events")
    assert _ids(page, "#event-table tbody tr") == [e.id for e in store.events(EventFilter(actor_id=actor.id))]
    page.wait_for_selector("#filter-actor")
    assert page.locator("#filter-actor").inner_text() == actor.name
    # a part of a name typed without choosing: nothing is called that, so the actors written like it are offered
    open_view(page, "#/events?actor=Ryzh", "events")
    page.locator(f".did-you-mean a[data-actor='{actor.id}']").click()
    page.wait_for_function(f"location.hash.includes('actor={actor.id}')")
    wait_for_view(page, "events")
    assert page.locator("#event-table tbody tr").count() == len(store.events(EventFilter(actor_id=actor.id)))
    # the network's actor list searches aliases too
    open_view(page, "#/network", "network")
    page.fill("#actor-panel input[type=search]", "Ryzh")
    page.wait_for_selector(f"#actor-panel button[data-actor='{actor.id}']")
    assert page.locator("#actor-panel .actor-list li").count() == 1


def test_full_text_search_over_events_and_articles(page: object, store: Store) -> None:
    want = [e.id for e in store.events(EventFilter(q="Montsame"))]
    assert 0 < len(want) < len(store.events())
    open_view(page, "#/events", "events")
    page.fill("#filters input[name=q]", "Montsame")
    page.locator("#filters input[name=q]").press("Enter")
    page.wait_for_function("location.hash.includes('q=Montsame')")
    wait_for_view(page, "events")
    assert _ids(page, "#event-table tbody tr") == want
    # the articles page: searchable and paged
    open_view(page, "#/articles", "articles")
    everything = store.article_page(100, 0)
    assert page.locator("#articles-info").inner_text() == f"1–{everything['total']} of {everything['total']}"
    page.fill("#article-search input[name=q]", "Montsame")
    page.locator("#article-search button").click()
    page.wait_for_function("location.hash.includes('q=Montsame')")
    wait_for_view(page, "articles")
    found = store.article_page(100, 0, "Montsame")
    assert 0 < found["total"] < everything["total"]
    assert _ids(page, "#article-table tbody tr") == [a["id"] for a in found["items"]]
    marks = page.locator("#article-table .snippet mark.hit").all_inner_texts()  # where each article matched
    assert marks and {m.lower() for m in marks} == {"montsame"}
    # pages: two articles a page, the next page holds the third
    open_view(page, "#/articles?limit=2", "articles")
    assert _ids(page, "#article-table tbody tr") == [a["id"] for a in everything["items"][:2]]
    page.locator(".pager a[rel=next]").click()
    page.wait_for_function("location.hash.includes('offset=2')")
    wait_for_view(page, "articles")
    assert _ids(page, "#article-table tbody tr") == [a["id"] for a in everything["items"][2:4]]
    assert page.locator("#articles-info").inner_text().startswith("3–")
    assert page.locator(".pager a[rel=prev]").count() == 1
    open_view(page, "#/articles?q=zzzzunheardof", "articles")
    assert page.locator("#articles-info").inner_text() == "no article matches"


def _bars(page: object) -> dict[str, int]:
    return {b["period"]: int(b["count"]) for b in page.locator("#counts-chart .bar").evaluate_all(  # type: ignore
        "els => els.map(b => ({period: b.dataset.period, count: b.dataset.count}))")}


def test_chart_counts_the_filtered_events_over_time(page: object, store: Store) -> None:
    open_view(page, "#/events?actor=Rezhenkov&all=1", "events")
    page.wait_for_selector("#counts-chart .bar")
    stats = store.stats(EventFilter(actor="Rezhenkov"), "month")
    want = {p["period"]: p["events"] for p in stats["series"]}
    got = _bars(page)
    assert {k: v for k, v in got.items() if v} == want
    # empty months in between are drawn as empty, so bars keep time's proportions
    assert len(got) >= len(want)
    # by day
    page.locator(".by-picker a", has_text="day").click()
    page.wait_for_function("location.hash.includes('by=day')")
    wait_for_view(page, "events")  # not the month chart still on the page while the day chart is fetched
    by_day = {p["period"]: p["events"] for p in store.stats(EventFilter(actor="Rezhenkov"), "day")["series"]}
    assert {k: v for k, v in _bars(page).items() if v} == by_day
    # clicking a bar lists that period's events; Enter on the focused bar does the same
    day = max(by_day, key=by_day.__getitem__)
    page.locator(f"#counts-chart .bar[data-period='{day}']").click()
    page.wait_for_function(f"location.hash.includes('since={day}') && location.hash.includes('until={day}')")
    wait_for_view(page, "events")
    rows = _ids(page, "#event-table tbody tr")
    assert rows == [e.id for e in store.events(EventFilter(actor="Rezhenkov", since=day, until=day))]


def test_timeline_window_leaves_far_off_dates_out_until_asked(page: object, store: Store) -> None:
    starts = sorted(e.date.start for e in store.events() if e.date.start)
    assert starts[0] < "2000" and starts[len(starts) // 2] > "2023", "the example no longer has a far-off date"
    open_view(page, "#/timeline", "timeline")
    start = page.evaluate("window.dragoman.timeline.getWindow().start.getFullYear()")
    assert start >= 2020
    assert "dated far outside" in page.locator("#timeline-info").inner_text()
    page.locator("#timeline-show-all").click()
    page.wait_for_function("location.hash.includes('all=1')")
    wait_for_view(page, "timeline")
    assert page.evaluate("window.dragoman.timeline.getWindow().start.getFullYear()") <= int(starts[0][:4])
    # one event in 1100 and one in 2200 do not stretch the window over a thousand years
    win = page.evaluate("""robustWindow([["1100-01-01", 1], ["2024-07-01", 20], ["2024-07-23", 30], ["2024-09-02", 10],
                                         ["2200-01-01", 1]])""")
    assert win == {"start": "2024-07-01", "end": "2024-09-02", "outside": 2, "total": 62}


def test_same_day_events_keep_a_day_axis(page: object, store: Store) -> None:
    open_view(page, "#/timeline?type=CONSULT&since=2024-07-23&until=2024-07-23", "timeline")
    assert {e.date.start for e in store.events(EventFilter(type="CONSULT", since="2024-07-23", until="2024-07-23"))
            if not e.date.end} == {"2024-07-23"}
    span = page.evaluate("(() => { const w = window.dragoman.timeline.getWindow(); return w.end - w.start; })()")
    assert span >= 3 * 86400000
    # zooming in as far as it goes stops at days: no hours, no milliseconds on the axis
    page.evaluate("""window.dragoman.timeline.setWindow(new Date('2024-07-23T10:00:00'),
                     new Date('2024-07-23T10:00:01'), {animation: false})""")
    page.wait_for_timeout(300)
    span = page.evaluate("(() => { const w = window.dragoman.timeline.getWindow(); return w.end - w.start; })()")
    assert span >= 3 * 86400000
    minor = page.locator(".vis-time-axis .vis-text.vis-minor").all_inner_texts()
    assert minor and not any(":" in t or "." in t for t in minor), minor


def test_timeline_items_open_with_the_keyboard(page: object, store: Store) -> None:
    open_view(page, "#/timeline?since=2024-07&until=2024-07", "timeline")
    focused = None
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.vis-item')"):
            focused = page.evaluate("document.activeElement.dataset.id")
            break
    assert focused and store.event(focused) is not None
    page.wait_for_timeout(200)
    assert page.evaluate("document.body.dataset.view") == "timeline"  # focus alone opens nothing
    assert page.evaluate("window.dragoman.timeline.getSelection()") == [focused]  # but shows which item it is
    page.keyboard.press("Enter")
    wait_for_view(page, "event")
    assert page.url.endswith("/event/" + focused)


def test_a_bad_date_is_explained_in_words(page: object) -> None:
    open_view(page, "#/events", "events")
    before = page.url
    page.fill("#filters input[name=since]", "July")
    page.locator("#filters button[type=submit]").click()
    note = page.locator("#filter-note").inner_text()
    assert note.startswith("From: “July” is not a date") and "2024-07-23" in note
    assert page.locator("#filters input[name=since]").get_attribute("aria-invalid") == "true"
    assert page.url == before
    open_view(page, "#/timeline?until=2024-13", "timeline")
    text = page.locator("main").inner_text()
    assert "To: “2024-13” is not a date" in text
    for raw in ("^", "[0-9]", "pattern", "string_pattern_mismatch"):
        assert raw not in text and raw not in note
    # well formed but no such day: the API's reason, under the field's label
    open_view(page, "#/events?until=2024-02-30", "events")
    assert "To: no such date '2024-02-30'" in page.locator("main").inner_text()


def test_event_page_and_table_count_sources_not_mentions(page: object, store: Store) -> None:
    visit = store.event(_visit_id(store))
    articles = {m.article_id for m in visit.evidence}
    assert len(visit.evidence) > len(articles)
    open_view(page, "#/events?actor=Ryzhenkov&type=CONSULT", "events")
    cell = page.locator(f"#event-table tr[data-id='{visit.id}'] td[data-label='Sources']")
    assert cell.inner_text() == str(len(articles))
    assert cell.get_attribute("title") == f"{len(visit.evidence)} mentions"
    open_view(page, f"#/event/{visit.id}", "event")
    assert "Claims" in page.locator("main").inner_text()
    assert "null" not in page.locator("main").evaluate("m => [...m.childNodes].filter(n => n.nodeType === 3)"
                                                         ".map(n => n.textContent).join('')")


def test_a_phone_screen_shows_everything_without_sideways_scrolling(page: object, store: Store) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for hash_, ready in (("#/timeline", "timeline"), ("#/events", "events"), ("#/conflicts", "conflicts"),
                         ("#/articles", "articles"), (f"#/event/{_visit_id(store)}", "event"), ("#/network", "network"),
                         ("#/actor/person-rezhenkov-blr", "actor")):
        open_view(page, hash_, ready)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, hash_
        for box in page.locator("#nav a").evaluate_all("els => els.map(a => a.getBoundingClientRect().toJSON())"):
            assert box["left"] >= 0 and box["right"] <= 390, (hash_, box)
        wide = page.evaluate("""[...document.querySelectorAll('main *')].filter(el => {
            const r = el.getBoundingClientRect(); const clip = el.closest('.table-wrap, .vis-timeline, .network');
            return !clip && r.width > 0 && (r.right > 391 || r.left < -1);
        }).map(el => el.tagName + '.' + el.className)""")
        assert not wide, (hash_, wide[:5])
        if ready == "events":
            # the table becomes one card per event, each value named
            assert not page.locator("#event-table thead").is_visible()
            first = page.locator("#event-table tbody tr").first
            assert first.bounding_box()["width"] <= 390
            assert first.locator("td[data-label='Source']").evaluate("td => getComputedStyle(td, '::before').content") \
                == '"Source"'
            shot(page, "events-390", full_page=False)
            # the filters beyond the search box fold away until asked for
            assert page.locator("#filters input[name=q]").is_visible()
            assert not page.locator("#filters select[name=type]").is_visible()
            page.locator("#toggle-filters").click()
            assert page.locator("#filters select[name=type]").is_visible()
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
