/**
 * The argv template of a command backend: parsed and checked once, when the config is read, and
 * expanded per task into a plain argv array. Expansion is string substitution inside single
 * argv items, so a value (a prompt full of quotes, `;`, `$(...)`) always stays exactly one
 * item, or part of one, and nothing ever reaches a shell.
 *
 * Syntax: `{name}`, `{input:<role>}` and `{param:<key>}`, each a whole item or embedded in one
 * (`--out={output}`); `{{` and `}}` stand for literal braces. Any other `{` is an error, so a
 * typo such as `{ouput}` fails at startup instead of reaching the script.
 */
import { FleetError, FleetErrorCode, ValidationError } from "../../../../common/src/errors";
import type { TaskKindName } from "../../backend";

/** Which task kinds may use each argument-less placeholder. */
const PLACEHOLDERS = {
  /** A UTF-8 file holding the prompt, in the task's work dir. */
  prompt_file: "both",
  /** The prompt itself, verbatim, as (part of) one argv item. */
  prompt: "both",
  /** gen: the MP4 file the command must write. */
  output: "gen",
  seed: "gen",
  /** eval: the video to score. */
  video: "eval",
  /** eval: where the command writes `{"metric": number, …}`. */
  scores_file: "eval",
  /** eval: requested metric names, comma-joined. */
  metrics: "eval",
  frames: "both",
  fps: "both",
  width: "both",
  height: "both",
  task_id: "both",
  run_id: "both",
  /** The per-task temporary directory, removed after the task. */
  work_dir: "both",
  /** A JSON object of every task parameter, in the work dir. */
  params_file: "both",
  /** The device's CUDA_VISIBLE_DEVICES value ("" on CPU slots). */
  device: "both",
} as const satisfies Record<string, "gen" | "eval" | "both">;

/** A placeholder without argument, e.g. `{output}`. */
export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** Every argument-less placeholder name, for docs and messages. */
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as readonly PlaceholderName[];

/** One piece of an argv item. */
export type TemplatePart =
  | { readonly t: "text"; readonly text: string }
  | { readonly t: "value"; readonly name: PlaceholderName }
  | { readonly t: "input"; readonly role: string }
  | { readonly t: "param"; readonly key: string };

/** A checked template: a fixed program and argument items made of parts. */
export interface CommandTemplate {
  readonly kind: TaskKindName;
  /** command[0], which can hold no placeholder: load() resolves it before any task exists. */
  readonly program: string;
  readonly args: readonly (readonly TemplatePart[])[];
  /** Placeholders used anywhere, so a task writes only the files the command reads. */
  readonly uses: ReadonlySet<PlaceholderName>;
}

/** Values for one task. Every placeholder in {@link CommandTemplate.uses} must be present. */
export interface TemplateValues {
  readonly values: Readonly<Partial<Record<PlaceholderName, string>>>;
  readonly inputs: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string>>;
}

const KEY_RE = /^[A-Za-z0-9_.-]+$/;

/**
 * Parses `command` for a backend of `kind`. Throws a CONFIG_INVALID {@link ValidationError}
 * listing every bad item (by index and text) when `source` names the config field.
 */
export function parseCommandTemplate(command: readonly string[], kind: TaskKindName, source = "command"): CommandTemplate {
  const issues: string[] = [];
  const uses = new Set<PlaceholderName>();
  const items = command.map((item, i) => {
    const where = `${source}[${i}] ${JSON.stringify(item)}`;
    const parts = parseItem(item, where, issues);
    for (const p of parts) {
      if (p.t === "text") continue;
      if (i === 0) issues.push(`${where}: the program cannot contain a placeholder; it must be a fixed path or a name on PATH`);
      if (p.t !== "value") continue;
      const allowed = PLACEHOLDERS[p.name];
      if (allowed !== "both" && allowed !== kind) issues.push(`${where}: {${p.name}} is only available to ${allowed} backends, this one is ${kind}`);
      uses.add(p.name);
    }
    return parts;
  });
  const program = command[0];
  if (program === undefined || program === "") issues.push(`${source}: give the program and its arguments as a list`);
  const required: PlaceholderName = kind === "gen" ? "output" : "scores_file";
  if (!uses.has(required)) issues.push(`${source}: a ${kind} command must contain {${required}} (${kind === "gen" ? "the video file it writes" : "the JSON file it writes its scores to"})`);
  if (issues.length > 0) throw new ValidationError(FleetErrorCode.CONFIG_INVALID, source, issues);
  return { kind, program: program as string, args: items.slice(1), uses };
}

