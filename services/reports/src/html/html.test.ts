import type { ReportItem, RunReport } from "../types";
import { REPORT_SCHEMA } from "../types";
import { buildComparison } from "./compare";
import { escapeHtml, jsonForScript, relativeHref } from "./escape";
import { scriptHash } from "./page";
import { renderCompareHtml, renderCompareMarkdown } from "./render-compare";
import { GRID_DATA_ID, gridData, MAX_FILTER_VALUES, readGridData, type GridData } from "./grid-data";
import { RUN_PAGE_SCRIPT } from "./page-script";
import { formatBenchmarkCell, renderRunHtml } from "./render-run";
import type { Span } from "./svg-charts";
import { buildTimeline, mergeSpans } from "./timeline";

const EVIL = `<img src=x onerror="alert(1)"> & 'quoted' </script><script>alert(2)</script>`;
const T0 = Date.UTC(2025, 0, 1);
const iso = (s: number): string => new Date(T0 + s * 1000).toISOString();

function item(over: Partial<ReportItem>): ReportItem {
  return {
    task_id: "g0", item_key: "k", prompt: "p", seed: 1, sample_index: 0, state: "done", attempts: 1, node: "n1", device: "GPU-1",
    backend: "synthetic", output_path: "videos/a.mp4", sha256: null, size_bytes: null, video: { frames: 17, fps: 8, width: 64, height: 48 },
    durations: { queue_wait_s: 1, generate_s: 2, evaluate_s: 1 }, started_at: iso(0), finished_at: iso(2), scores: {}, labels: {},
    error: null, eval_node: "e1", poster_path: null, params: {}, eval_params: {}, ...over,
  };
}

/** A report shaped like a VBench run's, with hostile strings wherever benchmark files can put text. */
function fixture(over: { name?: string; model?: string; total?: number; tf?: number } = {}): RunReport {
  return {
    schema: REPORT_SCHEMA, final: true, generated_at: iso(100),
    run: {
      run_id: `run-${over.name ?? "a"}`, name: over.name ?? EVIL, benchmark: "vbench", state: "completed", created_at: iso(0), finished_at: iso(100),
      wall_s: 100, output_dir: "/out/run-a", generator_backend: over.model ?? "wan2.2", evaluator_backend: "cpu-metrics",
      spec_yaml: `name: a\nbenchmark: vbench\n# ${EVIL}\n`, base_dir: "/specs",
    },
    counts: { total: 4, queued: 0, running: 0, generated: 0, evaluating: 0, done: 3, failed: 1 },
    benchmark: {
      title: "VBench (official cal_final_score.py)", columns: ["dimension", "type", "raw", "normalized"],
      rows: [["temporal_flickering", "quality", over.tf ?? 0.912345678, 0.5], ["subject_consistency", "quality", null, 0], [EVIL, "semantic", 0.25, 0.1]],
      scores: { total_score: over.total ?? 0.75, quality_score: 0.8, semantic_score: null }, notes: [EVIL], score_columns: ["raw"],
    },
    aggregates: { temporal_flickering: { mean: over.tf ?? 0.9, min: 0.8, max: 1, n: 3 } },
    groups: { dimensions: { scene: { temporal_flickering: { mean: 0.7, min: 0.7, max: 0.7, n: 1 } }, temporal_flickering: { temporal_flickering: { mean: 0.9, min: 0.8, max: 1, n: 3 } } } },
    nodes: [{ node: "n1", items: 3, gpu_seconds: 6 }], backend_loads: [],
    timing: { videos_per_hour: 108, mean_gen_s: 2, mean_eval_s: 1, mean_queue_wait_s: 1 },
    failures: [{ task_id: "g3", item_key: "bad", errors: [{ code: "backend_failed", message: EVIL, node: "n2", device: "GPU-2", attempt: 1 }] }],
    items: [
      item({ task_id: "g0", prompt: EVIL, output_path: "videos/temporal_flickering/a #1 100%.mp4", poster_path: ".previews/g0.jpg", labels: { dimensions: "temporal_flickering,scene" }, scores: { temporal_flickering: 0.9, width: 64 } }),
      item({ task_id: "g1", output_path: "../outside.mp4", started_at: iso(10), finished_at: iso(40), node: "n2", device: "GPU-2", scores: { temporal_flickering: 0.8 }, params: { action: EVIL } }),
      item({ task_id: "g2", output_path: "/etc/passwd", labels: { dimensions: EVIL }, poster_path: "../../etc/poster.jpg", scores: { temporal_flickering: 1 } }),
      item({ task_id: "g3", state: "failed", output_path: null, started_at: null, finished_at: null, node: null, device: null, error: EVIL }),
    ],
  };
}

