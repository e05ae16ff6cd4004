/* dragoman web interface: plain JavaScript, no build step.
 *
 * Safety rule: text from articles and the store reaches the page only as DOM text nodes
 * (the h() helper and textContent), never as HTML. vis-timeline gets DOM elements as item
 * content and escaped strings as tooltips.
 */
"use strict";

const state = { stats: null, timeline: null, cy: null, selectedActor: null };
window.dragoman = state; // for tests and the curious

// ---------------------------------------------------------------- helpers

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function escapeHtml(s) {
  return String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

const FIELD_NAMES = { since: "From", until: "To", actor: "Actor", type: "Type", country: "Country", factuality: "Factuality",
  disputed: "Disputed", q: "Search", by: "Counts by", limit: "Page size", offset: "Offset", sort: "Sort" };

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  const r = await fetch(url);
  if (!r.ok) {
    // problem+json: `errors` names each bad parameter; say it with the form's label, never a schema or a regex
    let message = r.statusText;
    try {
      const p = await r.json();
      if (Array.isArray(p.errors) && p.errors.length) message = p.errors.map((e) => `${FIELD_NAMES[e.name] || e.name}: ${e.reason}`).join("; ");
      else if (typeof p.detail === "string") message = p.detail.replace(/^(\w+):/, (m, k) => (FIELD_NAMES[k] ? FIELD_NAMES[k] + ":" : m));
    } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return r.json();
}

function route() {
  const raw = location.hash.replace(/^#\/?/, "") || "timeline";
  const [path, query] = raw.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { view: parts[0], id: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
}

function go(view, id, params) {
  let hash = "#/" + view + (id ? "/" + encodeURIComponent(id) : "");
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v) q.set(k, v);
  if ([...q].length) hash += "?" + q.toString();
  location.hash = hash;
}

const FILTER_KEYS = ["actor", "type", "country", "since", "until", "factuality", "disputed", "q"];
const FILTER_VIEWS = ["timeline", "network", "events", "conflicts"];
const DATE_FORM = /^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

function currentFilters() {
  const p = route().params;
  const f = {};
  for (const k of FILTER_KEYS) if (p.get(k)) f[k] = p.get(k);
  return f;
}

/** A plain sentence about the first filter value the API would refuse (a date not in YYYY[-MM[-DD]] form), or null. */
function filterProblem(f) {
  for (const k of ["since", "until"]) {
    if (f[k] && !DATE_FORM.test(f[k])) {
      return `${FIELD_NAMES[k]}: “${f[k]}” is not a date. Write a year, a month or a day: 2024, 2024-07 or 2024-07-23.`;
    }
  }
  return null;
}

function names(people) { return people.map((p) => p.name).join(", "); }

function pad(n) { return String(n).padStart(2, "0"); }

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The span a date covers: [start, end) as ISO days, honest about its precision. */
function dateSpan(date) {
  const s = date.start || date.value;
  if (!s) return null;
  let start, end;
  if (s.length === 4) { start = `${s}-01-01`; end = `${+s + 1}-01-01`; }
  else if (s.length === 7) {
    const [y, m] = s.split("-").map(Number);
    start = `${s}-01`; end = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  } else { start = s; end = addDays(s, 1); }
  if (date.end && date.end.length === 10) end = addDays(date.end, 1);
  return { start, end };
}

function dateLabel(date) {
  let s = date.value || "undated";
  if (date.end && date.end !== date.start) s += ` – ${date.end}`;
  return s;
}

function precisionBadge(date) {
  const kids = [h("span", { class: `badge prec-${date.precision || "none"}`, title: "date precision" }, date.precision || "?")];
  if (date.basis !== "text") kids.push(h("span", { class: "badge basis", title: "the text gives no date: inferred from the " + date.basis }, date.basis));
  return kids;
}

function factualityBadge(f) { return h("span", { class: `badge fact fact-${f}` }, f); }

function actorLinks(people) {
  if (!people.length) return h("span", { class: "muted" }, "—");
  return people.flatMap((p, i) => [i ? ", " : null, h("a", { href: `#/actor/${encodeURIComponent(p.actor_id)}`, class: "actor-link" }, p.name)]);
}

function setMain(...children) {
  const main = document.getElementById("main");
  main.replaceChildren(...children.filter((c) => c !== null && c !== undefined)); // replaceChildren(null) would print "null"
  return main;
}

function errorBox(err) { return h("div", { class: "card error", role: "alert" }, "Could not load: ", String(err.message || err)); }

/** Each cell names its column (data-label), for the one-card-per-row layout of a narrow screen. */
function labelCells(table) {
  const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  for (const row of table.querySelectorAll("tbody tr")) [...row.cells].forEach((td, i) => { if (heads[i]) td.dataset.label = heads[i]; });
  return table;
}

/** The filters of the page if the API can take them, else shows why not (in words) and returns null. */
function checkedFilters() {
  const f = currentFilters();
  const problem = filterProblem(f);
  if (problem) { setMain(h("div", { class: "card error", role: "alert", id: "filter-error" }, problem)); return null; }
  return f;
}

// ---------------------------------------------------------------- header, filters

async function loadStats() {
  const s = await api("/api/stats");
  state.stats = s;
  const c = s.counts;
  document.getElementById("stats").replaceChildren(
    h("span", {}, h("b", {}, c.events), " events"),
    h("span", {}, h("b", {}, c.actors), " actors"),
    h("span", {}, h("b", {}, c.articles), " articles"),
    h("span", {}, h("b", {}, s.conflicts), " conflicts"),
  );
  const form = document.getElementById("filters");
  const typeSel = form.elements.type, factSel = form.elements.factuality;
  for (const t of Object.keys(s.by_type)) typeSel.append(h("option", { value: t }, `${t} (${s.by_type[t]})`));
  for (const f of Object.keys(s.by_factuality)) factSel.append(h("option", { value: f }, f));
}

function syncFilterForm(view) {
  const form = document.getElementById("filters");
  const f = currentFilters();
  for (const k of FILTER_KEYS) form.elements[k].value = f[k] || "";
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  form.dataset.view = view;
  const active = Object.keys(f).length;
  const note = document.getElementById("filter-note");
  note.classList.remove("error");
  note.textContent = active ? `${active} filter${active > 1 ? "s" : ""} active` : "";
  const others = Object.keys(f).filter((k) => k !== "q").length;
  document.getElementById("toggle-filters").textContent = others ? `More filters (${others} set)` : "More filters";
  hideActorSuggestions();
  if (f.actor) nameTheActor(f.actor, note);
}

/** After choosing an actor the field holds its id: the note says whom it names. */
async function nameTheActor(value, note) {
  let page;
  try { page = await api("/api/actors", { q: value, limit: 1 }); } catch (e) { return; }
  const a = page.items[0];
  if (!a || a.id !== value || currentFilters().actor !== value) return;
  note.append(" · actor: ", h("a", { href: `#/actor/${encodeURIComponent(a.id)}`, id: "filter-actor" }, a.name));
}

function setupFilters() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const params = {};
    for (const k of FILTER_KEYS) params[k] = form.elements[k].value.trim();
    const problem = filterProblem(params);
    const note = document.getElementById("filter-note");
    if (problem) {
      const field = DATE_FORM.test(params.since || "2000") ? "until" : "since";
      form.classList.add("open"); // the field may be folded away on a phone
      form.elements[field].setAttribute("aria-invalid", "true");
      form.elements[field].focus();
      note.textContent = problem;
      note.classList.add("error");
      return;
    }
    const r = route();
    go(FILTER_VIEWS.includes(r.view) ? r.view : "events", null, { ...params, by: r.params.get("by") });
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    const r = route();
    go(FILTER_VIEWS.includes(r.view) ? r.view : "events");
  });
  setupActorSuggestions(form.elements.actor);
  // on a phone only the search box shows until asked for the rest
  const toggle = document.getElementById("toggle-filters");
  toggle.addEventListener("click", () => {
    const open = form.classList.toggle("open");
    toggle.setAttribute("aria-expanded", String(open));
  });
}

