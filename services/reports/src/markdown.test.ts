import { ItemState, RunState, pb } from "../../common/src/proto";
import { buildReport } from "./build";
import { escapeMarkdown, MD_EXTREMES_N, MD_FAILURES_LISTED, MD_ITEMS_LISTED, renderMarkdown } from "./markdown";

const T0 = Date.UTC(2025, 0, 1);
const NOW = new Date(T0 + 60_000);

function report(state: RunState) {
  const run = pb.RunRecord.create({
    runId: "r-1", name: "mini | demo", benchmark: "vbench", state, outputDir: "/out/r-1", createdAtMs: T0,
    finishedAtMs: state === RunState.RUN_STATE_COMPLETED ? T0 + 30_000 : 0,
    generatorBackend: "synthetic", evaluatorBackend: "cpu-metrics",
  });
  const items = [
    pb.ItemRecord.create({
      taskId: "t-1", itemKey: "cat", prompt: "a cat | a dog\nsecond line <script>x</script> [l](http://e)",
      seed: 42, state: ItemState.ITEM_STATE_DONE, node: "n1", deviceUuid: "GPU-1", backend: "synthetic",
      output: { path: "tf/cat-0.mp4", sha256: "abc", sizeBytes: 10 },
      genTimings: { publishedAtMs: T0, startedAtMs: T0 + 1000, finishedAtMs: T0 + 5000, backendMs: 4000 },
      scores: { temporal_flickering: 0.95 }, labels: { dimension: "temporal_flickering" },
    }),
    pb.ItemRecord.create({
      taskId: "t-2", itemKey: "dog", prompt: "a dog", seed: 43, state: ItemState.ITEM_STATE_DONE, node: "n1",
      deviceUuid: "GPU-1", backend: "synthetic", output: { path: "tf/dog-0.mp4" },
      scores: { temporal_flickering: 0.85 }, labels: { dimension: "temporal_flickering" },
    }),
    pb.ItemRecord.create({
      taskId: "t-3", itemKey: "eel", prompt: "an eel", state: ItemState.ITEM_STATE_FAILED, backend: "synthetic",
      errors: [{ code: "backend_failed", message: "exit 1:\nTraceback | x", node: "n2", deviceUuid: "GPU-2", attempt: 3 }],
    }),
  ];
  return buildReport(run, items, { now: NOW });
}

/** Pipes that split cells: not preceded by an odd number of backslashes. */
function cellSeparators(line: string): number {
  return (line.match(/(?<!\\)(?:\\\\)*\|/g) ?? []).length;
}

describe("renderMarkdown", () => {
  const md = renderMarkdown(report(RunState.RUN_STATE_COMPLETED));

  it("renders the summary, counts, metrics, groups, nodes and items", () => {
    expect(md).toContain("# FrameFleet report: mini \\| demo\n");
    expect(md).toContain("| run id | r-1 |");
    expect(md).toContain("| 3 | 0 | 0 | 0 | 0 | 2 | 1 |");
    expect(md).toContain("| temporal_flickering | 0.9000 | 0.8500 | 0.9500 | 2 |");
    expect(md).toContain("## Metrics by dimension");
    expect(md).toContain("| temporal_flickering | temporal_flickering | 0.9000 | 0.8500 | 0.9500 | 2 |");
    expect(md).toContain("| n1 | 2 | 4.0 |");
    expect(md).toContain("| t-2 | dog | a dog | 43 | 0 | done | n1 | GPU-1 | tf/dog-0.mp4 | 0.8500 |");
    expect(md).not.toContain("Partial report");
  });

  it("lists failures with their errors", () => {
    expect(md).toContain("## Failures (1)");
    expect(md).toContain("| t-3 | eel | 3 | n2 | GPU-2 | backend_failed | exit 1: Traceback \\| x |");
  });

  it("escapes untrusted prompts so they stay inside their cell", () => {
    expect(md).toContain("| a cat \\| a dog second line \\<script\\>x\\</script\\> \\[l\\](http://e) |");
    // Every row of a table has as many cell separators as its header.
    const blocks = md.split("\n\n").map((b) => b.split("\n").filter((l) => l.startsWith("|")));
    for (const rows of blocks.filter((b) => b.length > 0)) {
      const expected = cellSeparators(rows[0] as string);
      for (const row of rows) expect(cellSeparators(row)).toBe(expected);
    }
  });

  it("flags a partial report", () => {
    expect(renderMarkdown(report(RunState.RUN_STATE_RUNNING))).toContain("> **Partial report**: the run is still running");
  });
});