/** Markup outside text: what a browser would parse as tags or attributes. */
const tags = (html: string): string[] => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

describe("escaping", () => {
  it("escapes the five HTML characters and shows control characters escaped", () => {
    expect(escapeHtml(`<a href="x" title='y'>&\u0007\u001b[2J</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\\x07\\x1b[2J&lt;/a&gt;");
  });

  it("keeps JSON for a script block from closing it", () => {
    const s = jsonForScript({ p: "</script><!-- \u2028" });
    expect(s).not.toMatch(/<|>/);
    expect(JSON.parse(s)).toEqual({ p: "</script><!-- \u2028" });
  });

  it("links only paths inside the folder, percent-encoding each segment", () => {
    expect(relativeHref("videos/a #1 100%.mp4")).toBe("./videos/a%20%231%20100%25.mp4");
    expect(relativeHref("javascript:alert(1)")).toBe("./javascript%3Aalert(1)");
    for (const bad of ["../x.mp4", "a/../../x", "/etc/passwd", "a\\..\\b", "", "a//b", "./a"]) expect(relativeHref(bad)).toBeNull();
  });
});

describe("renderRunHtml", () => {
  const html = renderRunHtml(fixture());
  /** The items' JSON block, parsed as the page script parses it. */
  const data = (page: string): GridData => readGridData(page) as GridData;

  it("never lets a prompt, name, label, note, spec or error become markup", () => {
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    // The page's only executable script is the grid script, allowed by its hash; the data block is JSON.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<script[ >]/g)).toHaveLength(2);
    // Attribute names outside quoted values: an event handler would show up here.
    for (const t of tags(html)) expect(t.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+=/i);
  });

  it("renders the benchmark table cell by cell as report.md rounds them, with each cell's JSON value", () => {
    const table = /<table id="benchmark-table">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    const cells = [...table.matchAll(/<td[^>]*data-value="([^"]*)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    const rows = fixture().benchmark?.rows ?? [];
    expect(cells).toHaveLength(rows.length * 4);
    expect(cells.map(([, text]) => text)).toEqual(rows.flat().map((v) => escapeHtml(formatBenchmarkCell(v))));
    expect(cells[2]).toEqual(["0.912345678", "0.9123"]);
    expect(cells[6]).toEqual(["null", "-"]);
    expect(html).toMatch(/<td class="num" data-value="0.75">0.75<\/td>/);
  });

  it("embeds every item once, packed so that no prompt can break out of the block", () => {
    const block = new RegExp(`<script type="application/gzip" id="${GRID_DATA_ID}" data-encoding="base64">([^]*?)</script>`).exec(html)?.[1] ?? "";
    expect(block).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const d = data(html);
    expect(d.items.map((i) => i.id)).toEqual(["g0", "g1", "g2", "g3"]);
    expect(d.items[0]?.p).toBe(EVIL);
    expect(d.items[3]?.err).toBe(EVIL);
    expect(d.items[1]?.par).toEqual([["action", EVIL]]);
    expect(d.metrics).toEqual(["temporal_flickering", "width"]);
    expect(d.items[0]?.sc).toEqual({ 0: 0.9, 1: 64 });
    expect(d.states).toEqual(["done", "failed"]);
    // Nodes, devices and label values are sent once each and referred to by index.
    expect(d.strings[d.items[1]?.node ?? -1]).toBe("n2");
    expect(d.strings[d.items[1]?.dev ?? -1]).toBe("GPU-2");
    expect(d.strings[d.items[2]?.lb?.[0] ?? -1]).toBe(EVIL);
    expect(new Set(d.strings).size).toBe(d.strings.length);
  });

  it("sends video and poster paths only when they stay inside the run folder", () => {
    const [g0, g1, g2, g3] = data(html).items;
    expect(g0?.v).toBe("videos/temporal_flickering/a #1 100%.mp4");
    expect(g0?.img).toBe(".previews/g0.jpg");
    expect(g1?.v).toBeUndefined();
    expect(g2?.v).toBeUndefined();
    expect(g2?.img).toBeUndefined();
    expect(g3?.v).toBeUndefined();
    expect(html).not.toMatch(/(src|href)="[^"]*(outside|passwd|etc\/poster)/);
    // A recorded poster_path is sent as is when it stays inside the run folder.
    const own = gridData({ ...fixture(), items: [item({ task_id: "g0", poster_path: "videos/.posters/a 1.jpg" })] });
    expect(own.items[0]).toMatchObject({ img: "videos/.posters/a 1.jpg" });
  });

  it("sends an item key that ends with the prompt (VBench: folder/prompt) as its prefix only", () => {
    const d = gridData({ ...fixture(), items: [item({ item_key: "scene/a cat", prompt: "a cat" }), item({ item_key: "k-1", prompt: "a cat" })] });
    expect(d.items.map((i) => [i.kp, i.key])).toEqual([["scene/", undefined], [undefined, "k-1"]]);
  });

  it("offers the label values and the states as filters (comma lists split), and every score as a sort", () => {
    expect(html).toContain('<select data-filter="dimensions" data-kind="label">');
    expect(html).toContain("<option>scene</option>");
    expect(html).toContain("<option>temporal_flickering</option>");
    expect(html).toContain('<select data-filter="state" data-kind="state">');
    expect(html).toContain('<option value="-0">temporal_flickering: highest first</option>');
    expect(html).toContain('<option value="+0">temporal_flickering: lowest first</option>');
  });

  it("leaves a label with more values than a dropdown can take to the search box", () => {
    const many = fixture();
    many.items = Array.from({ length: MAX_FILTER_VALUES + 1 }, (_, i) => item({ task_id: `t${i}`, labels: { caption: `caption ${i}`, split: "a" } }));
    const d = gridData(many);
    expect(d.labels).toEqual(["caption", "split"]);
    expect(d.filters).toEqual([["split", ["a"]]]);
  });

  it("has a histogram per metric, galleries, charts of the score column only, a timeline and the failures", () => {
    expect(html).toContain('aria-label="temporal_flickering distribution"');
    // A metric with one value everywhere is a line, not a one-bar chart.
    expect(html).not.toContain('aria-label="width distribution"');
    expect(html).toContain('<li data-metric="width">width = 64 (all 1)</li>');
    expect(html).toContain('aria-label="temporal_flickering by dimensions"');
    expect(html).toContain('aria-label="VBench (official cal_final_score.py): raw"');
    expect(html).not.toContain(": normalized");
    expect(html).toMatch(/<details class="gallery" data-metric="temporal_flickering" open>/);
    expect(html).toMatch(/n1 · GPU-1 \(\d+%\)/);
    expect(html).toMatch(/n2 · GPU-2 \(\d+%\)/);
    expect(html).toMatch(/<section id="failures"><h2>Failures \(1\)/);
    expect(html).toContain("backend_failed");
    expect(html).toMatch(/<nav class="toc">.*href="#videos"/);
  });

  it("shows the spec as submitted, its folder, and the per-item parameters, escaped", () => {
    expect(html).toContain(`<pre id="spec">name: a\nbenchmark: vbench\n# ${escapeHtml(EVIL)}\n</pre>`);
    expect(html).toContain("<td>/specs</td>");
    expect(html).toMatch(/Per-item generation parameters<\/h3><table><thead>[^]*<td>action<\/td><td class="num">1<\/td><td>1<\/td>/);
  });

  it("allows exactly its own script by hash and loads nothing from the network", () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    expect(script).toBe(RUN_PAGE_SCRIPT);
    expect(html).toContain(`script-src ${escapeHtml(scriptHash(script))}`);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, "")).not.toMatch(/https?:\/\//);
  });

  it("without the run folder there are no players, links or posters, and a note says where they are", () => {
    const away = renderRunHtml(fixture(), { inRunFolder: false });
    const d = data(away);
    expect(d.players).toBe(false);
    expect(d.items.some((i) => i.v !== undefined || i.img !== undefined)).toBe(false);
    expect(away).not.toContain("<img");
    expect(away).toContain("Videos play in the run folder");
  });
});