// Actor search: any part of any alias ("Ryzh" finds Rezhenkov, also written Ryzhenkov); choosing one filters by its id.
function setupActorSuggestions(input) {
  const list = document.getElementById("actor-suggest");
  let timer = null, asked = "";
  const choose = (a) => { input.value = a.id; hideActorSuggestions(); input.form.requestSubmit(); };
  const show = async () => {
    const q = input.value.trim();
    if (q.length < 2) { hideActorSuggestions(); return; }
    asked = q;
    let page;
    try { page = await api("/api/actors", { q, limit: 8 }); } catch (e) { hideActorSuggestions(); return; }
    if (asked !== q || input.value.trim() !== q) return; // typed on meanwhile
    if (!page.items.length) { list.replaceChildren(h("li", { class: "muted" }, `no actor is written “${q}”`)); list.hidden = false; return; }
    list.replaceChildren(...page.items.map((a) => h("li", { role: "option" },
      h("button", { type: "button", class: "suggestion", dataset: { actor: a.id }, onclick: () => choose(a),
        onkeydown: (ev) => moveInList(ev, input) }, actorSuggestionLabel(a, q)))));
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(show, 150); });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && !list.hidden) { ev.preventDefault(); const b = list.querySelector("button"); if (b) b.focus(); }
    if (ev.key === "Escape") hideActorSuggestions();
  });
  document.addEventListener("click", (ev) => { if (!list.contains(ev.target) && ev.target !== input) hideActorSuggestions(); });
}

function moveInList(ev, input) {
  const items = [...document.querySelectorAll("#actor-suggest button")];
  const i = items.indexOf(ev.currentTarget);
  if (ev.key === "ArrowDown" && i + 1 < items.length) { ev.preventDefault(); items[i + 1].focus(); }
  if (ev.key === "ArrowUp") { ev.preventDefault(); (i > 0 ? items[i - 1] : input).focus(); }
  if (ev.key === "Escape") { hideActorSuggestions(); input.focus(); }
}

/** "Rezhenkov · also Ryzhenkov · person, BLR · 12 events": the alias that matched is named when it is not the name. */
function actorSuggestionLabel(a, q) {
  const lower = q.toLowerCase();
  const matched = a.aliases.filter((x) => x !== a.name && x.toLowerCase().includes(lower));
  return [h("b", {}, a.name), matched.length ? h("span", { class: "muted" }, " · also " + matched.slice(0, 3).join(", ")) : null,
    h("span", { class: "muted small" }, " · " + [a.kind, a.country].filter(Boolean).join(", ") + ` · ${a.events} event${a.events === 1 ? "" : "s"}`)];
}

function hideActorSuggestions() {
  const list = document.getElementById("actor-suggest");
  if (!list) return;
  list.hidden = true;
  list.replaceChildren();
  document.querySelector("#filters input[name=actor]").setAttribute("aria-expanded", "false");
}

// ---------------------------------------------------------------- counts over time (inline SVG, no library)

const PERIODS = ["day", "week", "month", "year"];
const DAY_MS = 86400000;

function nextPeriodStart(start, by) {
  if (by === "day") return addDays(start, 1);
  if (by === "week") return addDays(start, 7);
  const [y, m] = start.split("-").map(Number);
  if (by === "year") return `${y + 1}-01-01`;
  return m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
}

function periodName(start, by) {
  if (by === "day") return start;
  if (by === "month") return start.slice(0, 7);
  if (by === "year") return start.slice(0, 4);
  return "week of " + start;
}

/**
 * The window a few far-off dates must not stretch: Tukey's far-out fences (quartiles ± 3 IQR, the IQR taken as
 * at least a year) over the dates weighted by their counts, within the data's own range. `points` are
 * [ISO day, count]. One outlier in 1100 no longer puts a thousand years on the axis; the events outside are
 * counted and "show all" brings them back.
 */
function robustWindow(points) {
  const sorted = points.filter(([d]) => d).map(([d, n]) => [Date.parse(d + "T00:00:00Z"), n]).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((t, [, n]) => t + n, 0);
  if (!total) return null;
  const quantile = (q) => {
    let seen = 0;
    for (const [t, n] of sorted) { seen += n; if (seen >= q * total) return t; }
    return sorted[sorted.length - 1][0];
  };
  const q1 = quantile(0.25), q3 = quantile(0.75), iqr = Math.max(q3 - q1, 365 * DAY_MS);
  const inside = sorted.filter(([t]) => t >= q1 - 3 * iqr && t <= q3 + 3 * iqr);
  const outside = total - inside.reduce((t, [, n]) => t + n, 0);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(inside[0][0]), end: iso(inside[inside.length - 1][0]), outside, total };
}

const MAX_BARS = 400;

