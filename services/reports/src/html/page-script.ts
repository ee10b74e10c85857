/**
 * The run page's only script: the video grid. It unpacks the items from the data block
 * (grid-data.ts: JSON, gzip, base64; DecompressionStream is in every browser since 2023), filters them by label, state and a search text, sorts them by any score, and
 * renders one page of cards at a time, so the DOM holds at most one page (≤ 200 cards) whatever
 * the run's size. Cards are built with createElement and textContent only, never from markup
 * strings, so no prompt can become HTML here. Paths come checked from the server (inside the run
 * folder); the script only percent-encodes their segments, as relativeHref does.
 * It runs under the page's CSP by hash; the JSON block is data, not script, so the CSP does not
 * apply to it. The script is plain ES2017 so any current browser runs it untranspiled.
 */
export const RUN_PAGE_SCRIPT = `
(async function () {
  "use strict";
  var block = document.getElementById("grid-data");
  var grid = document.getElementById("grid");
  if (!block || !grid) return;
  var data;
  try {
    var bytes = Uint8Array.from(atob(block.textContent || ""), function (c) { return c.charCodeAt(0); });
    var unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    data = JSON.parse(await new Response(unpacked).text());
  } catch (err) {
    grid.textContent = "This browser could not unpack the list of videos (" + err + "); report.json beside this page has every item.";
    return;
  }
  var items = data.items || [];
  var $ = function (id) { return document.getElementById(id); };
  var selects = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
  var sortSel = $("sort"), sizeSel = $("page-size"), search = $("search");
  var first = $("first"), prev = $("prev"), next = $("next"), last = $("last"), pageText = $("page"), shown = $("shown");
  var state = { page: 0, order: null };
  var orders = {};
  var hay = null;
  var labelAt = {};
  (data.labels || []).forEach(function (l, i) { labelAt[l] = String(i); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function num(v) { return String(Number(v.toFixed(4))); }
  // As relativeHref on the server, which already refused paths that are absolute or climb out.
  function href(path) { return "./" + path.split("/").map(encodeURIComponent).join("/"); }
  function keyOf(it) { return it.key !== undefined ? it.key : it.kp + it.p; }
  function labelOf(it, name) {
    var l = labelAt[name];
    return it.lb && it.lb[l] !== undefined ? data.strings[it.lb[l]] : undefined;
  }

  // Sorted index lists are cached per sort key: switching back and forth costs nothing.
  function sorted(key) {
    if (orders[key]) return orders[key];
    var idx = items.map(function (_, i) { return i; });
    if (key) {
      var m = key.slice(1), dir = key.charAt(0) === "-" ? -1 : 1;
      idx = idx.filter(function (i) { return items[i].sc && items[i].sc[m] !== undefined; });
      idx.sort(function (a, b) { return dir * (items[a].sc[m] - items[b].sc[m]) || a - b; });
      var have = {};
      idx.forEach(function (i) { have[i] = true; });
      // Items without the score go last, in report order.
      for (var i = 0; i < items.length; i++) if (!have[i]) idx.push(i);
    }
    orders[key] = idx;
    return idx;
  }

  function matches(it) {
    for (var s = 0; s < selects.length; s++) {
      var sel = selects[s], want = sel.value;
      if (!want) continue;
      var what = sel.getAttribute("data-filter");
      // The state's select is marked apart: a benchmark may well have a label named "state".
      var v = sel.getAttribute("data-kind") === "state" ? data.states[it.st] : labelOf(it, what);
      if (typeof v !== "string") return false;
      if (v !== want && v.split(",").indexOf(want) < 0) return false;
    }
    return true;
  }

  function haystack(i) {
    if (!hay) hay = [];
    if (hay[i] === undefined) {
      var it = items[i], lb = it.lb || {};
      hay[i] = [it.p, keyOf(it), it.id].concat(Object.keys(lb).map(function (k) { return data.strings[lb[k]]; })).join("\\n").toLowerCase();
    }
    return hay[i];
  }

  function refilter() {
    var q = search ? search.value.trim().toLowerCase() : "";
    state.order = sorted(sortSel ? sortSel.value : "").filter(function (i) {
      return matches(items[i]) && (!q || haystack(i).indexOf(q) >= 0);
    });
    state.page = 0;
    render();
  }

  function card(it) {
    var c = el("div", "card" + (data.states[it.st] === "failed" ? " failed" : ""));
    c.setAttribute("data-task", it.id);
    c.setAttribute("data-state", data.states[it.st]);
    if (data.players && it.v) {
      var v = el("video"), poster = it.img ? href(it.img) : null;
      v.controls = true;
      v.setAttribute("playsinline", "");
      // With a poster only the frame loads until play; without one the browser reads the metadata to show a frame.
      v.preload = poster ? "none" : "metadata";
      if (poster) v.poster = poster;
      v.src = href(it.v);
      c.appendChild(v);
      var link = el("div", "meta"), a = el("a");
      a.href = href(it.v);
      a.textContent = it.v;
      link.appendChild(a);
      c.appendChild(link);
    }
    c.appendChild(el("div", "prompt", it.p));
    var meta = keyOf(it) + " #" + it.n + " · seed " + it.seed + " · " + data.states[it.st] + " · node " + (it.node !== undefined ? data.strings[it.node] : "-") + (it.dev !== undefined ? " (" + data.strings[it.dev] + ")" : "");
    c.appendChild(el("div", "meta", meta + (it.att ? " · " + it.att + " attempts" : "")));
    var lb = it.lb || {};
    var labels = Object.keys(lb).map(function (k) { return data.labels[k] + ": " + data.strings[lb[k]]; });
    if (labels.length) c.appendChild(el("div", "meta", labels.join(" · ")));
    var sc = it.sc || {};
    var scores = Object.keys(sc).map(function (k) { return data.metrics[k] + "=" + num(sc[k]); });
    if (scores.length) c.appendChild(el("div", "scores", scores.join(" · ")));
    if (it.err) c.appendChild(el("div", "err", it.err));
    if (it.par || it.epar) {
      var d = el("details", "params");
      d.appendChild(el("summary", "", "parameters"));
      var lines = (it.par || []).map(function (p) { return "generation " + p[0] + ": " + p[1]; })
        .concat((it.epar || []).map(function (p) { return "evaluation " + p[0] + ": " + p[1]; }));
      d.appendChild(el("pre", "", lines.join("\\n")));
      c.appendChild(d);
    }
    return c;
  }

  function render() {
    var size = Number(sizeSel ? sizeSel.value : 100) || 100;
    var total = state.order.length;
    var pages = Math.max(1, Math.ceil(total / size));
    if (state.page >= pages) state.page = pages - 1;
    var from = state.page * size;
    var frag = document.createDocumentFragment();
    state.order.slice(from, from + size).forEach(function (i) { frag.appendChild(card(items[i])); });
    // Replacing the children drops the previous page's players, so the DOM never grows.
    grid.replaceChildren(frag);
    if (shown) shown.textContent = String(total);
    if (pageText) pageText.textContent = total ? "page " + (state.page + 1) + " of " + pages + " (" + (from + 1) + "–" + Math.min(total, from + size) + ")" : "no video matches";
    var atFirst = state.page === 0, atLast = state.page >= pages - 1;
    [first, prev].forEach(function (b) { if (b) b.disabled = atFirst; });
    [next, last].forEach(function (b) { if (b) b.disabled = atLast; });
    grid.setAttribute("data-page", String(state.page + 1));
  }

  selects.forEach(function (s) { s.addEventListener("change", refilter); });
  if (sortSel) sortSel.addEventListener("change", refilter);
  if (sizeSel) sizeSel.addEventListener("change", function () { state.page = 0; render(); });
  if (search) search.addEventListener("input", refilter);
  if (prev) prev.addEventListener("click", function () { state.page--; render(); });
  if (next) next.addEventListener("click", function () { state.page++; render(); });
  if (first) first.addEventListener("click", function () { state.page = 0; render(); });
  // render() clamps the page to the last one there is.
  if (last) last.addEventListener("click", function () { state.page = Infinity; render(); });
  refilter();
  // For tests and the benchmark: the first page is on screen and the controls work.
  grid.setAttribute("data-ready", "1");
})();
`;