describe("buildTimeline", () => {
  it("bins finishes into videos per hour and sums busy time per device", () => {
    const t = buildTimeline(fixture());
    expect(t?.totalMs).toBe(40_000);
    expect(t?.lanes).toEqual([
      { lane: "n1 · GPU-1", busyPct: (100 * 4000) / 40_000 },
      { lane: "n2 · GPU-2", busyPct: (100 * 30_000) / 40_000 },
    ]);
    // Three finishes: the sum over bins of (videos/h × bin hours) is 3.
    expect(t?.columns.reduce((s, c) => s + (c.value * (t?.binMs ?? 0)) / 3_600_000, 0)).toBeCloseTo(3, 9);
  });

  it("draws a lane's back-to-back videos as one block: 5,000 items do not make 5,000 rects", () => {
    const spans = Array.from({ length: 5000 }, (_, i) => ({ lane: "n1 · GPU-1", startMs: i * 1000, endMs: i * 1000 + 990, hint: `v${i}` }));
    const t = buildTimeline({ ...fixture(), items: spans.map((s, i) => item({ task_id: `t${i}`, started_at: iso(s.startMs / 1000), finished_at: iso(s.endMs / 1000) })) });
    expect(t?.spans).toHaveLength(1);
    expect(t?.spans[0]).toMatchObject({ startMs: 0, endMs: 4_999_990, hint: expect.stringMatching(/^5000 videos, /) });
    // A gap wider than a thousandth of the run splits blocks; a lone span keeps its own hint.
    const [a, b] = spans as [Span, Span];
    expect(mergeSpans([a, { ...b, startMs: 5000, endMs: 6000 }], 1000).map((s) => s.hint)).toEqual(["v0", "v1"]);
    expect(mergeSpans([b, a], 10)).toEqual([{ lane: "n1 · GPU-1", startMs: 0, endMs: 1990, hint: "2 videos, 2.0 s" }]);
  });

  it("is null before anything was generated", () => {
    const r = fixture();
    r.items = r.items.map((i) => ({ ...i, started_at: null, finished_at: null }));
    expect(buildTimeline(r)).toBeNull();
  });
});