async function countsChart(filters) {
  const r = route();
  const by = PERIODS.includes(r.params.get("by")) ? r.params.get("by") : "month";
  const showAll = r.params.get("all") === "1";
  const box = h("section", { class: "card chart-card", id: "counts" });
  const fill = async () => {
    let s;
    try { s = await api("/api/stats", { ...filters, by }); } catch (e) { box.replaceChildren(errorBox(e)); return; }
    let series = s.series;
    const win = robustWindow(series.map((p) => [p.start, p.events]));
    const outside = win && !showAll ? win.outside : 0;
    if (outside) series = series.filter((p) => p.start >= win.start && p.start <= win.end);
    // every period between the first and the last, empty ones too, so the bars keep time's proportions
    const bars = [];
    const counts = new Map(series.map((p) => [p.start, p]));
    if (series.length) {
      for (let d = series[0].start; d <= series[series.length - 1].start && bars.length <= MAX_BARS; d = nextPeriodStart(d, by)) {
        const p = counts.get(d);
        bars.push({ start: d, period: p ? p.period : periodName(d, by), events: p ? p.events : 0 });
      }
    }
    const notes = [];
    if (outside) notes.push(h("span", {}, `${outside} event${outside === 1 ? "" : "s"} dated far outside ${win.start} – ${win.end} not drawn · `,
      h("a", { href: hashWith({ all: "1" }), id: "chart-show-all" }, "show all")));
    else if (showAll && win && win.outside) notes.push(h("a", { href: hashWith({ all: "" }) }, "leave out far-off dates"));
    if (s.coarser) notes.push(`${s.coarser} dated only to a ${by === "month" ? "year" : "month or year"}: not in the bars`);
    if (s.undated) notes.push(`${s.undated} undated`);
    const picker = h("span", { class: "by-picker", role: "group", "aria-label": "count by" }, "by ",
      PERIODS.map((p) => h("a", { href: hashWith({ by: p }), class: "chip" + (p === by ? " active" : ""), "aria-current": p === by ? "true" : null }, p)));
    const head = h("div", { class: "card-head" }, h("h3", {}, `Events over time: ${s.events} match`), picker);
    if (bars.length > MAX_BARS) {
      box.replaceChildren(head, h("p", { class: "note" }, `Too many ${by}s to draw (${series[0].period} to ${series[series.length - 1].period}): count by a longer period.`));
      return;
    }
    const empty = s.events ? `None of them is dated to a ${by}.` : "No events match.";
    box.replaceChildren(head, bars.length ? barChart(bars, by, box.clientWidth - 40) : h("p", { class: "empty" }, empty),
      ...(notes.length ? [h("p", { class: "note small" }, notes.flatMap((n, i) => [i ? " · " : null, n]))] : []));
  };
  state.chartReady = fill(); // runs once the box is on the page (it measures its width); views await it
  return box;
}

function hashWith(params) {
  const r = route();
  const q = new URLSearchParams(r.params);
  for (const [k, v] of Object.entries(params)) { if (v) q.set(k, v); else q.delete(k); }
  return "#/" + r.view + (r.id ? "/" + encodeURIComponent(r.id) : "") + ([...q].length ? "?" + q.toString() : "");
}

function svg(tag, attrs, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Bars on a time axis; a bar's title says the period and count; clicking (or Enter) lists that period's events. */
function barChart(bars, by, width) {
  width = Math.max(280, width || 800);
  const height = 150, left = 34, bottom = 22, top = 8, plotW = width - left - 6, plotH = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => b.events));
  const step = plotW / bars.length, barW = Math.min(48, Math.max(1, step - Math.min(4, step * 0.2)));
  const y = (n) => top + plotH - (n / max) * plotH;
  const openPeriod = (b) => {
    const last = addDays(nextPeriodStart(b.start, by), -1);
    const f = { ...currentFilters(), since: b.start, until: last };
    go("events", null, f);
  };
  const labelEvery = Math.max(1, Math.ceil(bars.length / Math.max(1, Math.floor(plotW / 80))));
  const ticks = Number.isInteger(max / 2) ? [0, max / 2, max] : [0, max];
  const chart = svg("svg", { id: "counts-chart", class: "chart", width: "100%", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `events per ${by}, ${bars[0].period} to ${bars[bars.length - 1].period}, at most ${max} in a ${by}` },
  ticks.map((t) => [svg("line", { x1: left, x2: width - 6, y1: y(t), y2: y(t), class: "grid" }),
    svg("text", { x: left - 4, y: y(t) + 4, class: "tick", "text-anchor": "end" }, t)]),
  bars.map((b, i) => {
    const g = svg("g", { class: "bar" + (b.events ? "" : " empty"), role: b.events ? "link" : null,
      "data-period": b.period, "data-count": b.events, "aria-label": b.events ? `${b.period}: ${b.events} events` : null },
    svg("title", {}, `${b.period}: ${b.events} event${b.events === 1 ? "" : "s"}`),
    svg("rect", { x: left + i * step, y: top, width: Math.max(1, step), height: plotH, class: "hit" }),
    svg("rect", { x: left + i * step + (step - barW) / 2, y: y(b.events), width: barW, height: top + plotH - y(b.events), class: "fill" }));
    if (b.events) {
      g.addEventListener("click", () => openPeriod(b));
      g.addEventListener("keydown", (ev) => onBarKey(ev, b, openPeriod));
    }
    return g;
  }),
  // period labels under their bars, kept inside the chart at both ends
  bars.map((b, i) => (i % labelEvery === 0 ? svg("text", { x: Math.min(width - 36, Math.max(left + 30, left + i * step + step / 2)),
    y: height - 6, class: "tick", "text-anchor": "middle" }, b.period.replace("week of ", "")) : null)));
  // one tab stop for the whole chart (the first bar with events); the arrow keys move between bars
  const first = chart.querySelector(".bar:not(.empty)");
  if (first) first.setAttribute("tabindex", "0");
  return chart;
}

function onBarKey(ev, bar, openPeriod) {
  if (ev.key === "Enter") { openPeriod(bar); return; }
  if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
  const bars = [...ev.currentTarget.ownerSVGElement.querySelectorAll(".bar:not(.empty)")];
  const next = bars[bars.indexOf(ev.currentTarget) + (ev.key === "ArrowRight" ? 1 : -1)];
  if (!next) return;
  ev.preventDefault();
  for (const b of bars) b.setAttribute("tabindex", b === next ? "0" : "-1");
  next.focus();
}

// ---------------------------------------------------------------- timeline

