import { Writable } from "node:stream";
import { FieldPriority } from "./fit-fields";
import { DEFAULT_COLUMNS, ProgressView, plainLine, ttyLines } from "./progress";
import type { ProgressSnapshot } from "./progress";

/** A stand-in for stdout that records what is written; never a real terminal. */
class FakeOut extends Writable {
  readonly chunks: string[] = [];
  constructor(
    readonly isTTY: boolean,
    readonly columns = 80,
  ) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join("");
  }
}

function snap(over: Partial<ProgressSnapshot> = {}): ProgressSnapshot {
  return { label: "mini (r-1)", total: 10, done: 2, failed: 0, running: 3, generated: 5, etaS: 300, videosPerHour: 12, ...over };
}

const ANSI = /\u001b\[/;

describe("ProgressView on a terminal", () => {
  it("draws two bars with counts, percent and ETA, then redraws in place", () => {
    const out = new FakeOut(true, 80);
    const view = new ProgressView(out);
    view.update(snap());
    const first = out.text;
    expect(first).not.toContain("\u001b[3A"); // nothing to move over yet
    expect(first).toContain("mini (r-1)  running 3  12.0 videos/h  ETA 5m00s");
    expect(first).toMatch(/generated \[█+░+\]  5\/10   50%/);
    expect(first).toMatch(/evaluated \[█+░+\]  2\/10   20%/);

    view.update(snap({ done: 3, failed: 1 }));
    const second = out.chunks[1] ?? "";
    expect(second.startsWith("\u001b[3A")).toBe(true);
    expect(second.match(/\r\u001b\[2K/g)).toHaveLength(3);
    expect(second).toMatch(/evaluated \[█+░+\]  3\/10   30%  1 failed/);
  });

  it("skips identical frames and keeps lines within the terminal width", () => {
    const out = new FakeOut(true, 30);
    const view = new ProgressView(out);
    view.update(snap({ label: "a very long label that does not fit in thirty columns" }));
    view.update(snap({ label: "a very long label that does not fit in thirty columns" }));
    expect(out.chunks).toHaveLength(1);
    for (const line of out.text.split("\n")) {
      const visible = line.replace(/\r|\u001b\[\d*[A-Z]/g, "");
      expect([...visible].length).toBeLessThan(30);
    }
  });

  it("draws the final frame and ignores updates after finish", () => {
    const out = new FakeOut(true);
    const view = new ProgressView(out);
    view.update(snap());
    view.finish(snap({ done: 10, generated: 10, running: 0, etaS: null }));
    view.update(snap());
    expect(out.chunks).toHaveLength(2);
    expect(out.chunks[1]).toMatch(/evaluated \[█+\] 10\/10  100%/);
    expect(out.chunks[1]).not.toContain("ETA");
  });
});

describe("ProgressView elsewhere", () => {
  it("prints plain lines without escape codes, only on change, at most once per interval", () => {
    let now = 0;
    const out = new FakeOut(false);
    // Wide enough for every field: this test is about when lines are printed, not their width.
    const view = new ProgressView(out, { plainIntervalMs: 5000, now: () => now, columns: 200 });
    view.update(snap());
    now = 1000;
    view.update(snap({ etaS: 250 })); // only the ETA moved: not a change
    now = 2000;
    view.update(snap({ done: 3 })); // a change, but within the interval
    now = 6000;
    view.update(snap({ done: 3 })); // now due
    now = 20_000;
    view.update(snap({ done: 3 })); // unchanged
    view.finish(snap({ done: 10, generated: 10, running: 0, etaS: null }));
    expect(out.text).not.toMatch(ANSI);
    expect(out.text.split("\n")).toEqual([
      "mini (r-1): generated 5/10 (50%), evaluated 2/10 (20%), failed 0, running 3, 12.0 videos/h, ETA 5m00s",
      "mini (r-1): generated 5/10 (50%), evaluated 3/10 (30%), failed 0, running 3, 12.0 videos/h, ETA 5m00s",
      "mini (r-1): generated 10/10 (100%), evaluated 10/10 (100%), failed 0, running 0, 12.0 videos/h",
      "",
    ]);
  });

  it("always prints the final state, even inside the interval", () => {
    const out = new FakeOut(false);
    const view = new ProgressView(out, { plainIntervalMs: 60_000, now: () => 0 });
    view.update(snap());
    view.update(snap({ done: 4 }));
    view.finish(snap({ done: 5 }));
    view.finish(snap({ done: 6 }));
    expect(out.chunks).toHaveLength(2);
    expect(out.chunks[1]).toContain("evaluated 5/10");
  });

  it("does not repeat a final state that is already printed", () => {
    const out = new FakeOut(false);
    const view = new ProgressView(out);
    view.update(snap());
    view.finish(snap({ etaS: null }));
    expect(out.chunks).toHaveLength(1);
  });
});


describe("fitting the width", () => {
  /** A 5,000-video sweep as watchRun labels it. */
  const sweep = (over: Partial<ProgressSnapshot> = {}): ProgressSnapshot => ({
    label: "vbench-sweep (vbench-sweep-3fa9c2d1) running",
    shortLabel: "vbench-sweep-3fa9c2d1 running",
    total: 5000,
    done: 1234,
    failed: 0,
    running: 48,
    generated: 2345,
    etaS: 3 * 3600 + 25 * 60,
    videosPerHour: 1480.4,
    ...over,
  });
  const KEPT = [/vbench-sweep-3fa9c2d1 running: /, /2345\/5000/, /1234\/5000/, /, ETA 3h25m$/];

  test("wide: every field, in order", () => {
    expect(plainLine(sweep(), 200)).toBe(
      "vbench-sweep (vbench-sweep-3fa9c2d1) running: generated 2345/5000 (46%), evaluated 1234/5000 (24%), failed 0, running 48, 1480.4 videos/h, ETA 3h25m",
    );
  });

  test("80 columns (the default): the run id, state, both counts and the ETA, nothing cut", () => {
    expect(DEFAULT_COLUMNS).toBe(80);
    expect(plainLine(sweep())).toBe("vbench-sweep-3fa9c2d1 running: gen 2345/5000, eval 1234/5000, ETA 3h25m");
    expect(plainLine({ ...snap(), label: "demo (demo-f1564726) running", shortLabel: "demo-f1564726 running", total: 24, generated: 12, done: 11, etaS: 10 })).toBe(
      "demo-f1564726 running: generated 12/24 (50%), evaluated 11/24 (45%), ETA 10s",
    );
  });

  test.each([80, 76, 72, 66, 60])("at %i columns it fits and keeps run, state, counts and ETA", (columns) => {
    const line = plainLine(sweep(), columns);
    expect([...line].length).toBeLessThanOrEqual(columns);
    for (const re of KEPT.slice(1)) expect(line).toMatch(re);
    // The run id gives way last, and only its end: its state stays.
    expect(line).toMatch(columns >= 72 ? (KEPT[0] as RegExp) : /^vbench-\S*… running: /);
  });

  /** The widest width at which `text` is no longer in the line. */
  function goneAt(s: ProgressSnapshot, text: string): number {
    for (let columns = 300; columns > 0; columns--) if (!plainLine(s, columns).includes(text)) return columns;
    throw new Error(`${text} never went`);
  }

  test("what gives way first: throughput, running, a zero failed count, the name, percentages, long count names", () => {
    const s = sweep();
    const order = ["1480.4 videos/h", "/h,", "running 48", "failed 0", "vbench-sweep (", "(46%)", "generated"].map((t) => goneAt(s, t));
    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(new Set(order).size).toBe(order.length);
    // Both counts shorten together.
    expect(goneAt(s, "(24%)")).toBe(goneAt(s, "(46%)"));
    expect(goneAt(s, "evaluated")).toBe(goneAt(s, "generated"));
  });

  test("failures are kept longer than the name and the percentages", () => {
    const s = sweep({ failed: 7 });
    expect(goneAt(s, "failed 7")).toBeLessThan(goneAt(s, "(46%)"));
    expect(goneAt(s, "failed 7")).toBeLessThan(goneAt(s, "vbench-sweep ("));
    expect(plainLine(s, 100)).toBe("vbench-sweep-3fa9c2d1 running: generated 2345/5000, evaluated 1234/5000, failed 7, ETA 3h25m");
  });

  test("a note joins with its priority: here after a zero failed count and before the name", () => {
    const hint = { text: "ETA limited by evaluation", shorter: [{ text: "eval-bound", at: FieldPriority.HINT }], dropAt: FieldPriority.HINT - 1 };
    const s = sweep({ notes: [hint] });
    expect(plainLine(s, 300)).toMatch(/, ETA 3h25m, ETA limited by evaluation$/);
    expect(goneAt(s, "failed 0")).toBeGreaterThan(goneAt(s, "ETA limited by evaluation"));
    expect(goneAt(s, "eval-bound")).toBeGreaterThan(goneAt(s, "vbench-sweep ("));
    const line = plainLine(s, 80);
    expect([...line].length).toBeLessThanOrEqual(80);
    for (const re of KEPT) expect(line).toMatch(re);
  });

  test("too narrow for anything but the essentials: the line is cut, never wider", () => {
    const line = plainLine(sweep(), 30);
    expect([...line].length).toBe(30);
    expect(line.endsWith("…")).toBe(true);
  });

  test("the TTY header stays below the terminal width, keeping run, state and ETA", () => {
    expect(ttyLines(sweep(), 200)[0]).toBe("vbench-sweep (vbench-sweep-3fa9c2d1) running  running 48  1480.4 videos/h  ETA 3h25m");
    expect(ttyLines(sweep(), 80)[0]).toBe("vbench-sweep (vbench-sweep-3fa9c2d1) running  running 48  1480/h  ETA 3h25m");
    for (const columns of [60, 45, 40]) {
      const [header] = ttyLines(sweep(), columns) as [string];
      expect([...header].length).toBeLessThan(columns);
      expect(header).toMatch(/^vbench-sweep.* running {2}ETA 3h25m$/);
    }
  });

  test("ProgressView fits plain lines to the output's columns when it has them, else 80", () => {
    const wide = new FakeOut(false, 200);
    new ProgressView(wide).update(sweep());
    expect(wide.text).toContain("1480.4 videos/h");
    const log = new FakeOut(false, 0);
    new ProgressView(log).update(sweep());
    expect(log.text).toBe("vbench-sweep-3fa9c2d1 running: gen 2345/5000, eval 1234/5000, ETA 3h25m\n");
  });
});

describe("ProgressView: the ETA's bottleneck", () => {
  it("follows the ETA in parentheses when known, on a terminal and in plain lines", () => {
    const tty = new FakeOut(true, 100);
    new ProgressView(tty).update(snap({ bottleneck: "evaluation" }));
    expect(tty.text).toContain("ETA 5m00s (evaluation)");
    const plain = new FakeOut(false);
    new ProgressView(plain).update(snap({ bottleneck: "generation" }));
    expect(plain.text).toContain("ETA 5m00s (generation)");
    const unknown = new FakeOut(false);
    new ProgressView(unknown).update(snap({ bottleneck: null }));
    expect(unknown.text).toContain("ETA 5m00s\n");
  });
});
