/**
 * `framefleet score BENCHMARK --input PATH [--pc CSV] [--prompts CSV] [--json]`: a benchmark's
 * official aggregate from the files its official tools wrote, computed by the same adapter code
 * the aggregator uses for fleet runs. Needs no fleet: it only reads files.
 */
import { resolve } from "node:path";
import { scorerFor, scorerNames, type BenchmarkTable, type ScoreFiles } from "../../../common/src/benchmarks";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseFlags, twoColumns, type CommandSpec } from "../../../common/src/flags";
import { renderTable } from "../ui/table";

export const SCORE_COMMAND: CommandSpec = {
  name: "score",
  summary: "a benchmark's official aggregate from its result files",
  usage: ["BENCHMARK --input PATH [--pc CSV] [--prompts CSV] [--json]"],
  positionals: true,
  flags: {
    input: { arg: "PATH", help: "the benchmark's result file or folder (required; per benchmark below)" },
    pc: { arg: "CSV", help: "videophy2: the PC output CSV" },
    prompts: { arg: "CSV", help: "videophy2: the prompt CSV with is_hard (and category, action)" },
    json: { type: "boolean", help: "the aggregate as JSON on stdout" },
  },
  // Computed when help is printed: the benchmarks are the adapters registered in common/src/benchmarks.
  get notes() {
    return ["Benchmarks and what --input must be:", ...twoColumns(scorerNames().map((n) => [n, scorerFor(n)?.inputHelp ?? ""] as const), 16)];
  },
};

function usage(): string {
  return `usage: framefleet score <${scorerNames().join("|")}> --input PATH [--pc CSV] [--prompts CSV] [--json] (framefleet help score says more)`;
}

/** The table as aligned text: cells as the adapter rounded them, "-" for not measured. */
export function renderBenchmarkTable(t: BenchmarkTable): string {
  const out = [t.title, ""];
  if (t.columns.length > 0) {
    out.push(renderTable([...t.columns], t.rows.map((r) => r.map((c) => (c === null ? "-" : typeof c === "number" ? round(c) : c)))), "");
  }
  const headline = Object.entries(t.scores);
  if (headline.length > 0) out.push(renderTable(["SCORE", "VALUE"], headline.map(([k, v]) => [k, v === null ? "-" : round(v)])), "");
  for (const n of t.notes) out.push(`note: ${n}`);
  return `${out.join("\n").trimEnd()}\n`;
}

function round(v: number): string | number {
  return Number.isInteger(v) ? v : String(Number(v.toFixed(4)));
}

export async function scoreCommand(argv: readonly string[], write: (text: string) => void = (t) => process.stdout.write(t)): Promise<void> {
  const { values, positionals } = parseFlags(SCORE_COMMAND, argv);
  const input = values.input as string | undefined;
  const pc = values.pc as string | undefined;
  const prompts = values.prompts as string | undefined;
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `name one benchmark\n${usage()}`);
  const scorer = scorerFor(name);
  if (!scorer) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `"${name}" is not a benchmark framefleet scores (known: ${scorerNames().join(", ")})`);
  if (!input) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--input: required: ${scorer.inputHelp}`);
  if ((pc !== undefined || prompts !== undefined) && name !== "videophy2") {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--pc and --prompts are for videophy2 only`);
  }
  const files: ScoreFiles = {
    input: resolve(input),
    ...(pc !== undefined ? { pc: resolve(pc) } : {}),
    ...(prompts !== undefined ? { prompts: resolve(prompts) } : {}),
  };
  const result = await scorer.score(files);
  write(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : renderBenchmarkTable(result.table));
}
