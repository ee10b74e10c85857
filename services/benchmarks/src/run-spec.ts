/**
 * Run specs: the YAML a user writes to start a run. Parsed and validated here, with one error line
 * per bad field naming its path, so the user fixes everything in one go. The part every run has
 * is checked here; each benchmark adapter checks its own section (named after the benchmark).
 * docs/run-spec.md documents every field.
 */
import { z } from "zod";
import { CONTROL_RULE, controlCharProblem, describeCodePoint, findControlChar } from "../../common/src/encoding";
import { FleetErrorCode, ValidationError } from "../../common/src/errors";
import { IdRule, SCHED_NAME, SCHED_NAME_RULE } from "../../common/src/ids";
import { DEFAULT_MAX_ATTEMPTS } from "../../common/src/outcome/attempts";
import { parseDurationMs } from "../../common/src/units";
import { parseYamlText } from "../../common/src/yaml-text";

const backendName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, "must be lower-case letters, digits, '_' or '-' (it names a NATS subject)");

const durationRange = z.union([z.string(), z.number()]).transform((v, ctx): SimulatedTime => {
  // "2s" or "1s-4s": a range gives each item its own deterministic simulated time.
  const parts = typeof v === "number" ? [v] : v.split(/(?<=[a-z\d])-(?=\d)/);
  try {
    const ms = parts.map((p) => parseDurationMs(p));
    const min = ms[0] as number;
    const max = (ms[1] ?? min) as number;
    if (ms.length > 2 || max < min) throw new Error("bad range");
    return { minMs: min, maxMs: max };
  } catch {
    ctx.addIssue({ code: "custom", message: `"${v}" is not a duration (2s) or a range (1s-4s)` });
    return z.NEVER;
  }
});

const durationMs = z.union([z.string(), z.number()]).transform((v, ctx) => {
  try {
    return parseDurationMs(v);
  } catch {
    ctx.addIssue({ code: "custom", message: `"${v}" is not a duration (e.g. 1500ms, 2s)` });
    return z.NEVER;
  }
});

/**
 * Lognormal times, as real generation times are (a few long prompts, many short ones): each
 * item's time is median·exp(sigma·z), z drawn from its seed, clamped to [min, max].
 */
const lognormalTime = z
  .object({
    median: durationMs,
    sigma: z.number().min(0).max(3),
    min: durationMs.optional(),
    max: durationMs.optional(),
  })
  .strict()
  .transform((o, ctx): SimulatedTime => {
    const minMs = o.min ?? 0;
    const maxMs = o.max ?? Number.MAX_SAFE_INTEGER;
    if (maxMs < minMs) {
      ctx.addIssue({ code: "custom", message: "max must not be below min" });
      return z.NEVER;
    }
    return { minMs, maxMs, medianMs: o.median, sigma: o.sigma };
  });

// One schema per form, chosen by the value's type, so an error names what is wrong with the form
// the user wrote rather than "invalid input" for a union.
const simulatedTime = z.unknown().transform((v, ctx): SimulatedTime => {
  const r = typeof v === "object" && v !== null ? lognormalTime.safeParse(v) : durationRange.safeParse(v);
  if (r.success) return r.data;
  for (const i of r.error.issues) ctx.addIssue({ code: "custom", message: i.message, path: i.path });
  return z.NEVER;
});

/** Simulated GPU time per item: a uniform range, or lognormal when medianMs/sigma are set. */
export interface SimulatedTime {
  readonly minMs: number;
  readonly maxMs: number;
  readonly medianMs?: number;
  readonly sigma?: number;
}

const even = (what: string) =>
  z.number().int().min(16).max(8192).refine((n) => n % 2 === 0, `${what} must be even (H.264 with yuv420p needs even sizes)`);

export const runSpecSchema = z
  .object({
    name: z.string().min(1, "must not be empty").max(80),
    benchmark: z.string().min(1),
    /** Fixed run id (resume / re-submit the same run); generated from the name when absent. */
    run_id: z.string().regex(IdRule.RUN.pattern, "lower-case letters, digits, '_' and '-'").optional(),
    seed: z.number().int().min(0).max(2 ** 31 - 1).default(42),
    samples_per_prompt: z.number().int().min(1).max(1000).default(1),
    /**
     * Scheduling (docs/run-spec.md, "Sharing the fleet"): a priority class of the coordinator
     * (coordinator.priority_classes: high, normal, low by default) or an integer (higher first);
     * who runs it and their team (default: the submitter's, FRAMEFLEET_OWNER/FRAMEFLEET_TEAM);
     * the run's weight against the team's other runs. None of them changes the run's id.
     */
    priority: z.union([z.string().regex(SCHED_NAME, SCHED_NAME_RULE), z.number().int().min(-1000).max(1000)]).optional(),
    owner: z.string().regex(SCHED_NAME, SCHED_NAME_RULE).optional(),
    team: z.string().regex(SCHED_NAME, SCHED_NAME_RULE).optional(),
    share: z.number().positive().max(1000).optional(),
    video: z
      .object({
        frames: z.number().int().min(2).max(100_000),
        fps: z.number().positive().max(240),
        width: even("width"),
        height: even("height"),
      })
      .strict(),
    generator: z
      .object({
        backend: backendName,
        params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
        /** Synthetic/noop backends only: simulated GPU time per video, "2s", "1s-4s" or {median, sigma}. */
        simulated_time: simulatedTime.optional(),
        /** Attempts for real failures (OOM hand-backs do not count). */
        max_attempts: z.number().int().min(1).max(50).default(DEFAULT_MAX_ATTEMPTS),
      })
      .strict(),
    evaluation: z
      .object({
        backend: backendName,
        /** Metrics for every video, replacing the ones the benchmark names per video. */
        metrics: z.array(z.string().min(1)).min(1, "list at least one metric").optional(),
        /** Of the metrics the benchmark names per video, compute only these (what this evaluator can). */
        only: z.array(z.string().min(1)).optional(),
        /** Metrics computed on every video besides the benchmark's own (e.g. video_check). */
        plus: z.array(z.string().min(1)).optional(),
        max_attempts: z.number().int().min(1).max(50).default(DEFAULT_MAX_ATTEMPTS),
      })
      .strict()
      .optional(),
  })
  .passthrough();

