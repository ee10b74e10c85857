/**
 * The live page's HTML and script. The script builds every cell with textContent, so run, node
 * and device names (from specs and adverts) are never parsed as markup.
 */
import { escapeHtml, renderPage } from "../../../reports/src";

/** How often the page asks for /api/runs, ms. */
export const LIVE_POLL_MS = 2000;

const SCRIPT = `
(function () {
  "use strict";
  var POLL_MS = ${LIVE_POLL_MS};
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function row(cells, numeric) {
    var tr = el("tr");
    cells.forEach(function (c, i) {
      var td = c instanceof Node ? el("td") : el("td", c === null || c === undefined || c === "" ? "-" : c);
      if (c instanceof Node) td.appendChild(c);
      if (numeric && numeric.indexOf(i) >= 0) td.className = "num";
      tr.appendChild(td);
    });
    return tr;
  }
  function fill(id, rows) {
    var body = document.getElementById(id);
    while (body.firstChild) body.removeChild(body.firstChild);
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function duration(s) {
    if (s === null || s === undefined) return "unknown";
    s = Math.round(s);
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    return (h ? h + "h " : "") + (h || m ? m + "m " : "") + sec + "s";
  }
  function bar(fraction) {
    var outer = el("span", null, "progress");
    var inner = el("span");
    inner.style.width = Math.max(0, Math.min(100, fraction * 100)).toFixed(1) + "%";
    outer.appendChild(inner);
    return outer;
  }
  function progressCell(r) {
    var c = r.counters, span = el("span");
    span.appendChild(bar(c.total ? (c.done + c.failed) / c.total : 0));
    span.appendChild(document.createTextNode(" " + (c.done + c.failed) + "/" + c.total));
    return span;
  }
  function render(view) {
    fill("runs-body", view.runs.map(function (r) {
      var c = r.counters;
      var eta = r.finished ? "-" : duration(r.eta_s) + (r.eta_bottleneck ? " (" + r.eta_bottleneck + ")" : "");
      var tr = row([r.name, r.run_id, r.benchmark, r.state, progressCell(r), c.running, c.evaluating, c.failed,
        eta, r.videos_per_hour === null ? "-" : r.videos_per_hour.toFixed(1)], [5, 6, 7, 9]);
      tr.setAttribute("data-run", r.run_id);
      return tr;
    }));
    var stuck = [];
    view.runs.forEach(function (r) {
      r.stuck.forEach(function (q) { stuck.push(el("li", r.name + " (" + r.run_id + "): " + q.message)); });
    });
    fill("stuck-list", stuck);
    document.getElementById("stuck").hidden = stuck.length === 0;
    var sharing = view.runs.filter(function (r) { return !r.finished; }).map(function (r) {
      var tr = row([r.name, r.priority, r.owner || "unknown", r.team || "default", r.devices_in_use, r.fair_share.toFixed(1),
        r.admitted, r.waiting, r.waiting_reason], [4, 5, 6, 7]);
      tr.setAttribute("data-run", r.run_id);
      return tr;
    });
    fill("sharing-body", sharing);
    document.getElementById("sharing").hidden = sharing.length === 0;
    var tasks = [];
    view.runs.forEach(function (r) {
      r.running.forEach(function (t) {
        tasks.push(row([r.name, t.kind, t.item_key, t.node, t.device, t.progress === null ? "-" : (t.progress * 100).toFixed(0) + "%", t.stage]));
      });
    });
    fill("tasks-body", tasks);
    var paused = view.nodes.filter(function (n) { return n.paused_reason; }).map(function (n) { return el("li", n.node + ": " + n.paused_reason); });
    fill("paused-list", paused);
    document.getElementById("paused").hidden = paused.length === 0;
    var devices = [];
    view.nodes.forEach(function (n) {
      var state = n.paused_reason ? "paused" : n.state;
      if (n.devices.length === 0) devices.push(row([n.node, n.role, state, "-", "-", "-", "-", "-", "-"]));
      n.devices.forEach(function (d) {
        var tr = row([n.node, n.role, state, d.uuid + (d.name ? " (" + d.name + ")" : ""), d.free_mib + " / " + d.total_mib,
          d.foreign_mib, d.utilisation_pct === null ? "-" : d.utilisation_pct + "%", d.loaded_backend,
          d.running_task_id ? (d.running_item_key ? d.running_run_id + " / " + d.running_item_key : d.running_task_id) + (d.progress === null ? "" : " " + (d.progress * 100).toFixed(0) + "%") : "idle"], [4, 5, 6]);
        tr.setAttribute("data-node", n.node);
        devices.push(tr);
      });
    });
    fill("nodes-body", devices);
    document.getElementById("updated").textContent = "updated " + new Date(view.generated_at).toLocaleTimeString();
    document.getElementById("error").textContent = "";
  }
  function poll() {
    fetch("api/runs", { credentials: "same-origin", cache: "no-store" })
      .then(function (res) {
        if (!res.ok) throw new Error("the coordinator answered " + res.status + (res.status === 401 ? ": open this page with ?token=<api token> again" : ""));
        return res.json();
      })
      .then(render)
      .catch(function (err) { document.getElementById("error").textContent = String(err.message || err); })
      .then(function () { setTimeout(poll, POLL_MS); });
  }
  poll();
})();
`;

function table(id: string, headers: readonly string[]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody id="${id}"></tbody></table>`;
}

/** The page; the data comes from /api/runs (relative, so a path prefix in front of the coordinator keeps working). */
export function renderLivePage(): string {
  const body = [
    `<p class="muted"><span id="updated">loading…</span> · refreshes every ${LIVE_POLL_MS / 1000} s <span id="error" class="err"></span></p>`,
    `<section id="stuck" class="err" hidden><h2>Stuck queues</h2><ul id="stuck-list"></ul></section>`,
    `<section id="paused" class="err" hidden><h2>Paused nodes (taking no new work)</h2><ul id="paused-list"></ul></section>`,
    `<section><h2>Runs</h2>${table("runs-body", ["name", "run id", "benchmark", "state", "progress", "running", "evaluating", "failed", "ETA", "videos/h"])}</section>`,
    `<section id="sharing" hidden><h2>Sharing the fleet (runs in progress)</h2>${table("sharing-body", ["run", "priority", "owner", "team", "devices in use", "fair share", "admitted", "waiting for admission", "why it waits"])}</section>`,
    `<section><h2>Running tasks</h2>${table("tasks-body", ["run", "kind", "item", "node", "device", "progress", "stage"])}</section>`,
    `<section><h2>Nodes and devices</h2>${table("nodes-body", ["node", "role", "state", "device", "free / total MiB", "others' MiB", "GPU use", "loaded backend", "task"])}</section>`,
  ].join("\n");
  return renderPage({ title: "FrameFleet: live", header: "<h1>FrameFleet: runs in progress</h1>", body, script: SCRIPT, csp: ["connect-src 'self'"] });
}
