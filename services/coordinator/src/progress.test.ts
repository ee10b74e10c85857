import { Throughput } from "./progress";

const T0 = 1_700_000_000_000;
const MIN = 60_000;

describe("Throughput.videosPerHour", () => {
  test("is 0 before any video is generated", () => {
    expect(new Throughput(T0).videosPerHour(T0 + 5 * MIN)).toBe(0);
  });

  test("is measured since the start while the run is younger than the window", () => {
    const tp = new Throughput(T0);
    tp.recordGenerated(T0 + 1 * MIN);
    tp.recordGenerated(T0 + 2 * MIN);
    tp.recordGenerated(T0 + 3 * MIN);
    // 3 videos in 3 minutes = 60 per hour.
    expect(tp.videosPerHour(T0 + 3 * MIN)).toBeCloseTo(60, 9);
    // Same 3 videos, asked 3 minutes later: 3 in 6 minutes = 30 per hour.
    expect(tp.videosPerHour(T0 + 6 * MIN)).toBeCloseTo(30, 9);
  });

  test("only counts the last 10 minutes once the run is older than that", () => {
    const tp = new Throughput(T0);
    tp.recordGenerated(T0 + 1 * MIN);
    tp.recordGenerated(T0 + 15 * MIN);
    // Only the second is inside [5 min, 15 min]: 1 per 10 minutes = 6 per hour.
    expect(tp.videosPerHour(T0 + 15 * MIN)).toBeCloseTo(6, 9);
  });

  test("a video exactly at the window's edge still counts; one millisecond later it does not", () => {
    const tp = new Throughput(T0);
    tp.recordGenerated(T0 + 1 * MIN);
    expect(tp.videosPerHour(T0 + 11 * MIN)).toBeCloseTo(6, 9);
    expect(tp.videosPerHour(T0 + 11 * MIN + 1)).toBe(0);
  });

  test("a steady rate over a long run reads as that rate", () => {
    const tp = new Throughput(T0);
    for (let m = 1; m <= 30; m++) tp.recordGenerated(T0 + m * MIN);
    // Window [20 min, 30 min] holds the videos of minutes 20..30: 11 per 10 minutes = 66 per hour.
    expect(tp.videosPerHour(T0 + 30 * MIN)).toBeCloseTo(66, 9);
  });

  test("asked at the very start (no time elapsed) the rate is 0, not infinite", () => {
    const tp = new Throughput(T0);
    tp.recordGenerated(T0);
    expect(tp.videosPerHour(T0)).toBe(0);
  });

  test("finished items do not count as generated videos", () => {
    const tp = new Throughput(T0);
    tp.recordFinished(T0 + MIN);
    expect(tp.videosPerHour(T0 + 2 * MIN)).toBe(0);
  });
});

describe("Throughput.etaSeconds", () => {
  test("is 0 when nothing remains, whatever the rate", () => {
    const tp = new Throughput(T0);
    expect(tp.etaSeconds(0, T0 + MIN)).toBe(0);
    expect(tp.etaSeconds(-3, T0 + MIN)).toBe(0);
  });

  test("is -1 (unknown) while no item has finished", () => {
    const tp = new Throughput(T0);
    tp.recordGenerated(T0 + MIN); // generated but not finished
    expect(tp.etaSeconds(5, T0 + 2 * MIN)).toBe(-1);
  });

  test("is -1 at the very start (no time elapsed)", () => {
    const tp = new Throughput(T0);
    tp.recordFinished(T0);
    expect(tp.etaSeconds(5, T0)).toBe(-1);
  });

  test("divides what remains by the finish rate", () => {
    const tp = new Throughput(T0);
    tp.recordFinished(T0 + 30_000);
    // 1 item per 60 s so far; 10 left → 600 s.
    expect(tp.etaSeconds(10, T0 + MIN)).toBeCloseTo(600, 6);
    tp.recordFinished(T0 + MIN);
    // 2 items per 60 s; 10 left → 300 s.
    expect(tp.etaSeconds(10, T0 + MIN)).toBeCloseTo(300, 6);
  });

  test("becomes unknown again when the last finish falls out of the window (the fleet stalled)", () => {
    const tp = new Throughput(T0);
    tp.recordFinished(T0 + MIN);
    // At 11 min the finish at 1 min is on the window's edge: 1 per 10 min, 2 left → 1200 s.
    expect(tp.etaSeconds(2, T0 + 11 * MIN)).toBeCloseTo(1200, 6);
    expect(tp.etaSeconds(2, T0 + 11 * MIN + 1)).toBe(-1);
  });

  test("follows the fleet: a recent speed-up shows once old finishes leave the window", () => {
    const tp = new Throughput(T0);
    // Slow at first: 1 item per 5 minutes for 20 minutes.
    for (const m of [5, 10, 15, 20]) tp.recordFinished(T0 + m * MIN);
    // Then fast: 10 items in minute 21..30.
    for (let m = 21; m <= 30; m++) tp.recordFinished(T0 + m * MIN);
    // Window [20 min, 30 min]: the item at 20 plus the 10 fast ones = 11 per 10 min; 11 left → 600 s.
    expect(tp.etaSeconds(11, T0 + 30 * MIN)).toBeCloseTo(600, 6);
  });

  test("generated videos alone do not make an ETA", () => {
    const tp = new Throughput(T0);
    for (let m = 1; m <= 5; m++) tp.recordGenerated(T0 + m * MIN);
    expect(tp.etaSeconds(1, T0 + 5 * MIN)).toBe(-1);
  });
});
