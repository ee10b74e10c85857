/**
 * `framefleet score BENCHMARK --input PATH [--pc CSV] [--prompts CSV] [--json]`: a benchmark's
 * official aggregate from the files its official tools wrote, computed by the same adapter code
 * the aggregator uses for fleet runs. Needs no fleet: it only reads files.
 */
import { parseArgs } from "node:util";
import { resolve } from "node:path";
import { scorerFor, scorerNames, type BenchmarkTable, type ScoreFiles } from "../../../common/src/benchmarks";
import { FleetError, FleetErrorCode } from "../../../common/src/errors";
import { renderTable } from "../ui/table";

function usage(): string {
  const lines = scorerNames().map((n) => `  ${n.padEnd(16)} ${scorerFor(n)?.inputHelp ?? ""}`);
  return `usage: framefleet score <${scorerNames().join("|")}> --input PATH [--pc CSV] [--prompts CSV] [--json]\n${lines.join("\n")}`;
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
  let parsed: { values: { input?: string; pc?: string; prompts?: string; json?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        input: { type: "string" },
        pc: { type: "string" },
        prompts: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `${(err as Error).message}\n${usage()}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    write(`${usage()}\n`);
    return;
  }
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `name one benchmark\n${usage()}`);
  const scorer = scorerFor(name);
  if (!scorer) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `"${name}" is not a benchmark framefleet scores (known: ${scorerNames().join(", ")})`);
  if (!values.input) throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--input: required: ${scorer.inputHelp}`);
  if ((values.pc !== undefined || values.prompts !== undefined) && name !== "videophy2") {
    throw new FleetError(FleetErrorCode.CONFIG_INVALID, `--pc and --prompts are for videophy2 only`);
  }
  const files: ScoreFiles = {
    input: resolve(values.input),
    ...(values.pc !== undefined ? { pc: resolve(values.pc) } : {}),
    ...(values.prompts !== undefined ? { prompts: resolve(values.prompts) } : {}),
  };
  const result = await scorer.score(files);
  write(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : renderBenchmarkTable(result.table));
}
