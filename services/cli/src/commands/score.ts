/**
 * `framefleet score BENCHMARK --input PATH [--pc FILE] [--prompts FILE] [--json]`: a benchmark's
 * official aggregate from the files its official tools wrote, computed by the same adapter code
 * the aggregator uses for fleet runs. Needs no fleet: it only reads files.
 */
import { resolve } from "node:path";
import { scorerFor, scorerNames, type BenchmarkScorer, type BenchmarkTable, type ScoreFiles } from "../../../benchmarks/src";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { parseFlags, twoColumns, type CommandSpec } from "../../../common/src/flags";
import { renderTable } from "../ui/table";

/** The registered scorers' own file flags (videophy2's --pc, …): flag → the scorers that read it. */
function extraFlags(): Map<string, BenchmarkScorer[]> {
  const out = new Map<string, BenchmarkScorer[]>();
  for (const name of scorerNames()) {
    const s = scorerFor(name) as BenchmarkScorer;
    for (const flag of Object.keys(s.extraFiles ?? {})) out.set(flag, [...(out.get(flag) ?? []), s]);
  }
  return out;
}

const EXTRA = extraFlags();
/** The flags after the benchmark's name, as usage lines show them. */
const FLAGS_USAGE = ["--input PATH", ...[...EXTRA.keys()].map((f) => `[--${f} FILE]`), "[--json]"].join(" ");

export const SCORE_COMMAND: CommandSpec = {
  name: "score",
  summary: "a benchmark's official aggregate from its result files",
  usage: [`BENCHMARK ${FLAGS_USAGE}`],
  positionals: true,
  flags: {
    input: { arg: "PATH", help: "the benchmark's result file or folder (required; per benchmark below)" },
    ...Object.fromEntries(
      [...EXTRA].map(([flag, scorers]) => [flag, { arg: "FILE", help: scorers.map((s) => `${s.name}: ${s.extraFiles?.[flag] ?? ""}`).join("; ") }]),
    ),
    json: { type: "boolean", help: "the aggregate as JSON on stdout" },
  },
  // Computed when help is printed: the benchmarks are the adapters registered in benchmarks/src.
  get notes() {
    return ["Benchmarks and what --input must be:", ...twoColumns(scorerNames().map((n) => [n, scorerFor(n)?.inputHelp ?? ""] as const), 16)];
  },
};

function usage(): string {
  return `usage: framefleet score <${scorerNames().join("|")}> ${FLAGS_USAGE} (framefleet help score says more)`;
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
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `name one benchmark\n${usage()}`);
  const scorer = scorerFor(name);
  if (!scorer) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `"${name}" is not a benchmark framefleet scores (known: ${scorerNames().join(", ")})`);
  if (!input) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--input: required: ${scorer.inputHelp}`);
  const given: Record<string, string> = {};
  for (const [flag, scorers] of EXTRA) {
    const value = values[flag] as string | undefined;
    if (value === undefined) continue;
    if (!scorers.includes(scorer)) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--${flag} is for ${scorers.map((s) => s.name).join(", ")} only`);
    given[flag] = resolve(value);
  }
  const files: ScoreFiles = { input: resolve(input), ...(Object.keys(given).length > 0 ? { extra: given } : {}) };
  const result = await scorer.score(files);
  write(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : renderBenchmarkTable(result.table));
}