async function viewTimeline() {
  const filters = checkedFilters();
  if (!filters) return;
  const legend = h("div", { class: "legend" },
    h("span", { class: "lg lg-day" }), "day", h("span", { class: "lg lg-range" }), "range (first to last day)",
    h("span", { class: "lg lg-month" }), "month: the whole month", h("span", { class: "lg lg-year" }), "year: the whole year",
    h("span", { class: "lg lg-inferred" }), "date inferred (not in the text)",
    h("span", { class: "lg lg-unreal" }), "planned / expected / negated");
  const box = h("div", { id: "timeline", class: "timeline" });
  const info = h("div", { class: "note", id: "timeline-info" });
  const chart = await countsChart(filters);
  setMain(chart, h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Timeline of events by event date"), info,
    h("a", { class: "downloads", href: hashLink("events", filters) }, "the same events as a table")), legend,
    h("p", { class: "note small" }, "Tab to an event and press Enter to open it; drag or Ctrl+wheel to move and zoom."), box));
  let data;
  try { data = await api("/api/events", { ...filters, limit: 1000 }); } catch (e) { return setMain(errorBox(e)); }
  const counted = data.total > data.items.length ? `showing ${data.items.length} of ${data.total}: narrow the filters` : `${data.total} events`;
  info.textContent = counted;
  const groups = new vis.DataSet();
  const items = new vis.DataSet();
  const seenTypes = new Set();
  for (const e of data.items) {
    const span = dateSpan(e.date);
    if (!span) continue;
    if (!seenTypes.has(e.type)) { seenTypes.add(e.type); groups.add({ id: e.type, content: e.type }); }
    const who = names(e.source) + (e.target.length ? " → " + names(e.target) : "");
    const kind = e.mode ? `${e.type.toLowerCase()}/${e.mode}` : e.type.toLowerCase();
    // the label is the keyboard's way in: focusable, Enter opens the event (vis draws items as plain divs)
    const label = h("span", { class: "tl-label", tabindex: 0, role: "link", dataset: { id: e.id },
      "aria-label": `${kind}, ${who || "no actor"}, ${dateLabel(e.date)}`,
      onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go("event", e.id); } },
      onfocus: () => state.timeline && state.timeline.setSelection([e.id]) },
    h("b", {}, kind), " ", who || "(no actor)");
    const precise = e.date.precision === "day" && !e.date.end;
    const classes = [`tl-${e.date.precision || "none"}`, `fact-${e.factuality}`];
    if (e.date.end) classes.push("tl-range");
    if (e.date.basis !== "text") classes.push("tl-inferred");
    if (["planned", "expected", "negated", "speculated", "hypothetical"].includes(e.factuality)) classes.push("tl-unreal");
    items.add({
      id: e.id, group: e.type, content: label, start: new Date(span.start + "T00:00:00"),
      end: precise ? undefined : new Date(span.end + "T00:00:00"),
      type: precise ? "box" : "range", className: classes.join(" "),
      title: escapeHtml(`${dateLabel(e.date)} (${e.date.precision}, ${e.date.basis}) · ${who} · ${e.factuality}` +
        (e.location ? ` · ${e.location.name}` : "") + "\n" + (e.evidence[0] ? e.evidence[0].sentence : "")),
    });
  }
  if (state.timeline) { state.timeline.destroy(); state.timeline = null; }
  if (!items.length) { box.replaceChildren(h("p", { class: "empty" }, "No dated events match.")); await state.chartReady; return; }
  // Never zoom in below a few days: vis would label hours, then milliseconds (same-day events). About 70 px a day
  // is where vis's axis still counts days.
  const zoomMinDays = Math.max(3, Math.ceil(box.clientWidth / 70));
  const showAll = route().params.get("all") === "1";
  const spans = items.get().map((it) => [it.start.getTime(), it.end ? it.end.getTime() : it.start.getTime() + DAY_MS]);
  let start = Math.min(...spans.map((x) => x[0])), end = Math.max(...spans.map((x) => x[1]));
  const win = robustWindow(items.get().map((it) => [localDay(it.start), 1]));
  if (win && win.outside && !showAll) {
    start = Date.parse(win.start + "T00:00:00");
    end = Date.parse(win.end + "T00:00:00") + DAY_MS;
    info.replaceChildren(counted, ` · ${win.outside} dated far outside ${win.start} – ${win.end} · `,
      h("a", { href: hashWith({ all: "1" }), id: "timeline-show-all" }, "show all"));
  } else if (showAll && win && win.outside) {
    info.replaceChildren(counted, " · ", h("a", { href: hashWith({ all: "" }) }, "leave out far-off dates"));
  }
  // pad the window: a tenth of its width each side, and at least to the smallest zoom (same-day events)
  const padMs = Math.max((end - start) / 10, (zoomMinDays * DAY_MS - (end - start)) / 2, DAY_MS);
  state.timeline = new vis.Timeline(box, items, groups, {
    stack: true, orientation: "top", zoomKey: "ctrlKey", horizontalScroll: true, verticalScroll: true,
    maxHeight: 640, margin: { item: { horizontal: 4, vertical: 6 } }, tooltip: { followMouse: true, overflowMethod: "cap" },
    xss: { disabled: false }, zoomMin: zoomMinDays * DAY_MS, zoomMax: 3000 * 365 * DAY_MS,
    align: "left", // a day's label starts at its day instead of reaching back before it (and out of the window)
  });
  state.timeline.on("select", (props) => { if (props.items.length) go("event", props.items[0]); });
  await firstDraw(state.timeline);
  // vis fits every item on its first draw (given a start and end instead, it stays hidden until the range
  // changes), so the window is set after it
  state.timeline.setWindow(start - padMs, end + padMs, { animation: false });
  const focus = route().params.get("focus");
  if (focus) state.timeline.focus(focus, { animation: false });
  await state.chartReady;
}

/** Resolves once vis has drawn the items (it draws after the constructor returns). */
function firstDraw(timeline) {
  return new Promise((resolve) => {
    const done = () => { timeline.off("changed", done); resolve(); };
    timeline.on("changed", done);
    setTimeout(done, 3000);
  });
}

