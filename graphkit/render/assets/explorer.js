/* graphkit explorer: filters, search, tooltips and evidence panels over a vis-network graph.
 * The graph arrives as JSON (see graphkit/render/html.py). Article text is data: it reaches
 * the page only through textContent and vis-network's text tooltips, never as markup. */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("graphkit-data").textContent);
  const byId = (id) => document.getElementById(id);
  const panel = byId("gk-panel");
  // The actors drawn: the best connected at first; the search brings others in with their neighbours.
  // Only what is drawn goes into vis-network's data sets: hidden items would still weigh on its layout.
  const drawn = new Set(data.drawn);
  const nodeRecords = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeRecords = new Map(data.edges.map((e) => [e.id, e]));
  const bothDrawn = (rel) => drawn.has(rel.source) && drawn.has(rel.target);
  const nodes = new vis.DataSet(data.nodes.filter((n) => drawn.has(n.id)));
  const edges = new vis.DataSet(data.edges.filter((e) => bothDrawn(data.relations[e.id])));
  const network = new vis.Network(byId("gk-network"), { nodes, edges }, data.options);
  const MODALITIES = ["asserted", "hedged", "speculative", "negated"];
  let ready = false;
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
    };
  }

  /* The evidence of a relation that the filter lets through; a date bound drops undated sentences. */
  function passing(rel, filter) {
    return rel.evidence.filter(
      (ev) =>
        filter.modalities.has(ev.modality || "asserted") &&
        (filter.from === null || (ev.date && ev.date >= filter.from)) &&
        (filter.to === null || (ev.date && ev.date <= filter.to)),
    );
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
      `${evidence.length} of ${rel.evidence.length} sentences` +
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
    return `${actor.label}${kind ? ` (${kind})` : ""}\n${actor.mentions} mentions, ${actor.degree} sentences in relations`;
  }

  function applyFilters() {
    const filter = currentFilter();
    const active = new Set();
    const edgeUpdates = [];
    let edgeCount = 0;
    for (const [id, rel] of Object.entries(data.relations)) {
      if (!bothDrawn(rel)) continue;
      const evidence = visibleEvidence(rel, filter);
      const visible = evidence.length >= filter.minCount;
      if (visible) {
        active.add(rel.source);
        active.add(rel.target);
        edgeCount += 1;
      }
      edgeUpdates.push({ id, hidden: !visible, width: edgeWidth(evidence.length), title: edgeTooltip(rel, evidence) });
    }
    // Drawn actors with no relation at all stay; actors whose relations are all filtered out go.
    const nodeUpdates = Array.from(drawn, (id) => ({
      id,
      hidden: !(active.has(id) || data.actors[id].degree === 0),
      title: nodeTooltip(id),
    }));
    edges.update(edgeUpdates);
    nodes.update(nodeUpdates);
    const nodeCount = nodeUpdates.filter((n) => !n.hidden).length;
    byId("gk-status").textContent = `${nodeCount} actors, ${edgeCount} relations shown`;
    if (shown && shown.kind === "relation") showRelation(shown.id);
    if (shown && shown.kind === "actor") showActor(shown.id);
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
      const n = visibleEvidence(rel, filter).length;
      if (n < filter.minCount) continue;
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
    const parts = [
      el("h2", `${a} ${arrow(rel)} ${b}`),
      el("p", `${rel.relation} \u00b7 ${data.classes[rel.quad_class]} \u00b7 CAMEO ${rel.cameo}`, "gk-muted"),
      el("p", `${evidence.length} of ${rel.evidence.length} sentences pass the filters`, "gk-muted"),
    ];
    const list = el("ul");
    list.className = "gk-evidence-list";
    for (const ev of evidence) {
      const item = el("li", null, "gk-evidence");
      item.append(sentenceWithTrigger(ev.sentence, ev.trigger));
      const meta = el("div", null, "gk-muted");
      const page = Number.isInteger(ev.page) ? `p. ${ev.page}` : null;
      const facts = [ev.outlet, ev.date, page].filter(Boolean).join(" \u00b7 ");
      if (facts) meta.append(facts + " ");
      meta.append(el("span", ev.modality || "asserted", `gk-modality gk-modality-${ev.modality || "asserted"}`));
      if (ev.attributed_to) meta.append(el("span", ` said by ${ev.attributed_to}`, "gk-said-by"));
      if (typeof ev.confidence === "number") meta.append(` \u00b7 confidence ${ev.confidence.toFixed(2)}`);
      item.append(meta);
      const href = safeUrl(ev.url);
      if (href) {
        const link = el("a", ev.title || href);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        item.append(link);
      } else if (ev.title || ev.url) {
        item.append(el("div", ev.title || ev.url, "gk-muted"));
      }
      list.append(item);
    }
    parts.push(list);
    panel.replaceChildren(...parts);
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
    const placed = ring.map((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      return { ...nodeRecords.get(n), x: centre.x + 150 * Math.cos(angle), y: centre.y + 150 * Math.sin(angle) };
    });
    if (!drawn.has(id)) placed.push({ ...nodeRecords.get(id), x: centre.x, y: centre.y });
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
  network.on("click", (params) => {
    if (params.nodes.length) {
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
  network.once("stabilizationIterationsDone", onSettled);
  network.once("stabilized", onSettled);
  if (!data.nodes.length) onSettled();
  applyFilters();

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
    applyFilters,
  });
})();
