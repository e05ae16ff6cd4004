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

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  const r = await fetch(url);
  if (!r.ok) {
    let detail = r.statusText;
    try { detail = (await r.json()).detail; } catch (e) { /* not JSON */ }
    throw new Error(`${r.status}: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
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

const FILTER_KEYS = ["actor", "type", "country", "since", "until", "factuality"];

function currentFilters() {
  const p = route().params;
  const f = {};
  for (const k of FILTER_KEYS) if (p.get(k)) f[k] = p.get(k);
  return f;
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
  main.replaceChildren(...children);
  return main;
}

function errorBox(err) { return h("div", { class: "card error" }, "Could not load: ", String(err.message || err)); }

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
  const actors = await api("/api/actors", { limit: 500 });
  document.getElementById("actor-list").replaceChildren(...actors.items.map((a) => h("option", { value: a.name })));
}

function syncFilterForm() {
  const form = document.getElementById("filters");
  const f = currentFilters();
  for (const k of FILTER_KEYS) form.elements[k].value = f[k] || "";
  const active = Object.keys(f).length;
  document.getElementById("filter-note").textContent = active ? `${active} filter${active > 1 ? "s" : ""} active` : "";
}

function setupFilters() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const r = route();
    const params = {};
    for (const k of FILTER_KEYS) params[k] = form.elements[k].value.trim();
    const view = ["timeline", "network", "events"].includes(r.view) ? r.view : "events";
    go(view, null, params);
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    const r = route();
    go(["timeline", "network", "events"].includes(r.view) ? r.view : "events");
  });
}

// ---------------------------------------------------------------- timeline

async function viewTimeline() {
  const legend = h("div", { class: "legend" },
    h("span", { class: "lg lg-day" }), "day", h("span", { class: "lg lg-range" }), "range (first to last day)",
    h("span", { class: "lg lg-month" }), "month: the whole month", h("span", { class: "lg lg-year" }), "year: the whole year",
    h("span", { class: "lg lg-inferred" }), "date inferred (not in the text)",
    h("span", { class: "lg lg-unreal" }), "planned / expected / negated");
  const box = h("div", { id: "timeline", class: "timeline" });
  const info = h("div", { class: "note" });
  setMain(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Timeline of events by event date"), info), legend, box));
  let data;
  try { data = await api("/api/events", { ...currentFilters(), limit: 1000 }); } catch (e) { return setMain(errorBox(e)); }
  info.textContent = data.total > data.items.length ? `showing ${data.items.length} of ${data.total}: narrow the filters` : `${data.total} events`;
  const groups = new vis.DataSet();
  const items = new vis.DataSet();
  const seenTypes = new Set();
  for (const e of data.items) {
    const span = dateSpan(e.date);
    if (!span) continue;
    if (!seenTypes.has(e.type)) { seenTypes.add(e.type); groups.add({ id: e.type, content: e.type }); }
    const who = names(e.source) + (e.target.length ? " → " + names(e.target) : "");
    const label = h("span", { class: "tl-label" }, h("b", {}, e.mode ? `${e.type.toLowerCase()}/${e.mode}` : e.type.toLowerCase()), " ", who || "(no actor)");
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
  if (!items.length) { box.replaceChildren(h("p", { class: "empty" }, "No dated events match.")); return; }
  state.timeline = new vis.Timeline(box, items, groups, {
    stack: true, orientation: "top", zoomKey: "ctrlKey", horizontalScroll: true, verticalScroll: true,
    maxHeight: 640, margin: { item: { horizontal: 4, vertical: 6 } }, tooltip: { followMouse: true, overflowMethod: "cap" },
    xss: { disabled: false },
  });
  state.timeline.fit({ animation: false });
  state.timeline.on("select", (props) => { if (props.items.length) go("event", props.items[0]); });
  const r = route();
  if (r.params.get("focus")) { state.timeline.focus(r.params.get("focus")); }
}

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
  try { net = await api("/api/network", currentFilters()); } catch (e) { return setMain(errorBox(e)); }
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
  const search = h("input", { type: "search", placeholder: "find an actor", class: "side-search" });
  const list = h("ul", { class: "actor-list" });
  const fill = () => {
    const q = search.value.toLowerCase();
    list.replaceChildren(...nodes.filter((n) => !q || n.name.toLowerCase().includes(q)).slice(0, 200).map((n) =>
      h("li", {}, h("button", { type: "button", class: "linklike", dataset: { actor: n.id }, onclick: () => selectActor(n.id) },
        h("span", { class: "dot", style: `background:${KIND_COLORS[n.kind] || "#64748b"}` }), n.name), h("span", { class: "count" }, n.events))));
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

async function viewEvents() {
  const r = route();
  const sort = r.params.get("sort") || "date";
  const offset = +(r.params.get("offset") || 0), limit = 50;
  const info = h("span", { class: "note" });
  const wrap = h("div", { class: "table-wrap" });
  setMain(h("section", { class: "card" }, h("div", { class: "card-head" }, h("h2", {}, "Events"), info,
    h("span", { class: "downloads" }, "Download: ", ["plover", "icews", "csv", "parquet", "gexf", "graphml"].map((f) => {
      const u = new URL(`/api/export/${f}`, location.origin);
      for (const [k, v] of Object.entries(currentFilters())) u.searchParams.set(k, v);
      return h("a", { href: u.pathname + u.search, download: "" }, f);
    }))), wrap));
  let data;
  try { data = await api("/api/events", { ...currentFilters(), limit, offset, sort }); } catch (e) { return setMain(errorBox(e)); }
  info.textContent = data.total ? `${offset + 1}–${offset + data.items.length} of ${data.total}` : "no events match";
  const link = (params) => { const p = { ...currentFilters(), sort, ...params }; return "#/events?" + new URLSearchParams(Object.entries(p).filter(([, v]) => v !== "" && v !== undefined && v !== null)).toString(); };
  const th = (key, label) => {
    if (!SORTABLE[key]) return h("th", {}, label);
    const active = sort.replace("-", "") === key, desc = sort.startsWith("-");
    return h("th", { class: "sortable" + (active ? " active" : "") }, h("a", { href: link({ sort: active && !desc ? "-" + key : key, offset: 0 }) },
      label, active ? (desc ? " ▼" : " ▲") : ""));
  };
  wrap.replaceChildren(eventTable(data.items, th),
    h("div", { class: "pager" },
      offset > 0 ? h("a", { class: "button secondary", href: link({ offset: Math.max(0, offset - limit) }) }, "← previous") : null,
      offset + limit < data.total ? h("a", { class: "button secondary", href: link({ offset: offset + limit }) }, "next →") : null));
}

function eventTable(items, th) {
  th = th || ((k, label) => h("th", {}, label));
  return h("table", { class: "events", id: "event-table" },
    h("thead", {}, h("tr", {}, th("date", "Date"), th("type", "Type"), th("source", "Source"), th("target", "Target"), th("where", "Where"),
      th("fact", "Factuality"), th("mentions", "Sources"), th("confidence", "Conf."))),
    h("tbody", {}, items.map((e) => h("tr", { dataset: { id: e.id } },
      h("td", { class: "nowrap" }, h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, dateLabel(e.date)), " ", precisionBadge(e.date)),
      h("td", {}, h("a", { href: `#/event/${encodeURIComponent(e.id)}` }, e.type), e.mode ? h("span", { class: "muted" }, " / " + e.mode) : null,
        e.cameo ? h("span", { class: "muted small" }, ` (${e.cameo})`) : null),
      h("td", {}, actorLinks(e.source)), h("td", {}, actorLinks(e.target)),
      h("td", {}, e.location ? e.location.name : h("span", { class: "muted" }, "—")),
      h("td", {}, factualityBadge(e.factuality)),
      h("td", { class: "num" }, e.evidence.length),
      h("td", { class: "num" }, e.confidence.toFixed(2))))));
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
    hist.merges.length ? h("table", { class: "merges" },
      h("thead", {}, h("tr", {}, h("th", {}, "Merge"), h("th", {}, "Kind"), h("th", {}, "Joined"), h("th", {}, "Why"), h("th", {}, "Undone"))),
      h("tbody", {}, hist.merges.map((m) => h("tr", {}, h("td", { class: "num" }, m.id), h("td", {}, m.kind),
        h("td", {}, m.article_id ? h("a", { href: `#/article/${encodeURIComponent(m.article_id)}` }, m.article_id) : h("code", {}, m.merged)),
        h("td", { class: "small" }, mergeReason(m.explanation)), h("td", { class: "small" }, m.undone_at || ""))))) : null,
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
    d.claims.length ? h("section", { class: "card" }, h("h3", {}, "Claims"), h("table", { class: "claims" },
      h("thead", {}, h("tr", {}, h("th", {}, "Field"), h("th", {}, "Value"), h("th", {}, "According to"), h("th", {}, "Sentence"))),
      h("tbody", {}, d.claims.map((c) => h("tr", {}, h("td", {}, h("code", {}, c.field)), h("td", { class: "nowrap" }, c.value),
        h("td", {}, c.attributed_to || h("span", { class: "muted" }, "—")), h("td", { class: "small" }, c.sentence)))))) : null,
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
  h("section", { class: "card" }, h("h3", {}, `${d.events.total} events`), eventTable(d.events.items)));
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
  h("section", { class: "card" }, h("h3", {}, `${evs.total} events reported`), eventTable(evs.items)));
}