function localDay(d) { return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`; }

// ---------------------------------------------------------------- network

const KIND_COLORS = { person: "#2563eb", organization: "#0d9488", country: "#b45309", group: "#7c3aed" };

async function viewNetwork() {
  const graphBox = h("div", { id: "network", class: "network" });
  const side = h("aside", { id: "actor-panel", class: "side" });
  const info = h("span", { class: "note" });
  const legend = h("div", { class: "legend" }, Object.entries(KIND_COLORS).map(([k, c]) => [h("span", { class: "dot", style: `background:${c}` }), k]),
    h("span", { class: "muted" }, " · node size = events · edge width = shared events"));
  setMain(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Actor network"), info), legend,
    h("div", { class: "split" }, graphBox, side)));
  let net;
  const filters = checkedFilters();
  if (!filters) return;
  try { net = await api("/api/network", filters); } catch (e) { return setMain(errorBox(e)); }
  info.textContent = `${net.nodes.length} actors, ${net.edges.length} links`;
  if (state.cy) { state.cy.destroy(); state.cy = null; }
  const maxEv = Math.max(1, ...net.nodes.map((n) => n.events));
  const cy = cytoscape({
    container: graphBox,
    elements: [
      ...net.nodes.map((n) => ({ data: { id: n.id, label: n.name, kind: n.kind, events: n.events, size: 18 + 34 * Math.sqrt(n.events / maxEv) } })),
      ...net.edges.map((e) => ({ data: { id: `${e.source}~${e.target}`, source: e.source, target: e.target, weight: e.weight,
        types: Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ") } })),
    ],
    style: [
      { selector: "node", style: { "background-color": (n) => KIND_COLORS[n.data("kind")] || "#64748b", label: "data(label)",
        width: "data(size)", height: "data(size)", "font-size": 11, color: "#1f2937", "text-valign": "bottom", "text-margin-y": 3,
        "text-outline-color": "#fff", "text-outline-width": 2, "min-zoomed-font-size": 6 } },
      { selector: "edge", style: { width: (e) => 1 + 2 * Math.log2(1 + e.data("weight")), "line-color": "#cbd5e1", "curve-style": "haystack", opacity: 0.9 } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node.selected", style: { "border-width": 4, "border-color": "#f59e0b" } },
      { selector: "edge.hot", style: { "line-color": "#f59e0b" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 20 },
  });
  state.cy = cy;
  cy.on("tap", "node", (ev) => selectActor(ev.target.id()));
  cy.on("tap", (ev) => { if (ev.target === cy) selectActor(null); });
  renderActorList(side, net.nodes);
  const pre = route().params.get("select");
  if (pre && cy.getElementById(pre).nonempty()) selectActor(pre);
}

function renderActorList(side, nodes) {
  const search = h("input", { type: "search", placeholder: "find an actor (any name or alias)", class: "side-search", "aria-label": "find an actor" });
  const list = h("ul", { class: "actor-list" });
  const shown = new Set(nodes.map((n) => n.id));
  let asked = "";
  const draw = (keep) => list.replaceChildren(...nodes.filter(keep).slice(0, 200).map((n) =>
    h("li", {}, h("button", { type: "button", class: "linklike", dataset: { actor: n.id }, onclick: () => selectActor(n.id) },
      h("span", { class: "dot", style: `background:${KIND_COLORS[n.kind] || "#64748b"}` }), n.name), h("span", { class: "count" }, n.events))));
  const fill = async () => {
    const q = search.value.trim().toLowerCase();
    draw((n) => !q || n.name.toLowerCase().includes(q));
    if (q.length < 2) return;
    // then the actors of the graph any of whose aliases contain it
    asked = q;
    let page;
    try { page = await api("/api/actors", { q, limit: 200 }); } catch (e) { return; }
    if (asked !== q) return;
    const ids = new Set(page.items.map((a) => a.id).filter((id) => shown.has(id)));
    draw((n) => n.name.toLowerCase().includes(q) || ids.has(n.id));
  };
  search.addEventListener("input", fill);
  fill();
  side.replaceChildren(h("h3", {}, "Actors"), h("p", { class: "muted small" }, "Select an actor to see its events."), search, list);
}

async function selectActor(id) {
  const cy = state.cy;
  state.selectedActor = id;
  const side = document.getElementById("actor-panel");
  if (!cy || !side) return;
  cy.elements().removeClass("faded selected hot");
  if (!id) { viewNetworkSideReset(); return; }
  const node = cy.getElementById(id);
  const hood = node.closedNeighborhood();
  cy.elements().not(hood).addClass("faded");
  node.addClass("selected");
  node.connectedEdges().addClass("hot");
  side.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  let d;
  try { d = await api(`/api/actors/${encodeURIComponent(id)}`, { ...currentFilters(), limit: 200 }); } catch (e) { side.replaceChildren(errorBox(e)); return; }
  if (state.selectedActor !== id) return;
  const a = d.actor;
  side.replaceChildren(
    h("button", { type: "button", class: "secondary small", onclick: () => selectActor(null) }, "← all actors"),
    actorCard(a),
    h("h4", {}, `${d.events.total} event${d.events.total === 1 ? "" : "s"}`),
    h("ul", { class: "event-list", id: "actor-events" }, d.events.items.map((e) => h("li", {},
      h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, h("span", { class: "date" }, dateLabel(e.date)), " ",
        h("b", {}, e.type + (e.mode ? "/" + e.mode : "")), " ", names(e.source), e.target.length ? " → " + names(e.target) : ""),
      " ", factualityBadge(e.factuality)))),
    h("a", { class: "button", href: `#/events?actor=${encodeURIComponent(a.id)}` }, "Open in the event table"),
  );
}

function viewNetworkSideReset() {
  const cy = state.cy;
  renderActorList(document.getElementById("actor-panel"), cy.nodes().map((n) => ({ id: n.id(), name: n.data("label"), kind: n.data("kind"), events: n.data("events") }))
    .sort((x, y) => y.events - x.events));
}

function actorCard(a) {
  const aliases = a.aliases.filter((x) => x !== a.name);
  return h("div", { class: "actor-card" },
    h("h3", {}, h("a", { href: `#/actor/${encodeURIComponent(a.id)}` }, a.name)),
    h("div", { class: "muted small" }, [a.kind, a.country, a.sector].filter(Boolean).join(" · "), " · ", h("code", {}, a.id)),
    aliases.length ? h("div", {}, h("span", { class: "label" }, "Also written "), aliases.join(", ")) : null,
    a.roles.length ? h("div", {}, h("span", { class: "label" }, "Roles "), a.roles.map((r) => (r.current ? "" : "former ") + r.title + (r.country ? ` (${r.country})` : "")).join("; ")) : null);
}

// ---------------------------------------------------------------- event table

const SORTABLE = { date: "Date", type: "Type", confidence: "Conf.", mentions: "Sources" };
const PAGE = 50;

