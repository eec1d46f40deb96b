/* graphkit explorer: filters, search, tooltips and evidence panels over a vis-network graph.
 * The graph arrives as JSON (see graphkit/render/html.py). Article text is data: it reaches
 * the page only through textContent and vis-network's text tooltips, never as markup. */
(function () {
  "use strict";

  performance.mark("graphkit:start");
  const data = JSON.parse(document.getElementById("graphkit-data").textContent);
  performance.mark("graphkit:parsed");
  const byId = (id) => document.getElementById(id);
  const panel = byId("gk-panel");
  // The actors drawn: the best connected at first; the search brings others in with their neighbours.
  // Only what is drawn goes into vis-network's data sets: hidden items would still weigh on its layout.
  const drawn = new Set(data.drawn);
  const nodeRecords = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeRecords = new Map(data.edges.map((e) => [e.id, e]));
  const bothDrawn = (rel) => drawn.has(rel.source) && drawn.has(rel.target);
  // Filled once the filters' state is known (see fill): vis-network then builds each item once.
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  // What the data sets hold of each item's filtered state, so a filter updates only what changed.
  const appliedNodes = new Map();
  const appliedEdges = new Map();
  // A large page draws its strongest relations first and adds the others a chunk at a time,
  // so the first frame does not wait for all of them; latestEdges keeps the filters' word on
  // the ones still waiting.
  const CHUNK = 4000;
  const latestEdges = new Map();
  let pending = [];
  let generation = 0;
  let complete = null; // ms since navigation start when every drawn relation was in
  const network = new vis.Network(byId("gk-network"), { nodes, edges }, data.options);
  const MODALITIES = ["asserted", "hedged", "speculative", "negated"];
  const SVG = "http://www.w3.org/2000/svg";
  const QUAD_COLOURS = { 1: "#74c476", 2: "#1a7a3a", 3: "#f39c4a", 4: "#c0262d" };
  const GROUP_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf"];
  const months = data.months || [];
  let ready = false;
  let firstDraw = null; // ms since navigation start when the first frame was drawn
  let playing = null; // the play button's timer
  let collapsed = [];
  let frozen = false;
  let shown = null; // what the panel shows: {kind: "actor" | "relation", id}

  /* --- building DOM from text --------------------------------------------------------- */

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /* Only http(s) URLs become links; anything else (javascript:, data:) stays text. */
  function safeUrl(raw) {
    if (!raw) return null;
    try {
      const url = new URL(raw);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  /* The sentence with its first occurrence of the trigger marked, as text nodes. */
  function sentenceWithTrigger(sentence, trigger) {
    const quote = el("blockquote");
    const at = trigger ? sentence.indexOf(trigger) : -1;
    if (at < 0) {
      quote.textContent = sentence;
      return quote;
    }
    quote.append(sentence.slice(0, at), el("mark", trigger), sentence.slice(at + trigger.length));
    return quote;
  }

  /* --- filters ------------------------------------------------------------------------ */

  function checkedValues(name) {
    return new Set(Array.from(document.querySelectorAll(`input[name="${name}"]:checked`), (box) => box.value));
  }

  function currentFilter() {
    return {
      classes: checkedValues("gk-class"),
      modalities: checkedValues("gk-modality"),
      minCount: Math.max(1, Math.floor(Number(byId("gk-min-count").value) || 1)),
      from: byId("gk-from").value || null,
      to: byId("gk-to").value || null,
      undated: byId("gk-undated").checked,
    };
  }

  /* The evidence of a relation that the filter lets through; undated evidence has its own switch. */
  function passing(rel, filter) {
    return rel.evidence.filter(
      (ev) =>
        filter.modalities.has(ev.modality || "asserted") &&
        (ev.date
          ? (filter.from === null || ev.date >= filter.from) && (filter.to === null || ev.date <= filter.to)
          : filter.undated),
    );
  }

  /* Reports of one event count once: the event ids among the evidence (a report without one is one). */
  function plural(n, word) {
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  }

  function eventCount(evidence) {
    const ids = new Set();
    let loose = 0;
    for (const ev of evidence) {
      if (ev.event_id) ids.add(ev.event_id);
      else loose += 1;
    }
    return ids.size + loose;
  }

  /* The evidence grouped by event, in order of each event's first report (dated first). */
  function eventsOf(evidence) {
    const groups = new Map();
    const sorted = evidence.slice().sort((x, y) => (x.date || "9999") < (y.date || "9999") ? -1 : (x.date || "9999") > (y.date || "9999") ? 1 : 0);
    sorted.forEach((ev, index) => {
      const key = ev.event_id || `report-${index}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(ev);
    });
    return Array.from(groups.values());
  }

  function visibleEvidence(rel, filter) {
    return filter.classes.has(String(rel.quad_class)) ? passing(rel, filter) : [];
  }

  function edgeWidth(count) {
    return 1 + 2 * Math.log2(Math.max(count, 1));
  }

  function arrow(rel) {
    return rel.symmetric ? "\u2194" : "\u2192";
  }

  function edgeTooltip(rel, evidence) {
    const a = data.actors[rel.source].label;
    const b = data.actors[rel.target].label;
    const dates = evidence.map((ev) => ev.date).filter(Boolean).sort();
    const lines = [
      `${a} ${arrow(rel)} ${b}: ${rel.relation}`,
      `${data.classes[rel.quad_class]}, CAMEO ${rel.cameo}`,
      `${eventCount(evidence)} events in ${evidence.length} of ${rel.evidence.length} sentences` +
        (dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : ""),
    ];
    const modalities = MODALITIES.map((m) => [m, evidence.filter((ev) => (ev.modality || "asserted") === m).length])
      .filter(([, n]) => n > 0)
      .map(([m, n]) => `${m} ${n}`);
    if (modalities.length) lines.push(modalities.join(", "));
    return lines.join("\n");
  }

  function nodeTooltip(id) {
    const actor = data.actors[id];
    const kind = [actor.type, actor.code, actor.country].filter(Boolean).join(", ");
    return `${actor.label}${kind ? ` (${kind})` : ""}\n${actor.mentions} mentions, ${actor.degree} events in relations`;
  }

  function applyFilters() {
    const { edgeUpdates, nodeUpdates, edgeCount } = filterUpdates();
    for (const item of edgeUpdates) latestEdges.set(item.id, item);
    edges.update(edgeUpdates.filter((item) => edges.get(item.id) !== null && changed(appliedEdges, item)));
    nodes.update(nodeUpdates.filter((item) => changed(appliedNodes, item)));
    showCounts(nodeUpdates, edgeCount);
    if (shown && shown.kind === "relation") showRelation(shown.id);
    if (shown && shown.kind === "actor") showActor(shown.id);
  }

  function changed(applied, item) {
    const key = `${item.hidden}|${item.width}|${item.value}|${item.title}`;
    if (applied.get(item.id) === key) return false;
    applied.set(item.id, key);
    return true;
  }

  function showCounts(nodeUpdates, edgeCount) {
    const nodeCount = nodeUpdates.filter((n) => !n.hidden).length;
    byId("gk-status").textContent = `${nodeCount} actors, ${edgeCount} relations shown`;
  }

  /* Put the drawn actors and their relations into the data sets, each already filtered. */
  function fill() {
    nodes.clear();
    edges.clear();
    appliedNodes.clear();
    appliedEdges.clear();
    const { edgeUpdates, nodeUpdates, edgeCount } = filterUpdates();
    for (const item of nodeUpdates) changed(appliedNodes, item);
    latestEdges.clear();
    for (const item of edgeUpdates) latestEdges.set(item.id, item);
    const nodeState = new Map(nodeUpdates.map((item) => [item.id, item]));
    nodes.add(data.nodes.filter((n) => drawn.has(n.id)).map((n) => ({ ...n, ...nodeState.get(n.id) })));
    const waiting = data.edges.filter((e) => latestEdges.has(e.id));
    if (waiting.length > 2 * CHUNK) {
      // the strongest first: they show the shape of the graph
      waiting.sort((x, y) => data.relations[y.id].events - data.relations[x.id].events);
    }
    pending = waiting;
    generation += 1;
    complete = null;
    addEdges(pending.length > 2 * CHUNK ? CHUNK : pending.length);
    showCounts(nodeUpdates, edgeCount);
  }

  /* Add ``n`` waiting relations now, the rest a chunk a frame. */
  function addEdges(n) {
    const batch = pending.splice(0, n);
    edges.add(
      batch.map((record) => {
        const state = latestEdges.get(record.id);
        changed(appliedEdges, state);
        return { ...record, ...state };
      }),
    );
    if (!pending.length) {
      complete = performance.now();
      return;
    }
    const mine = generation;
    // after the frame in which vis-network draws what is in: the next chunk waits for that frame
    requestAnimationFrame(() => {
      if (mine === generation) addEdges(CHUNK);
    });
  }

  /* Each drawn item's state under the filters: hidden or not, width, size, tooltip. */
  function filterUpdates() {
    const filter = currentFilter();
    const active = new Set();
    const weight = new Map();
    const edgeUpdates = [];
    let edgeCount = 0;
    for (const [id, rel] of Object.entries(data.relations)) {
      if (!bothDrawn(rel)) continue;
      const evidence = visibleEvidence(rel, filter);
      const events = eventCount(evidence);
      const visible = evidence.length > 0 && events >= filter.minCount;
      if (visible) {
        active.add(rel.source);
        active.add(rel.target);
        weight.set(rel.source, (weight.get(rel.source) || 0) + events);
        weight.set(rel.target, (weight.get(rel.target) || 0) + events);
        edgeCount += 1;
      }
      edgeUpdates.push({ id, hidden: !visible, width: edgeWidth(events), title: edgeTooltip(rel, evidence) });
    }
    // Drawn actors with no relation at all stay; actors whose relations are all filtered out go.
    // An actor's size is its events in the window.
    const nodeUpdates = Array.from(drawn, (id) => ({
      id,
      hidden: !(active.has(id) || data.actors[id].degree === 0),
      value: (weight.get(id) || 0) + 1,
      title: nodeTooltip(id),
    }));
    return { edgeUpdates, nodeUpdates, edgeCount };
  }

  /* --- panels ------------------------------------------------------------------------- */

  function clearPanel() {
    shown = null;
    panel.replaceChildren(el("p", "Click an actor to list its relations, or a relation to read its evidence.", "gk-muted"));
  }

  function relationLink(edgeId, text) {
    const button = el("button", text, "gk-relation-link");
    button.type = "button";
    button.addEventListener("click", () => selectEdge(edgeId));
    return button;
  }

  function showActor(id) {
    const actor = data.actors[id];
    if (!actor) return;
    shown = { kind: "actor", id };
    const filter = currentFilter();
    const partners = new Map();
    for (const [edgeId, rel] of Object.entries(data.relations)) {
      if (rel.source !== id && rel.target !== id) continue;
      const evidence = visibleEvidence(rel, filter);
      const n = eventCount(evidence);
      if (!evidence.length || n < filter.minCount) continue;
      const partner = rel.source === id ? rel.target : rel.source;
      const direction = rel.symmetric ? "\u2194" : rel.source === id ? "\u2192" : "\u2190";
      if (!partners.has(partner)) partners.set(partner, { total: 0, items: [] });
      const entry = partners.get(partner);
      entry.total += n;
      entry.items.push({ edgeId, text: `${direction} ${rel.relation} (${n})` });
    }
    const kind = [actor.type, actor.code, actor.country].filter(Boolean).join(" \u00b7 ");
    const parts = [el("h2", actor.label), el("p", `${kind} \u00b7 ${actor.mentions} mentions`, "gk-muted")];
    for (const merged of actor.merged_from || []) {
      // a short form joined to this actor across articles, and why
      const line = el("p", `Also named \u201c${merged.label}\u201d: `, "gk-muted gk-merged");
      line.append(el("span", merged.reason));
      parts.push(line);
    }
    if (!partners.size) parts.push(el("p", "No relation passes the filters.", "gk-muted"));
    const list = el("ul");
    const ranked = Array.from(partners.entries()).sort(
      (x, y) => y[1].total - x[1].total || data.actors[x[0]].label.localeCompare(data.actors[y[0]].label),
    );
    for (const [partner, entry] of ranked) {
      const item = el("li");
      item.append(el("h3", data.actors[partner].label));
      const sub = el("ul");
      for (const rel of entry.items) {
        const li = el("li");
        li.append(relationLink(rel.edgeId, rel.text));
        sub.append(li);
      }
      item.append(sub);
      list.append(item);
    }
    parts.push(list);
    panel.replaceChildren(...parts);
  }

  function showRelation(edgeId) {
    const rel = data.relations[edgeId];
    if (!rel) return;
    shown = { kind: "relation", id: edgeId };
    const filter = currentFilter();
    const evidence = passing(rel, filter);
    const a = data.actors[rel.source].label;
    const b = data.actors[rel.target].label;
    const events = eventsOf(evidence);
    const parts = [
      el("h2", `${a} ${arrow(rel)} ${b}`),
      el("p", `${rel.relation} \u00b7 ${data.classes[rel.quad_class]} \u00b7 CAMEO ${rel.cameo}`, "gk-muted"),
      el(
        "p",
        `${plural(events.length, "event")} in ${evidence.length} of ${plural(rel.evidence.length, "sentence")} pass the filters`,
        "gk-muted gk-event-count",
      ),
      dyadTimeline(rel.source, rel.target),
    ];
    const list = el("ul");
    list.className = "gk-evidence-list";
    for (const reports of events) {
      const ev = reports[0];
      const item = el("li", null, "gk-evidence gk-event");
      item.dataset.event = ev.event_id || "";
      item.append(sentenceWithTrigger(ev.sentence, ev.trigger));
      const meta = el("div", null, "gk-muted");
      meta.append(el("span", ev.modality || "asserted", `gk-modality gk-modality-${ev.modality || "asserted"}`));
      if (ev.attributed_to) meta.append(el("span", ` said by ${ev.attributed_to}`, "gk-said-by"));
      if (typeof ev.confidence === "number") meta.append(` \u00b7 confidence ${ev.confidence.toFixed(2)}`);
      if (reports.length > 1) meta.append(` \u00b7 ${reports.length} reports`);
      item.append(meta);
      const sources = el("ul", null, "gk-reports");
      for (const report of reports) sources.append(reportItem(report, ev));
      item.append(sources);
      list.append(item);
    }
    parts.push(list);
    panel.replaceChildren(...parts);
  }

  /* One report of an event: outlet, date, link, a copy marked; its own sentence when it differs. */
  function reportItem(report, first) {
    const item = el("li", null, "gk-report");
    const page = Number.isInteger(report.page) ? `p. ${report.page}` : null;
    const facts = [report.outlet, report.date, page].filter(Boolean).join(" \u00b7 ");
    if (facts) item.append(el("span", facts, "gk-muted"), " ");
    if (report.verbatim) item.append(el("span", "verbatim copy", "gk-verbatim"), " ");
    const href = safeUrl(report.url);
    if (href) {
      const link = el("a", report.title || href);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      item.append(link);
    } else if (report.title || report.url) {
      item.append(el("span", report.title || report.url, "gk-muted"));
    }
    if (report !== first && report.sentence !== first.sentence) {
      item.append(el("q", report.sentence, "gk-report-sentence"));
    }
    return item;
  }

  /* --- the dyad's timeline ------------------------------------------------------------ */

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    return node;
  }

  /* Events per month between two actors, either way, split by QuadClass, with the mean Goldstein
   * intensity of the month's events as a line. An event is dated by its first report. */
  function dyadTimeline(a, b) {
    const filter = currentFilter();
    const perMonth = new Map();
    for (const rel of Object.values(data.relations)) {
      if (!((rel.source === a && rel.target === b) || (rel.source === b && rel.target === a))) continue;
      if (!filter.classes.has(String(rel.quad_class))) continue;
      const evidence = rel.evidence.filter((ev) => ev.date && filter.modalities.has(ev.modality || "asserted"));
      for (const reports of eventsOf(evidence)) {
        const month = reports[0].date.slice(0, 7);
        if (!perMonth.has(month)) perMonth.set(month, { 1: 0, 2: 0, 3: 0, 4: 0, intensity: [] });
        const entry = perMonth.get(month);
        entry[rel.quad_class] += 1;
        entry.intensity.push(reports[0].intensity);
      }
    }
    const box = el("figure", null, "gk-timeline");
    const dated = Array.from(perMonth.keys()).sort();
    if (!dated.length) {
      box.append(el("figcaption", "No dated event between these two actors.", "gk-muted"));
      return box;
    }
    const span = months.filter((m) => m >= dated[0] && m <= dated[dated.length - 1]);
    const width = 320;
    const height = 120;
    const top = 8;
    const bottom = 22;
    const slot = width / span.length;
    const most = Math.max(...span.map((m) => (perMonth.has(m) ? [1, 2, 3, 4].reduce((t, q) => t + perMonth.get(m)[q], 0) : 0)));
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img" });
    chart.append(svg("line", { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, stroke: "#8c959f" }));
    const scale = (height - top - bottom) / Math.max(most, 1);
    const line = [];
    span.forEach((month, index) => {
      const entry = perMonth.get(month);
      const x = index * slot;
      if (entry) {
        let y = height - bottom;
        for (const q of [4, 3, 2, 1]) {
          if (!entry[q]) continue;
          const h = entry[q] * scale;
          y -= h;
          const bar = svg("rect", {
            x: x + slot * 0.15, y, width: Math.max(slot * 0.7, 1), height: h, fill: QUAD_COLOURS[q], class: "gk-bar",
            "data-month": month, "data-quad": q, "data-events": entry[q],
          });
          bar.append(svg("title"));
          bar.lastChild.textContent = `${month}: ${entry[q]} ${data.classes[q]}`;
          chart.append(bar);
        }
        const mean = entry.intensity.reduce((t, v) => t + v, 0) / entry.intensity.length;
        line.push([x + slot / 2, top + ((10 - mean) / 20) * (height - top - bottom), month, mean]);
      }
      if (index === 0 || index === span.length - 1) {
        const label = svg("text", { x: index === 0 ? x : x + slot, y: height - 6, "font-size": 10, "text-anchor": index === 0 ? "start" : "end", fill: "#57606a" });
        label.textContent = month;
        chart.append(label);
      }
    });
    if (line.length > 1) {
      chart.append(svg("polyline", { points: line.map(([x, y]) => `${x},${y}`).join(" "), fill: "none", stroke: "#24292f", "stroke-width": 1.5, class: "gk-goldstein" }));
    }
    for (const [x, y, month, mean] of line) {
      const dot = svg("circle", { cx: x, cy: y, r: 2.5, fill: "#24292f", class: "gk-goldstein-point", "data-month": month, "data-mean": mean.toFixed(2) });
      dot.append(svg("title"));
      dot.lastChild.textContent = `${month}: mean Goldstein ${mean.toFixed(1)}`;
      chart.append(dot);
    }
    box.append(chart);
    const total = Array.from(perMonth.values()).reduce((t, e) => t + e[1] + e[2] + e[3] + e[4], 0);
    box.append(el("figcaption", `${total} events by month, by class; the line is the mean Goldstein intensity (\u221210 to +10).`, "gk-muted"));
    return box;
  }

  /* --- selection, search, physics ----------------------------------------------------- */

  function selectEdge(edgeId) {
    const rel = data.relations[edgeId];
    if (!rel) return false;
    if (!drawn.has(rel.source)) bringIntoView(rel.source);
    if (!drawn.has(rel.target)) bringIntoView(rel.target);
    network.selectEdges([edgeId]);
    showRelation(edgeId);
    return true;
  }

  function selectNode(id) {
    if (!data.actors[id]) return false;
    network.selectNodes([id]);
    showActor(id);
    return true;
  }

  /* Every actor of the graph, drawn or not: an exact id, code or label first, then a label that
   * starts with the query, then a word of a label that does ("Kobakhidze"), then a label that
   * contains it. Within each, the drawn and the better connected first. */
  function findActor(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    const entries = Object.entries(data.actors).sort(
      ([x, a], [y, b]) => drawn.has(y) - drawn.has(x) || b.degree - a.degree || b.mentions - a.mentions || (x < y ? -1 : 1),
    );
    const tests = [
      ([id, a]) => id.toLowerCase() === q || (a.code || "").toLowerCase() === q || a.label.toLowerCase() === q,
      ([, a]) => a.label.toLowerCase().startsWith(q),
      ([, a]) => a.label.toLowerCase().split(/[\s-]+/).some((word) => word.startsWith(q)),
      ([, a]) => a.label.toLowerCase().includes(q),
    ];
    for (const test of tests) {
      const found = entries.find(test);
      if (found) return found[0];
    }
    return null;
  }

  function neighboursOf(id) {
    const found = new Set();
    for (const rel of Object.values(data.relations)) {
      if (rel.source === id) found.add(rel.target);
      if (rel.target === id) found.add(rel.source);
    }
    found.delete(id);
    return found;
  }

  /* Draw an actor that was left out, with its neighbours: it goes beside a drawn neighbour (or
   * in the middle of the view), the neighbours new to the drawing on a ring around it. */
  function bringIntoView(id) {
    const added = [id, ...neighboursOf(id)].filter((n) => !drawn.has(n));
    if (!added.length) return 0;
    const positions = network.getPositions();
    const anchor = [...neighboursOf(id)].find((n) => drawn.has(n) && positions[n]);
    const centre = anchor
      ? { x: positions[anchor].x + 140, y: positions[anchor].y + 60 }
      : network.getViewPosition();
    const ring = added.filter((n) => n !== id);
    // Each actor has its place from Python; the ring is for a page whose records have none.
    const placed = ring.map((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      const record = nodeRecords.get(n);
      return typeof record.x === "number" ? record : { ...record, x: centre.x + 150 * Math.cos(angle), y: centre.y + 150 * Math.sin(angle) };
    });
    if (!drawn.has(id)) {
      const record = nodeRecords.get(id);
      placed.push(typeof record.x === "number" ? record : { ...record, x: centre.x, y: centre.y });
    }
    for (const n of added) drawn.add(n);
    nodes.add(placed);
    const known = new Set(edges.getIds());
    edges.add(
      Object.entries(data.relations)
        .filter(([edgeId, rel]) => !known.has(edgeId) && bothDrawn(rel))
        .map(([edgeId]) => edgeRecords.get(edgeId)),
    );
    applyFilters();
    return added.length;
  }

  function search(query) {
    const id = findActor(query);
    const status = byId("gk-search-status");
    if (id === null) {
      status.textContent = `No actor matches \u201c${query}\u201d`;
      return null;
    }
    const added = bringIntoView(id);
    const label = data.actors[id].label;
    if (nodes.get(id).hidden) status.textContent = `${label} is hidden by the filters`;
    else if (added) status.textContent = `${label} was not drawn: shown with its neighbours`;
    else status.textContent = "";
    selectNode(id);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    return id;
  }

  /* The visible relation whose line passes nearest the pointer, within reach of a click.
   * vis-network's own pick can return a hidden (filtered out) edge lying under a visible one. */
  function nearestEdge(point) {
    let best = null;
    let bestDistance = Infinity;
    for (const [id, edge] of Object.entries(network.body.edges)) {
      const record = edges.get(id);
      if (!record || record.hidden || !edge.connected || edge.from.options.hidden || edge.to.options.hidden) continue;
      // half the line's width (canvas units) and 6 pixels of the screen beyond it
      const reach = (record.width || 1) / 2 + 6 / Math.max(network.getScale(), 0.05);
      const distance = edge.edgeType.getDistanceToEdge(edge.from.x, edge.from.y, edge.to.x, edge.to.y, point.x, point.y);
      if (distance <= reach && distance < bestDistance) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }

  function setFrozen(value) {
    frozen = value;
    network.setOptions({ physics: { enabled: !frozen } });
    const button = byId("gk-freeze");
    button.textContent = frozen ? "Unfreeze layout" : "Freeze layout";
    button.setAttribute("aria-pressed", String(frozen));
  }

  function onSettled() {
    if (ready) return;
    ready = true;
    setFrozen(true);
    // fit() bounds the nodes, not their labels: leave a margin so edge labels are not cut.
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.92 });
    if (data.focus) {
      selectNode(data.focus);
      network.focus(data.focus, { scale: 1.1 });
    }
  }

  /* --- time: the slider over months, and play ----------------------------------------- */

  function lastDay(month) {
    const [year, m] = month.split("-").map(Number);
    const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
    return `${month}-${String(day).padStart(2, "0")}`;
  }

  /* Show the months from index ``from`` to index ``to`` (inclusive): the date bounds follow. */
  function setWindow(from, to) {
    if (!months.length) return;
    const first = Math.max(0, Math.min(from, months.length - 1));
    const last = Math.max(first, Math.min(to, months.length - 1));
    byId("gk-slider-from").value = String(first);
    byId("gk-slider-to").value = String(last);
    const whole = first === 0 && last === months.length - 1;
    byId("gk-from").value = whole ? "" : `${months[first]}-01`;
    byId("gk-to").value = whole ? "" : lastDay(months[last]);
    byId("gk-window").textContent = first === last ? months[first] : `${months[first]} to ${months[last]}`;
    applyFilters();
  }

  function onSlider(event) {
    let from = Number(byId("gk-slider-from").value);
    let to = Number(byId("gk-slider-to").value);
    if (from > to) {
      // the handle moved past the other one pushes it along
      if (event.target.id === "gk-slider-from") to = from;
      else from = to;
    }
    setWindow(from, to);
  }

  function stopPlaying() {
    if (playing !== null) clearInterval(playing);
    playing = null;
    const button = byId("gk-play");
    if (button) {
      button.textContent = "Play";
      button.setAttribute("aria-pressed", "false");
    }
  }

  /* Step the window through the months, one a step, keeping its width (one month if it held all). */
  function play(stepMs) {
    if (!months.length) return;
    if (playing !== null) {
      stopPlaying();
      return;
    }
    let from = Number(byId("gk-slider-from").value);
    let to = Number(byId("gk-slider-to").value);
    let width = to - from;
    if (width >= months.length - 1) width = 0;
    if (to >= months.length - 1 || width === 0) {
      from = 0;
      to = width;
    }
    setWindow(from, to);
    const button = byId("gk-play");
    button.textContent = "Pause";
    button.setAttribute("aria-pressed", "true");
    playing = setInterval(() => {
      if (to >= months.length - 1) {
        stopPlaying();
        return;
      }
      from += 1;
      to += 1;
      setWindow(from, to);
    }, stepMs || 900);
  }

  /* --- scale: how many actors are drawn, groups of allies ------------------------------ */

  /* Draw the ``n`` best-ranked actors (by events), and the relations between them. */
  function setDrawn(n) {
    const count = Math.max(1, Math.min(Math.floor(Number(n) || 1), data.rank.length || 1));
    expandGroups();
    const wanted = new Set(data.rank.slice(0, count));
    if (data.focus) wanted.add(data.focus);
    drawn.clear();
    for (const id of wanted) drawn.add(id);
    fill();
    colourBy(byId("gk-colour").value);
    if (shown && shown.kind === "relation") showRelation(shown.id);
    if (shown && shown.kind === "actor") showActor(shown.id);
    if (byId("gk-collapse").checked) collapseGroups();
    return drawn.size;
  }

  function typeColour(id) {
    const colour = data.typeColours[data.actors[id].type] || data.typeColours.other;
    return { background: colour, border: "#ffffff", highlight: { background: colour, border: "#222222" } };
  }

  function colourBy(mode) {
    const updates = Array.from(drawn, (id) => {
      const record = nodeRecords.get(id);
      if (mode !== "community") return { id, color: record.color || typeColour(id) };
      const group = data.actors[id].community;
      const colour = group === null || group === undefined ? "#bab0ac" : GROUP_COLOURS[group % GROUP_COLOURS.length];
      return { id, color: { background: colour, border: "#ffffff", highlight: { background: colour, border: "#222222" } } };
    });
    nodes.update(updates);
  }

  /* Each group of allies with three or more drawn actors becomes one node, sized by its members. */
  function collapseGroups() {
    expandGroups();
    const members = new Map();
    for (const id of drawn) {
      const group = data.actors[id].community;
      if (group === null || group === undefined || nodes.get(id).hidden) continue;
      if (!members.has(group)) members.set(group, []);
      members.get(group).push(id);
    }
    for (const [group, ids] of members) {
      if (ids.length < 3) continue;
      const lead = ids.reduce((x, y) => (data.actors[y].degree > data.actors[x].degree ? y : x));
      const colour = GROUP_COLOURS[group % GROUP_COLOURS.length];
      const clusterId = `group:${group}`;
      const inside = new Set(ids);
      network.cluster({
        joinCondition: (options) => inside.has(options.id),
        clusterNodeProperties: {
          id: clusterId,
          label: `${data.actors[lead].label} and ${ids.length - 1} allies`,
          shape: "dot",
          value: ids.length * 4,
          color: { background: colour, border: "#222222" },
          title: `Group of ${ids.length} allies: ${ids.map((id) => data.actors[id].label).slice(0, 12).join(", ")}`,
        },
      });
      collapsed.push(clusterId);
    }
    return collapsed.length;
  }

  function expandGroups() {
    for (const clusterId of collapsed) if (network.isCluster(clusterId)) network.openCluster(clusterId);
    collapsed = [];
  }

  /* --- wiring ------------------------------------------------------------------------- */

  const datalist = byId("gk-actor-list");
  const listed = Object.values(data.actors).sort((a, b) => a.label.localeCompare(b.label));
  for (const actor of listed) {
    const option = el("option");
    option.value = actor.label;
    if (actor.code) option.label = actor.code;
    datalist.append(option);
  }
  byId("gk-search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search(byId("gk-search").value);
  });
  const filters = byId("gk-filters");
  filters.addEventListener("input", applyFilters);
  filters.addEventListener("change", applyFilters);
  filters.addEventListener("submit", (event) => event.preventDefault());
  // The reset event fires before the inputs change back.
  filters.addEventListener("reset", () => setTimeout(applyFilters, 0));
  byId("gk-freeze").addEventListener("click", () => setFrozen(!frozen));
  if (months.length) {
    byId("gk-slider-from").addEventListener("input", onSlider);
    byId("gk-slider-to").addEventListener("input", onSlider);
    byId("gk-play").addEventListener("click", () => play());
    // a date typed by hand leaves the slider's months
    for (const box of [byId("gk-from"), byId("gk-to")]) box.addEventListener("change", () => {
      stopPlaying();
      const from = byId("gk-from").value || months[0];
      byId("gk-window").textContent = `${from} to ${byId("gk-to").value || months[months.length - 1]}`;
    });
    filters.addEventListener("reset", () => {
      stopPlaying();
      setTimeout(() => setWindow(0, months.length - 1), 0);
    });
  }
  const view = byId("gk-view");
  view.addEventListener("submit", (event) => event.preventDefault());
  byId("gk-top-n").addEventListener("change", (event) => setDrawn(event.target.value));
  byId("gk-colour").addEventListener("change", (event) => colourBy(event.target.value));
  byId("gk-collapse").addEventListener("change", (event) => (event.target.checked ? collapseGroups() : expandGroups()));
  network.on("click", (params) => {
    if (params.nodes.length) {
      if (network.isCluster(params.nodes[0])) {
        network.openCluster(params.nodes[0]);
        collapsed = collapsed.filter((id) => id !== params.nodes[0]);
        return;
      }
      showActor(params.nodes[0]);
      return;
    }
    const edgeId = nearestEdge(params.pointer.canvas);
    if (edgeId !== null) selectEdge(edgeId);
    else {
      network.unselectAll();
      clearPanel();
    }
  });
  // The places come from Python and physics is off: the page is ready once it has drawn.
  performance.mark("graphkit:wired");
  fill();
  performance.mark("graphkit:filled");
  network.once("afterDrawing", () => {
    firstDraw = performance.now();
    onSettled();
  });
  if (!nodes.length) onSettled();

  /* For tests and for scripting from the console. */
  window.graphkit = Object.freeze({
    network,
    nodes,
    edges,
    get ready() {
      return ready;
    },
    get frozen() {
      return frozen;
    },
    counts: () => ({
      nodes: nodes.get({ filter: (n) => !n.hidden }).length,
      edges: edges.get({ filter: (e) => !e.hidden }).length,
    }),
    selectEdge,
    selectNode,
    search,
    nearestEdge,
    get drawn() {
      return Array.from(drawn);
    },
    get firstDraw() {
      return firstDraw;
    },
    get complete() {
      return complete;
    },
    get playing() {
      return playing !== null;
    },
    applyFilters,
    setWindow,
    play,
    setDrawn,
    colourBy,
    collapseGroups,
    expandGroups,
  });
})();