describe("escapeMarkdown", () => {
  it("keeps a trailing backslash from escaping the cell separator", () => {
    expect(escapeMarkdown("end\\")).toBe("end\\\\");
    expect(cellSeparators(`| ${escapeMarkdown("end\\")} | x |`)).toBe(3);
  });

  it("removes line breaks and control characters", () => {
    // ESC is shown (as \x1b, its backslash escaped for Markdown), never written raw.
    expect(escapeMarkdown("a\r\nb\rc\u2028d\u001b[31me\u009b")).toBe("a b c d\\\\x1b\\[31me\\\\x9b");
  });
});

describe("renderMarkdown of a large run", () => {
  /** n done items with a flicker score i/n, every 10th failed with an error; labels with a value per item. */
  function large(n: number) {
    const run = pb.RunRecord.create({ runId: "r-big", name: "big", benchmark: "vbench", state: RunState.RUN_STATE_COMPLETED, outputDir: "/out/r-big", createdAtMs: T0, finishedAtMs: T0 + 1 });
    const items = Array.from({ length: n }, (_, i) =>
      pb.ItemRecord.create({
        taskId: `t-${String(i).padStart(5, "0")}`, itemKey: `k-${String(i).padStart(5, "0")}`, prompt: `prompt ${i}`,
        state: i % 10 === 9 ? ItemState.ITEM_STATE_FAILED : ItemState.ITEM_STATE_DONE,
        scores: { temporal_flickering: i / n, width: 64 }, labels: { caption: `caption ${i}`, dimension: i % 2 ? "a" : "b" },
        errors: i % 10 === 9 ? [{ code: i % 20 === 19 ? "backend_failed" : "output_invalid", message: `boom ${i}`, attempt: 1 }] : [],
      }),
    );
    return renderMarkdown(buildReport(run, items, { now: NOW }));
  }

  it("lists items one per line up to the cap", () => {
    const md = large(MD_ITEMS_LISTED);
    expect(md.split("\n").filter((l) => /^\| t-\d{5} \| k-\d{5} \| prompt /.test(l))).toHaveLength(MD_ITEMS_LISTED);
    expect(md).not.toContain("## Highest and lowest");
  });

  it("above the cap says so, lists no item line, and gives the highest and lowest per varying metric", () => {
    const md = large(5000);
    expect(md).toContain(`## Items (5000)\n\nreport.md lists items one per line only up to ${MD_ITEMS_LISTED}; this run has 5000.`);
    expect(md.split("\n").filter((l) => /^\| t-\d{5} \| k-\d{5} \| prompt /.test(l))).toHaveLength(0);
    expect(md).toContain(`## Highest and lowest ${MD_EXTREMES_N} per metric (done items)`);
    expect(md).toContain("| temporal_flickering | highest 1 | t-04998 | k-04998 | 0 | 0.9996 |");
    expect(md).toContain("| temporal_flickering | lowest 1 | t-00000 | k-00000 | 0 | 0.0000 |");
    // width is 64 everywhere: no highest or lowest.
    expect(md).not.toMatch(/^\| width \| highest/m);
    expect(md.split("\n").filter((l) => /^\| temporal_flickering \| (highest|lowest) /.test(l))).toHaveLength(2 * MD_EXTREMES_N);
  });

  it("caps the failures, with a count per final error code, and a label with too many values", () => {
    const md = large(5000);
    expect(md).toContain("## Failures (500)");
    expect(md).toContain("| output_invalid | 250 |");
    expect(md).toContain("| backend_failed | 250 |");
    expect(md).toContain(`The first ${MD_FAILURES_LISTED} failed items with their errors`);
    expect(md.split("\n").filter((l) => /^\| t-\d{5} \| k-\d{5} \| 1 \|/.test(l))).toHaveLength(MD_FAILURES_LISTED);
    expect(md).toMatch(/## Metrics by caption\n\n4500 values, more than the 50 report.md lists/);
    expect(md).toContain("| a | temporal_flickering |");
    // A summary: the length does not follow the number of items.
    expect(md.split("\n").length).toBeLessThan(400);
  });
});