/** The page size the address asks for (limit=, 1 to 500), else 50; and the offset, a whole number. */
function paging(r) {
  const limit = Math.round(+r.params.get("limit"));
  const offset = Math.round(+r.params.get("offset"));
  return { limit: limit >= 1 && limit <= 500 ? limit : PAGE, offset: offset > 0 ? offset : 0 };
}

function pager(offset, limit, total, link) {
  return h("nav", { class: "pager", "aria-label": "pages" },
    offset > 0 ? h("a", { class: "button secondary", rel: "prev", href: link({ offset: Math.max(0, offset - limit) }) }, "← previous") : null,
    offset + limit < total ? h("a", { class: "button secondary", rel: "next", href: link({ offset: offset + limit }) }, "next →") : null);
}

function hashLink(view, params) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== undefined && v !== null && v !== 0));
  return `#/${view}` + ([...q].length ? "?" + q.toString() : "");
}

async function viewEvents() {
  const filters = checkedFilters();
  if (!filters) return;
  const r = route();
  const sort = r.params.get("sort") || "date";
  const { offset, limit } = paging(r);
  const info = h("span", { class: "note", id: "events-info" });
  const wrap = h("div", { class: "table-wrap" });
  const chart = await countsChart(filters);
  setMain(chart, h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Events"), info,
    h("span", { class: "downloads" }, "Download: ", ["plover", "icews", "csv", "parquet", "gexf", "graphml"].map((f) => {
      const u = new URL(`/api/export/${f}`, location.origin);
      for (const [k, v] of Object.entries(filters)) u.searchParams.set(k, v);
      return h("a", { href: u.pathname + u.search, download: "" }, f);
    }))), wrap));
  let data;
  try { data = await api("/api/events", { ...filters, limit, offset, sort }); } catch (e) { return setMain(errorBox(e)); }
  info.textContent = data.total ? `${offset + 1}–${offset + data.items.length} of ${data.total}` : "no events match";
  const link = (params) => hashLink("events", { ...filters, sort: sort === "date" ? "" : sort, by: r.params.get("by"),
    limit: limit === PAGE ? "" : limit, ...params });
  const th = (key, label) => {
    if (!SORTABLE[key]) return h("th", { scope: "col" }, label);
    const active = sort.replace("-", "") === key, desc = sort.startsWith("-");
    return h("th", { scope: "col", class: "sortable" + (active ? " active" : ""), "aria-sort": active ? (desc ? "descending" : "ascending") : null },
      h("a", { href: link({ sort: active && !desc ? "-" + key : key, offset: 0 }) }, label, active ? (desc ? " ▼" : " ▲") : ""));
  };
  wrap.replaceChildren(data.items.length ? eventTable(data.items, th) : await noEventsHint(filters),
    pager(offset, limit, data.total, link));
  await state.chartReady;
}

/** When an actor filter matches nothing, the actors whose names or aliases contain it, to choose from. */
async function noEventsHint(filters) {
  const box = h("div", { class: "empty" }, "No events match these filters.");
  if (!filters.actor) return box;
  let page;
  try { page = await api("/api/actors", { q: filters.actor, limit: 8 }); } catch (e) { return box; }
  if (!page.items.length) { box.append(` No actor is written “${filters.actor}”.`); return box; }
  box.append(h("div", { class: "did-you-mean" }, "Actors written like “", filters.actor, "”: ",
    page.items.flatMap((a, i) => [i ? " · " : null, h("a", { href: hashLink("events", { ...filters, actor: a.id }), dataset: { actor: a.id } },
      actorSuggestionLabel(a, filters.actor))])));
  return box;
}

function sourceCount(e) { return new Set(e.evidence.map((ev) => ev.article_id)).size; }

/** Events as a table (cards on a narrow screen: each cell carries its column's name); an event whose sources
 *  disagree (its `disputed` fields) is marked. */
function eventTable(items, th) {
  th = th || ((k, label) => h("th", { scope: "col" }, label));
  const cell = (label, attrs, ...kids) => h("td", { ...attrs, "data-label": label }, ...kids);
  return h("table", { class: "events", id: "event-table" },
    h("thead", {}, h("tr", {}, th("date", "Date"), th("type", "Type"), th("source", "Source"), th("target", "Target"), th("where", "Where"),
      th("fact", "Factuality"), th("mentions", "Sources"), th("confidence", "Conf."))),
    h("tbody", {}, items.map((e) => {
      const fields = e.disputed && e.disputed.length ? e.disputed : null;
      return h("tr", { dataset: { id: e.id }, class: fields ? "disputed" : null },
        cell("Date", { class: "nowrap" }, h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, dateLabel(e.date)), " ", precisionBadge(e.date)),
        cell("Type", {}, h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, e.type), e.mode ? h("span", { class: "muted" }, " / " + e.mode) : null,
          e.cameo ? h("span", { class: "muted small" }, ` (${e.cameo})`) : null,
          fields ? [" ", h("a", { class: "badge disputed", href: `#/event/${encodeURIComponent(e.id)}`, title: "sources disagree on " + fields.join(", ") },
            "disputed: " + fields.join(", "))] : null),
        cell("Source", {}, actorLinks(e.source)), cell("Target", {}, actorLinks(e.target)),
        cell("Where", {}, e.location ? e.location.name : h("span", { class: "muted" }, "—")),
        cell("Factuality", {}, factualityBadge(e.factuality)),
        cell("Sources", { class: "num", title: `${e.evidence.length} mention${e.evidence.length === 1 ? "" : "s"}` }, sourceCount(e)),
        cell("Conf.", { class: "num" }, e.confidence.toFixed(2)));
    })));
}

// ---------------------------------------------------------------- event page

const FIELD_LABELS = { source: "Source", target: "Target", date: "Date", location: "Place", attribution: "According to" };

function highlighted(sentence, highlights) {
  const out = [];
  let cursor = 0;
  for (const hl of [...highlights].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (hl.start < cursor) continue;
    out.push(sentence.slice(cursor, hl.start));
    out.push(h("mark", { class: `hl hl-${hl.field}`, title: hl.field }, sentence.slice(hl.start, hl.end)));
    cursor = hl.end;
  }
  out.push(sentence.slice(cursor));
  return out;
}

function conflictBlock(c, articleTitles) {
  return h("div", { class: "conflict" },
    h("h4", {}, "Sources disagree on ", h("code", {}, c.field)),
    h("div", { class: "side-by-side" }, c.claims.map((cl) => h("div", { class: "claim" },
      h("div", { class: "claim-value" }, cl.value),
      h("div", { class: "claim-who" }, "according to ", h("b", {}, cl.attributed_to || "the article")),
      h("blockquote", {}, cl.evidence.sentence),
      h("div", { class: "muted small" }, h("a", { href: `#/article/${encodeURIComponent(cl.evidence.article_id)}` },
        (articleTitles && articleTitles[cl.evidence.article_id]) || cl.evidence.article_id), ` [${cl.evidence.start}:${cl.evidence.end}]`)))));
}

