/**
 * `npm run bench [-- SCENARIO ...]`: runs benchmark scenarios against a real local fleet, prints
 * their figures and writes bench/results/<scenario>.json. Scenarios run one after another (each
 * needs the whole machine); `--repeat N` runs each N times and keeps every run plus the median.
 */
import { dispatch } from "./dispatch";
import { drain } from "./drain";
import { fairness } from "./fairness";
import { makespan } from "./makespan";
import { peers } from "./peers";
import { planning } from "./planning";
import { report } from "./report";
import { scale } from "./scale";
import { median, round, writeResult } from "./lib/harness";

type Scenario = () => Promise<Record<string, unknown>>;

const SCENARIOS: Record<string, Scenario> = {
  makespan,
  dispatch,
  drain,
  scale,
  report,
  planning,
  fairness,
  peers,
};

async function main(argv: string[]): Promise<void> {
  let repeat = 1;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--repeat") repeat = Number(argv[++i]);
    else if (a === "--help" || a === "-h") {
      console.log(`usage: npm run bench [-- [--repeat N] [${Object.keys(SCENARIOS).join("|")} ...]]`);
      return;
    } else names.push(a);
  }
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error("--repeat takes a whole number >= 1");
  const unknown = names.filter((n) => !SCENARIOS[n]);
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(", ")}; scenarios: ${Object.keys(SCENARIOS).join(", ")}`);
  for (const name of names.length > 0 ? names : Object.keys(SCENARIOS)) {
    const runs: Record<string, unknown>[] = [];
    for (let r = 0; r < repeat; r++) {
      console.log(`[bench] ${name}${repeat > 1 ? ` (${r + 1}/${repeat})` : ""} ...`);
      const t = Date.now();
      const result = await (SCENARIOS[name] as Scenario)();
      console.log(`[bench] ${name} took ${round((Date.now() - t) / 1000, 1)} s`);
      runs.push(result);
      printFigures(result);
    }
    const path = writeResult(name, repeat > 1 ? { ...medians(runs), runs } : (runs[0] as Record<string, unknown>));
    console.log(`[bench] wrote ${path}`);
  }
}

/** The median of every numeric top-level field over the runs (the figures docs/performance.md quotes). */
function medians(runs: readonly Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = { repeats: runs.length };
  for (const [k, v] of Object.entries(runs[0] ?? {})) {
    out[k] = typeof v === "number" ? round(median(runs.map((r) => r[k] as number)), 4) : v;
  }
  return out;
}

function printFigures(result: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(result)) {
    if (typeof v === "number" || typeof v === "string") console.log(`  ${k.padEnd(34)} ${v}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`[bench] failed: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
