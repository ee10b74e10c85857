import { Writable } from "node:stream";
import { ProgressView } from "./progress";
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
    const view = new ProgressView(out, { plainIntervalMs: 5000, now: () => now });
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