function mergeReason(x) {
  const parts = [];
  if (x.note) parts.push(`note: ${x.note}`);
  if (x.same_id) parts.push("same extracted id");
  if (x.shared_participants && x.shared_participants.length) parts.push(`shared: ${x.shared_participants.join(", ")}`);
  if (x.date) parts.push(`date ${x.date.match}` + (x.date.stored || x.date.new ? ` (${x.date.stored || "—"} / ${x.date.new || "—"})` : ""));
  if (x.location) parts.push(`place ${x.location}`);
  if (x.similarity !== undefined) parts.push(`similarity ${x.similarity}`);
  return parts.join(" · ");
}

function changeList(changes) {
  return h("ul", { class: "changes small" }, Object.entries(changes).map(([k, [was, now]]) =>
    h("li", {}, h("code", {}, k), ": ", JSON.stringify(was), " → ", JSON.stringify(now))));
}

function historyBlock(hist, id) {
  if (!hist.merges.length && hist.revisions.length <= 1) return null;
  return h("section", { class: "card", id: "history" }, h("h3", {}, "How this event was put together"),
    hist.event_id && hist.event_id !== id ? h("p", { class: "muted" }, `${id} was merged into ${hist.event_id}.`) : null,
    hist.merges.length ? h("div", { class: "table-wrap" }, labelCells(h("table", { class: "merges" },
      h("thead", {}, h("tr", {}, h("th", {}, "Merge"), h("th", {}, "Kind"), h("th", {}, "Joined"), h("th", {}, "Why"), h("th", {}, "Undone"))),
      h("tbody", {}, hist.merges.map((m) => h("tr", {}, h("td", { class: "num" }, m.id), h("td", {}, m.kind),
        h("td", {}, m.article_id ? h("a", { href: `#/article/${encodeURIComponent(m.article_id)}` }, m.article_id) : h("code", {}, m.merged)),
        h("td", { class: "small" }, mergeReason(m.explanation)), h("td", { class: "small" }, m.undone_at || ""))))))) : null,
    hist.merges.length ? h("p", { class: "muted small" }, "Undo a merge with ", h("code", {}, "dragoman events split MERGE"), ".") : null,
    h("ol", { class: "revisions" }, hist.revisions.map((r) => h("li", {},
      h("b", {}, r.action), " ", h("span", { class: "muted small" }, r.created_at, r.article_id ? ` · ${r.article_id}` : "",
        r.merge_id ? ` · merge ${r.merge_id}` : ""), r.action === "created" ? null : changeList(r.changes)))));
}

async function viewEvent(id) {
  let d, hist;
  try {
    [d, hist] = await Promise.all([api(`/api/events/${encodeURIComponent(id)}`), api(`/api/events/${encodeURIComponent(id)}/history`)]);
  } catch (e) { return setMain(errorBox(e)); }
  const e = d.event;
  const titles = Object.fromEntries(d.articles.map((a) => [a.id, a.title || a.id]));
  const fieldRows = Object.entries(d.fields).map(([k, v]) => h("tr", {}, h("th", {}, h("span", { class: `key key-${k}` }), FIELD_LABELS[k] || k),
    h("td", {}, k === "source" ? actorLinks(e.source) : k === "target" ? actorLinks(e.target) : v)));
  setMain(
    h("section", { class: "card event-page" },
      h("div", { class: "crumbs" }, h("a", { href: "#/events" }, "Events"), " / ", h("code", {}, e.id)),
      h("h2", {}, e.type + (e.mode ? " / " + e.mode : ""), " ", h("span", { class: "muted" }, e.cameo ? `CAMEO ${e.cameo}` : ""), " ",
        factualityBadge(e.factuality)),
      h("p", { class: "headline" }, names(e.source) || "(no source)", e.target.length ? " → " + names(e.target) : "",
        " · ", dateLabel(e.date), " ", precisionBadge(e.date), e.location ? ` · ${e.location.name}` : ""),
      h("p", { class: "muted small" }, `confidence ${e.confidence.toFixed(2)} · ${e.evidence.length} mention${e.evidence.length === 1 ? "" : "s"} in ${d.source_count} source${d.source_count === 1 ? "" : "s"}`,
        e.contexts.length ? " · context: " + e.contexts.join(", ") : ""),
      h("table", { class: "fields" }, h("tbody", {}, fieldRows))),
    d.conflicts.length ? h("section", { class: "card conflicts", id: "conflicts" }, h("h3", {}, "Conflicting claims"), d.conflicts.map((c) => conflictBlock(c, titles))) : null,
    h("section", { class: "card" }, h("h3", {}, "Evidence"),
      h("div", { class: "legend" }, ["event", "source", "target", "date", "location"].map((f) => [h("mark", { class: `hl hl-${f}` }, f), " "])),
      h("ol", { class: "evidence" }, d.evidence.map((ev) => h("li", {},
        h("p", { class: "sentence" }, highlighted(ev.sentence, ev.highlights)),
        h("div", { class: "muted small" }, h("a", { href: `#/article/${encodeURIComponent(ev.article_id)}` }, titles[ev.article_id] || ev.article_id),
          ` [${ev.start}:${ev.end}]`, ev.trigger ? ` · trigger “${ev.trigger}”` : ""))))),
    d.claims.length ? h("section", { class: "card" }, h("h3", {}, "Claims"), h("div", { class: "table-wrap" }, labelCells(h("table", { class: "claims" },
      h("thead", {}, h("tr", {}, h("th", {}, "Field"), h("th", {}, "Value"), h("th", {}, "According to"), h("th", {}, "Sentence"))),
      h("tbody", {}, d.claims.map((c) => h("tr", {}, h("td", {}, h("code", {}, c.field)), h("td", { class: "nowrap" }, c.value),
        h("td", {}, c.attributed_to || h("span", { class: "muted" }, "—")), h("td", { class: "small" }, c.sentence)))))))) : null,
    historyBlock(hist, id),
  );
}

// ---------------------------------------------------------------- actor, article, conflicts, articles