export type RunSpec = z.output<typeof runSpecSchema>;

/** Where the spec came from, for error messages and relative paths. */
export interface SpecSource {
  /** Shown in errors: a file path or "request". */
  readonly name: string;
  /** Folder relative paths in the spec are resolved against. */
  readonly baseDir: string;
}

export function zodIssues(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((i) => {
    const path = [prefix, ...i.path.map(String)].filter((p) => p !== "").join(".") || "(root)";
    return `${path}: ${i.message}`;
  });
}

/**
 * What is wrong with a submitted spec's text as text, before it is YAML: a replacement character,
 * which is what invalid UTF-8 becomes on its way through the API (the CLI refuses such a file
 * itself, naming the byte), or a raw control character. Each named by line and character. Checked
 * at submit only (validateRunSpec): a stored spec accepted before these rules must still load.
 */
export function specTextIssues(yamlText: string): string[] {
  const issues: string[] = [];
  const lines = yamlText.split("\n");
  const fffd = lines.findIndex((l) => l.includes("\uFFFD"));
  if (fffd >= 0) {
    const column = Array.from((lines[fffd] as string).slice(0, (lines[fffd] as string).indexOf("\uFFFD"))).length + 1;
    issues.push(
      `line ${fffd + 1}, character ${column}: U+FFFD (the replacement character): the spec was not valid UTF-8 when it was sent (invalid bytes arrive as U+FFFD) ` +
        `or holds U+FFFD itself; save the spec as UTF-8 (framefleet submit names the bad byte)`,
    );
  }
  const c = findControlChar(yamlText);
  if (c) issues.push(`line ${c.line}, character ${c.column}: ${describeCodePoint(c.codePoint)}; ${CONTROL_RULE}`);
  return issues;
}

/**
 * Stage 1 of validation: YAML syntax (duplicate keys and alias bombs are errors) and a mapping at
 * the top. Nothing else can be checked without it, so this one throws on its own.
 */
export function readSpecDocument(yamlText: string, source: SpecSource): Record<string, unknown> {
  const parsed = parseYamlText(yamlText);
  if (!parsed.ok) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, parsed.issues);
  const raw: unknown = parsed.value;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, ["(root): must be a YAML mapping with name, benchmark, video and generator"]);
  }
  return raw as Record<string, unknown>;
}

/**
 * Control characters that YAML escapes (`"\0"`, `"\x1b"`, `"\N"`) put into the spec's values and
 * keys, one issue per field, named by its path: prompts become file names and model inputs.
 */
export function valueTextIssues(value: unknown, path: readonly (string | number)[] = []): string[] {
  const name = (p: readonly (string | number)[]) => p.map(String).join(".") || "(root)";
  if (typeof value === "string") {
    const problem = controlCharProblem(value);
    return problem ? [`${name(path)}: ${problem}`] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => valueTextIssues(v, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => {
      const problem = controlCharProblem(k);
      return [...(problem ? [`${name([...path, k])}: the key ${problem}`] : []), ...valueTextIssues(v, [...path, k])];
    });
  }
  return [];
}

/** The fields every run has, checked without throwing: the spec when they are valid, else one issue per bad field. */
export function commonSpecIssues(raw: Record<string, unknown>): { readonly spec?: RunSpec; readonly issues: string[] } {
  const parsed = runSpecSchema.safeParse(raw);
  return parsed.success ? { spec: parsed.data, issues: [] } : { issues: zodIssues(parsed.error) };
}

/**
 * Parses YAML text into a spec whose common fields are valid. The adapter section is validated
 * by the adapter: use `validateRunSpec` (benchmarks/index.ts) to check everything at once.
 */
export function parseRunSpec(yamlText: string, source: SpecSource): RunSpec {
  const { spec, issues } = commonSpecIssues(readSpecDocument(yamlText, source));
  if (!spec) throw new ValidationError(FleetErrorCode.SPEC_INVALID, `run spec ${source.name}`, issues);
  return spec;
}
