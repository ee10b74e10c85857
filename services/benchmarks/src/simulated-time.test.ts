import { parseRunSpec } from "./run-spec";
import { simulatedMs, simulatedMsFor } from "./simulated-time";

const spec = (t: string) =>
  parseRunSpec(`name: t\nbenchmark: synthetic\nvideo: { frames: 8, fps: 8, width: 64, height: 48 }\ngenerator: { backend: noop, simulated_time: ${t} }\n`, { name: "t.yaml", baseDir: "/" });

describe("simulated time", () => {
  it("a range spreads items over it by seed", () => {
    const s = spec("1s-3s");
    expect(simulatedMsFor(s, 0)).toBe(1000);
    expect(simulatedMsFor(s, 5000)).toBe(2000);
  });

  it("lognormal draws have the asked median and spread, the same for the same seed", () => {
    const s = spec("{ median: 2s, sigma: 0.5 }");
    const draws = Array.from({ length: 4001 }, (_, i) => simulatedMsFor(s, i * 7919)).sort((a, b) => a - b);
    expect(draws[2000]).toBeGreaterThan(1900);
    expect(draws[2000]).toBeLessThan(2100);
    // log-sd ≈ sigma: the 84th percentile is about median·e^0.5.
    expect((draws[3362] as number) / (draws[2000] as number)).toBeCloseTo(Math.exp(0.5), 1);
    expect(simulatedMsFor(s, 12345)).toBe(simulatedMsFor(s, 12345));
  });

  it("lognormal draws are clamped to min and max", () => {
    const sim = { minMs: 500, maxMs: 600, medianMs: 550, sigma: 3 };
    for (let i = 0; i < 200; i++) {
      const v = simulatedMs(sim, i);
      expect(v).toBeGreaterThanOrEqual(500);
      expect(v).toBeLessThanOrEqual(600);
    }
  });

  it("a bad lognormal spec names the field", () => {
    expect(() => spec("{ median: 2s, sigma: -1 }")).toThrow(/generator\.simulated_time\.sigma/);
    expect(() => spec("{ median: soon, sigma: 1 }")).toThrow(/generator\.simulated_time\.median.*not a duration/);
  });
});