async function viewConflicts() {
  let cs;
  try { cs = await api("/api/conflicts"); } catch (e) { return setMain(errorBox(e)); }
  setMain(h("section", { class: "card" }, h("h2", {}, "Conflicting claims"),
    cs.length ? cs.map((c) => h("div", {}, h("p", {}, h("a", { href: `#/event/${encodeURIComponent(c.event_id)}` }, c.event_id)), conflictBlock(c)))
      : h("p", { class: "empty" }, "No conflicts: the sources agree.")));
}

async function viewArticles() {
  let d;
  try { d = await api("/api/articles", { limit: 1000 }); } catch (e) { return setMain(errorBox(e)); }
  setMain(h("section", { class: "card" }, h("h2", {}, `Articles (${d.total})`), h("table", { class: "events" },
    h("thead", {}, h("tr", {}, h("th", {}, "Published"), h("th", {}, "Title"), h("th", {}, "Publisher"), h("th", {}, "Events"))),
    h("tbody", {}, d.items.map((a) => h("tr", {}, h("td", { class: "nowrap" }, a.published || "—"),
      h("td", {}, h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id)), h("td", {}, a.source || "—"), h("td", { class: "num" }, a.events)))))));
}

// ---------------------------------------------------------------- router

const VIEWS = { timeline: viewTimeline, network: viewNetwork, events: viewEvents, event: viewEvent, actor: viewActor,
  article: viewArticle, conflicts: viewConflicts, articles: viewArticles };

async function render() {
  const r = route();
  const view = VIEWS[r.view] ? r.view : "timeline";
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === view);
  document.getElementById("filters").hidden = !["timeline", "network", "events"].includes(view);
  syncFilterForm();
  if (view !== "timeline" && state.timeline) { state.timeline.destroy(); state.timeline = null; }
  if (view !== "network" && state.cy) { state.cy.destroy(); state.cy = null; }
  document.body.dataset.view = view;
  document.body.dataset.ready = "";
  await VIEWS[view](r.id);
  document.body.dataset.ready = view;
  window.scrollTo(0, 0);
}

window.addEventListener("hashchange", render);
window.addEventListener("DOMContentLoaded", async () => {
  setupFilters();
  try { await loadStats(); } catch (e) { setMain(errorBox(e)); }
  render();
});
