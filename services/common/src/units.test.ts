import { FleetErrorCode } from "./errors";
import { formatDuration, parseDurationMs, parseSizeMiB } from "./units";
import { thrown } from "./testing/rejection";

describe("parseDurationMs", () => {
  test.each([
    ["30s", 30_000],
    ["10m", 600_000],
    ["2h", 7_200_000],
    ["1d", 86_400_000],
    ["1500ms", 1500],
    ["1h30m", 5_400_000],
    ["1m30s", 90_000],
    ["1h0m5s250ms", 3_605_250],
    ["1.5s", 1500],
    ["0.25m", 15_000],
    ["0s", 0],
    [" 45s ", 45_000],
    ["1500", 1500],
    ["0", 0],
  ])("%j → %d ms", (text, ms) => {
    expect(parseDurationMs(text)).toBe(ms);
  });

  test("a number is already milliseconds", () => {
    expect(parseDurationMs(2500)).toBe(2500);
    expect(parseDurationMs(0)).toBe(0);
  });

  test("fractions of a millisecond are rounded", () => {
    expect(parseDurationMs("1.0006s")).toBe(1001);
  });

  test.each(["", "   ", "soon", "30x", "s", "-5s", "30 s", "1h 30m", "1h30", "30s!", "1.s", ".5s", "5sms", "1e3"])(
    "%j is rejected naming the field and the value",
    (text) => {
      const e = thrown(() => parseDurationMs(text, "worker.ack_wait"));
      expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
      expect(e.message).toBe(`worker.ack_wait: "${text}" is not a duration such as 30s, 10m or 1500ms`);
    },
  );

  test("negative and non-finite numbers are rejected", () => {
    expect(() => parseDurationMs(-1, "t")).toThrow('t: "-1" is not a duration');
    expect(() => parseDurationMs(Number.NaN, "t")).toThrow('t: "NaN" is not a duration');
    expect(() => parseDurationMs(Infinity, "t")).toThrow('t: "Infinity" is not a duration');
  });

  test("the field defaults to 'duration'", () => {
    expect(() => parseDurationMs("x")).toThrow(/^duration: "x"/);
  });
});

describe("parseSizeMiB", () => {
  test.each([
    ["80GiB", 81920],
    ["1GiB", 1024],
    ["80G", 81920],
    ["80g", 81920],
    ["1.5GiB", 1536],
    ["500MiB", 500],
    ["500M", 500],
    ["81920", 81920],
    ["1TiB", 1_048_576],
    ["80 GiB", 81920],
    [" 2gib ", 2048],
    // Decimal units: 1 GB = 1e9 bytes = 953.67 MiB; 500 MB = 476.84 MiB.
    ["1GB", 954],
    ["80GB", 76294],
    ["500MB", 477],
    ["0", 0],
  ])("%j → %d MiB", (text, mib) => {
    expect(parseSizeMiB(text)).toBe(mib);
  });

  test("GB and GiB differ", () => {
    expect(parseSizeMiB("10GiB") - parseSizeMiB("10GB")).toBe(10240 - 9537);
  });

  test("a number is already MiB", () => {
    expect(parseSizeMiB(40960)).toBe(40960);
  });

  test.each(["", "lots", "80XB", "GiB", "-1GiB", "1KiB", "80GiB80", "1,5GiB"])("%j is rejected naming the field and the value", (text) => {
    const e = thrown(() => parseSizeMiB(text, "worker.memory_margin"));
    expect(e.code).toBe(FleetErrorCode.CONFIG_INVALID);
    expect(e.message).toBe(`worker.memory_margin: "${text}" is not a size such as 80GiB or 40960MiB`);
  });

  test("negative and non-finite numbers are rejected", () => {
    expect(() => parseSizeMiB(-1)).toThrow('size: "-1" is not a size');
    expect(() => parseSizeMiB(Infinity)).toThrow('size: "Infinity" is not a size');
  });
});

describe("formatDuration", () => {
  test.each([
    [0, "0s"],
    [499, "0s"],
    [500, "1s"],
    [59_400, "59s"],
    [59_500, "1m00s"],
    [61_000, "1m01s"],
    [3_599_000, "59m59s"],
    [3_600_000, "1h00m"],
    [5_400_000, "1h30m"],
    [90_000_000, "25h00m"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test("negative or non-finite durations are unknown", () => {
    expect(formatDuration(-1)).toBe("?");
    expect(formatDuration(Number.NaN)).toBe("?");
    expect(formatDuration(Infinity)).toBe("?");
  });
});