function parseItem(item: string, where: string, issues: string[]): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let text = "";
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if ((c === "{" || c === "}") && item[i + 1] === c) {
      text += c;
      i += 1;
      continue;
    }
    if (c === "}") {
      issues.push(`${where}: unmatched "}" (write "}}" for a literal brace)`);
      continue;
    }
    if (c !== "{") {
      text += c;
      continue;
    }
    const end = item.indexOf("}", i + 1);
    if (end < 0) {
      issues.push(`${where}: unclosed "{" (write "{{" for a literal brace)`);
      break;
    }
    const part = parsePlaceholder(item.slice(i + 1, end), where, issues);
    if (part) {
      if (text) parts.push({ t: "text", text });
      text = "";
      parts.push(part);
    }
    i = end;
  }
  if (text) parts.push({ t: "text", text });
  return parts;
}

function parsePlaceholder(body: string, where: string, issues: string[]): TemplatePart | undefined {
  const colon = body.indexOf(":");
  if (colon >= 0) {
    const prefix = body.slice(0, colon);
    const key = body.slice(colon + 1);
    if (prefix !== "input" && prefix !== "param") {
      issues.push(`${where}: unknown placeholder {${body}}; only {input:<role>} and {param:<key>} take an argument`);
      return undefined;
    }
    if (!KEY_RE.test(key)) {
      issues.push(`${where}: {${body}} needs a ${prefix === "input" ? "role" : "key"} of letters, digits, '_', '.' or '-'`);
      return undefined;
    }
    return prefix === "input" ? { t: "input", role: key } : { t: "param", key };
  }
  if (!Object.hasOwn(PLACEHOLDERS, body)) {
    issues.push(`${where}: unknown placeholder {${body}}; known: ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(", ")}, {input:<role>}, {param:<key>}`);
    return undefined;
  }
  return { t: "value", name: body as PlaceholderName };
}

/**
 * The argv (without the program) for one task. INVALID_INPUT naming every input role or
 * parameter the template needs and the task lacks, or a value holding a NUL byte (which no
 * argv item can carry).
 */
export function expandCommandTemplate(tpl: CommandTemplate, v: TemplateValues, taskId: string): string[] {
  const missing: string[] = [];
  const withNul = new Set<string>();
  const value = (p: Exclude<TemplatePart, { t: "text" }>): string => {
    let out: string | undefined;
    let label: string;
    // hasOwn: a param named "constructor" must not read Object.prototype.
    if (p.t === "input") {
      label = `input "${p.role}"`;
      out = Object.hasOwn(v.inputs, p.role) ? v.inputs[p.role] : undefined;
    } else if (p.t === "param") {
      label = `parameter "${p.key}"`;
      out = Object.hasOwn(v.params, p.key) ? v.params[p.key] : undefined;
    } else {
      label = `{${p.name}}`;
      out = v.values[p.name];
      if (out === undefined) throw new FleetError(FleetErrorCode.INTERNAL, `command backend: no value for {${p.name}} (a runtime bug)`);
    }
    if (out === undefined) {
      missing.push(label);
      return "";
    }
    if (out.includes("\0")) withNul.add(label);
    return out;
  };
  const argv = tpl.args.map((parts) => parts.map((p) => (p.t === "text" ? p.text : value(p))).join(""));
  const issues: string[] = [];
  if (missing.length > 0) issues.push(`its command needs ${[...new Set(missing)].join(", ")}, which the task does not have`);
  if (withNul.size > 0) issues.push(`${[...withNul].join(", ")} contains a NUL byte, which cannot be passed as an argument`);
  if (issues.length > 0) throw new FleetError(FleetErrorCode.INVALID_INPUT, `command backend cannot run task ${taskId}: ${issues.join("; ")}`);
  return argv;
}
