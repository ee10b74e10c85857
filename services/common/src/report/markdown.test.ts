import { ItemState, RunState, pb } from "../proto";
import { buildReport } from "./build";
import { escapeMarkdown, renderMarkdown } from "./markdown";

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
    expect(escapeMarkdown("a\r\nb\rc\u2028d\u001b[31me")).toBe("a b c d\\[31me");
  });
});