async function viewActor(id) {
  let d;
  try { d = await api(`/api/actors/${encodeURIComponent(id)}`, { limit: 500 }); } catch (e) { return setMain(errorBox(e)); }
  setMain(h("section", { class: "card" }, h("div", { class: "crumbs" }, h("a", { href: "#/network" }, "Network"), " / actor"), actorCard(d.actor),
    h("p", {}, h("a", { class: "button", href: `#/network?select=${encodeURIComponent(id)}` }, "Show in network"), " ",
      h("a", { class: "button secondary", href: `#/timeline?actor=${encodeURIComponent(id)}` }, "Timeline of this actor"))),
  h("section", { class: "card" }, h("h3", {}, `${d.events.total} events`), h("div", { class: "table-wrap" }, eventTable(d.events.items))));
}

async function viewArticle(id) {
  let a, evs;
  try {
    a = await api(`/api/articles/${encodeURIComponent(id)}`);
    evs = await api("/api/events", { article: id, limit: 500 });
  } catch (e) { return setMain(errorBox(e)); }
  setMain(h("section", { class: "card" }, h("div", { class: "crumbs" }, h("a", { href: "#/articles" }, "Articles"), " / ", h("code", {}, a.id)),
    h("h2", { id: "article-title" }, a.title || a.id),
    h("p", { class: "muted small" }, [a.published, a.source, a.url].filter(Boolean).join(" · ")),
    h("div", { class: "article-text", id: "article-text" }, a.text)),
  h("section", { class: "card" }, h("h3", {}, `${evs.total} events reported`), h("div", { class: "table-wrap" }, eventTable(evs.items))));
}

async function viewConflicts() {
  const filters = checkedFilters();
  if (!filters) return;
  const r = route();
  const { offset } = paging(r), limit = 20;
  let page;
  try { page = await api("/api/conflicts", { ...filters, limit, offset }); } catch (e) { return setMain(errorBox(e)); }
  const link = (params) => hashLink("conflicts", { ...filters, ...params });
  setMain(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Conflicting claims"),
    h("span", { class: "note", id: "conflicts-info" }, page.total ? `${offset + 1}–${offset + page.items.length} of ${page.total} disputed events` : "")),
  page.items.length ? h("ol", { class: "disputes", id: "conflict-list" }, page.items.map((it) => {
    const e = it.event;
    const who = [actorLinks(e.source), e.target.length ? [" → ", actorLinks(e.target)] : null];
    return h("li", { class: "dispute", dataset: { id: e.id } },
      h("div", { class: "dispute-head" },
        h("a", { href: `#/event/${encodeURIComponent(e.id)}`, class: "dispute-type" }, e.type + (e.mode ? " / " + e.mode : "")), " ",
        h("span", { class: "dispute-who" }, who), " · ", h("span", { class: "date" }, dateLabel(e.date)), " ", precisionBadge(e.date),
        e.location ? ` · ${e.location.name}` : "", " ", factualityBadge(e.factuality)),
      it.conflicts.map((c) => conflictBlock(c)));
  })) : h("p", { class: "empty" }, Object.keys(filters).length ? "No disputed events match these filters." : "No conflicts: the sources agree."),
  pager(offset, limit, page.total, link)));
}

// A search snippet with its matched words marked, built as text nodes (the safety rule above).
function marked(snippet, spans) {
  const out = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end > snippet.length) continue;
    out.push(snippet.slice(at, start), h("mark", { class: "hit" }, snippet.slice(start, end)));
    at = end;
  }
  out.push(snippet.slice(at));
  return out;
}

async function viewArticles() {
  const r = route();
  const q = r.params.get("q") || "";
  const { offset, limit } = paging(r);
  const search = h("form", { class: "inline-search", id: "article-search", role: "search", onsubmit: (ev) => {
    ev.preventDefault();
    location.hash = hashLink("articles", { q: ev.target.elements.q.value.trim() });
  } }, h("label", {}, "Search ", h("input", { type: "search", name: "q", value: q, placeholder: "words in title or text" })),
  h("button", { type: "submit" }, "Search"));
  let d;
  try { d = await api("/api/articles", { q, limit, offset }); } catch (e) { return setMain(h("section", { class: "card" }, search), errorBox(e)); }
  const link = (params) => hashLink("articles", { q, limit: limit === PAGE ? "" : limit, ...params });
  const cell = (label, attrs, ...kids) => h("td", { ...attrs, "data-label": label }, ...kids);
  setMain(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Articles"),
    h("span", { class: "note", id: "articles-info" }, d.total ? `${offset + 1}–${offset + d.items.length} of ${d.total}` : "no article matches"), search),
  h("div", { class: "table-wrap" }, h("table", { class: "events", id: "article-table" },
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Published"), h("th", { scope: "col" }, "Title"), h("th", { scope: "col" }, "Publisher"), h("th", { scope: "col" }, "Events"))),
    h("tbody", {}, d.items.map((a) => h("tr", { dataset: { id: a.id } }, cell("Published", { class: "nowrap" }, a.published || "—"),
      cell("Title", {}, h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id),
        a.snippet ? h("div", { class: "snippet" }, marked(a.snippet, a.highlights || [])) : null),
      cell("Publisher", {}, a.source || "—"), cell("Events", { class: "num" }, a.events)))))),
  pager(offset, limit, d.total, link)));
}

// ---------------------------------------------------------------- router

const VIEWS = { timeline: viewTimeline, network: viewNetwork, events: viewEvents, event: viewEvent, actor: viewActor,
  article: viewArticle, conflicts: viewConflicts, articles: viewArticles };

async function render() {
  const r = route();
  const view = VIEWS[r.view] ? r.view : "timeline";
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === view);
  document.getElementById("filters").hidden = !FILTER_VIEWS.includes(view);
  syncFilterForm(view);
  if (view !== "timeline" && state.timeline) { state.timeline.destroy(); state.timeline = null; }
  if (view !== "network" && state.cy) { state.cy.destroy(); state.cy = null; }
  document.body.dataset.view = view;
  document.body.dataset.ready = "";
  const token = state.renders = (state.renders || 0) + 1;
  const hash = location.hash;
  await VIEWS[view](r.id);
  if (token !== state.renders) return; // a later navigation is rendering
  // "ready" with the address it was rendered for: a test (or a script) can tell this page from the one before
  document.body.dataset.hash = hash;
  document.body.dataset.ready = view;
  window.scrollTo(0, 0);
}

window.addEventListener("hashchange", render);
window.addEventListener("DOMContentLoaded", async () => {
  setupFilters();
  try { await loadStats(); } catch (e) { setMain(errorBox(e)); }
  render();
});