describe("comparison", () => {
  const a = fixture({ name: "a", model: "wan2.2", total: 0.7, tf: 0.9 });
  const b = fixture({ name: "b", model: "sana-wm", total: 0.8, tf: 0.85 });

  it("ranks by the first headline score, with deltas to the first run", () => {
    const cmp = buildComparison([a, b]);
    expect(cmp.rows.map((r) => r.model)).toEqual(["sana-wm", "wan2.2"]);
    const sana = cmp.rows[0];
    expect(sana?.deltas["score:total_score"]).toBeCloseTo(0.1, 12);
    expect(sana?.deltas["dimension:temporal_flickering"]).toBeCloseTo(-0.05, 12);
    expect(sana?.values["score:semantic_score"]).toBeNull();
    expect(sana?.deltas["score:semantic_score"]).toBeNull();
    expect(cmp.rows[1]?.deltas["score:total_score"]).toBe(0);
  });

  it("with baseline best, the best run of a column has delta 0 and the others are below", () => {
    const cmp = buildComparison([a, b], "best");
    const wan = cmp.rows.find((r) => r.model === "wan2.2");
    expect(wan?.deltas["score:total_score"]).toBeCloseTo(-0.1, 12);
    expect(wan?.deltas["metric:temporal_flickering"]).toBe(0);
  });

  it("renders HTML with escaped names and Markdown with one row per run", () => {
    const evil = fixture({ model: EVIL });
    const html = renderCompareHtml(buildComparison([evil, b]));
    expect(html).not.toContain("<img");
    expect(html).toContain('<table id="leaderboard">');
    expect(html).toMatch(/data-key="score:total_score" data-value="0.8">0.8 <small>\(\+0.05\)<\/small>/);
    const md = renderCompareMarkdown(buildComparison([a, b]));
    expect(md.split("\n").filter((l) => /^\| \d/.test(l))).toHaveLength(2);
    expect(md).toContain("(+0.1)");
  });
});
